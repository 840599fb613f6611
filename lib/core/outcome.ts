import { z } from "zod";
import type { ReviewStatus } from "../generated/prisma/enums";
import { textProblem, type TextProblem } from "./user-text";

/** A pair as it stands: what a refused save shows, so the editor can take in every change. */
export interface PairState {
  textIt: string;
  textEn: string;
  translatorNote: string;
  version: number;
  status: ReviewStatus;
}

/** Why a mutation was refused, with the HTTP status it stands for. */
export type Refusal =
  | { ok: false; status: 401; error: "signed-out" }
  | { ok: false; status: 403; error: "forbidden" }
  /** The four-eyes policy: another reviewer approves English this one wrote (lib/review/four-eyes.ts). */
  | { ok: false; status: 403; error: "four-eyes" }
  | { ok: false; status: 404; error: "not-found" }
  /** `current.text` is the newer value of the text the caller was saving. */
  | { ok: false; status: 409; error: "conflict"; current: PairState & { text: string } }
  /** A restore of a revision from before the pair was last re-aligned (merged, split, English moved). */
  | { ok: false; status: 422; error: "realigned" }
  | { ok: false; status: 422; error: "invalid"; field: string; problem: TextProblem }
  | { ok: false; status: 422; error: "nothing-to-approve" }
  /** Sentence links that do not make an alignment: out of order, a gap in the links, or not one per sentence. */
  | { ok: false; status: 422; error: "invalid-links"; problem: "order" | "gap" | "count" }
  | { ok: false; status: 429; error: "rate-limited"; retryAfterSeconds: number }
  /** Too many readers' reports wait for the team already (lib/review/rate-limit.ts). */
  | { ok: false; status: 429; error: "reports-full" }
  | { ok: false; status: 503; error: "unavailable" };

export type Outcome<T extends object = object> = ({ ok: true } & T) | Refusal;

export const SIGNED_OUT = { ok: false, status: 401, error: "signed-out" } as const satisfies Refusal;
export const FORBIDDEN = { ok: false, status: 403, error: "forbidden" } as const satisfies Refusal;
export const FOUR_EYES = { ok: false, status: 403, error: "four-eyes" } as const satisfies Refusal;
export const NOT_FOUND = { ok: false, status: 404, error: "not-found" } as const satisfies Refusal;
export const REALIGNED = { ok: false, status: 422, error: "realigned" } as const satisfies Refusal;
export const NOTHING_TO_APPROVE = { ok: false, status: 422, error: "nothing-to-approve" } as const satisfies Refusal;
export const UNAVAILABLE = { ok: false, status: 503, error: "unavailable" } as const satisfies Refusal;

/** Row ids in inputs: positive integers, also when a form sends them as text. */
export const rowId = z.coerce.number().int().positive();

/** The columns a conflict reports (a Prisma select). */
export const PAIR_STATE = { textIt: true, textEn: true, translatorNote: true, version: true, status: true } as const;

export function conflictWith(
  pair: { textIt: string; textEn: string; translatorNote: string | null; version: number; status: ReviewStatus },
  text: string,
): Refusal {
  const { textIt, textEn, translatorNote, version, status } = pair;
  return {
    ok: false,
    status: 409,
    error: "conflict",
    current: { textIt, textEn, translatorNote: translatorNote ?? "", version, status, text },
  };
}

/** A 422 naming the first field that failed validation and why. */
export function invalid(error: z.ZodError): Extract<Refusal, { error: "invalid" }> {
  return { ok: false, status: 422, error: "invalid", ...textProblem(error) };
}
