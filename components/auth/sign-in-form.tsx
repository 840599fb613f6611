"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SignInState } from "@/lib/auth/sign-in-form";
import { signInAction } from "./actions";

/** Works without JavaScript too: a plain POST to the server action. */
export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("Auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null });
  return (
    <form action={action} className="auth-form">
      {state.error ? (
        <p role="alert" className="form-error">
          {state.error !== "locked"
            ? t(`errors.${state.error}`)
            : state.retryAfterSeconds < 90
              ? t("errors.locked", { seconds: state.retryAfterSeconds })
              : t("errors.lockedMinutes", { minutes: Math.ceil(state.retryAfterSeconds / 60) })}
        </p>
      ) : null}
      <label>
        <span>{t("username")}</span>
        <input name="username" autoComplete="username" required maxLength={64} defaultValue={state.username} />
      </label>
      <label>
        <span>{t("password")}</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </label>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <button type="submit" disabled={pending}>
        {t("signIn")}
      </button>
    </form>
  );
}
