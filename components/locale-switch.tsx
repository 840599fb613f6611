"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/** A link to the same page in the other interface language, named in that language. */
export function LocaleSwitch({ label }: { label: string }) {
  const pathname = usePathname();
  const locale = useLocale();
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  return (
    <Link href={pathname} locale={other} hrefLang={other} lang={other} className="locale-switch">
      {label}
    </Link>
  );
}
