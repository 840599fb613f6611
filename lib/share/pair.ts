import "server-only";
import { getDocument } from "@/lib/library";

/**
 * One paragraph pair with its document, or null when the document is unknown or
 * has no paragraph at that position.
 */
export async function findPair(slug: string, position: number) {
  const document = await getDocument(slug);
  const paragraph = document?.paragraphs.find((candidate) => candidate.position === position);
  return document && paragraph ? { document, paragraph } : null;
}

export type Pair = NonNullable<Awaited<ReturnType<typeof findPair>>>;
