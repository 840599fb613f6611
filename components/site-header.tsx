import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { LocaleLink, LocaleSwitch } from "./locale-switch";
import { HeaderSearch } from "./search/header-search";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        {t("siteName")}
      </Link>
      <p className="tagline">{t("tagline")}</p>
      <nav aria-label={t("mainNav")} className="main-nav">
        <Link href="/">{t("library")}</Link>
        <Link href="/glossary">{t("glossary")}</Link>
        {/* On a phone the search box gives way to the search page. */}
        <Link href="/search" className="narrow-only">
          {t("search")}
        </Link>
        <Link href="/sign-in">{t("signIn")}</Link>
      </nav>
      <HeaderSearch />
      <nav aria-label={t("languageSwitch")} className="locale-nav">
        <Suspense fallback={<LocaleLink label={t("switchTo")} />}>
          <LocaleSwitch label={t("switchTo")} />
        </Suspense>
      </nav>
    </header>
  );
}
