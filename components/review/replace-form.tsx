import { getTranslations } from "next-intl/server";
import type { ReplaceQuery } from "@/lib/review/replace-query";
import { searchQuery } from "@/lib/review/replace-query";
import { replaceAction } from "./replace-actions";
import { SkippedPairs } from "./skipped-pairs";
import { WordDiffView } from "./word-diff-view";

/** What to find and replace, and how: a GET form, so a preview is a link. */
export async function ReplaceForm({ query, canEditItalian }: { query: ReplaceQuery; canEditItalian: boolean }) {
  const t = await getTranslations("Replace");
  return (
    <form method="get" className="replace-search" role="search" aria-label={t("searchLabel")}>
      <label>
        <span>{t("find")}</span>
        <input type="text" name="find" defaultValue={query.find} maxLength={200} required />
      </label>
      <label>
        <span>{t("with")}</span>
        <input type="text" name="with" defaultValue={query.replacement} maxLength={200} />
      </label>
      {canEditItalian ? (
        <fieldset>
          <legend>{t("side")}</legend>
          <label>
            <input type="radio" name="side" value="en" defaultChecked={query.side === "en"} /> {t("english")}
          </label>
          <label>
            <input type="radio" name="side" value="it" defaultChecked={query.side === "it"} /> {t("italian")}
          </label>
        </fieldset>
      ) : (
        <input type="hidden" name="side" value="en" />
      )}
      <label>
        <input type="checkbox" name="whole" value="1" defaultChecked={query.wholeWord} /> {t("wholeWord")}
      </label>
      <label>
        <input type="checkbox" name="case" value="1" defaultChecked={query.caseSensitive} /> {t("caseSensitive")}
      </label>
      <button type="submit">{t("preview")}</button>
    </form>
  );
}

interface Preview {
  matches: readonly { id: number; position: number; version: number; before: string; after: string }[];
  total: number;
}

/** Every change the search would make, as word diffs, each ticked; then the replacement, applied to the ticked ones. */
export async function ReplacePreview({
  slug,
  query,
  preview,
  limit,
}: {
  slug: string;
  query: ReplaceQuery;
  preview: Preview;
  limit: number;
}) {
  const t = await getTranslations("Replace");
  const { result } = query;
  return (
    <>
      {result?.error ? (
        <p role="alert" className="batch-outcome">
          {t("refused")}
        </p>
      ) : result ? (
        <section className="batch-outcome" aria-labelledby="replace-outcome">
          <h2 id="replace-outcome" role="status">
            {t("replaced", { count: result.replaced })}
          </h2>
          {result.skipped.length ? (
            <SkippedPairs
              slug={slug}
              pairs={result.skipped.map((pair) => ({
                position: pair.position,
                label: pair.position ? t("paragraph", { number: pair.position }) : "",
                why: t(`why.${pair.why}`),
              }))}
            />
          ) : null}
        </section>
      ) : null}
      {preview.matches.length === 0 ? (
        <p className="review-empty">{t("noMatch")}</p>
      ) : (
        <form action={replaceAction} className="batch-form">
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="search" value={searchQuery(query)} />
          <input type="hidden" name="side" value={query.side} />
          <input type="hidden" name="find" value={query.find} />
          <input type="hidden" name="with" value={query.replacement} />
          {query.wholeWord ? <input type="hidden" name="whole" value="1" /> : null}
          {query.caseSensitive ? <input type="hidden" name="case" value="1" /> : null}
          <p>
            {t("matches", { count: preview.total })}
            {preview.total > limit ? ` ${t("capped", { limit })}` : null}
          </p>
          <ol className="batch-pairs">
            {preview.matches.map((match) => (
              <li key={match.id}>
                <label className="batch-choice">
                  <input type="checkbox" name="pair" value={`${match.id}:${match.version}`} defaultChecked />
                  <span>{t("paragraph", { number: match.position })}</span>
                </label>
                <WordDiffView before={match.before} after={match.after} language={query.side} />
              </li>
            ))}
          </ol>
          <button type="submit">{t("apply")}</button>
        </form>
      )}
    </>
  );
}
