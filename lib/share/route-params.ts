import { z } from "zod";
import { routing } from "@/i18n/routing";

// A pair's position as it appears in a URL: a positive integer in plain digits, so
// that "/p/3" is the only address of the third pair ("03", "3.0", "+3" and "1e1"
// are not).
const position = z
  .string()
  .regex(/^[1-9]\d*$/)
  .transform(Number)
  .refine(Number.isSafeInteger);

export const documentRouteParams = z.object({ locale: z.enum(routing.locales), slug: z.string().min(1) });
export const pairRouteParams = documentRouteParams.extend({ position });

export type DocumentRouteParams = z.infer<typeof documentRouteParams>;
export type PairRouteParams = z.infer<typeof pairRouteParams>;

/** The params of a document route, or null when they cannot name one (unknown locale). */
export function parseDocumentParams(params: unknown): DocumentRouteParams | null {
  return documentRouteParams.safeParse(params).data ?? null;
}

/** The params of a pair route, or null when they cannot name a pair (position not a positive integer). */
export function parsePairParams(params: unknown): PairRouteParams | null {
  return pairRouteParams.safeParse(params).data ?? null;
}
