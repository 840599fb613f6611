import "server-only";
import { cookies } from "next/headers";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { can, type Ability } from "../core/roles";
import { db } from "../db";
import { siteUrl } from "../site-url";
import { endSession, userForSession, type SessionUser } from "./accounts";
import { MEMBER_COOKIE, SESSION_COOKIE } from "./cookie-names";

export { MEMBER_COOKIE, SESSION_COOKIE } from "./cookie-names";

/** The session token the browser sent, if any. */
export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Who is asking, from the session cookie; null for readers, who need no account. */
export async function currentUser(): Promise<SessionUser | null> {
  const token = await sessionToken();
  return token ? userForSession(db, token) : null;
}

export type Permission = { ok: true; user: SessionUser } | { ok: false; status: 401 | 403 };

/** For a route handler that serves the team (an export): 401 without a session, 403 without the right (lib/core/roles.ts). */
export async function requireAbility(ability: Ability): Promise<Permission> {
  const user = await currentUser();
  if (!user) return { ok: false, status: 401 };
  return can(user, ability) ? { ok: true, user } : { ok: false, status: 403 };
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const store = await cookies();
  // Secure wherever the site is served over HTTPS (SITE_URL), as in production.
  const options = { sameSite: "lax", secure: siteUrl().protocol === "https:", path: "/", expires: expiresAt } as const;
  store.set(SESSION_COOKIE, token, { ...options, httpOnly: true });
  const user = await userForSession(db, token);
  if (user) store.set(MEMBER_COOKIE, memberCookieValue(user), options);
}

/** The member cookie's value: name and role as JSON, which Next URL-encodes as it sets it (components/auth/member-menu.tsx reads it). */
export function memberCookieValue(user: Pick<SessionUser, "displayName" | "role">): string {
  return JSON.stringify({ name: user.displayName, role: user.role });
}

export async function signOutCurrentSession(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await endSession(db, token);
  store.delete(SESSION_COOKIE);
  store.delete(MEMBER_COOKIE);
}

/**
 * For the team's pages: the signed-in user, or a redirect to the sign-in page that
 * comes back to `path` (in `locale`) afterwards.
 */
export async function requireSignedIn(locale: Locale, path: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect({ href: `/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`, locale });
  return user as SessionUser;
}
