"use client";

import { Suspense, use, useSyncExternalStore } from "react";
import { errorDigest, errorLanguage } from "@/components/errors/error-details";
import { routing, type Locale } from "@/i18n/routing";
import type en from "@/messages/en.json";
import "./[locale]/globals.css";

// When the locale layout itself fails, this page replaces it: its own <html> and <body>,
// no next-intl provider, so the few messages it needs come straight from messages/*.json.
// Every page loads this page's code up front, so the catalogues are imported only when it
// is shown: imported statically, both would ride along on every page (some 15 KB compressed).
type Catalogue = typeof en;
const CATALOGUES: Record<Locale, () => Promise<Catalogue>> = {
  it: () => import("@/messages/it.json").then((module) => module.default),
  en: () => import("@/messages/en.json").then((module) => module.default),
};
const loading = new Map<Locale, Promise<Catalogue>>();
function catalogue(locale: Locale): Promise<Catalogue> {
  if (!loading.has(locale)) loading.set(locale, CATALOGUES[locale]());
  return loading.get(locale)!;
}

const noSubscription = () => () => {};
const browserLanguage = () =>
  errorLanguage({
    pathname: window.location.pathname,
    documentLanguage: document.documentElement.lang,
    browserLanguages: navigator.languages,
  });

/** The last resort: what happened, a way to try again and a way home, never the error's message or stack. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  // Read in the browser; a server render (which has no URL or document to go by) says it in the default language.
  const locale = useSyncExternalStore(noSubscription, browserLanguage, () => routing.defaultLocale);
  return (
    <html lang={locale}>
      <body>
        <main id="content" className="error-page">
          <Suspense fallback={null}>
            <ErrorMessage locale={locale} digest={errorDigest(error)} retry={retry} />
          </Suspense>
        </main>
      </body>
    </html>
  );
}

function ErrorMessage({ locale, digest, retry }: { locale: Locale; digest: string | undefined; retry: () => void }) {
  const { Errors: t, Layout: layout } = use(catalogue(locale));
  return (
    <>
      <title>{`${t.title} · ${layout.siteName}`}</title>
      <h1>{t.title}</h1>
      <p>{t.description}</p>
      {digest ? <p className="error-reference">{t.reference.replace("{digest}", digest)}</p> : null}
      <p className="error-actions">
        <button type="button" onClick={retry}>
          {t.tryAgain}
        </button>{" "}
        {/* A full page load: the app's own navigation is part of what failed. */}
        <a href={`/${locale}`}>{t.backToLibrary}</a>
      </p>
    </>
  );
}
