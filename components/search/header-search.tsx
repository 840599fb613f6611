import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { getPathname } from "@/i18n/navigation";
import { HeaderSearchField, SearchInput } from "./header-search-field";
import "./search.css";

/** A plain GET form to the results page: it works without JavaScript. */
export async function HeaderSearch() {
  const [t, locale] = await Promise.all([getTranslations("Search"), getLocale()]);
  return (
    <form
      role="search"
      aria-label={t("fieldLabel")}
      method="get"
      action={getPathname({ href: "/search", locale })}
      className="header-search"
    >
      <label htmlFor="site-search" className="visually-hidden">
        {t("fieldLabel")}
      </label>
      <Suspense fallback={<SearchInput placeholder={t("fieldPlaceholder")} />}>
        <HeaderSearchField placeholder={t("fieldPlaceholder")} />
      </Suspense>
      <button type="submit">{t("submit")}</button>
    </form>
  );
}
