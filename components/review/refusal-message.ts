"use client";

import { useTranslations } from "next-intl";
import type { Refusal } from "@/lib/review/outcome";

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
      default:
        return t(refusal.error);
    }
  };
}
