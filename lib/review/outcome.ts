import type { Role } from "../generated/prisma/client";
import type { SessionUser } from "../auth/accounts";
import type { TextProblem } from "./user-text";

/** Why a mutation was refused, with the HTTP status it stands for. */
export type Refusal =
  | { ok: false; status: 401; error: "signed-out" }
  | { ok: false; status: 403; error: "forbidden" }
  | { ok: false; status: 404; error: "not-found" }
  | { ok: false; status: 409; error: "conflict"; current: { text: string; version: number; status: string } }
  | { ok: false; status: 422; error: "invalid"; field: string; problem: TextProblem }
  | { ok: false; status: 422; error: "nothing-to-approve" }
  | { ok: false; status: 429; error: "rate-limited"; retryAfterSeconds: number };

export type Outcome<T extends object = object> = ({ ok: true } & T) | Refusal;

export const SIGNED_OUT = { ok: false, status: 401, error: "signed-out" } as const satisfies Refusal;
export const FORBIDDEN = { ok: false, status: 403, error: "forbidden" } as const satisfies Refusal;
export const NOT_FOUND = { ok: false, status: 404, error: "not-found" } as const satisfies Refusal;

/** The server-side check every team mutation starts with: 401 without a session, 403 without the role. */
export function authorize(actor: SessionUser | null, roles: readonly Role[]): Refusal | null {
  if (!actor) return SIGNED_OUT;
  return roles.includes(actor.role) ? null : FORBIDDEN;
}
