"use server";

import { redirect as redirectTo } from "next/navigation";
import { getLocale } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { clientAddress } from "@/lib/auth/client-address";
import { sessionToken, setSessionCookie, signOutCurrentSession } from "@/lib/auth/session-cookie";
import { signInWithForm, type SignInState } from "@/lib/auth/sign-in-form";
import { db } from "@/lib/db";

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const attempt = await signInWithForm(db, form, { address: await clientAddress(), previousToken: await sessionToken() });
  if (!attempt.ok) return attempt.state;
  await setSessionCookie(attempt.token, attempt.expiresAt);
  // Back where the sign-in was asked for (a path that already names its locale),
  // or else where the team works.
  if (attempt.next) return redirectTo(attempt.next);
  redirect({ href: "/review", locale: await getLocale() });
  return { error: null };
}

export async function signOutAction(): Promise<void> {
  await signOutCurrentSession();
  redirect({ href: "/sign-in?signedOut=1", locale: await getLocale() });
}
