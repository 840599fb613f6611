import type { NewTerm } from "../../lib/glossary/new-term";

/**
 * The glossary for the first text. `formsIt` / `formsEn` are the surface forms a
 * matcher looks for, case-insensitively; an elided article ("dell’", "l’") is the
 * matcher's business, so forms start at the noun ("Unione Sovietica" also covers
 * "dell’Unione Sovietica"). Inflected forms (plural, feminine) are listed.
 */
export const glossary: NewTerm[] = [
  {
    slug: "sco",
    kind: "organisation",
    termIt: "Organizzazione per la Cooperazione di Shanghai",
    termEn: "Shanghai Cooperation Organisation",
    abbreviation: "SCO",
    expansionIt: "Organizzazione per la Cooperazione di Shanghai (Shanghai Cooperation Organisation)",
    expansionEn: "Shanghai Cooperation Organisation",
    definitionIt:
      "Organizzazione regionale per la sicurezza, la politica e l’economia fondata a Shanghai nel 2001 da Cina, Russia, Kazakhstan, Kirghizistan, Tagikistan e Uzbekistan, nata dai negoziati sui confini dei «Cinque di Shanghai» (1996); India e Pakistan vi sono entrati nel 2017. La sua carta indica terrorismo, separatismo ed estremismo come i «tre mali» da combattere.",
    definitionEn:
      "Regional security, political and economic organisation founded in Shanghai in 2001 by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, growing out of the “Shanghai Five” border talks of 1996; India and Pakistan joined in 2017. Its charter names terrorism, separatism and extremism as the “three evils” it fights.",
    formsIt: ["Shanghai Cooperation Organization", "Organizzazione per la Cooperazione di Shanghai", "SCO"],
    formsEn: ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"],
  },
  {
    slug: "commissione-militare-centrale",
    kind: "institution",
    termIt: "Commissione Militare Centrale",
    termEn: "Central Military Commission",
    abbreviation: "CMC",
    expansionIt: "Commissione Militare Centrale",
    expansionEn: "Central Military Commission",
    definitionIt:
      "Il massimo organo di comando militare della Repubblica Popolare Cinese: dirige l’Esercito Popolare di Liberazione ed è presieduta dal segretario generale del Partito Comunista Cinese.",
    definitionEn:
      "The highest military command body of the People’s Republic of China: it directs the People’s Liberation Army and is chaired by the General Secretary of the Chinese Communist Party.",
    formsIt: ["Commissione Militare Centrale", "CMC"],
    formsEn: ["Central Military Commission", "CMC"],
  },
  {
    slug: "xu-qiliang",
    kind: "person",
    termIt: "Xu Qiliang",
    termEn: "Xu Qiliang",
    definitionIt:
      "Generale dell’aeronautica cinese (nato nel 1950), vicepresidente della Commissione Militare Centrale dal 2012 al 2022 e membro dell’Ufficio politico del Partito Comunista Cinese.",
    definitionEn:
      "Chinese air force general (born 1950), a Vice Chairman of the Central Military Commission from 2012 to 2022 and a member of the Chinese Communist Party’s Politburo.",
    formsIt: ["Xu Qiliang", "Xu"],
    formsEn: ["Xu Qiliang", "Xu"],
  },
  {
    slug: "xi-jinping",
    kind: "person",
    termIt: "Xi Jinping",
    termEn: "Xi Jinping",
    definitionIt:
      "Segretario generale del Partito Comunista Cinese dal 2012 e presidente della Repubblica Popolare Cinese dal 2013; presiede anche la Commissione Militare Centrale.",
    definitionEn:
      "General Secretary of the Chinese Communist Party since 2012 and President of the People’s Republic of China since 2013; he also chairs the Central Military Commission.",
    formsIt: ["Xi Jinping", "Xi"],
    formsEn: ["Xi Jinping", "Xi"],
  },
  {
    slug: "nursultan-nazarbayev",
    kind: "person",
    termIt: "Nursultan Nazarbayev",
    termEn: "Nursultan Nazarbayev",
    definitionIt:
      "Primo presidente del Kazakhstan indipendente, in carica dal 1991 al 2019 (guidava già il Kazakhstan sovietico dal 1989). Dal 2019 al 2022 la capitale portò il suo nome, Nur-Sultan.",
    definitionEn:
      "First President of independent Kazakhstan, in office from 1991 to 2019 (he had led Soviet Kazakhstan since 1989). From 2019 to 2022 the capital bore his name, Nur-Sultan.",
    formsIt: ["Nursultan Nazarbayev", "Nazarbayev", "Nazarbaev"],
    formsEn: ["Nursultan Nazarbayev", "Nazarbayev"],
  },
  {
    slug: "kazakhstan",
    kind: "place",
    termIt: "Kazakhstan",
    termEn: "Kazakhstan",
    definitionIt:
      "Repubblica dell’Asia Centrale, indipendente dal 1991 dopo la dissoluzione dell’Unione Sovietica; il più vasto Paese al mondo senza sbocco sul mare aperto, confina a lungo con la regione cinese dello Xinjiang.",
    definitionEn:
      "Central Asian republic, independent since 1991 after the dissolution of the Soviet Union; the world’s largest landlocked country, it shares a long border with China’s Xinjiang region.",
    formsIt: ["Kazakhstan", "Kazakistan"],
    formsEn: ["Kazakhstan"],
  },
  {
    slug: "tagikistan",
    kind: "place",
    termIt: "Tagikistan",
    termEn: "Tajikistan",
    definitionIt:
      "Repubblica montuosa dell’Asia Centrale, indipendente dal 1991; confina con Cina, Afghanistan, Uzbekistan e Kirghizistan.",
    definitionEn: "Mountainous Central Asian republic, independent since 1991; it borders China, Afghanistan, Uzbekistan and Kyrgyzstan.",
    formsIt: ["Tajikistan", "Tagikistan"],
    formsEn: ["Tajikistan"],
  },
  {
    slug: "kirghizistan",
    kind: "place",
    termIt: "Kirghizistan",
    termEn: "Kyrgyzstan",
    definitionIt: "Repubblica dell’Asia Centrale, indipendente dal 1991; confina a sud-est con la Cina.",
    definitionEn: "Central Asian republic, independent since 1991; China lies on its south-eastern border.",
    formsIt: ["Kyrgyzstan", "Kirghizistan", "Kirghizia"],
    formsEn: ["Kyrgyzstan"],
  },
  {
    slug: "astana",
    kind: "place",
    termIt: "Astana",
    termEn: "Astana",
    definitionIt:
      "Capitale del Kazakhstan dal 1997 (al posto di Almaty), chiamata Nur-Sultan dal 2019 al 2022. Nel testo, come «Pechino» per la Cina, indica il governo kazakho.",
    definitionEn:
      "Capital of Kazakhstan since 1997 (replacing Almaty), called Nur-Sultan from 2019 to 2022. In the text, like “Beijing” for China, it stands for the Kazakh government.",
    formsIt: ["Astana"],
    formsEn: ["Astana"],
  },
  {
    slug: "pechino",
    kind: "place",
    termIt: "Pechino",
    termEn: "Beijing",
    definitionIt: "Capitale della Repubblica Popolare Cinese; nel testo indica il governo cinese.",
    definitionEn: "Capital of the People’s Republic of China; in the text it stands for the Chinese government.",
    formsIt: ["Pechino"],
    formsEn: ["Beijing"],
  },
  {
    slug: "cina",
    kind: "place",
    termIt: "Cina",
    termEn: "China",
    definitionIt:
      "La Repubblica Popolare Cinese, fondata nel 1949: confina con tre repubbliche centro-asiatiche (Kazakhstan, Kirghizistan, Tagikistan).",
    definitionEn:
      "The People’s Republic of China, founded in 1949; it borders three Central Asian republics (Kazakhstan, Kyrgyzstan, Tajikistan).",
    formsIt: ["Cina"],
    formsEn: ["China"],
  },
  {
    slug: "russia",
    kind: "place",
    termIt: "Russia",
    termEn: "Russia",
    definitionIt: "La Federazione Russa, Stato successore dell’Unione Sovietica dal 1991 e membro fondatore della SCO.",
    definitionEn: "The Russian Federation, successor state of the Soviet Union from 1991 and a founding member of the SCO.",
    formsIt: ["Russia"],
    formsEn: ["Russia"],
  },
  {
    slug: "asia-centrale",
    kind: "place",
    termIt: "Asia Centrale",
    termEn: "Central Asia",
    definitionIt:
      "La regione tra il Mar Caspio e la Cina: Kazakhstan, Kirghizistan, Tagikistan, Turkmenistan e Uzbekistan, tutte repubbliche sovietiche fino al 1991.",
    definitionEn:
      "The region between the Caspian Sea and China: Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, all Soviet republics until 1991.",
    formsIt: [
      "Asia Centrale",
      "centro-asiatico",
      "centro-asiatica",
      "centro-asiatici",
      "centro-asiatiche",
      "centroasiatico",
      "centroasiatica",
      "centroasiatici",
      "centroasiatiche",
    ],
    formsEn: ["Central Asia", "Central Asian"],
  },
  {
    slug: "unione-sovietica",
    kind: "place",
    termIt: "Unione Sovietica",
    termEn: "Soviet Union",
    abbreviation: "URSS",
    expansionIt: "Unione delle Repubbliche Socialiste Sovietiche",
    expansionEn: "Union of Soviet Socialist Republics (USSR)",
    definitionIt:
      "Lo Stato federale socialista di quindici repubbliche, comprese le cinque dell’Asia Centrale, esistito dal 1922 alla dissoluzione nel dicembre 1991.",
    definitionEn:
      "The federal socialist state of fifteen republics, the five Central Asian ones among them, which existed from 1922 until its dissolution in December 1991.",
    formsIt: ["Unione Sovietica", "URSS"],
    formsEn: ["Soviet Union", "USSR"],
  },
  {
    slug: "ex-spazio-sovietico",
    kind: "concept",
    termIt: "ex spazio sovietico",
    termEn: "former Soviet space",
    definitionIt:
      "Il territorio dell’ex Unione Sovietica dopo il 1991, i cui nuovi confini, compresi quelli con la Cina, dovettero essere negoziati e tracciati.",
    definitionEn:
      "The territory of the former Soviet Union after 1991, whose new borders, those with China among them, had to be negotiated and demarcated.",
    formsIt: ["ex spazio sovietico", "spazio post-sovietico", "spazio postsovietico"],
    formsEn: ["former Soviet space", "post-Soviet space"],
  },
  {
    slug: "guerra-fredda",
    kind: "event",
    termIt: "Guerra fredda",
    termEn: "Cold War",
    definitionIt:
      "La rivalità geopolitica tra Stati Uniti e Unione Sovietica, con i rispettivi alleati, dalla fine della Seconda guerra mondiale al crollo del blocco sovietico (1989-1991).",
    definitionEn:
      "The geopolitical rivalry between the United States and the Soviet Union and their allies, from the end of the Second World War to the collapse of the Soviet bloc (1989–1991).",
    formsIt: ["Guerra fredda"],
    formsEn: ["Cold War"],
  },
  {
    slug: "frattura-sino-sovietica",
    kind: "event",
    termIt: "frattura sino-sovietica",
    termEn: "Sino-Soviet split",
    definitionIt:
      "La rottura dei rapporti tra Repubblica Popolare Cinese e Unione Sovietica dalla fine degli anni Cinquanta, culminata negli scontri di confine del 1969; le relazioni furono normalizzate nel 1989.",
    definitionEn:
      "The breakdown of relations between the People’s Republic of China and the Soviet Union from the late 1950s, which led to border clashes in 1969; relations were normalised in 1989.",
    formsIt: ["frattura sino-sovietica", "crisi sino-sovietica", "rottura sino-sovietica"],
    formsEn: ["Sino-Soviet split"],
  },
  {
    slug: "sino-kazakho",
    kind: "concept",
    termIt: "sino-kazakho",
    termEn: "Sino-Kazakh",
    definitionIt:
      "Relativo alla Cina e al Kazakhstan insieme; «sino-» è il prefisso che indica la Cina (dal latino tardo Sinae, «i Cinesi»).",
    definitionEn: "Relating to both China and Kazakhstan; “Sino-” is the combining form for China (from Late Latin Sinae, “the Chinese”).",
    formsIt: ["sino-kazakho", "sino-kazakha", "sino-kazakhi", "sino-kazakhe"],
    formsEn: ["Sino-Kazakh"],
  },
  {
    slug: "senato-kazakhstan",
    kind: "institution",
    termIt: "Senato",
    termEn: "Senate",
    definitionIt:
      "La camera alta del Parlamento del Kazakhstan. Il suo presidente è il primo nella successione al capo dello Stato: nel 2018 era Kassym-Jomart Tokayev, divenuto presidente nel 2019.",
    definitionEn:
      "The upper house of Kazakhstan’s Parliament. Its President (speaker) is first in line to succeed the head of state: in 2018 this was Kassym-Jomart Tokayev, who became President of Kazakhstan in 2019.",
    formsIt: ["Senato"],
    formsEn: ["Senate"],
  },
  {
    slug: "forze-armate",
    kind: "institution",
    termIt: "Forze Armate",
    termEn: "Armed Forces",
    definitionIt:
      "L’insieme delle forze militari di uno Stato. Quelle cinesi sono l’Esercito Popolare di Liberazione; quelle kazakhe furono costituite nel 1992 dalle unità sovietiche presenti sul territorio.",
    definitionEn:
      "A state’s military as a whole. China’s are the People’s Liberation Army; Kazakhstan’s were formed in 1992 from the Soviet units on its territory.",
    formsIt: ["Forze Armate"],
    formsEn: ["Armed Forces"],
  },
  {
    slug: "partnership-strategica",
    kind: "concept",
    termIt: "partnership strategica",
    termEn: "strategic partnership",
    definitionIt:
      "Nella diplomazia cinese, un livello formale di relazione bilaterale che impegna i governi a consultazioni regolari ad alto livello e a cooperare in più settori, senza gli obblighi di un’alleanza. Cina e Kazakhstan la stabilirono nel 2005 e la elevarono a «partnership strategica globale» nel 2011.",
    definitionEn:
      "In Chinese diplomacy, a formal grade of bilateral relationship that commits the two governments to regular high-level consultation and cooperation in many fields, without the obligations of an alliance. China and Kazakhstan established theirs in 2005 and raised it to a “comprehensive strategic partnership” in 2011.",
    formsIt: ["partnership strategica", "partenariato strategico"],
    formsEn: ["strategic partnership"],
  },
  {
    slug: "separatismo",
    kind: "concept",
    termIt: "separatismo",
    termEn: "separatism",
    definitionIt:
      "La ricerca della secessione di una regione da uno Stato. Con terrorismo ed estremismo è uno dei «tre mali» contro cui è nata la SCO; per la Cina riguarda soprattutto lo Xinjiang.",
    definitionEn:
      "The pursuit of a region’s secession from a state. With terrorism and extremism it is one of the “three evils” the SCO was founded to fight; for China it concerns above all Xinjiang.",
    formsIt: ["separatismo"],
    formsEn: ["separatism"],
  },
  {
    slug: "estremismo-religioso",
    kind: "concept",
    termIt: "estremismo religioso",
    termEn: "religious extremism",
    definitionIt:
      "Ideologie religiose che giustificano la violenza o respingono l’autorità dello Stato; il terzo dei «tre mali» della SCO, accanto a terrorismo e separatismo.",
    definitionEn:
      "Religious ideologies that justify violence or reject the authority of the state; the third of the SCO’s “three evils”, beside terrorism and separatism.",
    formsIt: ["estremismo religioso"],
    formsEn: ["religious extremism"],
  },
  {
    slug: "neocoloniale",
    kind: "concept",
    termIt: "neocoloniale",
    termEn: "neo-colonial",
    definitionIt:
      "Che esercita un dominio attraverso la dipendenza economica e l’influenza anziché il governo diretto; qui, il timore kazakho di un’espansione cinese dopo l’indipendenza.",
    definitionEn:
      "Exercising domination through economic dependence and influence rather than direct rule; here, the Kazakh fear of Chinese expansion after independence.",
    formsIt: ["neocoloniale", "neocoloniali", "neocolonialismo", "neo-coloniale"],
    formsEn: ["neo-colonial", "neocolonial", "neo-colonialism"],
  },
  {
    slug: "demilitarizzazione-del-confine",
    kind: "concept",
    termIt: "demilitarizzazione del confine",
    termEn: "demilitarisation of the border",
    definitionIt:
      "La riduzione delle forze militari lungo un confine. Cina, Russia, Kazakhstan, Kirghizistan e Tagikistan (i «Cinque di Shanghai») firmarono nel 1996 un accordo sulla fiducia militare nelle zone di confine e nel 1997 uno sulla riduzione reciproca delle forze.",
    definitionEn:
      "The reduction of military forces along a border. China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan (the “Shanghai Five”) signed an agreement on military confidence in the border areas in 1996 and one on the mutual reduction of forces there in 1997.",
    formsIt: ["demilitarizzazione"],
    formsEn: ["demilitarisation", "demilitarization"],
  },
  {
    slug: "giochi-di-guerra-sco",
    kind: "event",
    termIt: "giochi di guerra",
    termEn: "war games",
    definitionIt:
      "Esercitazioni militari che simulano operazioni reali. I membri della SCO ne svolgono di congiunte, soprattutto antiterrorismo, dal 2003; le più note sono la serie «Peace Mission», iniziata nel 2005.",
    definitionEn:
      "Military exercises that simulate real operations. SCO members have held joint ones, mostly counter-terrorism drills, since 2003; the best known is the “Peace Mission” series, begun in 2005.",
    formsIt: ["giochi di guerra", "esercitazioni militari congiunte"],
    formsEn: ["war games", "joint military exercises"],
  },
  {
    slug: "afghanistan",
    kind: "place",
    termIt: "Afghanistan",
    termEn: "Afghanistan",
    definitionIt:
      "Paese confinante con Tagikistan, Uzbekistan, Turkmenistan e Cina. La guerra iniziata nell’ottobre 2001 dopo gli attentati dell’11 settembre spinse gli Stati dell’Asia Centrale e la Cina a cooperare contro il terrorismo. (Nella fonte italiana la parola è caduta: vedi la nota del paragrafo.)",
    definitionEn:
      "Country bordering Tajikistan, Uzbekistan, Turkmenistan and China. The war that began in October 2001, after the attacks of 11 September, drew the Central Asian states and China into counter-terrorism cooperation. (The word was lost from the Italian source: see the paragraph’s note.)",
    formsIt: ["Afghanistan"],
    formsEn: ["Afghanistan"],
  },
];
