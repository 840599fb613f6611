"use client";

import { useTranslations } from "next-intl";
import type { Refusal } from "@/lib/core/outcome";

/**
 * A server action's answer, or the "unavailable" refusal when the request itself
 * failed (the network, the server's size limit on a request): the page shows a
 * message instead of an error page that would take every unsaved edit with it.
 */
export function answerOf<T extends { ok: boolean }>(call: Promise<T>): Promise<T | Extract<Refusal, { error: "unavailable" }>> {
  return call.catch(() => ({ ok: false, status: 503, error: "unavailable" }) as const);
}

/** What a refused action tells the user, in the interface language. */
export function useRefusalMessage() {
  const t = useTranslations("Review.errors");
  return (refusal: Refusal): string => {
    switch (refusal.error) {
      case "invalid":
        return t(`invalid.${refusal.problem}`);
      case "rate-limited":
        return t("rate-limited", { minutes: Math.ceil(refusal.retryAfterSeconds / 60) });
      case "conflict":
        return t("conflict", { version: refusal.current.version });
      case "invalid-links":
        return t("invalid-links", { problem: refusal.problem });
      default:
        return t(refusal.error);
    }
  };
}
