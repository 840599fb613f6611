import type { SessionUser } from "@/lib/auth/accounts";
import { can } from "@/lib/core/roles";
import { db } from "@/lib/db";
import { getTermsBySlugs } from "@/lib/glossary";
import { termsIn, type GlossaryMatchers } from "@/lib/glossary/mark-paragraphs";
import type { FuzzyMatch } from "@/lib/memory/fuzzy-matches";
import type { CheckWarning } from "@/lib/review/checks";
import { needsWork } from "@/lib/review/filters";
import { fourEyesRequired, pairsWithEnglishBy } from "@/lib/review/four-eyes";
import type { ReviewParagraph } from "@/lib/review/workspace";
import type { PairRef } from "./alignment-tools";
import { ReviewPair } from "./review-pair";

interface Props {
  slug: string;
  user: SessionUser;
  pairs: readonly {
    pair: ReviewParagraph;
    warnings: readonly CheckWarning[];
    neighbours: { previous: PairRef | null; next: PairRef | null };
    /** The translation memory's matches (the focus page reads them). */
    matches?: readonly FuzzyMatch[];
  }[];
  matchers: GlossaryMatchers;
  lengthNorm: number;
  /** One pair on its own page (the focus page): its editor takes the focus. */
  focused?: boolean;
}

/**
 * A page of the workspace with every pair open in its editor, and what the editors need
 * besides the pairs: the missing terms' English names, each pair's glossary terms for its
 * terms panel, and (under the four-eyes policy) the pairs whose English this reviewer wrote.
 * The compact list needs none of it, so none of it is read for it. The focus page shows
 * one pair this way.
 */
export async function WorkspaceEditors({ slug, user, pairs, matchers, lengthNorm, focused = false }: Props) {
  const missingTerms = new Set(
    pairs.flatMap(({ warnings }) => warnings.flatMap((warning) => (warning.code === "missing-term" ? warning.terms : []))),
  );
  const italianTerms = new Map(pairs.map(({ pair }) => [pair.id, termsIn(matchers, pair.textIt)]));
  const [named, found, ownEnglish] = await Promise.all([
    getTermsBySlugs(missingTerms),
    getTermsBySlugs(new Set([...italianTerms.values()].flat())),
    fourEyesRequired() && can(user, "review")
      ? pairsWithEnglishBy(
          db,
          pairs.map(({ pair }) => pair.id),
          user.id,
        )
      : new Set<number>(),
  ]);
  const termNames = new Map(named.map((term) => [term.slug, term.termEn]));
  const glossary = new Map(found.map((term) => [term.slug, term]));
  return pairs.map(({ pair, warnings, neighbours, matches }) => (
    <ReviewPair
      key={pair.id}
      slug={slug}
      pair={pair}
      warnings={warnings}
      needsWork={needsWork(pair, warnings)}
      termNames={termNames}
      user={user}
      neighbours={neighbours}
      fourEyes={ownEnglish.has(pair.id)}
      terms={(italianTerms.get(pair.id) ?? []).flatMap((slug) => glossary.get(slug) ?? [])}
      lengthNorm={lengthNorm}
      focused={focused}
      {...(matches ? { matches } : {})}
    />
  ));
}
