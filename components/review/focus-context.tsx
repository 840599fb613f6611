import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ReviewStatus } from "@/lib/generated/prisma/client";
import { plainText } from "@/lib/text/inline-markdown";
import { StatusBadge } from "./status-badge";

interface ContextPair {
  position: number;
  textIt: string;
  textEn: string;
  status: ReviewStatus;
}

/** A neighbour of the pair in focus, read-only: its two texts as context, and the way to it. */
export async function FocusContext({ slug, pair, label }: { slug: string; pair: ContextPair | null; label: string }) {
  const t = await getTranslations("Focus");
  if (!pair) return null;
  return (
    <aside className="focus-context" aria-label={`${label}: ${t("paragraph", { number: pair.position })}`}>
      <p className="focus-context-head">
        <span>{label}</span> <Link href={`/texts/${slug}/review/${pair.position}/edit`}>{t("paragraph", { number: pair.position })}</Link>{" "}
        <StatusBadge status={pair.status} />
      </p>
      <div className="review-texts">
        <p lang="it">{plainText(pair.textIt)}</p>
        <p lang="en">{plainText(pair.textEn) || t("noEnglish")}</p>
      </div>
    </aside>
  );
}
