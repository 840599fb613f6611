"use client";

import { useEffect, useEffectEvent } from "react";
import { TYPED_EARLY_FIELD } from "./typed-early-script";

type NotedField = HTMLTextAreaElement & { [TYPED_EARLY_FIELD]?: string };

/**
 * Once hydrated, hands `take` what was typed into the form's textareas (`form` id)
 * before, by field name (see ./typed-early-script.ts).
 */
export function useTypedEarly(form: string, take: (name: string, value: string) => void) {
  const takeTyped = useEffectEvent(take);
  useEffect(() => {
    const element = document.getElementById(form);
    if (!(element instanceof HTMLFormElement)) return;
    for (const field of Array.from(element.elements)) {
      if (!(field instanceof HTMLTextAreaElement)) continue;
      const typed = (field as NotedField)[TYPED_EARLY_FIELD];
      delete (field as NotedField)[TYPED_EARLY_FIELD];
      if (typed !== undefined && typed !== field.value) takeTyped(field.name, typed);
    }
  }, [form]);
}
