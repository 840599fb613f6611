"use client";

import { useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import type { MouseEvent } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

/**
 * A link to the same page in the other interface language, named in that language.
 * It keeps the query (the reader's view) and, with JavaScript, the paragraph anchor.
 */
export function LocaleSwitch({ label }: { label: string }) {
  const pathname = usePathname();
  const query = Object.fromEntries(useSearchParams().entries());
  const locale = useLocale();
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;

  const keepAnchor = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!window.location.hash) return;
    event.preventDefault();
    window.location.assign(event.currentTarget.href + window.location.hash);
  };

  return (
    <Link href={{ pathname, query }} locale={other} hrefLang={other} lang={other} className="locale-switch" onClick={keepAnchor}>
      {label}
    </Link>
  );
}
