import { z } from "zod";
import { termKinds } from "./new-term";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The glossary index's filters from the URL; anything odd is ignored rather than refused. */
export const glossaryQuerySchema = z.object({
  q: z.preprocess(first, z.string().trim().max(100).optional()).catch(undefined),
  kind: z.preprocess(first, z.enum(termKinds).optional()).catch(undefined),
});
