import type { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import "./reader.css";
import { firstLanguage, otherLanguage, type ReadingPreferences } from "@/lib/reader/reading-preferences";
import type { OutlineSection } from "@/lib/reader/sections";
import { sectionPath } from "@/lib/seo/urls";

/** Where the navigation is and what it says: labels already in the interface language. */
export interface SectionNavigation {
  slug: string;
  locale: string;
  sections: readonly OutlineSection[];
  current: OutlineSection;
  preferences: ReadingPreferences;
  t: Awaited<ReturnType<typeof getTranslations<"Reader">>>;
}

// Plain elements from plain functions, sent once as HTML with the pairs
// (lib/reader/markup-channel.ts): a book's table of contents is long.

/** A section's reader page, in the view being read. Plain links: each page is loaded whole (its pairs come as HTML only). */
export function sectionHref(locale: string, slug: string, number: number, { view, first }: ReadingPreferences): string {
  return `/${locale}${sectionPath(slug, number)}?${new URLSearchParams({ view, first })}`;
}

/**
 * Up to this many sections, each section's page lists them all; a longer outline (a
 * book's hundred sections would be most of every page) is a page of its own, linked.
 */
export const INLINE_CONTENTS_MAX = 20;

/** The text's contents page: every section, at the address that keeps the remembered view. */
export function contentsHref(locale: string, slug: string): string {
  return `/${locale}/texts/${slug}/contents`;
}

/**
 * A long text's table of contents on a section's page: every section, its heading in
 * both languages (the first language first) or its span; past INLINE_CONTENTS_MAX
 * sections, a link to the contents page instead.
 */
export function tableOfContentsMarkup(navigation: SectionNavigation) {
  const { slug, locale, sections, current, preferences, t } = navigation;
  if (sections.length > INLINE_CONTENTS_MAX) {
    return (
      <nav key="contents" className="table-of-contents" aria-label={t("contents")}>
        <a href={contentsHref(locale, slug)}>{t("contentsSummary", { number: current.number, count: sections.length })}</a>
      </nav>
    );
  }
  return (
    <nav key="contents" className="table-of-contents" aria-label={t("contents")}>
      <details>
        <summary>{t("contentsSummary", { number: current.number, count: sections.length })}</summary>
        {sectionListMarkup({ ...navigation, hrefOf: (number) => sectionHref(locale, slug, number, preferences) })}
      </details>
    </nav>
  );
}

/** Every section as a list of links, the current one marked (none on the contents page). */
export function sectionListMarkup(
  navigation: Omit<SectionNavigation, "current"> & { current: OutlineSection | null; hrefOf: (number: number) => string },
) {
  return (
    <ol className="section-list">
      {navigation.sections.map((section) => (
        <li key={section.number} data-level={section.heading?.level ?? 0}>
          <a href={navigation.hrefOf(section.number)} aria-current={section === navigation.current ? "page" : undefined}>
            {sectionTitle(section, navigation)}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** Links to the sections before and after this one, named by their headings. */
export function sectionPagerMarkup(navigation: SectionNavigation, placement: "top" | "bottom") {
  const { slug, locale, sections, current, preferences, t } = navigation;
  const previous = sections[current.number - 2];
  const next = sections[current.number];
  const link = (section: OutlineSection, rel: "prev" | "next") => (
    <a href={sectionHref(locale, slug, section.number, preferences)} rel={rel} className={`section-${rel}`}>
      <span className="section-direction">{t(rel === "prev" ? "previousSection" : "nextSection")}</span> {sectionTitle(section, navigation)}
    </a>
  );
  return (
    <nav key={placement} className={`section-pager section-pager-${placement}`} aria-label={t(`sectionPager.${placement}`)}>
      {previous ? link(previous, "prev") : <span />}
      {next ? link(next, "next") : null}
    </nav>
  );
}

function sectionTitle(section: OutlineSection, { preferences, t }: Pick<SectionNavigation, "preferences" | "t">) {
  const titles = section.titles;
  if (!titles || (!titles.it && !titles.en)) {
    return <span className="section-title">{t("sectionRange", { first: section.first, last: section.last })}</span>;
  }
  const first = firstLanguage(preferences);
  const order = [first, otherLanguage(first)] as const;
  return (
    <span className="section-title">
      {order
        .filter((language) => titles[language])
        .map((language, index) => (
          <Fragment key={language}>
            {index > 0 ? " / " : null}
            <span lang={language} className={index === 0 ? "section-title-first" : "section-title-second"}>
              {titles[language]}
            </span>
          </Fragment>
        ))}
    </span>
  );
}
