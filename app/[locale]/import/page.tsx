import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/import/import-form";
import { refusalFromQuery } from "@/components/import/upload-limit";
import { requireSignedIn } from "@/lib/auth/session-cookie";
import { can } from "@/lib/core/roles";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/import">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Import" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Where admins bring texts in; everyone else signed in is told why they cannot. An
 * upload over the limit comes back here as ?refused=too-large&size=N (proxy.ts).
 */
export default async function ImportPage({ params, searchParams }: PageProps<"/[locale]/import">) {
  const [{ locale }, query] = await Promise.all([pageParams(localeParams, params), searchParams]);
  setRequestLocale(locale);
  const user = await requireSignedIn(locale, "/import");
  const [t, auth] = await Promise.all([getTranslations("Import"), getTranslations("Auth")]);
  const allowed = can(user, "import");
  return (
    <ClientMessages namespaces={["Import"]}>
      <div className="import-page">
        <h1>{t("title")}</h1>
        {allowed ? (
          <>
            <p>{t("intro")}</p>
            <ImportForm refused={refusalFromQuery(query)} />
          </>
        ) : (
          <p role="alert" className="form-error">
            {t("forbidden", { role: auth(`roles.${user.role}`) })}
          </p>
        )}
      </div>
    </ClientMessages>
  );
}
