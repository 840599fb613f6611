import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import { MemberMenu } from "./auth/member-menu";
import { LocaleLink, LocaleSwitch } from "./locale-switch";
import { Role } from "@/lib/generated/prisma/enums";
import { HeaderSearch } from "./search/header-search";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="site-header">
      {/* Not prefetched: on every page, four prefetches cost a phone a tenth of a second of work while the text loads. */}
      <Link href="/" className="site-name" prefetch={false}>
        {t("siteName")}
      </Link>
      <p className="tagline">{t("tagline")}</p>
      <nav aria-label={t("mainNav")} className="main-nav">
        <Link href="/" prefetch={false}>
          {t("library")}
        </Link>
        <Link href="/glossary" prefetch={false}>
          {t("glossary")}
        </Link>
        {/* On a phone the search box gives way to the search page. */}
        <Link href="/search" className="narrow-only" prefetch={false}>
          {t("search")}
        </Link>
        <MemberMenu
          labels={{
            signIn: t("signIn"),
            workspace: t("workspace"),
            signOut: t("signOut"),
            // The name is put in by the browser, which alone knows it.
            signedIn: Object.fromEntries(Object.values(Role).map((role) => [role, t("signedInAs", { role, name: "{name}" })])),
          }}
        />
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
