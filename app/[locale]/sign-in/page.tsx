import { ClientMessages } from "@/components/client-messages";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignedInPanel } from "@/components/auth/signed-in-panel";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/auth/session-cookie";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const [t, user, query] = await Promise.all([getTranslations("Auth"), currentUser(), searchParams]);
  const next = typeof query.next === "string" ? query.next : undefined;

  return (
    <ClientMessages namespaces={["Auth"]}>
      <div className="auth-page">
        <h1>{t("signInTitle")}</h1>
        {query.signedOut ? <p role="status">{t("signedOut")}</p> : null}
        {user ? (
          <SignedInPanel user={user} />
        ) : (
          <>
            <p>{t("signInIntro")}</p>
            <SignInForm next={next} />
          </>
        )}
      </div>
    </ClientMessages>
  );
}
