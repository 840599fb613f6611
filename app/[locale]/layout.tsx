import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SiteHeader } from "@/components/site-header";
import { routing } from "@/i18n/routing";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";
import { siteUrl } from "@/lib/site-url";
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
    <html lang={locale}>
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
