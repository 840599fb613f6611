import { getTranslations } from "next-intl/server";

/** A text's open comments and readers' reports, said only when there are some. */
export async function OpenThreads({ counts }: { counts?: { team: number; reader: number } }) {
  const t = await getTranslations("Activity");
  if (!counts || counts.team + counts.reader === 0) return null;
  return (
    <span className="open-threads">
      {" · "}
      {[counts.team ? t("openComments", { count: counts.team }) : null, counts.reader ? t("openReports", { count: counts.reader }) : null]
        .filter(Boolean)
        .join(", ")}
    </span>
  );
}
