import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

const HOW = ["languages", "accents", "prefix", "elision", "allWords", "phrase"] as const;
const EXAMPLES = ["first", "second", "third", "fourth"] as const;

/** What the search does, with example searches: shown for an empty query or one with no words. */
export async function SearchHelp() {
  const t = await getTranslations("Search");
  return (
    <>
      <p className="lead">{t("intro")}</p>
      <section aria-labelledby="search-how">
        <h2 id="search-how">{t("howHeading")}</h2>
        <ul>
          {HOW.map((key) => (
            <li key={key}>{t(`how.${key}`)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="search-examples">
        <h2 id="search-examples">{t("examplesHeading")}</h2>
        <ul className="search-examples">
          {EXAMPLES.map((key) => (
            <li key={key}>
              <Link href={{ pathname: "/search", query: { q: t(`examples.${key}`) } }}>{t(`examples.${key}`)}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
