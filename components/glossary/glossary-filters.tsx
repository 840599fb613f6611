import { getTranslations } from "next-intl/server";
import { termKinds } from "@/lib/glossary/new-term";

/** A plain GET form: search and kind filter work without JavaScript and stay in the URL. */
export async function GlossaryFilters({ query, kind }: { query: string; kind: string | undefined }) {
  const t = await getTranslations("Glossary");
  return (
    <form className="glossary-filters" method="get" role="search">
      <label>
        <span>{t("searchLabel")}</span>
        <input type="search" name="q" defaultValue={query} maxLength={100} />
      </label>
      <label>
        <span>{t("kindLabel")}</span>
        <select name="kind" defaultValue={kind ?? ""}>
          <option value="">{t("allKinds")}</option>
          {termKinds.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t("searchButton")}</button>
    </form>
  );
}
