"use client";

import { useActionState, useState, startTransition, type FormEvent } from "react";
import { UPLOAD_LIMIT_BYTES, uploadBytes } from "../import/upload-limit";

/**
 * A form that brings a file in two steps, a preview then the change (update-form.tsx,
 * new-source-form.tsx). With JavaScript the file stays chosen between the two (the form
 * is sent by hand, not reset, with the pressed button's intent) and a file over the
 * upload limit is refused in the browser; without, the form posts to the same action.
 */
export function usePreviewApply<Outcome>(serverAction: (previous: Outcome | null, form: FormData) => Promise<Outcome>) {
  const [outcome, action, pending] = useActionState<Outcome | null, FormData>(serverAction, null);
  const [intent, setIntent] = useState<"preview" | "apply">("preview");
  const [tooLarge, setTooLarge] = useState<number | null>(null);

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button pressed names the intent, as it does without JavaScript.
    const form = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const bytes = uploadBytes(form);
    setTooLarge(bytes > UPLOAD_LIMIT_BYTES ? bytes : null);
    if (bytes > UPLOAD_LIMIT_BYTES) return;
    setIntent(form.get("intent") === "apply" ? "apply" : "preview");
    startTransition(() => action(form));
  }

  return { outcome, action, pending, intent, tooLarge, send };
}
