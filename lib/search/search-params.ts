import { z } from "zod";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The search page's URL: the query as typed and the page; anything odd is ignored, never refused. */
export const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string()).catch("").default(""),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000)).catch(1).default(1),
});
