import type { Language, Role } from "../generated/prisma/client";

/** Translators, reviewers and admins edit the English; only reviewers and admins touch the Italian source. */
export const EDITORS: Record<Language, readonly Role[]> = {
  en: ["translator", "reviewer", "admin"],
  it: ["reviewer", "admin"],
};

/** Approving, and sending a pair back with a reason. */
export const REVIEWERS: readonly Role[] = ["reviewer", "admin"];

/** Everyone on the team comments and resolves comments. */
export const TEAM: readonly Role[] = ["translator", "reviewer", "admin"];

export function canEdit(role: Role, language: Language): boolean {
  return EDITORS[language].includes(role);
}

export function canReview(role: Role): boolean {
  return REVIEWERS.includes(role);
}
