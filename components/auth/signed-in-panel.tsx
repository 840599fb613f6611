import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { SessionUser } from "@/lib/auth/accounts";
import { signOutAction } from "./actions";

/** Who is signed in, with the button that signs them out (a POST, never a link). */
export async function SignedInPanel({ user }: { user: SessionUser }) {
  const t = await getTranslations("Auth");
  return (
    <>
      <p>{t("signedInAs", { name: user.displayName, role: t(`roles.${user.role}`) })}</p>
      <p>
        <Link href="/review">{t("toWorkspace")}</Link>
      </p>
      <form action={signOutAction}>
        <button type="submit">{t("signOut")}</button>
      </form>
    </>
  );
}
