"use client";

import { useSyncExternalStore } from "react";
import { Link, usePathname } from "@/i18n/navigation";
import { MEMBER_COOKIE } from "@/lib/auth/cookie-names";
import { signOutAction } from "./actions";

export interface MemberMenuLabels {
  signIn: string;
  workspace: string;
  signOut: string;
  /** "Giulia, translator": the member's name and role, by role. */
  signedIn: Record<string, string>;
}

interface Member {
  name: string;
  role: string;
}

const noChanges = () => () => {};

/**
 * The header's sign-in link, or for a signed-in member their name and role, the
 * workspace and a sign-out button. Read from the member cookie in the browser
 * (lib/auth/cookie-names.ts), so that the page itself is the same for everyone and
 * stays cached; the server renders the sign-in link, replaced once the script runs.
 */
export function MemberMenu({ labels }: { labels: MemberMenuLabels }) {
  // The header outlives client navigations (a sign-in or sign-out answered by a redirect):
  // reading the path renders it again on each, and so reads the cookie again.
  usePathname();
  const cookie = useSyncExternalStore(
    noChanges,
    () => document.cookie,
    () => "",
  );
  const member = memberOf(cookie);
  if (!member) {
    return (
      <Link href="/sign-in" prefetch={false}>
        {labels.signIn}
      </Link>
    );
  }
  const who = (labels.signedIn[member.role] ?? "{name}").replace("{name}", member.name);
  return (
    <>
      <span className="member-name">{who}</span>
      <Link href="/review" prefetch={false}>
        {labels.workspace}
      </Link>
      <form action={signOutAction} className="member-sign-out">
        <button type="submit">{labels.signOut}</button>
      </form>
    </>
  );
}

function memberOf(cookie: string): Member | null {
  const value = cookie
    .split("; ")
    .find((entry) => entry.startsWith(`${MEMBER_COOKIE}=`))
    ?.slice(MEMBER_COOKIE.length + 1);
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(value));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { name, role } = parsed as Record<string, unknown>;
    return typeof name === "string" && typeof role === "string" && name ? { name, role } : null;
  } catch {
    return null;
  }
}
