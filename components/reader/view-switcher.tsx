import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { views, type ReadingPreferences } from "@/lib/reader/reading-preferences";

/** Links, not scripts: every view is a URL, so it works without JavaScript and can be shared. */
export async function ViewSwitcher({ slug, preferences }: { slug: string; preferences: ReadingPreferences }) {
  const t = await getTranslations("Reader");
  const href = (query: ReadingPreferences) => ({ pathname: `/texts/${slug}`, query: { ...query } });
  return (
    <nav className="view-switcher" aria-label={t("viewsLabel")}>
      <ul aria-label={t("viewLabel")}>
        {views.map((view) => (
          <li key={view}>
            <Link
              href={href({ ...preferences, view })}
              prefetch={false}
              aria-current={view === preferences.view ? "page" : undefined}
              data-view={view}
            >
              {t(`views.${view}`)}
            </Link>
          </li>
        ))}
      </ul>
      <ul aria-label={t("firstLabel")}>
        {(["it", "en"] as const).map((first) => (
          <li key={first}>
            <Link
              href={href({ ...preferences, first })}
              prefetch={false}
              aria-current={first === preferences.first ? "page" : undefined}
              data-first={first}
            >
              {t(`first.${first}`)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="shortcuts">{t("shortcuts")}</p>
    </nav>
  );
}
