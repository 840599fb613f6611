import { z } from "zod";
import type { Database } from "../prisma-client";
import { signIn } from "./accounts";
import { safeNextPath } from "./safe-next";

/** What the form shows after an attempt; the username is kept so it need not be typed again. */
export type SignInState = { username?: string } & (
  { error: null } | { error: "invalid-input" | "invalid" | "busy" } | { error: "locked"; retryAfterSeconds: number }
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

export type SignedIn = { ok: true; token: string; expiresAt: Date; next: string | undefined };

/**
 * The sign-in page's attempt: the form's fields checked, then the password
 * (lib/auth/accounts.ts signIn, throttled). Signed in: the session to set and where to
 * go next; otherwise what the form shows.
 */
export async function signInWithForm(
  db: Database,
  form: FormData,
  request: { address: string; previousToken: string | undefined },
): Promise<SignedIn | { ok: false; state: SignInState }> {
  const username = String(form.get("username") ?? "").slice(0, 64);
  const parsed = signInForm.safeParse({
    username: form.get("username"),
    password: form.get("password"),
    next: form.get("next") || undefined,
  });
  if (!parsed.success) return { ok: false, state: { error: "invalid-input", username } };

  const { next, ...credentials } = parsed.data;
  const result = await signIn(db, { ...credentials, address: request.address }, { previousToken: request.previousToken });
  if (result.ok) return { ok: true, token: result.token, expiresAt: result.expiresAt, next };
  const state: SignInState =
    result.reason === "locked"
      ? { error: "locked", retryAfterSeconds: result.retryAfterSeconds, username }
      : { error: result.reason, username };
  return { ok: false, state };
}
