"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition, type KeyboardEvent, type ReactNode } from "react";
import { useTypedEarly } from "@/components/typed-early";
import { MAX_NOTE_LENGTH, MAX_PARAGRAPH_LENGTH, MAX_REASON_LENGTH } from "@/lib/core/limits";
import type { Outcome, Refusal } from "@/lib/core/outcome";
import { rebaseEdits, SIDES, type PairTexts } from "@/lib/review/rebase-edits";
import { savePairAction, savePairFormAction, sendBackAction } from "./actions";
import { ConflictPanel, type Conflict } from "./conflict-panel";
import { EditorTerms, hasEnglishForm, LiveCounts, type EditorTerm } from "./editor-terms";
import { MATCH_KEYS, MemoryMatches } from "./memory-matches";
import type { FuzzyMatch } from "@/lib/memory/fuzzy-matches";
import { answerOf, useRefusalMessage } from "./refusal-message";

type Language = "it" | "en";

export interface EditablePair {
  id: number;
  position: number;
  textIt: string;
  textEn: string;
  translatorNote: string;
  /** The Italian readers see, to tell whether an edit of it waits for approval. */
  approvedIt: string | null;
  version: number;
}

export type { EditorTerm } from "./editor-terms";

interface Props {
  /** The text's slug: without JavaScript the form's answer comes back to the pair's own edit page. */
  slug: string;
  pair: EditablePair;
  /** The glossary terms in the Italian, with their English forms (the terms panel). */
  terms: readonly EditorTerm[];
  /** The text's usual English/Italian length ratio, for the live counts. */
  lengthNorm: number;
  /** On the pair's own page: the English field takes the focus as the page opens. */
  autoFocus?: boolean;
  /** On the pair's own page: the translation memory's matches for its Italian (lib/memory/fuzzy-matches.ts). */
  matches?: readonly FuzzyMatch[];
  /** approveEnglish: false under the four-eyes policy for English this reviewer wrote. */
  can: { editIt: boolean; editEn: boolean; review: boolean; approveEnglish: boolean };
  /** Server-rendered parts: the status, the warnings, the reason, the source diff, links. */
  children: ReactNode;
}

type Saved = PairTexts & { version: number };
const textsOf = (pair: { textIt: string; textEn: string; translatorNote: string }): PairTexts => ({
  it: pair.textIt,
  en: pair.textEn,
  note: pair.translatorNote,
});

/**
 * One pair in the workspace: both texts and the note, editable as the role allows,
 * with Save (Ctrl+S), Approve (Ctrl+Enter) and "needs changes". Save and Approve are
 * one request each, written whole or not at all (lib/review/save-pair.ts). A save
 * names the version it started from. When someone saved in between, their changes to
 * texts the user did not touch are taken in; a text both changed is shown beside the
 * user's own to merge. Nothing is ever saved over a text the user has not seen.
 */
export function PairEditor({ slug, pair, can, terms, lengthNorm, autoFocus = false, matches, children }: Props) {
  const t = useTranslations("Review");
  const refusal = useRefusalMessage();
  const [saved, setSaved] = useState<Saved>({ ...textsOf(pair), version: pair.version });
  const [text, setText] = useState<PairTexts>(textsOf(pair));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [message, setMessage] = useState<{ kind: "done" | "error"; text: string } | null>(null);
  const [reason, setReason] = useState("");
  const [pending, startTransition] = useTransition();
  const anyDirty = SIDES.some((side) => text[side] !== saved[side]);
  const english = useRef<HTMLTextAreaElement>(null);
  const formId = `pair-${pair.id}-form`;
  useTypedEarly(formId, (name, value) => {
    const side = SIDES.find((candidate) => candidate === name);
    if (side) setText((previous) => ({ ...previous, [side]: value }));
  });

  /** Puts a term's English where the caret is in the English (replacing a selection), and the caret after it. */
  const insert = (words: string) => {
    const area = english.current;
    if (!area) return;
    // In the field itself, so the caret is after the words at once (the next key typed
    // lands there); the state then takes the field's value, which React leaves as it is.
    area.focus();
    area.setRangeText(words, area.selectionStart, area.selectionEnd, "end");
    setText((previous) => ({ ...previous, en: area.value }));
  };

  /** Puts a match's English in place of the whole English (a CAT tool's "insert match"), the caret at its end. */
  const takeMatch = (words: string) => {
    const area = english.current;
    if (!area) return;
    area.focus();
    area.setRangeText(words, 0, area.value.length, "end");
    setText((previous) => ({ ...previous, en: area.value }));
  };

  // A newer version reached this page (it was re-rendered): take it, unless the user
  // is in the middle of an edit, which the version check will then guard. Adjusted
  // while rendering, when the server's version moves on, rather than in an effect.
  const [renderedVersion, setRenderedVersion] = useState(pair.version);
  if (pair.version !== renderedVersion) {
    setRenderedVersion(pair.version);
    if (pair.version > saved.version && !anyDirty) {
      setSaved({ ...textsOf(pair), version: pair.version });
      setText(textsOf(pair));
    }
  }

  const fail = (outcome: Refusal) => setMessage({ kind: "error", text: refusal(outcome) });

  /**
   * Save (and Approve, with `approve`): one request with whichever texts changed, each
   * with the text it was changed from, so that the server can take in what someone
   * else saved meanwhile. A text both changed comes back as a conflict, to merge here.
   */
  const save = (approve = false) =>
    startTransition(async () => {
      setMessage(null);
      const mine = text;
      const changed = SIDES.filter((side) => mine[side] !== saved[side]);
      if (!approve && changed.length === 0) return setMessage({ kind: "done", text: t("outcome.unchanged") });
      const edits = Object.fromEntries(changed.map((side) => [side, { text: mine[side], from: saved[side] }]));
      const outcome = await answerOf(
        savePairAction({ paragraphId: pair.id, baseVersion: saved.version, ...edits, ...(approve ? { approve } : {}) }),
      );
      if (!outcome.ok) {
        // Someone saved in between: texts this user left alone take the newer value, and
        // a text both changed is shown beside theirs to merge.
        if (outcome.error === "conflict") {
          const newer = textsOf(outcome.current);
          const { texts, clash } = rebaseEdits(mine, saved, newer);
          setSaved({ ...newer, version: outcome.current.version });
          setText((now) => ({
            ...now,
            ...Object.fromEntries(SIDES.filter((side) => mine[side] === saved[side]).map((side) => [side, texts[side]])),
          }));
          if (clash) setConflict({ side: clash, theirs: newer[clash], version: outcome.current.version });
        }
        return fail(outcome);
      }
      // Every text as stored: the user's (trimmed, NFC), and any change of someone else's the server took in.
      setSaved({ ...outcome.texts, version: outcome.version });
      setText(outcome.texts);
      setConflict(null);
      const done =
        outcome.published === "it" ? "outcome.approvedItalian" : outcome.published === "both" ? "outcome.approved" : "outcome.saved";
      setMessage({ kind: "done", text: t(done, { number: pair.position }) });
    });

  const approve = () => save(true);

  const decided = <T extends { version: number }>(outcome: Outcome<T>, done: (outcome: T) => string) => {
    if (!outcome.ok) return fail(outcome);
    setSaved((now) => ({ ...now, version: outcome.version }));
    setMessage({ kind: "done", text: done(outcome) });
  };

  const sendBackWithReason = () =>
    startTransition(async () => {
      setMessage(null);
      const outcome = await answerOf(sendBackAction({ paragraphId: pair.id, baseVersion: saved.version, reason }));
      if (outcome.ok) setReason("");
      decided(outcome, () => t("outcome.sentBack", { number: pair.position }));
    });

  const canSave = (can.editIt || can.editEn) && !pending && conflict === null;
  // An English to publish, or (before there is one) an Italian edit readers do not see yet.
  const hasEnglish = text.en.trim() !== "";
  const canApprove =
    can.review && !pending && conflict === null && (hasEnglish ? can.approveEnglish : text.it.trim() !== (pair.approvedIt ?? "").trim());

  function onKeyDown(event: KeyboardEvent) {
    // Alt+1 to Alt+9: the terms panel's English forms, in its order; with Shift, the memory's matches.
    if (event.altKey && !event.ctrlKey && !event.metaKey && /^Digit[1-9]$/.test(event.code) && can.editEn) {
      const index = Number(event.code.slice(5)) - 1;
      const match = event.shiftKey && index < MATCH_KEYS ? matches?.[index] : undefined;
      const term = event.shiftKey ? undefined : terms[index];
      if (match || term) event.preventDefault();
      if (match) takeMatch(match.textEn);
      if (term) insert(term.en);
      return;
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.key === "s" || event.key === "S") {
      event.preventDefault();
      if (canSave) save();
    } else if (event.key === "Enter" && can.review) {
      event.preventDefault();
      if (canApprove) approve();
    }
  }

  const field = (language: Language) =>
    (language === "it" ? can.editIt : can.editEn) ? (
      // The counts outside the label: they describe the field, they are not its name.
      <div className="review-field">
        <label htmlFor={`pair-${pair.id}-${language}`}>{t(`language.${language}`)}</label>
        <textarea
          id={`pair-${pair.id}-${language}`}
          name={language}
          form={formId}
          ref={language === "en" ? english : undefined}
          autoFocus={autoFocus && language === "en"}
          lang={language}
          value={text[language]}
          onChange={(event) => setText((previous) => ({ ...previous, [language]: event.target.value }))}
          aria-describedby={`pair-${pair.id}-status pair-${pair.id}-count-${language}`}
          rows={4}
          maxLength={MAX_PARAGRAPH_LENGTH}
        />
        <LiveCounts
          id={`pair-${pair.id}-count-${language}`}
          text={text[language]}
          italian={language === "en" ? text.it : null}
          norm={lengthNorm}
        />
      </div>
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
      {/*
        The fields and buttons belong to this form by their form attribute (the
        editor holds other tools' forms, which may not nest). With JavaScript the page
        saves in place; without, the form posts and the pair's own page answers.
      */}
      <form
        id={formId}
        action={savePairFormAction}
        onSubmit={(event) => {
          event.preventDefault();
          const submitter = (event.nativeEvent as SubmitEvent).submitter;
          if (submitter?.getAttribute("name") === "approve") approve();
          else save();
        }}
      >
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="position" value={pair.position} />
        <input type="hidden" name="paragraphId" value={pair.id} />
        <input type="hidden" name="baseVersion" value={saved.version} />
        {SIDES.map((side) => (
          <input key={side} type="hidden" name={`from-${side}`} value={saved[side]} />
        ))}
      </form>
      <div className="review-texts">
        {field("it")}
        {field("en")}
      </div>
      {terms.length ? (
        <EditorTerms
          id={`pair-${pair.id}-terms`}
          terms={terms}
          missing={terms.filter((term) => !hasEnglishForm(text.en, term.forms)).map((term) => term.slug)}
          onInsert={can.editEn ? insert : null}
        />
      ) : null}
      {matches ? <MemoryMatches id={`pair-${pair.id}-memory`} matches={matches} onUse={can.editEn ? takeMatch : null} /> : null}
      {can.editEn ? (
        <label className="review-field review-note">
          <span>{t("noteLabel")}</span>
          <textarea
            name="note"
            form={formId}
            lang="en"
            value={text.note}
            onChange={(event) => setText((previous) => ({ ...previous, note: event.target.value }))}
            rows={1}
            maxLength={MAX_NOTE_LENGTH}
          />
        </label>
      ) : null}
      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          pending={pending}
          onTakeTheirs={() => {
            setText((now) => ({ ...now, [conflict.side]: conflict.theirs }));
            setConflict(null);
            setMessage(null);
          }}
          onSaveMine={() => save()}
        />
      ) : null}
      {children}
      <div className="review-actions">
        {can.editIt || can.editEn ? (
          <button type="submit" form={formId} disabled={!canSave} aria-keyshortcuts="Control+S">
            {t("save")}
          </button>
        ) : null}
        {can.review ? (
          <>
            <button
              type="submit"
              form={formId}
              name="approve"
              value="1"
              className="approve"
              disabled={!canApprove}
              aria-keyshortcuts="Control+Enter"
            >
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
