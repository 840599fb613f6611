import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { removeMemoryAction } from "@/components/memory/actions";
import { MemoryImportForm } from "@/components/memory/memory-import-form";
import { HighlightedText } from "@/components/search/highlighted-text";
import { PairResults } from "@/components/search/pair-results";
import { SearchPages } from "@/components/search/search-pages";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { getConcordance, getMemories } from "@/lib/memory";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";
import { searchParamsSchema } from "@/lib/search/search-params";
import { MAX_QUERY_LENGTH } from "@/lib/search/search-query";
import "@/components/search/search.css";
import "@/components/import/import.css";
import "@/components/memory/memory.css";

export async function generateMetadata({ params }: PageProps<"/[locale]/memory">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Memory" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * The team's translation memory: the concordance (a word or phrase in both languages,
 * across approved pairs and memories), the memories brought in, and (for admins) a TMX
 * brought in as one. Fuzzy matches show in the editor (the pair's own page).
 */
export default async function MemoryPage({ params, searchParams }: PageProps<"/[locale]/memory">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, "/memory");
  const raw = await searchParams;
  const { q, page } = searchParamsSchema.parse(raw);
  const query = q.trim().slice(0, MAX_QUERY_LENGTH);
  const [t, format, found, memories] = await Promise.all([
    getTranslations("Memory"),
    getFormatter(),
    query ? getConcordance(query, page) : null,
    getMemories(),
  ]);
  const admin = can(user, "import");
  const notice = raw.removed === "1" ? t("removed") : typeof raw.error === "string" ? t("errors.remove") : null;
  return (
    <div className="search-page memory-page">
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      {notice ? <p role="status">{notice}</p> : null}
      <form method="get" role="search" aria-label={t("concordanceLabel")} className="memory-search">
        <label htmlFor="concordance-q">{t("concordanceLabel")}</label>
        <input
          id="concordance-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="concordance-hint"
        />
        <button type="submit">{t("concordanceButton")}</button>
        <p id="concordance-hint" className="import-hint">
          {t("concordanceHint")}
        </p>
      </form>
      {query && !found ? <p role="status">{t("noWords", { query })}</p> : null}
      {found ? (
        <>
          <section aria-labelledby="concordance-pairs">
            <h2 id="concordance-pairs">{t("pairsHeading", { count: found.pairs.total })}</h2>
            {found.pairs.hits.length ? <PairResults hits={found.pairs.hits} /> : <p>{t("nonePairs", { query })}</p>}
            <SearchPages query={q} page={found.pairs.page} pageCount={found.pairs.pageCount} pathname="/memory" />
          </section>
          <section aria-labelledby="concordance-memory">
            <h2 id="concordance-memory">{t("memoryHeading", { count: found.memory.length })}</h2>
            {found.memory.length ? (
              <ol className="search-pairs">
                {found.memory.map((hit, index) => (
                  <li key={index} className="search-pair">
                    <p className="search-pair-source">{t("fromMemory", { name: hit.memory })}</p>
                    <div className="search-pair-halves">
                      <p lang="it" className="search-half">
                        <HighlightedText segments={hit.it} />
                      </p>
                      <p lang="en" className="search-half">
                        <HighlightedText segments={hit.en} />
                      </p>
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <p>{t("noneMemory", { query })}</p>
            )}
          </section>
        </>
      ) : null}
      <section aria-labelledby="memories-heading">
        <h2 id="memories-heading">{t("memoriesHeading")}</h2>
        {memories.length === 0 ? <p>{t("noMemories")}</p> : null}
        <ul className="memory-list">
          {memories.map((memory) => (
            <li key={memory.id}>
              <span>
                {t("memoryLine", {
                  name: memory.name,
                  units: memory.units,
                  date: format.dateTime(memory.createdAt, { dateStyle: "medium" }),
                })}
              </span>
              {admin ? (
                <form action={removeMemoryAction}>
                  <input type="hidden" name="id" value={memory.id} />
                  <button type="submit" aria-label={t("removeLabel", { name: memory.name })}>
                    {t("remove")}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
        {admin ? (
          <ClientMessages namespaces={["Memory"]}>
            <h3>{t("importHeading")}</h3>
            <MemoryImportForm />
          </ClientMessages>
        ) : null}
      </section>
    </div>
  );
}
