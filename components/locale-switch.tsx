"use client";

import { useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import type { MouseEvent } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";
import { sectionPath } from "@/lib/seo/urls";

const READER_MODE_PATH = /^\/texts\/([^/]+)\/view\/([a-z]+)-([a-z]+)\/(\d+)$/;
// The reader's public address in the browser: its pairs come as HTML only, so it is loaded whole.
const READER_PATH = /^\/texts\/[^/]+(?:\/section\/\d+)?$/;

/**
 * A link to the same page in the other interface language, named in that language.
 * It keeps the query (the reader's view) and, with JavaScript, the paragraph anchor.
 */
export function LocaleSwitch({ label }: { label: string }) {
  return <LocaleLink label={label} query={Object.fromEntries(useSearchParams().entries())} />;
}

/** The same link before the query is known (a cached page): the view comes from the path. */
export function LocaleLink({ label, query = {} }: { label: string; query?: Record<string, string> }) {
  const pathname = usePathname();
  const locale = useLocale();
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  // On the server a cached reader page knows its internal path; show the public one.
  const reader = READER_MODE_PATH.exec(pathname);
  const href = reader
    ? { pathname: sectionPath(reader[1] ?? "", Number(reader[4])), query: { view: reader[2] ?? "", first: reader[3] ?? "" } }
    : { pathname, query };

  const keepAnchor = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!window.location.hash && !READER_PATH.test(pathname)) return;
    event.preventDefault();
    window.location.assign(event.currentTarget.href + window.location.hash);
  };

  return (
    <Link href={href} locale={other} hrefLang={other} lang={other} className="locale-switch" onClick={keepAnchor}>
      {label}
    </Link>
  );
}
