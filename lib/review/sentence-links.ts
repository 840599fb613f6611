import { z } from "zod";
import { defineMutation } from "../core/mutation";
import { conflictWith, NOT_FOUND, rowId } from "../core/outcome";
import { getGlossaryMatchers } from "../glossary";
import { markText, type GlossaryMatchers } from "../glossary/mark-paragraphs";
import { fingerprint, fixedLinksFor, invalidGroups, type FixedLinks } from "../reader/fixed-links";
import { sentenceLinks, sentenceTexts, type SentenceLinks } from "../reader/pair-sentences";
import { PAIR } from "./edit-paragraph";

/** More sentences than this in one paragraph is not prose a reviewer links by hand. */
const MAX_SENTENCES = 200;
const groups = z.array(z.coerce.number().int().min(1).max(MAX_SENTENCES)).max(MAX_SENTENCES);
const relinkInput = z.object({ paragraphId: rowId, baseVersion: rowId, it: groups, en: groups });

/** A pair's sentences as the workspace shows them: their texts, links and confidence, and whether a fix went stale. */
export interface WorkingSentences {
  links: SentenceLinks;
  texts: { it: string[]; en: string[] };
  /**
   * A reviewer fixed links for texts that have changed since: the fix is kept while it
   * still fits the sentences ("moved"), else the aligner's links stand again
   * ("dropped"); either way, for a look.
   */
  stale: "moved" | "dropped" | null;
}

/** The working texts' sentence links: a reviewer's fix while it fits the sentences, else the aligner's. */
export function workingSentences(
  pair: { textIt: string; textEn: string; sentenceLinks: string | null; headingLevel?: number | null },
  matchers: GlossaryMatchers,
): WorkingSentences | null {
  if (pair.headingLevel) return null;
  const marked = { it: markText(matchers, "it", pair.textIt), en: markText(matchers, "en", pair.textEn) };
  const fixed = fixedLinksFor(pair.sentenceLinks, pair.textIt, pair.textEn);
  const links = sentenceLinks(marked, fixed);
  if (!links) return null;
  return {
    links,
    texts: { it: sentenceTexts(marked.it, links.it), en: sentenceTexts(marked.en, links.en) },
    stale: links.moved ? "moved" : !links.fixed && fixed ? "dropped" : null,
  };
}

/**
 * A reviewer's (or translator's) fix of a pair's sentence links: the link number of each
 * Italian and English sentence, 1 up, in order (two sentences with one number are joined,
 * a number no sentence of the other side has leaves a sentence without counterpart).
 * Versioned like any change, with a revision in the pair's history; readers see the fix
 * once a reviewer approves the pair.
 */
export const relinkSentences = defineMutation({
  may: "edit-en",
  input: relinkInput,
  async write(tx, { input, actor, changes }) {
    const pair = await tx.paragraph.findUnique({ where: { id: input.paragraphId }, select: { ...PAIR, headingLevel: true } });
    if (!pair) return NOT_FOUND;
    if (pair.version !== input.baseVersion) return conflictWith(pair, pair.textEn);
    const current = workingSentences(pair, await getGlossaryMatchers(pair.document.slug));
    if (!current || current.links.it.length !== input.it.length || current.links.en.length !== input.en.length) {
      return { ok: false, status: 422, error: "invalid-links", problem: "count" } as const;
    }
    const fixed: FixedLinks = {
      for: fingerprint(pair.textIt, pair.textEn),
      it: input.it.map((group) => group - 1),
      en: input.en.map((group) => group - 1),
    };
    const problem = invalidGroups(fixed.it, fixed.en);
    if (problem) return { ok: false, status: 422, error: "invalid-links", problem } as const;
    const before = describeLinks(current.links);
    const after = describeLinks({ it: fixed.it.map((link) => ({ link })), en: fixed.en.map((link) => ({ link })) });
    // The same links for words that moved confirm the fix: saved, so that the flag goes.
    if (current.links.fixed && !current.links.moved && before === after)
      return { ok: true as const, version: pair.version, status: pair.status, unchanged: true };

    const version = pair.version + 1;
    // Readers see links only as approved: a fix to an approved pair goes back for review.
    const status = pair.status === "approved" ? "translated" : pair.status;
    await tx.paragraph.update({ where: { id: pair.id }, data: { sentenceLinks: JSON.stringify(fixed), version, status } });
    await tx.revision.create({
      data: { paragraphId: pair.id, language: "en", field: "links", before, after, version, status, authorId: actor.id },
    });
    changes.text(pair.document.slug);
    return { ok: true as const, version, status, unchanged: false };
  },
});

/** Links as the history shows them: "it 1 = en 1 · it 2 = en 2+3 · it 3 = en –" (sentences numbered from 1). */
export function describeLinks(links: { it: readonly { link: number }[]; en: readonly { link: number }[] }): string {
  const count = Math.max(-1, ...links.it.map(({ link }) => link), ...links.en.map(({ link }) => link)) + 1;
  const numbers = (side: readonly { link: number }[], group: number) =>
    side.flatMap(({ link }, index) => (link === group ? [index + 1] : [])).join("+") || "–";
  return Array.from({ length: count }, (_, group) => `it ${numbers(links.it, group)} = en ${numbers(links.en, group)}`).join(" · ");
}
