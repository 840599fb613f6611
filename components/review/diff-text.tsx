import type { DiffPart } from "@/lib/review/word-diff";

/** The words screen readers hear where a change starts and ends (History's addedStart…). */
export interface DiffMarkers {
  /** The interface's language, which the markers are in (the text may be in the other). */
  lang: string;
  addedStart: string;
  addedEnd: string;
  removedStart: string;
  removedEnd: string;
}

/**
 * A word diff as one text, words removed struck through and words added underlined,
 * each change announced to screen readers. No hooks: server and client parts both use it.
 */
export function DiffText({
  parts,
  markers,
  language,
  className,
}: {
  parts: readonly DiffPart[];
  markers: DiffMarkers;
  language: "it" | "en";
  className?: string;
}) {
  const mark = (text: string) => (
    <span className="visually-hidden" lang={markers.lang}>
      {text}
    </span>
  );
  return (
    <p lang={language} className={className}>
      {parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index}>
            {mark(markers.addedStart)}
            {part.text}
            {mark(markers.addedEnd)}
          </ins>
        ) : part.kind === "removed" ? (
          <del key={index}>
            {mark(markers.removedStart)}
            {part.text}
            {mark(markers.removedEnd)}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

/** The markers in the interface's language `lang`, from a translator of the History namespace. */
export function diffMarkers(t: (key: Exclude<keyof DiffMarkers, "lang">) => string, lang: string): DiffMarkers {
  return { lang, addedStart: t("addedStart"), addedEnd: t("addedEnd"), removedStart: t("removedStart"), removedEnd: t("removedEnd") };
}
