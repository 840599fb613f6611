import { getTranslations } from "next-intl/server";
import type { ReviewStatus } from "@/lib/generated/prisma/client";

export async function StatusBadge({ status, id }: { status: ReviewStatus; id?: string }) {
  const t = await getTranslations("Review");
  return (
    <span className={`status-badge status-${status}`} id={id}>
      {t(`status.${status}`)}
    </span>
  );
}
