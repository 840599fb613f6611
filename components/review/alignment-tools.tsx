"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { MAX_PARAGRAPH_LENGTH } from "@/lib/core/limits";
import { MOST_REALIGNED_PAIRS } from "@/lib/review/realign-limits";
import { mergeAction, moveEnglishAction, realignAction, splitAction, type AlignmentState } from "./alignment-actions";
import { useRefusalMessage } from "./refusal-message";
import "./alignment.css";

/** A pair as a form names it: which row, at which version the reviewer saw it. */
export interface PairRef {
  id: number;
  version: number;
}

interface Props {
  pair: PairRef & { position: number; textIt: string; textEn: string };
  previous: PairRef | null;
  next: PairRef | null;
}

/**
 * The reviewer's tools for fixing how a pair is aligned: merge with the next pair, move
 * the English to a neighbour, split in two, re-align the English of a run of pairs.
 * Plain forms, so they work without JavaScript.
 */
export function AlignmentTools({ pair, previous, next }: Props) {
  const t = useTranslations("Alignment");
  const merge = useActionState<AlignmentState | null, FormData>(mergeAction, null);
  const moveBack = useActionState<AlignmentState | null, FormData>(moveEnglishAction, null);
  const moveOn = useActionState<AlignmentState | null, FormData>(moveEnglishAction, null);
  const split = useActionState<AlignmentState | null, FormData>(splitAction, null);
  const realign = useActionState<AlignmentState | null, FormData>(realignAction, null);
  // Open again after a try, so that its outcome shows (without JavaScript the page is new).
  const tried = [merge, moveBack, moveOn, split, realign].some(([state]) => state !== null);
  const self = { paragraphId: pair.id, baseVersion: pair.version };
  return (
    <details className="alignment-tools" open={tried || undefined}>
      <summary>{t("tools")}</summary>
      <p className="alignment-caution">{t("caution")}</p>
      <div className="alignment-buttons">
        {next ? (
          <ActionForm action={merge} fields={{ ...self, nextId: next.id, nextVersion: next.version }} done={t("done.merge")}>
            {t("merge")}
          </ActionForm>
        ) : null}
        {/* Kept once tried, so that a move that emptied this pair still says how it went. */}
        {previous && (pair.textEn || moveBack[0]) ? (
          <ActionForm
            action={moveBack}
            fields={{ ...self, neighbourId: previous.id, neighbourVersion: previous.version }}
            done={t("done.move")}
            disabled={!pair.textEn}
          >
            {t("moveToPrevious")}
          </ActionForm>
        ) : null}
        {next && (pair.textEn || moveOn[0]) ? (
          <ActionForm
            action={moveOn}
            fields={{ ...self, neighbourId: next.id, neighbourVersion: next.version }}
            done={t("done.move")}
            disabled={!pair.textEn}
          >
            {t("moveToNext")}
          </ActionForm>
        ) : null}
      </div>
      {/* A new form for each version of the pair: after a split, its fields hold the pair as it now is. */}
      <SplitForm key={pair.version} pair={pair} action={split} />
      {next || realign[0] ? <RealignForm pair={pair} action={realign} /> : null}
    </details>
  );
}

/** A form's action as useActionState hands it over: the last outcome, the action, whether it is running. */
type FormAction = [state: AlignmentState | null, action: (form: FormData) => void, pending: boolean];

function ActionForm({
  action,
  fields,
  done,
  disabled = false,
  children,
}: {
  action: FormAction;
  fields: Record<string, number>;
  done: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const [state, formAction, pending] = action;
  const message = useOutcomeMessage(state, done);
  return (
    <form action={formAction} className="alignment-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending || disabled}>
        {children}
      </button>
      <OutcomeMessage state={state} message={message} />
    </form>
  );
}

function SplitForm({ pair, action }: { pair: Props["pair"]; action: FormAction }) {
  const t = useTranslations("Alignment");
  const [state, formAction, pending] = action;
  const message = useOutcomeMessage(state, t("done.split", { next: pair.position + 1 }));
  const hintId = `split-hint-${pair.id}`;
  // A refused split keeps what the reviewer typed (the form is reset after each try).
  const typed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="alignment-split">
      <h3>{t("splitHeading")}</h3>
      <p id={hintId}>{t("splitHint")}</p>
      <input type="hidden" name="paragraphId" value={pair.id} />
      <input type="hidden" name="baseVersion" value={pair.version} />
      <div className="alignment-split-texts">
        <label>
          <span>{t("splitItalian")}</span>
          <textarea
            name="textIt"
            lang="it"
            rows={5}
            aria-describedby={hintId}
            maxLength={MAX_PARAGRAPH_LENGTH + 100}
            defaultValue={typed?.textIt ?? pair.textIt}
          />
        </label>
        <label>
          <span>{t("splitEnglish")}</span>
          <textarea
            name="textEn"
            lang="en"
            rows={5}
            aria-describedby={hintId}
            maxLength={MAX_PARAGRAPH_LENGTH + 100}
            defaultValue={typed?.textEn ?? pair.textEn}
          />
        </label>
      </div>
      <button type="submit" disabled={pending}>
        {t("split")}
      </button>
      <OutcomeMessage state={state} message={message} />
    </form>
  );
}

function RealignForm({ pair, action }: { pair: Props["pair"]; action: FormAction }) {
  const t = useTranslations("Alignment");
  const [state, formAction, pending] = action;
  const message = useOutcomeMessage(state, t("done.realign", { changed: state?.ok ? (state.changed ?? 0) : 0 }));
  const hintId = `realign-hint-${pair.id}`;
  return (
    <form action={formAction} className="alignment-realign">
      <h3>{t("realignHeading")}</h3>
      <p id={hintId}>{t("realignHint")}</p>
      <input type="hidden" name="paragraphId" value={pair.id} />
      <input type="hidden" name="baseVersion" value={pair.version} />
      <label>
        <span>{t("realignThrough")}</span>
        <input
          type="number"
          name="through"
          inputMode="numeric"
          min={pair.position + 1}
          max={pair.position + MOST_REALIGNED_PAIRS - 1}
          defaultValue={pair.position + 5}
          aria-describedby={hintId}
          required
        />
      </label>
      <button type="submit" disabled={pending}>
        {t("realign")}
      </button>
      <OutcomeMessage state={state} message={message} />
    </form>
  );
}

function OutcomeMessage({ state, message }: { state: AlignmentState | null; message: string }) {
  if (!state) return null;
  return state.ok ? (
    <p role="status" className="review-message">
      {message}
    </p>
  ) : (
    <p role="alert" className="review-message error">
      {message}
    </p>
  );
}

function useOutcomeMessage(state: AlignmentState | null, done: string): string {
  const t = useTranslations("Alignment");
  const refusal = useRefusalMessage();
  if (!state) return "";
  if (state.ok) return done;
  if (state.error === "alignment") return t(`problem.${state.problem}`, { most: MOST_REALIGNED_PAIRS - 1 });
  if (state.error === "conflict") return t("conflict");
  return refusal(state);
}
