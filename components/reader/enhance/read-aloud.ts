import {
  languagesOf,
  readingPlan,
  voiceFor,
  type ListenLanguage,
  type ListenMode,
  type ListenPair,
  type Utterance,
} from "@/lib/reader/read-aloud";

/** The pairs on the page as read aloud: each half's sentences (or the whole half) with their links. */
export function pairsOnPage(root: HTMLElement): { pairs: ListenPair[]; elements: Map<string, HTMLElement> } {
  const elements = new Map<string, HTMLElement>();
  const pairs = Array.from(root.querySelectorAll<HTMLElement>(".pair")).map((pair) => {
    const position = Number(pair.id.replace("p-", ""));
    const half = (language: ListenLanguage) => {
      const element = pair.querySelector<HTMLElement>(`.half[lang="${language}"]:not(.missing)`);
      if (!element) return [];
      const sentences = Array.from(element.querySelectorAll<HTMLElement>("[data-s]"));
      const parts = sentences.length ? sentences : [element];
      return parts.map((part, index) => {
        elements.set(keyOf({ position, language, sentence: index }), part);
        return { text: part.textContent ?? "", link: Number(part.dataset.s ?? 0) };
      });
    };
    return { position, it: half("it"), en: half("en") };
  });
  return { pairs, elements };
}

export const keyOf = (utterance: Pick<Utterance, "position" | "language" | "sentence">) =>
  `${utterance.position}:${utterance.language}:${utterance.sentence}`;

/** The device's voices for the two languages, once the browser has listed them (it may list them late). */
export function deviceVoices(onChange: (voices: Record<ListenLanguage, SpeechSynthesisVoice | null>) => void): () => void {
  if (typeof window === "undefined" || !("speechSynthesis" in window)) {
    onChange({ it: null, en: null });
    return () => {};
  }
  const read = () => {
    const voices = window.speechSynthesis.getVoices();
    onChange({ it: voiceFor(voices, "it"), en: voiceFor(voices, "en") });
  };
  read();
  window.speechSynthesis.addEventListener("voiceschanged", read);
  return () => window.speechSynthesis.removeEventListener("voiceschanged", read);
}

/**
 * Reads the page aloud from the first pair on screen (or the one with the focus), one
 * utterance after the other, marking the sentence being read and keeping it in view.
 */
export function startReading(
  root: HTMLElement,
  mode: ListenMode,
  voices: Record<ListenLanguage, SpeechSynthesisVoice | null>,
  onEnd: () => void,
): () => void {
  const { pairs, elements } = pairsOnPage(root);
  const speakable = languagesOf(mode).filter((language) => voices[language]);
  const plan = readingPlan(pairs, mode).filter((utterance) => speakable.includes(utterance.language));
  const first = firstOnScreen(root);
  let index = Math.max(
    0,
    plan.findIndex((utterance) => utterance.position >= first),
  );
  let stopped = false;
  let marked: HTMLElement | null = null;

  const mark = (element: HTMLElement | null) => {
    marked?.classList.remove("speaking");
    marked = element;
    if (!element) return;
    element.classList.add("speaking");
    element.scrollIntoView({ block: "nearest", behavior: matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  };

  const next = () => {
    if (stopped) return;
    const utterance = plan[index++];
    if (!utterance) {
      mark(null);
      onEnd();
      return;
    }
    const speech = new SpeechSynthesisUtterance(utterance.text);
    speech.lang = utterance.language === "it" ? "it-IT" : "en-GB";
    speech.voice = voices[utterance.language];
    speech.onstart = () => mark(elements.get(keyOf(utterance)) ?? null);
    speech.onend = next;
    speech.onerror = next;
    window.speechSynthesis.speak(speech);
  };
  window.speechSynthesis.cancel();
  next();
  return () => {
    stopped = true;
    window.speechSynthesis.cancel();
    mark(null);
  };
}

function firstOnScreen(root: HTMLElement): number {
  const pairs = Array.from(root.querySelectorAll<HTMLElement>(".pair"));
  const focused = pairs.find((pair) => pair.contains(document.activeElement));
  const visible = focused ?? pairs.find((pair) => pair.getBoundingClientRect().bottom > 0) ?? pairs[0];
  return visible ? Number(visible.id.replace("p-", "")) : 1;
}
