"use server";

import { redirect as redirectTo } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { redirect } from "@/i18n/navigation";
import { signIn } from "@/lib/auth/accounts";
import { clientAddress } from "@/lib/auth/client-address";
import { safeNextPath } from "@/lib/auth/safe-next";
import { sessionToken, setSessionCookie, signOutCurrentSession } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";

/** What the form shows after an attempt; the username is kept so it need not be typed again. */
export type SignInState = { username?: string } & (
  | { error: null }
  | { error: "invalid-input" | "invalid" | "busy" }
  | { error: "locked"; retryAfterSeconds: number }
);

const signInForm = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
  // Only a page of this site, never another origin (lib/auth/safe-next.ts).
  next: z
    .string()
    .transform((next, context) => safeNextPath(next) ?? (context.addIssue({ code: "custom", message: "not a page of this site" }), z.NEVER))
    .optional()
    .catch(undefined),
});

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInForm.safeParse({
    username: form.get("username"),
    password: form.get("password"),
    next: form.get("next") || undefined,
  });
  const username = String(form.get("username") ?? "").slice(0, 64);
  if (!parsed.success) return { error: "invalid-input", username };

  const result = await signIn(db, { ...parsed.data, address: await clientAddress() }, { previousToken: await sessionToken() });
  if (!result.ok) {
    return result.reason === "locked" ? { error: "locked", retryAfterSeconds: result.retryAfterSeconds, username } : { error: result.reason, username };
  }

  await setSessionCookie(result.token, result.expiresAt);
  // Back where the sign-in was asked for (a path that already names its locale),
  // or else where the team works.
  if (parsed.data.next) return redirectTo(parsed.data.next);
  redirect({ href: "/review", locale: await getLocale() });
  return { error: null };
}

export async function signOutAction(): Promise<void> {
  await signOutCurrentSession();
  redirect({ href: "/sign-in?signedOut=1", locale: await getLocale() });
}
