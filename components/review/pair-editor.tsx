"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import type { SaveOutcome } from "@/lib/review/edit-paragraph";
import { MAX_NOTE_LENGTH, MAX_PARAGRAPH_LENGTH, MAX_REASON_LENGTH } from "@/lib/review/limits";
import type { Refusal } from "@/lib/review/outcome";
import { approveAction, saveNoteAction, saveTextAction, sendBackAction } from "./actions";
import { ConflictPanel, type Conflict } from "./conflict-panel";
import { useRefusalMessage } from "./refusal-message";

type Language = "it" | "en";
/** The pair's three editable texts: both languages and the translator's note. */
type Side = Language | "note";
const SIDES: readonly Side[] = ["it", "en", "note"];

export interface EditablePair {
  id: number;
  position: number;
  textIt: string;
  textEn: string;
  translatorNote: string;
  version: number;
}

interface Props {
  pair: EditablePair;
  can: { editIt: boolean; editEn: boolean; review: boolean };
  /** Server-rendered parts: the status, the warnings, the reason, the source diff, links. */
  children: ReactNode;
}

/**
 * One pair in the workspace: both texts, editable as the role allows, with Save
 * (Ctrl+S), Approve (Ctrl+Enter) and "needs changes". A save names the version it
 * started from; when someone saved in between, the newer text is shown beside the
 * user's own so that they can merge.
 */
export function PairEditor({ pair, can, children }: Props) {
  const t = useTranslations("Review");
  const refusal = useRefusalMessage();
  const [saved, setSaved] = useState({ it: pair.textIt, en: pair.textEn, note: pair.translatorNote, version: pair.version });
  const [text, setText] = useState({ it: pair.textIt, en: pair.textEn, note: pair.translatorNote });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ kind: "done" | "error"; text: string } | null>(null);
  const [reason, setReason] = useState("");
  const [pending, startTransition] = useTransition();
  const dirty = (side: Side) => text[side] !== saved[side];
  const anyDirty = () => SIDES.some(dirty);

  // Someone else's save reached this page (it was re-rendered): take it, unless the
  // user is in the middle of their own edit, which the version check will then guard.
  useEffect(() => {
    if (pair.version === saved.version || anyDirty()) return;
    setSaved({ it: pair.textIt, en: pair.textEn, note: pair.translatorNote, version: pair.version });
    setText({ it: pair.textIt, en: pair.textEn, note: pair.translatorNote });
  }, [pair.version, pair.textIt, pair.textEn, pair.translatorNote]);

  const refuse = (outcome: Refusal, side: Side = "en") => {
    if (outcome.error === "conflict") setConflict({ side, theirs: outcome.current.text, version: outcome.current.version });
    setMessage({ kind: "error", text: refusal(outcome) });
  };

  /** Saves whichever sides changed; returns the version reached, or null when refused. */
  async function saveChanges(baseVersion: number): Promise<number | null> {
    let version = baseVersion;
    for (const side of SIDES) {
      if (!dirty(side)) continue;
      const outcome: SaveOutcome =
        side === "note"
          ? await saveNoteAction({ paragraphId: pair.id, note: text.note, baseVersion: version })
          : await saveTextAction({ paragraphId: pair.id, language: side, text: text[side], baseVersion: version });
      if (!outcome.ok) {
        refuse(outcome, side);
        return null;
      }
      version = outcome.version;
      setSaved((previous) => ({ ...previous, [side]: outcome.text, version: outcome.version }));
      setText((previous) => ({ ...previous, [side]: outcome.text }));
    }
    return version;
  }

  const save = (baseVersion = saved.version) =>
    startTransition(async () => {
      setMessage(null);
      if (!anyDirty()) return setMessage({ kind: "done", text: t("outcome.unchanged") });
      if ((await saveChanges(baseVersion)) === null) return;
      setConflict(null);
      setMessage({ kind: "done", text: t("outcome.saved", { number: pair.position }) });
    });

  const approve = () =>
    startTransition(async () => {
      setMessage(null);
      const version = await saveChanges(saved.version);
      if (version === null) return;
      const outcome = await approveAction({ paragraphId: pair.id, baseVersion: version });
      if (!outcome.ok) return refuse(outcome);
      setMessage({ kind: "done", text: t("outcome.approved", { number: pair.position }) });
    });

  const sendBackWithReason = () =>
    startTransition(async () => {
      setMessage(null);
      const outcome = await sendBackAction({ paragraphId: pair.id, baseVersion: saved.version, reason });
      if (!outcome.ok) return refuse(outcome);
      setReason("");
      setMessage({ kind: "done", text: t("outcome.sentBack", { number: pair.position }) });
    });

  function onKeyDown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.key === "s" || event.key === "S") {
      event.preventDefault();
      save();
    } else if (event.key === "Enter" && can.review) {
      event.preventDefault();
      approve();
    }
  }

  const field = (language: Language) =>
    (language === "it" ? can.editIt : can.editEn) ? (
      <label className="review-field">
        <span>{t(`language.${language}`)}</span>
        <textarea
          lang={language}
          value={text[language]}
          onChange={(event) => setText((previous) => ({ ...previous, [language]: event.target.value }))}
          aria-describedby={`pair-${pair.id}-status`}
          rows={4}
          maxLength={MAX_PARAGRAPH_LENGTH}
        />
      </label>
    ) : (
      <div className="review-field">
        <span>{t(`language.${language}`)}</span>
        <p lang={language} className="review-readonly">
          {text[language] || t("emptyText")}
        </p>
      </div>
    );

  return (
    <div className="pair-editor" onKeyDown={onKeyDown} aria-busy={pending}>
      <div className="review-texts">
        {field("it")}
        {field("en")}
      </div>
      {can.editEn ? (
        <label className="review-field review-note">
          <span>{t("noteLabel")}</span>
          <textarea lang="en" value={text.note} onChange={(event) => setText((previous) => ({ ...previous, note: event.target.value }))} rows={1} maxLength={MAX_NOTE_LENGTH} />
        </label>
      ) : null}
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          pending={pending}
          onTakeTheirs={() => {
            setSaved((previous) => ({ ...previous, [conflict.side]: conflict.theirs, version: conflict.version }));
            setText((previous) => ({ ...previous, [conflict.side]: conflict.theirs }));
            setConflict(null);
            setMessage(null);
          }}
          onSaveMine={() => save(conflict.version)}
        />
      ) : null}
      {children}
      <div className="review-actions">
        {can.editIt || can.editEn ? (
          <button type="button" onClick={() => save()} disabled={pending || conflict !== null} aria-keyshortcuts="Control+S">
            {t("save")}
          </button>
        ) : null}
        {can.review ? (
          <>
            <button type="button" className="approve" onClick={approve} disabled={pending || conflict !== null || text.en.trim() === ""} aria-keyshortcuts="Control+Enter">
              {t("approve")}
            </button>
            <details className="send-back">
              <summary>{t("needsChanges")}</summary>
              <label>
                <span>{t("reasonLabel")}</span>
                <textarea value={reason} onChange={(event) => setReason(event.target.value)} rows={2} maxLength={MAX_REASON_LENGTH} />
              </label>
              <button type="button" onClick={sendBackWithReason} disabled={pending}>
                {t("sendBack")}
              </button>
            </details>
          </>
        ) : null}
      </div>
      <p role="status" className={message?.kind === "error" ? "review-message error" : "review-message"}>
        {message?.text}
      </p>
    </div>
  );
}
