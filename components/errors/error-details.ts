import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/i18n/routing";

/**
 * The reference of a server error, which the server's log files the error under. The
 * only thing about an error an error page shows: its message and stack may name
 * internals (a query, a file, a table), and in production Next replaces a server
 * error's message anyway.
 */
export function errorDigest(error: unknown): string | undefined {
  const digest = error instanceof Error ? (error as Error & { digest?: unknown }).digest : undefined;
  return typeof digest === "string" && digest !== "" ? digest : undefined;
}

export interface WhereTheErrorHappened {
  /** The page's path, /it/... or /en/... on every page of the app. */
  pathname: string;
  /** `<html lang>` as the failed page left it. */
  documentLanguage: string;
  /** navigator.languages, most preferred first. */
  browserLanguages: readonly string[];
}

/**
 * The interface language of a page whose layout failed: the language its URL names, else
 * the one the document was in, else the first the browser prefers that the app speaks,
 * else the default (Italian).
 */
export function errorLanguage({ pathname, documentLanguage, browserLanguages }: WhereTheErrorHappened): Locale {
  const candidates = [pathname.split("/")[1], documentLanguage, ...browserLanguages.map((language) => language.split("-")[0])];
  return (
    candidates.map((candidate) => candidate?.toLowerCase()).find((candidate) => hasLocale(routing.locales, candidate)) ??
    routing.defaultLocale
  );
}
