import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import "./exchange.css";

interface ExportLink {
  href: string;
  label: string;
}

// Plain links with `download`: a file is saved, not a page navigated to, so no client routing or prefetch.
function ExportLinks({
  id,
  heading,
  intro,
  links,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  links: ExportLink[];
  children?: ReactNode;
}) {
  return (
    <section className="exchange-links" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {intro ? <p>{intro}</p> : null}
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

/** The review workspace's exports of the working text (the routes refuse anyone outside the team). */
export async function TeamExports({ locale, slug, mayImport }: { locale: string; slug: string; mayImport: boolean }) {
  const [t, update, newSource] = await Promise.all([getTranslations("Exchange"), getTranslations("Update"), getTranslations("NewSource")]);
  const base = `/${locale}/texts/${slug}/export`;
  return (
    <ExportLinks
      id="team-exports"
      heading={t("teamExportHeading")}
      intro={t("teamExportIntro")}
      links={[
        { href: `${base}/tmx`, label: t("exportTmx") },
        { href: `${base}/tmx?segments=sentences`, label: t("exportTmxSentences") },
        { href: `${base}/xliff-1.2`, label: t("exportXliff12") },
        { href: `${base}/xliff-1.2?segments=sentences`, label: t("exportXliff12Sentences") },
        { href: `${base}/xliff-2.1`, label: t("exportXliff21") },
        { href: `${base}/xliff-2.1?segments=sentences`, label: t("exportXliff21Sentences") },
      ]}
    >
      <p className="exchange-update">
        <Link href={`/texts/${slug}/review/update`} prefetch={false}>
          {update("updateLink")}
        </Link>
      </p>
      {mayImport ? (
        <p className="exchange-update">
          <Link href={`/texts/${slug}/review/source`} prefetch={false}>
            {newSource("link")}
          </Link>
        </p>
      ) : null}
    </ExportLinks>
  );
}

/** The glossary as files, for translators' term bases and spreadsheets. */
export async function GlossaryExports({ locale }: { locale: string }) {
  const t = await getTranslations("Exchange");
  return (
    <ExportLinks
      id="glossary-exports"
      heading={t("glossaryExportHeading")}
      links={[
        { href: `/${locale}/glossary/export/tbx`, label: t("glossaryTbx") },
        { href: `/${locale}/glossary/export/csv`, label: t("glossaryCsv") },
      ]}
    />
  );
}
