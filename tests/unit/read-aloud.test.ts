// The read-aloud control's sequencing (lib/reader/read-aloud.ts): what is said, in
// which order, and in which voice.
import { describe, expect, it } from "vitest";
import { readingPlan, voiceFor, type ListenPair } from "@/lib/reader/read-aloud";

const pairs: ListenPair[] = [
  {
    position: 1,
    it: [
      { text: "Nel 1996 nacque il gruppo.", link: 0 },
      { text: "Nel 2001 divenne la SCO.", link: 1 },
      { text: "L’India vi entrò nel 2017.", link: 2 },
    ],
    en: [
      { text: "In 1996 the group was born.", link: 0 },
      { text: "India joined in 2017.", link: 2 },
    ],
  },
  { position: 2, it: [{ text: "Una frase sola.", link: 0 }], en: [{ text: "", link: 0 }] },
];
const said = (mode: Parameters<typeof readingPlan>[1]) => readingPlan(pairs, mode).map((u) => `${u.position}${u.language}${u.sentence}`);

describe("the reading plan", () => {
  it("reads one language sentence by sentence, skipping an English not yet published", () => {
    expect(said("it")).toEqual(["1it0", "1it1", "1it2", "2it0"]);
    expect(said("en")).toEqual(["1en0", "1en1"]);
  });

  it("alternates each Italian sentence with its English, a sentence without counterpart alone in its place", () => {
    expect(said("alternate")).toEqual(["1it0", "1en0", "1it1", "1it2", "1en1", "2it0"]);
    expect(readingPlan(pairs, "alternate")[1]).toEqual({ position: 1, language: "en", sentence: 0, text: "In 1996 the group was born." });
  });

  it("reads the Italian sentences of one link together before their English", () => {
    const joined: ListenPair[] = [
      {
        position: 3,
        it: [
          { text: "Uno.", link: 0 },
          { text: "Due.", link: 0 },
        ],
        en: [{ text: "One and two.", link: 0 }],
      },
    ];
    expect(readingPlan(joined, "alternate").map((u) => u.text)).toEqual(["Uno.", "Due.", "One and two."]);
  });
});

describe("voices", () => {
  const voice = (lang: string, extra: Partial<{ default: boolean; localService: boolean }> = {}) => ({
    lang,
    default: false,
    localService: false,
    ...extra,
  });

  it("picks a voice of the language, the default first, then an offline one", () => {
    const voices = [voice("en-US"), voice("it-IT"), voice("it_CH", { localService: true }), voice("en-GB", { default: true })];
    expect(voiceFor(voices, "it")).toBe(voices[2]);
    expect(voiceFor(voices, "en")).toBe(voices[3]);
  });

  it("finds none where the device has none", () => {
    expect(voiceFor([voice("de-DE"), voice("iu-CA")], "it")).toBeNull();
    expect(voiceFor([], "en")).toBeNull();
  });
});
