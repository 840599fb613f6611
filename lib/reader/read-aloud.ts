/**
 * What the reader's read-aloud control says, in which order and voice: plain logic,
 * the browser's speech synthesis only plays it (components/reader/enhance/read-aloud.ts).
 */

export type ListenLanguage = "it" | "en";
/** The Italian alone, the English alone, or each Italian sentence followed by its English. */
export type ListenMode = ListenLanguage | "alternate";

/** A pair as read aloud: its sentences in each language, each with its link (one link for a pair without sentence links). */
export interface ListenPair {
  position: number;
  it: readonly { text: string; link: number }[];
  en: readonly { text: string; link: number }[];
}

/** One thing to say: which pair, which language, which of that half's sentences (by index), and the words. */
export interface Utterance {
  position: number;
  language: ListenLanguage;
  sentence: number;
  text: string;
}

/**
 * The utterances of a reading, in order. In alternate mode each link's Italian
 * sentences come before its English ones; a sentence without counterpart is said alone
 * in its place. Empty halves (an English not yet published) are skipped.
 */
export function readingPlan(pairs: readonly ListenPair[], mode: ListenMode): Utterance[] {
  return pairs.flatMap((pair) => {
    const say = (language: ListenLanguage, link?: number): Utterance[] =>
      pair[language].flatMap((sentence, index) =>
        (link === undefined || sentence.link === link) && sentence.text.trim()
          ? [{ position: pair.position, language, sentence: index, text: sentence.text }]
          : [],
      );
    if (mode !== "alternate") return say(mode);
    const links = [...new Set([...pair.it, ...pair.en].map((sentence) => sentence.link))].sort((a, b) => a - b);
    return links.flatMap((link) => [...say("it", link), ...say("en", link)]);
  });
}

/** The languages a mode speaks. */
export function languagesOf(mode: ListenMode): ListenLanguage[] {
  return mode === "alternate" ? ["it", "en"] : [mode];
}

interface VoiceLike {
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * The voice for a language among the device's: one whose language tag is it ("it-IT",
 * "it_CH"…), the device's default first, then one that works offline. Null when the
 * device has none: the control then offers only what it can read.
 */
export function voiceFor<Voice extends VoiceLike>(voices: readonly Voice[], language: ListenLanguage): Voice | null {
  const speaking = voices.filter((voice) => voice.lang.toLowerCase().replace("_", "-").split("-")[0] === language);
  return speaking.find((voice) => voice.default) ?? speaking.find((voice) => voice.localService) ?? speaking[0] ?? null;
}
