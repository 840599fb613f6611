import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/accounts";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/core/roles";
import { getGlossaryMatchers, type GlossaryEntry } from "@/lib/glossary";
import type { FuzzyMatch } from "@/lib/memory/fuzzy-matches";
import type { CheckWarning } from "@/lib/review/checks";
import { workingSentences } from "@/lib/review/sentence-links";
import type { ReviewParagraph } from "@/lib/review/workspace";
import { AlignmentConfidence } from "./alignment-confidence";
import { AlignmentTools, type PairRef } from "./alignment-tools";
import { CheckWarnings } from "./check-warnings";
import { PairEditor, type EditorTerm } from "./pair-editor";
import { SentenceLinksEditor } from "./sentence-links-editor";
import { StatusBadge } from "./status-badge";
import { WordDiffView } from "./word-diff-view";

interface Props {
  slug: string;
  pair: ReviewParagraph;
  warnings: readonly CheckWarning[];
  needsWork: boolean;
  termNames: ReadonlyMap<string, string>;
  user: SessionUser;
  /** The pairs before and after this one in the document (not in the filtered list), for the alignment tools. */
  neighbours: { previous: PairRef | null; next: PairRef | null };
  /** The four-eyes policy holds this reviewer back: they wrote the English, another reviewer approves it. */
  fourEyes: boolean;
  /** The glossary terms in the pair's Italian, for the editor's terms panel. */
  terms: readonly GlossaryEntry[];
  /** The text's usual English/Italian length ratio. */
  lengthNorm: number;
  /** Shown on its own page (the focus page), not in the list. */
  focused?: boolean;
  /** The translation memory's matches (the focus page). */
  matches?: readonly FuzzyMatch[];
}

/** One pair as the team sees it: its state and findings around the editor. */
export async function ReviewPair(props: Props) {
  const { slug, pair, warnings, needsWork, termNames, user, neighbours, fourEyes, terms, lengthNorm, focused = false, matches } = props;
  const [t, format, matchers, locale] = await Promise.all([
    getTranslations("Review"),
    getFormatter(),
    getGlossaryMatchers(slug),
    getLocale(),
  ]);
  const sentences = workingSentences(pair, matchers);
  const sourceMoved = pair.approvedIt !== null && pair.approvedIt !== pair.textIt;
  const headingId = `review-pair-${pair.position}`;

  return (
    <article
      className="review-pair"
      id={`p-${pair.position}`}
      aria-labelledby={headingId}
      data-needs-work={needsWork}
      data-status={pair.status}
      data-position={pair.position}
    >
      <header className="review-pair-header">
        <h2 id={headingId} tabIndex={-1}>
          {t("pairHeading", { number: pair.position })}
        </h2>
        <StatusBadge status={pair.status} id={`pair-${pair.id}-status`} />
        {pair.reviewedAt ? (
          <span className="review-meta">
            {pair.reviewedBy
              ? t("lastApproved", {
                  name: pair.reviewedBy.displayName,
                  date: format.dateTime(pair.reviewedAt, { dateStyle: "medium", timeStyle: "short" }),
                })
              : t("lastApprovedOn", { date: format.dateTime(pair.reviewedAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </span>
        ) : null}
      </header>
      <PairEditor
        slug={slug}
        pair={{
          id: pair.id,
          position: pair.position,
          textIt: pair.textIt,
          textEn: pair.textEn,
          translatorNote: pair.translatorNote ?? "",
          approvedIt: pair.approvedIt,
          version: pair.version,
        }}
        can={{ editIt: can(user, "edit-it"), editEn: can(user, "edit-en"), review: can(user, "review"), approveEnglish: !fourEyes }}
        terms={terms.map((term) => editorTerm(term, locale))}
        lengthNorm={lengthNorm}
        autoFocus={focused}
        {...(matches ? { matches } : {})}
      >
        {fourEyes ? <p className="four-eyes">{t("fourEyes")}</p> : null}
        {pair.status === "needs_changes" && pair.statusReason ? (
          <p className="status-reason" dir="auto">
            <strong>{t("reasonHeading")}</strong> {pair.statusReason}
          </p>
        ) : null}
        {sourceMoved ? (
          <section className="source-diff" aria-label={t("sourceChanged")}>
            <h3>{t("sourceChanged")}</h3>
            <WordDiffView before={pair.approvedIt ?? ""} after={pair.textIt} language="it" />
          </section>
        ) : null}
        <AlignmentConfidence confidence={pair.alignmentConfidence} />
        <CheckWarnings warnings={warnings} termNames={termNames} />
        {sentences && can(user, "edit-en") ? (
          <SentenceLinksEditor
            pair={{ id: pair.id, version: pair.version }}
            sentences={{
              it: sentences.texts.it.map((text, index) => ({ text, link: sentences.links.it[index]!.link })),
              en: sentences.texts.en.map((text, index) => ({ text, link: sentences.links.en[index]!.link })),
              confidence: sentences.links.confidence,
            }}
            fixed={sentences.links.fixed}
            stale={sentences.stale}
          />
        ) : null}
        {can(user, "review") ? (
          <AlignmentTools
            pair={{ id: pair.id, version: pair.version, position: pair.position, textIt: pair.textIt, textEn: pair.textEn }}
            previous={neighbours.previous}
            next={neighbours.next}
          />
        ) : null}
        <p className="review-links">
          {focused ? null : (
            <Link href={`/texts/${slug}/review/${pair.position}/edit`} prefetch={false}>
              {t("focusLink")}
            </Link>
          )}
          <Link href={`/texts/${slug}/review/${pair.position}#history`}>{t("historyLink", { count: pair._count.revisions })}</Link>
          <Link href={`/texts/${slug}/review/${pair.position}#comments`}>{t("commentsLink", { count: pair._count.comments })}</Link>
        </p>
      </PairEditor>
    </article>
  );
}

/** A term as the editor's panel shows it: both headwords, the English forms it looks for, the definition's first sentence. */
function editorTerm(term: GlossaryEntry, locale: string): EditorTerm {
  const definition = locale === "it" ? term.definitionIt : term.definitionEn;
  return {
    slug: term.slug,
    it: term.termIt,
    en: term.termEn,
    forms: [term.termEn, ...term.forms.filter((form) => form.language === "en").map((form) => form.form)],
    definition: definition.split(/(?<=[.!?])\s/u)[0] ?? definition,
  };
}
