"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useRefusalMessage } from "./refusal-message";
import { relinkAction, type RelinkState } from "./sentence-actions";
import { SENTENCE_DOUBT } from "@/lib/core/limits";
import "./alignment.css";

interface Props {
  pair: { id: number; version: number };
  /** Each sentence's text and link (0-based), per language; each link's confidence. */
  sentences: { it: { text: string; link: number }[]; en: { text: string; link: number }[]; confidence: number[] };
  fixed: boolean;
  stale: "moved" | "dropped" | null;
}

/**
 * A pair's sentences side by side, each with the number of its link: two sentences with
 * one number are joined, a number the other language lacks leaves a sentence without
 * counterpart. Doubtful links are flagged in words. A plain form: it works without JavaScript.
 */
export function SentenceLinksEditor({ pair, sentences, fixed, stale }: Props) {
  const t = useTranslations("Sentences");
  const refusal = useRefusalMessage();
  const [state, formAction, pending] = useActionState<RelinkState | null, FormData>(relinkAction, null);
  const numbers = Array.from({ length: sentences.it.length + sentences.en.length }, (_, index) => index + 1);
  const hintId = `sentence-hint-${pair.id}`;
  const doubtful = sentences.confidence.some((confidence) => confidence < SENTENCE_DOUBT);
  const column = (language: "it" | "en") => (
    <fieldset className="sentence-column">
      <legend>{t(`language.${language}`)}</legend>
      <ol>
        {sentences[language].map((sentence, index) => (
          <li key={index}>
            <label className="sentence-link">
              <span className="visually-hidden">{t("linkOf", { language, number: index + 1 })}</span>
              <select name={language} defaultValue={sentence.link + 1} aria-describedby={hintId}>
                {numbers.map((number) => (
                  <option key={number} value={number}>
                    {number}
                  </option>
                ))}
              </select>
            </label>{" "}
            <span lang={language}>{sentence.text}</span>
            {(sentences.confidence[sentence.link] ?? 1) < SENTENCE_DOUBT ? (
              <strong className="sentence-doubt"> {t("doubtful")}</strong>
            ) : null}
          </li>
        ))}
      </ol>
    </fieldset>
  );
  return (
    <details className="sentence-links" open={state !== null || stale !== null || doubtful || undefined}>
      <summary>{fixed ? t("headingFixed") : t("heading")}</summary>
      {stale ? <p className="sentence-stale">{t(stale === "moved" ? "moved" : "stale")}</p> : null}
      <form action={formAction}>
        <p id={hintId}>{t("hint")}</p>
        <input type="hidden" name="paragraphId" value={pair.id} />
        <input type="hidden" name="baseVersion" value={pair.version} />
        <div className="sentence-columns">
          {column("it")}
          {column("en")}
        </div>
        <button type="submit" disabled={pending}>
          {t("save")}
        </button>
        {state ? (
          state.ok ? (
            <p role="status" className="review-message">
              {state.unchanged ? t("unchanged") : t("saved")}
            </p>
          ) : (
            <p role="alert" className="review-message error">
              {refusal(state)}
            </p>
          )
        ) : null}
      </form>
    </details>
  );
}
