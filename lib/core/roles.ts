import type { Role } from "../generated/prisma/enums";

/**
 * Who may do what, on the schema's roles: the one place the rules are written. The
 * server checks them on every write (lib/core/mutation.ts); the pages ask the same
 * question to show only the controls a user can use.
 */
const ABILITIES = {
  /** The English and the translator's note readers see under it. */
  "edit-en": ["translator", "reviewer", "admin"],
  /** The Italian source. */
  "edit-it": ["reviewer", "admin"],
  /** Approving, sending a pair back with a reason, and re-aligning pairs. */
  review: ["reviewer", "admin"],
  /** Writing in a pair's thread and resolving comments. */
  comment: ["translator", "reviewer", "admin"],
  /** The workspace and its exports: work not yet published. */
  "see-work": ["translator", "reviewer", "admin"],
  /** Bringing texts and glossary terms in. */
  import: ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITIES;

/** Whether `user` (null: a reader without an account) may do `ability`. */
export function can(user: { role: Role } | null, ability: Ability): boolean {
  return user !== null && (ABILITIES[ability] as readonly Role[]).includes(user.role);
}

/** Which ability a text needs: the Italian source, or the English side (its text and note). */
export function editing(language: "it" | "en"): Ability {
  return language === "it" ? "edit-it" : "edit-en";
}
