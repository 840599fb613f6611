/**
 * The reviewed English translation of C.E.S.I.’s "Cina, sviluppo e limiti della
 * cooperazione difensiva con il Kazakhstan" (cesi-cina-kazakhstan.it.txt beside
 * this file), paragraph by paragraph. Each entry opens with the first words of its
 * Italian paragraph (`it`), which the seed checks so that a pair can never drift.
 *
 * The scraped source lost a word wherever the web page had a link. Restored words
 * stand in square brackets, and the paragraph’s note says what was missing and why
 * the restoration is the intended word.
 */
export const translation = {
  slug: "cesi-cina-kazakhstan",
  titleEn: "China: The Development and Limits of Defence Cooperation with Kazakhstan",
  sourceName: "C.E.S.I. – Centro Studi Internazionali",
  /** Late 2018, by the corpus README; month and day are not known. */
  publishedOn: "2018",
  paragraphs: [
    {
      it: "Nel settembre 2018 il Vicepresidente",
      en: "In September 2018 the Vice Chairman of the Central Military Commission, Xu Qiliang, a figure at the top of the Chinese military establishment, undertook a series of trips to Kazakhstan, Tajikistan and Kyrgyzstan with the aim of deepening the dialogue on security and defence between Beijing and the countries of Central Asia.",
    },
    {
      it: "Il Kazakhstan ha rappresentato",
      en: "Kazakhstan was the opening stop of Xu’s journey; there he met the Kazakh President of the Senate and Minister of Defence.",
    },
    {
      it: "Nel corso dell’incontro",
      en: "During the meeting, the representatives of the two countries reaffirmed the friendship that binds [China] and Kazakhstan, as well as their commitment to countering terrorism, separatism and religious extremism, which are considered among the main sources of instability in the Central Asian region.",
      note: "The Italian source lacks a word here: “la relazione di amicizia che lega e Kazakhstan” (“the friendship that binds and Kazakhstan”). The word, most likely a link on the original web page, was lost in scraping. The two countries meeting are China and Kazakhstan, so “[China]” (Italian “la Cina”) is restored as an editorial insertion.",
    },
    {
      it: "La visita di Xu ad Astana",
      en: "Xu’s visit to Astana complements the meeting held between Xi Jinping and Nursultan Nazarbayev on 7 June 2018, on the eve of the summit of the Shanghai Cooperation Organisation (SCO), a regional coalition of which [China] and Kazakhstan are both members.",
      note: "The Italian source lacks a word here: “coalizione regionale di cui e Kazakhstan sono entrambi membri” (“of which and Kazakhstan are both members”). “Both” and the meeting between the two presidents require China (Italian “la Cina”), restored as “[China]”. The organisation’s own English name is spelt “Organisation”; the Italian text quotes it as “Organization”.",
    },
    {
      it: "In quell’occasione",
      en: "On that occasion, the two heads of state had expressed their intention to achieve greater convergence between their respective regional security policies.",
    },
    {
      it: "La decisione di incominciare",
      en: "The decision to begin the series of meetings between the Chinese military establishment and its Central Asian counterparts with Kazakhstan in particular is no accident, since Astana is one of [China]’s most important interlocutors in economic and political terms.",
      note: "The Italian source lacks a word here: “uno degli interlocutori più rilevanti per la sotto il profilo economico e politico” (“one of the most relevant interlocutors for the in economic and political terms”). The feminine article “la” and the subject of the article point to “la Cina”; “[China]'s” is restored as an editorial insertion.",
    },
    {
      it: "La fase di formazione",
      en: "The formative phase of the Sino-Kazakh relationship dates back to the period after the end of the Cold War.",
    },
    {
      it: "In seguito alla scomparsa",
      en: "Following the dissolution of the Soviet Union and the gradual mending of the Sino-Soviet split, China, Russia and the Central Asian republics began negotiations to define the borders of the former Soviet space.",
    },
    {
      it: "Il dialogo per la soluzione",
      en: "The dialogue on settling territorial questions eased tensions in Sino-Kazakh relations, which in the early 1990s had been strongly shaped by Astana’s distrust of a possible neo-colonial expansion by China into Central Asia.",
      note: "As in the original, “Astana” stands for the Kazakh government. In the early 1990s the capital was still Almaty; it moved to Astana in 1997.",
    },
    {
      it: "Sebbene il fondamento",
      en: "Although the foundation of the relationship between China and Kazakhstan lies in economic exchanges, the two countries have sought to develop the security dimension of their [relationship] through multilateral and bilateral initiatives.",
      note: "The Italian source lacks a noun here: “sviluppare la dimensione securitaria della propria attraverso” (“develop the security dimension of their own through”). The feminine “propria” and the same sentence’s “relazione tra Cina e Kazakhstan” point to “relazione”; “[relationship]” is restored as an editorial insertion.",
    },
    {
      it: "A partire dai primi anni Duemila",
      en: "From the early 2000s, defence cooperation, until then centred on the demilitarisation of the Sino-Kazakh border, began to broaden its scope and consequently took on more defined forms and objectives.",
    },
    {
      it: "Tra il 2001 e il 2005",
      en: "Between 2001 and 2005 the growth of interaction in the defence sphere was slow but steady.",
    },
    {
      it: "In questa fase la Cina",
      en: "In this phase China began to supply Kazakhstan with light military technology and equipment, while the outbreak of the war in [Afghanistan] led the two countries to coordinate on counter-terrorism and border control.",
      note: "The Italian source lacks a word here: “lo scoppio della guerra in ha indotto” (“the outbreak of the war in led”). The period (2001–2005) and the turn to counter-terrorism identify the war in Afghanistan that began in October 2001; “[Afghanistan]” is restored as an editorial insertion.",
    },
    {
      it: "Contemporaneamente, le Forze Armate",
      en: "At the same time, the Chinese and Kazakh Armed Forces began to hold joint military exercises, conducted mainly as part of the SCO’s war games.",
    },
    {
      it: "Nel 2005 i due Paesi",
      en: "In 2005 the two countries signed an agreement establishing a strategic partnership, which formalised the state of the Sino-Kazakh relationship and set out a programme of cooperation centred on the defence of their respective sovereignty, territorial integrity and internal security.",
    },
  ],
} as const;
