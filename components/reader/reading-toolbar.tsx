import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { putServerMarkup } from "@/lib/reader/markup-channel";
import { APPEARANCE, APPEARANCE_SETTINGS, type AppearanceSetting } from "@/lib/reader/appearance";
import { views, type ReadingPreferences } from "@/lib/reader/reading-preferences";
import { sectionHref } from "./section-nav";
import { ServerMarkup } from "./server-markup";

/**
 * The reader's toolbar, kept at the top of the window: the view, the language order,
 * and under "Text and theme" the text size, the theme, the glossary marks and the
 * interface language. Links,
 * not scripts: every choice works without JavaScript (remembered in a cookie by
 * next.config.mjs); with it, components/reader/enhance/appearance.ts applies an
 * appearance choice in place and carries the pair being read across a change of view.
 * The page is the same for every appearance, so which one is current is set in the
 * browser (or, without JavaScript, shown by /appearance.css).
 */
export async function ReadingToolbar({ slug, section, preferences }: { slug: string; section: number; preferences: ReadingPreferences }) {
  // The toolbar's own words ("Toolbar") are read here only: the client is never sent them.
  const [t, toolbar, layout, locale] = await Promise.all([
    getTranslations("Reader"),
    getTranslations("Toolbar"),
    getTranslations("Layout"),
    getLocale(),
  ]);
  const href = (query: ReadingPreferences) => sectionHref(locale, slug, section, query);
  const here = href(preferences);
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  const choices: Record<AppearanceSetting, [string, string][]> = {
    size: APPEARANCE.size.values.map((value) => [value, toolbar(`appearance.size.${value}`)]),
    theme: APPEARANCE.theme.values.map((value) => [value, toolbar(`appearance.theme.${value}`)]),
    marks: APPEARANCE.marks.values.map((value) => [value, toolbar(`appearance.marks.${value}`)]),
  };
  return (
    <>
      {/* Sent once, in the HTML (lib/reader/markup-channel.ts): plain elements, no component. */}
      <ServerMarkup
        as="nav"
        className="reading-toolbar"
        aria-label={t("viewsLabel")}
        markup={putServerMarkup(
          <>
            {/* How far into the text the reader is: drawn along the lower edge by components/reader/enhance/reading-place.ts. */}
            <div
              className="reading-progress"
              role="progressbar"
              aria-label={toolbar("progress.label")}
              aria-valuemin={1}
              data-label={toolbar("progress.value", { number: "{number}", count: "{count}" })}
              hidden
            />
            <ul aria-label={t("viewLabel")} className="toolbar-views">
              {views.map((view) => (
                <li key={view}>
                  <a href={href({ ...preferences, view })} aria-current={view === preferences.view ? "page" : undefined} data-view={view}>
                    {view === "side" ? (
                      <>
                        <span className="wide-only">{t("views.side")}</span>
                        {/* On a narrow screen the two halves are stacked, one above the other. */}
                        <span className="narrow-only">{t("views.stacked")}</span>
                      </>
                    ) : (
                      t(`views.${view}`)
                    )}
                  </a>
                </li>
              ))}
            </ul>
            <ul aria-label={t("firstLabel")} className="toolbar-order">
              {(["it", "en"] as const).map((first) => (
                <li key={first}>
                  <a
                    href={href({ ...preferences, first })}
                    aria-current={first === preferences.first ? "page" : undefined}
                    aria-label={t(`first.${first}`)}
                    data-first={first}
                  >
                    <span className="wide-only">{t(`first.${first}`)}</span>
                    <span className="narrow-only">{first.toUpperCase()}</span>
                  </a>
                </li>
              ))}
            </ul>
            {preferences.view === "reveal" ? (
              // Opens or closes every translation at once; a script's (components/reader/enhance/reading-toolbar.ts), so hidden without one.
              <button type="button" className="reveal-all" hidden data-show={toolbar("revealAll")} data-hide={toolbar("hideAll")}>
                {toolbar("revealAll")}
              </button>
            ) : null}
            <details className="appearance-menu">
              <summary>
                <span aria-hidden="true">Aa</span>
                <span className="visually-hidden">{toolbar("appearance.label")}</span>
              </summary>
              <div className="appearance-panel">
                {APPEARANCE_SETTINGS.map((setting) => (
                  <ul key={setting} aria-label={toolbar(`appearance.${setting}.label`)} data-setting={setting}>
                    {choices[setting].map(([value, label]) => (
                      <li key={value}>
                        <a href={`${here}&${setting}=${value}`} data-appearance={`${setting}:${value}`} rel="nofollow">
                          {label}
                        </a>
                      </li>
                    ))}
                  </ul>
                ))}
                {/* The interface language too, here where the reader is: the switch keeps the paragraph being read. */}
                <p className="appearance-locale">
                  <a href={sectionHref(other, slug, section, preferences)} hrefLang={other} lang={other} className="locale-switch">
                    {layout("switchTo")}
                  </a>
                </p>
                <p className="shortcuts">{t("shortcuts")}</p>
              </div>
            </details>
          </>,
        )}
        reloadWhenMissing
      />
      {/* Filled in by components/reader/enhance/offline.ts once the text is kept for reading offline, or read from that copy. */}
      <p className="offline-status" role="status" data-saved={toolbar("offline.saved")} data-offline={toolbar("offline.offline")} hidden />
    </>
  );
}
