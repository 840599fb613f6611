import "server-only";
import { refresh, revalidatePath } from "next/cache";
import { clientAddress } from "../auth/client-address";
import { currentUser } from "../auth/session-cookie";
import { ReaderChanges, type Mutation } from "../core/mutation";
import { db } from "../db";
import { stalePages } from "../reader/revalidation";
import { countSections } from "../reader/sections";
import { forgetLengthNorms } from "../review/workspace";

/**
 * What every server action does with its mutation (lib/core/mutation.ts): asks who is
 * calling (the session cookie) and from where (the client's address), hands over the
 * input unparsed, and once the write is in, renders afresh the cached pages it made
 * stale for readers, and no others. The caller's own page is rendered afresh with
 * them; `refreshPage` asks for that alone, after a change readers do not see (a comment).
 */
export async function perform<Answer extends { ok: boolean }>(
  mutation: Mutation<Answer>,
  input: unknown,
  { refreshPage = false } = {},
): Promise<Answer> {
  const changes = new ReaderChanges();
  const address = await clientAddress();
  const answer = await mutation(db, currentUser(), input, { address, changes });
  if (answer.ok) {
    if (changes.texts.size) forgetLengthNorms();
    const sections = new Map(await Promise.all([...changes.texts].map(async (slug) => [slug, await countSections(slug)] as const)));
    for (const page of stalePages(changes, sections)) revalidatePath(page.path, page.type);
    if (refreshPage) refresh();
  }
  return answer;
}
