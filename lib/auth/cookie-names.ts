/** The session's token (HttpOnly): the only proof of who is asking. */
export const SESSION_COOKIE = "a-fronte-session";

/**
 * Who is signed in, for the page header only (components/auth/member-menu.tsx): name and
 * role as URL-encoded JSON, readable by the page's script, so that readers' pages stay
 * the same cached page for everyone. Nothing on the server trusts it.
 */
export const MEMBER_COOKIE = "a-fronte-member";
