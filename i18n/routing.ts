import { defineRouting } from "next-intl/routing";

// Interface languages. Italian is the default; `/` follows Accept-Language.
export const routing = defineRouting({
  locales: ["it", "en"],
  defaultLocale: "it",
});

export type Locale = (typeof routing.locales)[number];
