import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignedInPanel } from "@/components/auth/signed-in-panel";
import { Link } from "@/i18n/navigation";
import { currentUser } from "@/lib/auth/session-cookie";
import { localeParams, pageParams, parseParams } from "@/lib/routing/route-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-out">): Promise<Metadata> {
  const route = parseParams(localeParams, await params);
  if (!route) return {};
  const t = await getTranslations({ locale: route.locale, namespace: "Auth" });
  return { title: t("signOutTitle"), robots: { index: false } };
}

/** Signing out is a POST from this page's button, never a GET a link could trigger. */
export default async function SignOutPage({ params }: PageProps<"/[locale]/sign-out">) {
  const { locale } = await pageParams(localeParams, params);
  setRequestLocale(locale);
  const [t, user] = await Promise.all([getTranslations("Auth"), currentUser()]);
  return (
    <div className="auth-page">
      <h1>{t("signOutTitle")}</h1>
      {user ? (
        <SignedInPanel user={user} />
      ) : (
        <p>
          {t("notSignedIn")} <Link href="/sign-in">{t("signIn")}</Link>
        </p>
      )}
    </div>
  );
}
