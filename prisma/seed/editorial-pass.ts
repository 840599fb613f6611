/**
 * The editorial pass over the seed translation (2026): a professional reviewer read the
 * first edition (cesi-cina-kazakhstan.en.ts) against the Italian and these are the
 * changes, each with its reason. The seed applies them as reviewed revisions on top of
 * the first edition, so a pair's history shows the change and why; a pair the team has
 * changed since is left as the team made it (seed-library.ts, applyEditorialPass).
 */
import { LOST_WORD } from "../../lib/reader/lost-words";
import { translation } from "./cesi-cina-kazakhstan.en";

export interface EditorialChange {
  /** The pair's position in the text (1-based). */
  position: number;
  /** The English text, or the translator's note readers see under it. */
  field: "text" | "note";
  after: string;
  reason: string;
}

/** Recorded as each revision's origin; the history calls it the editorial pass. */
export const EDITORIAL_ORIGIN = "editorial";

export const editorialPass: readonly EditorialChange[] = [
  {
    position: 1,
    field: "text",
    after:
      "In September 2018 Xu Qiliang, a Vice Chairman of the Central Military Commission and one of the most senior figures in the Chinese military establishment, made a series of visits to Kazakhstan, Tajikistan and Kyrgyzstan with the aim of deepening dialogue on security and defence between Beijing and the countries of Central Asia.",
    reason:
      "The Commission had two Vice Chairmen in 2018 (Xu Qiliang and Zhang Youxia): “a Vice Chairman”, not “the”. “A figure at the top of” was a calque of “figura al vertice”; “made a series of visits” is the usual English for official travel.",
  },
  {
    position: 2,
    field: "text",
    after: "Kazakhstan was the first stop on Xu’s tour; there he met the Chairman of the Senate and the Defence Minister of Kazakhstan.",
    reason:
      "“The Kazakh President of the Senate and Minister of Defence” read as one person holding both posts: each office now has its own article and its official English title (the Senate’s presiding officer is its Chairman). “The first stop on Xu’s tour” for “la tappa inaugurale del viaggio”.",
  },
  {
    position: 2,
    field: "note",
    after:
      "The article does not name them: in September 2018 the Chairman of the Senate was Kassym-Jomart Tokayev (President of Kazakhstan from 2019) and the Defence Minister was Nurlan Yermekbayev (in office from August 2018 to August 2021).",
    reason: "Readers will want to know who the two officials were; the Italian leaves them unnamed.",
  },
  {
    position: 4,
    field: "text",
    after:
      "Xu’s visit to Astana complemented the meeting between Xi Jinping and Nursultan Nazarbayev on 7 June 2018, in the run-up to the summit of the Shanghai Cooperation Organisation (SCO), a regional grouping of which [China] and Kazakhstan are both members.",
    reason:
      "The meeting was held two days before the SCO summit (Qingdao, 9–10 June 2018), not on its eve: “in the run-up to” renders “all’alba del vertice”. The SCO is expressly not an alliance: “grouping”, not “coalition”. Past tense, as in the rest of the account.",
  },
  {
    position: 4,
    field: "note",
    after:
      "The Italian source lacks a word here: “coalizione regionale di cui e Kazakhstan sono entrambi membri” (“of which and Kazakhstan are both members”). “Both” and the meeting between the two presidents require China (Italian “la Cina”), restored as “[China]”. The summit followed in Qingdao on 9–10 June 2018. The organisation’s own English name is spelt “Organisation”; the Italian text quotes it as “Organization”.",
    reason: "Says where and when the meeting and the summit took place, which the new “in the run-up to” relies on.",
  },
  {
    position: 5,
    field: "text",
    after:
      "On that occasion the two heads of state expressed their intention to achieve greater convergence between their respective regional security policies.",
    reason: "The pluperfect “had expressed” put the intention before the meeting at which it was expressed.",
  },
  {
    position: 6,
    field: "text",
    after:
      "It is no accident that Kazakhstan was chosen to open the series of meetings between the Chinese military establishment and its Central Asian counterparts: in economic and political terms, Astana is one of [China]’s most important partners.",
    reason:
      "The sentence misled on first reading (“to begin the series of meetings … with Kazakhstan in particular”): the choice now comes first, its reason after the colon. “Interlocutors” was a calque of “interlocutori”: “partners”.",
  },
  {
    position: 6,
    field: "note",
    after:
      "The Italian source lacks a word here: “uno degli interlocutori più rilevanti per la sotto il profilo economico e politico” (“one of the most important partners for the in economic and political terms”). The feminine article “la” and the subject of the article point to “la Cina”; “[China]’s” is restored as an editorial insertion.",
    reason: "The gloss follows the new wording (“partners”); typographic apostrophe.",
  },
  {
    position: 7,
    field: "text",
    after: "The Sino-Kazakh relationship took shape in the period following the end of the Cold War.",
    reason: "“The formative phase of … dates back to” followed the Italian word for word.",
  },
  {
    position: 9,
    field: "text",
    after:
      "The dialogue on settling territorial questions eased tensions in Sino-Kazakh relations, which in the early 1990s had been strongly shaped by Astana’s distrust of possible neo-colonial expansion by China into Central Asia.",
    reason: "“A possible neo-colonial expansion” read as one specific plan; the distrust was of the prospect.",
  },
  {
    position: 9,
    field: "note",
    after:
      "As in the original, “Astana” stands for the Kazakh government. In the early 1990s the capital was still Almaty: it moved in December 1997 to Akmola, which was renamed Astana in May 1998 (it was called Nur-Sultan from 2019 to 2022).",
    reason: "The capital moved in 1997 to Akmola, which took the name Astana only in 1998.",
  },
  {
    position: 10,
    field: "text",
    after:
      "Although the relationship between China and Kazakhstan is founded on economic exchanges, the two countries have sought to develop the security dimension of their [relationship] through multilateral and bilateral initiatives.",
    reason: "“The foundation of the relationship … lies in economic exchanges” was heavy with nouns; the restored word stays as it was.",
  },
  {
    position: 11,
    field: "text",
    after:
      "From the early 2000s, defence cooperation, until then centred on the demilitarisation of the Sino-Kazakh border, began to broaden its scope and consequently took on clearer forms and objectives.",
    reason: "“More defined forms and objectives” is not idiomatic: “clearer”.",
  },
  {
    position: 12,
    field: "text",
    after: "Between 2001 and 2005 interaction in the field of defence grew slowly but steadily.",
    reason: "“The growth of interaction in the defence sphere was slow but steady” was heavy with nouns; a verb carries it.",
  },
  {
    position: 13,
    field: "text",
    after:
      "During this period China began to supply Kazakhstan with light military technology and equipment, while the outbreak of the war in [Afghanistan] led the two countries to coordinate on counter-terrorism and border control.",
    reason: "“In this phase” was a calque of “In questa fase”.",
  },
  {
    position: 14,
    field: "text",
    after:
      "At the same time, the Chinese and Kazakh armed forces began to hold joint military exercises, mostly as part of the SCO’s war games.",
    reason: "“Armed forces” is not a proper name in English: lower case. “Conducted mainly as part of” shortened.",
  },
  {
    position: 15,
    field: "text",
    after:
      "In 2005 the two countries signed an agreement establishing a strategic partnership; the agreement formalised the state of the Sino-Kazakh relationship and set out a programme of cooperation centred on the defence of each country’s sovereignty, territorial integrity and internal security.",
    reason:
      "“…a strategic partnership, which formalised…” attached “which” to the partnership; in the Italian (“il quale”) it is the agreement that formalised. “Their respective” became “each country’s”.",
  },
];

/** The seed text's English as readers get it: the first edition with the pass applied. */
export function revisedTranslation(): { en: string; note: string | null }[] {
  return translation.paragraphs.map((paragraph, index) => {
    const changes = editorialPass.filter((change) => change.position === index + 1);
    return {
      en: changes.find((change) => change.field === "text")?.after ?? paragraph.en,
      note: changes.find((change) => change.field === "note")?.after ?? ("note" in paragraph ? paragraph.note : null),
    };
  });
}

/** Where the Italian source lost a word: each pair's anchors, the place marked with LOST_WORD (lib/reader/lost-words.ts). */
export const lostWords: readonly { position: number; anchors: readonly string[] }[] = [
  { position: 3, anchors: [`che lega ${LOST_WORD}e Kazakhstan`] },
  { position: 4, anchors: [`di cui ${LOST_WORD}e Kazakhstan`] },
  { position: 6, anchors: [`rilevanti per la ${LOST_WORD}sotto il profilo`] },
  { position: 10, anchors: [`della propria ${LOST_WORD}attraverso`] },
  { position: 13, anchors: [`della guerra in ${LOST_WORD}ha indotto`] },
];

/** What the editors tell readers about the text as a whole, shown after its last pair. */
export const editorNote = {
  it: "L’articolo, come ci è pervenuto, si chiude con la partnership strategica del 2005: il titolo annuncia anche i limiti della cooperazione, ma il testo non vi arriva, e sembra la prima parte di un’analisi più lunga. Dove la fonte italiana ha perso una parola (nel testo originale era un collegamento), il segno […] ne indica il posto; la traduzione inglese la ripristina tra parentesi quadre e la nota del traduttore spiega la scelta.",
  en: "The article as we received it ends with the 2005 strategic partnership: its title promises the limits of the cooperation too, but the text does not reach them, and it appears to be the first part of a longer analysis. Where the Italian source lost a word (a link in the original web page), the sign […] marks its place; the English restores it in square brackets, and the translator’s note explains the choice.",
} as const;
