import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { DESK_LAYOUTS, type DeskLayout } from "@/lib/review/desk-layout";
import { filterQuery, type ReviewFilters } from "@/lib/review/filters";

/** Every pair open in an editor, or a compact list opening one pair at a time: links, remembered (lib/review/desk-layout.ts). */
export async function LayoutSwitch({ slug, filters, layout }: { slug: string; filters: ReviewFilters; layout: DeskLayout }) {
  const t = await getTranslations("Review.layout");
  return (
    <nav className="layout-switch" aria-label={t("label")}>
      <span>{t("label")}</span>
      {DESK_LAYOUTS.map((choice) => (
        <Link
          key={choice}
          href={{ pathname: `/texts/${slug}/review`, query: { ...filterQuery(filters), layout: choice } }}
          aria-current={choice === layout ? "page" : undefined}
          prefetch={false}
        >
          {t(choice)}
        </Link>
      ))}
    </nav>
  );
}
