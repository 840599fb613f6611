import { getLocale, getTranslations } from "next-intl/server";
import { views, type ReadingPreferences } from "@/lib/reader/reading-preferences";
import { sectionHref } from "./section-nav";

/**
 * Links, not scripts: every view is a URL, so it works without JavaScript and can be
 * shared. Plain links that load the page whole (its pairs come as HTML only), to the
 * same section in the other view.
 */
export async function ViewSwitcher({ slug, section, preferences }: { slug: string; section: number; preferences: ReadingPreferences }) {
  const [t, locale] = await Promise.all([getTranslations("Reader"), getLocale()]);
  const href = (query: ReadingPreferences) => sectionHref(locale, slug, section, query);
  return (
    <nav className="view-switcher" aria-label={t("viewsLabel")}>
      <ul aria-label={t("viewLabel")}>
        {views.map((view) => (
          <li key={view}>
            <a href={href({ ...preferences, view })} aria-current={view === preferences.view ? "page" : undefined} data-view={view}>
              {t(`views.${view}`)}
            </a>
          </li>
        ))}
      </ul>
      <ul aria-label={t("firstLabel")}>
        {(["it", "en"] as const).map((first) => (
          <li key={first}>
            <a href={href({ ...preferences, first })} aria-current={first === preferences.first ? "page" : undefined} data-first={first}>
              {t(`first.${first}`)}
            </a>
          </li>
        ))}
      </ul>
      <p className="shortcuts">{t("shortcuts")}</p>
    </nav>
  );
}
