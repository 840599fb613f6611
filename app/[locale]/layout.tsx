import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SiteHeader } from "@/components/site-header";
import { TYPED_EARLY_SCRIPT } from "@/components/typed-early-script";
import { routing } from "@/i18n/routing";
import { APPEARANCE_SCRIPT, APPEARANCE_STYLES_VERSION } from "@/lib/reader/appearance";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";
import { siteUrl } from "@/lib/site-url";
import { readingFont } from "./reading-font";
import "./globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Layout" });
  return {
    // Absolute URLs in metadata (share images, canonical) are built on the public address.
    metadataBase: siteUrl(),
    title: { template: `%s · ${t("siteName")}`, default: t("siteName") },
    description: t("tagline"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const t = await getTranslations("Layout");

  return (
    // The appearance script sets <html>'s data-theme, data-size and data-marks before React hydrates.
    <html lang={locale} className={readingFont.variable} suppressHydrationWarning>
      <head>
        {/* The reader's theme, text size and glossary marks (lib/reader/appearance.ts): every choice's styles, the remembered ones applied before the page is drawn. */}
        <link rel="stylesheet" href={`/appearance-styles.css?v=${APPEARANCE_STYLES_VERSION}`} />
        <script dangerouslySetInnerHTML={{ __html: APPEARANCE_SCRIPT }} />
        {/* Keeps what is typed into an editor before the page is hydrated (components/typed-early-script.ts). */}
        <script dangerouslySetInnerHTML={{ __html: TYPED_EARLY_SCRIPT }} />
        <noscript>
          {/* Per reader, from their cookies (app/appearance.css/route.ts): not a stylesheet Next could bundle. */}
          {/* eslint-disable-next-line @next/next/no-css-tags */}
          <link rel="stylesheet" href="/appearance.css" />
        </noscript>
      </head>
      <body>
        {/* For every page: the error page's words. Pages with client components of their own add theirs. */}
        <ClientMessages namespaces={["Errors", "Layout"]}>
          <a className="skip-link" href="#content">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="content" tabIndex={-1}>
            {children}
          </main>
        </ClientMessages>
      </body>
    </html>
  );
}
