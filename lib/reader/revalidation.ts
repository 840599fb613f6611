import { routing } from "@/i18n/routing";
import type { ReaderChanges } from "../core/mutation";
import { LANGUAGES, VIEWS } from "./reader-routes.mjs";

/** A cached page to render afresh: a literal path, or a route pattern with the kind of file it names (revalidatePath's arguments). */
export type StalePage = { path: string; type?: "page" | "layout" };

const READER_PAGES: StalePage = { path: "/[locale]/texts/[slug]/view/[mode]/[section]", type: "page" };
const TERM_PAGES: StalePage = { path: "/[locale]/glossary/[slug]", type: "page" };
const GLOSSARY_INDEX: StalePage = { path: "/[locale]/glossary", type: "page" };

/**
 * The pages a write made stale, and no others. Of a text's pages only the reader's
 * views are kept in Next's cache (each view, language order and section is its own
 * page, under the rewritten address /it/texts/slug/view/side-it/1); its share, print and download
 * pages are rendered per request. A literal path names one cached page: Next tags a
 * cached page with its route's layouts and its own path, never its path's parents,
 * so "/it/texts/slug" with type "layout" would reach nothing. The glossary's pages,
 * which list where each term occurs, are named too, so that they stay right if they
 * are ever cached.
 */
export function stalePages(changes: ReaderChanges, sectionCounts: ReadonlyMap<string, number>): StalePage[] {
  const pages: StalePage[] = changes.everyText
    ? [READER_PAGES, GLOSSARY_INDEX]
    : [...changes.texts].flatMap((slug) => readerPagesOf(slug, sectionCounts.get(slug) ?? 1));
  if (changes.occurrences) pages.push(TERM_PAGES);
  return pages;
}

/**
 * Every view of every section of a text's reader, in every interface language. The
 * table of contents is on each section's page, and a change of alignment moves pairs
 * between sections, so a text's pages go stale together. One more section than the
 * text has now: a merge may have taken its last one away.
 */
function readerPagesOf(slug: string, sections: number): StalePage[] {
  return Array.from({ length: sections + 1 }, (_, index) => index + 1).flatMap((section) =>
    routing.locales.flatMap((locale) =>
      VIEWS.flatMap((view) => LANGUAGES.map((first) => ({ path: `/${locale}/texts/${slug}/view/${view}-${first}/${section}` }))),
    ),
  );
}
