"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { languagesOf, type ListenLanguage, type ListenMode } from "@/lib/reader/read-aloud";
import { deviceVoices, startReading } from "./enhance/read-aloud";

type Voices = Record<ListenLanguage, SpeechSynthesisVoice | null>;

/**
 * Read aloud with the device's voices (the Web Speech API): the Italian, the English,
 * or each Italian sentence followed by its English, marking the sentence being read.
 * Shown only where the device has an Italian or an English voice, and offering only
 * what it can read. It stands in the page's `.read-aloud-slot`, under the view switcher.
 */
export function ReadAloudControl() {
  const t = useTranslations("Reader.listen");
  const [voices, setVoices] = useState<Voices>({ it: null, en: null });
  const [state, setState] = useState<"idle" | "reading" | "paused">("idle");
  const stop = useRef<(() => void) | null>(null);
  const modeRef = useRef<HTMLSelectElement>(null);
  useEffect(() => deviceVoices(setVoices), []);
  useEffect(() => () => stop.current?.(), []);

  const modes = (["alternate", "it", "en"] as const).filter((mode) => languagesOf(mode).every((language) => voices[language]));
  // No voice on the server, nor before the browser lists its voices: nothing to show, and no document to look in.
  if (modes.length === 0) return null;
  const slot = document.querySelector<HTMLElement>(".read-aloud-slot");
  if (!slot) return null;

  const play = () => {
    if (state === "paused") {
      window.speechSynthesis.resume();
      setState("reading");
      return;
    }
    const root = document.querySelector<HTMLElement>(".pairs");
    if (!root) return;
    stop.current?.();
    stop.current = startReading(root, (modeRef.current?.value ?? modes[0]) as ListenMode, voices, () => setState("idle"));
    setState("reading");
  };
  const pause = () => {
    window.speechSynthesis.pause();
    setState("paused");
  };
  const end = () => {
    stop.current?.();
    stop.current = null;
    setState("idle");
  };

  return createPortal(
    <div className="read-aloud" role="group" aria-label={t("label")}>
      <label>
        <span>{t("what")}</span>
        <select ref={modeRef} defaultValue={modes[0]} disabled={state !== "idle"}>
          {modes.map((mode) => (
            <option key={mode} value={mode}>
              {t(`mode.${mode}`)}
            </option>
          ))}
        </select>
      </label>
      {state === "reading" ? (
        <button type="button" onClick={pause}>
          {t("pause")}
        </button>
      ) : (
        <button type="button" onClick={play}>
          {state === "paused" ? t("resume") : t("play")}
        </button>
      )}
      {state !== "idle" ? (
        <button type="button" onClick={end}>
          {t("stop")}
        </button>
      ) : null}
    </div>,
    slot,
  );
}
