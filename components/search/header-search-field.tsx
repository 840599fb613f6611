"use client";

import { useSearchParams } from "next/navigation";
import { usePathname } from "@/i18n/navigation";

/** The header's search field; on the results page it shows the query searched for. */
export function HeaderSearchField({ placeholder }: { placeholder: string }) {
  const onResults = usePathname() === "/search";
  const query = useSearchParams().get("q") ?? "";
  return <SearchInput placeholder={placeholder} query={onResults ? query : ""} />;
}

/** The field before the URL's query is known (a cached page): empty. */
export function SearchInput({ placeholder, query = "" }: { placeholder: string; query?: string }) {
  // Keyed by the query, so a new search shows its own words rather than the last ones typed.
  return (
    <input
      key={query}
      id="site-search"
      type="search"
      name="q"
      defaultValue={query}
      placeholder={placeholder}
      maxLength={200}
      autoComplete="off"
    />
  );
}
