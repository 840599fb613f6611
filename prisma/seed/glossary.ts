import type { ScopedTerm } from "../../lib/glossary/new-term";

/**
 * The glossary the library ships with, checked in the editorial pass of 2026 (facts
 * current to 2026, each dated; `sources` says where they come from).
 *
 * `formsIt` / `formsEn` are the surface forms a matcher looks for, case-insensitively
 * except for short forms and abbreviations (lib/glossary/term-matcher.ts: "Xi" is not
 * "XI"); an elided article ("dell’", "l’") is the matcher's business, so forms start at
 * the noun ("Unione Sovietica" also covers "dell’Unione Sovietica"). Inflected forms and
 * the adjectives a reader meets (cinese, kazakhi, sovietica) are listed.
 *
 * Shared entries are written for any text. An entry with a `scope` belongs to that text
 * alone (an office it leaves unnamed, its own event): it is marked there only, and where
 * it shares a form with a shared entry, it wins there.
 */
const FIRST_TEXT = "cesi-cina-kazakhstan";

export const glossary: ScopedTerm[] = [
  {
    slug: "sco",
    kind: "organisation",
    termIt: "Organizzazione per la cooperazione di Shanghai",
    termEn: "Shanghai Cooperation Organisation",
    abbreviation: "SCO",
    expansionIt: "Organizzazione per la cooperazione di Shanghai (Shanghai Cooperation Organisation)",
    expansionEn: "Shanghai Cooperation Organisation",
    definitionIt:
      "Organizzazione intergovernativa per la sicurezza, la politica e l’economia, fondata a Shanghai nel 2001. I fondatori sono Cina, Russia, Kazakhstan, Kirghizistan, Tagikistan e Uzbekistan, già riuniti nei «Cinque di Shanghai» (1996, senza l’Uzbekistan); sono entrati poi India e Pakistan (2017), Iran (2023) e Bielorussia (2024): dieci membri nel 2026. La convenzione firmata alla fondazione indica terrorismo, separatismo ed estremismo come i «tre mali» da combattere. Non è un’alleanza militare, ma i suoi membri svolgono esercitazioni antiterrorismo congiunte dal 2003.",
    definitionEn:
      "Intergovernmental security, political and economic organisation founded in Shanghai in 2001. Its founders are China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, all but Uzbekistan already grouped as the “Shanghai Five” (1996); India and Pakistan joined in 2017, Iran in 2023 and Belarus in 2024: ten members in 2026. The convention signed at its founding names terrorism, separatism and extremism as the “three evils” it fights. It is not a military alliance, but its members have held joint counter-terrorism exercises since 2003.",
    sources:
      "SCO Secretariat, “About SCO” and member states (2024)\nShanghai Convention on Combating Terrorism, Separatism and Extremism (15 June 2001)\nSCO summits of Astana (2017), New Delhi online (2023) and Astana (2024): accessions",
    formsIt: ["Shanghai Cooperation Organization", "Organizzazione per la cooperazione di Shanghai", "SCO"],
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
      "Il massimo organo di comando militare della Repubblica Popolare Cinese: dirige l’Esercito Popolare di Liberazione. Formalmente sono due, del Partito e dello Stato, con gli stessi membri. Di norma la presiede il segretario generale del Partito Comunista Cinese, ma non sempre: Deng Xiaoping la guidò dal 1981 al 1989 mentre la segreteria era di altri, e Jiang Zemin la tenne fino al 2004, due anni dopo averla lasciata.",
    definitionEn:
      "The highest military command body of the People’s Republic of China: it directs the People’s Liberation Army. Formally there are two, the Party’s and the State’s, with the same members. It is usually, but not always, chaired by the General Secretary of the Chinese Communist Party: Deng Xiaoping led it from 1981 to 1989 while others were General Secretary, and Jiang Zemin kept it until 2004, two years after leaving that post.",
    sources:
      "Constitution of the People’s Republic of China (1982), articles 93–94\nXinhua, official biographies of Deng Xiaoping and Jiang Zemin",
    formsIt: ["Commissione Militare Centrale", "CMC"],
    formsEn: ["Central Military Commission", "CMC"],
  },
  {
    slug: "xu-qiliang",
    kind: "person",
    termIt: "Xu Qiliang",
    termEn: "Xu Qiliang",
    definitionIt:
      "Generale dell’aeronautica cinese (nato nel 1950). Comandò l’aeronautica dal 2007 al 2012, poi fu uno dei due vicepresidenti della Commissione Militare Centrale e membro dell’Ufficio politico del Partito Comunista Cinese dal 2012 al 2022; nel 2018 l’altro vicepresidente era Zhang Youxia.",
    definitionEn:
      "Chinese air force general (born 1950). He commanded the air force from 2007 to 2012, then was one of the two Vice Chairmen of the Central Military Commission and a member of the Chinese Communist Party’s Politburo from 2012 to 2022; in 2018 the other Vice Chairman was Zhang Youxia.",
    sources: "Xinhua, official biography\nCentral Military Commission as elected by the 18th (2012) and 19th (2017) Party Congresses",
    formsIt: ["Xu Qiliang", "Xu"],
    formsEn: ["Xu Qiliang", "Xu"],
  },
  {
    slug: "xi-jinping",
    kind: "person",
    termIt: "Xi Jinping",
    termEn: "Xi Jinping",
    definitionIt:
      "Segretario generale del Partito Comunista Cinese e presidente della Commissione Militare Centrale dal 2012, presidente della Repubblica Popolare Cinese dal 2013 (rieletto nel 2018 e nel 2023); in carica nel 2026.",
    definitionEn:
      "General Secretary of the Chinese Communist Party and Chairman of the Central Military Commission since 2012, President of the People’s Republic of China since 2013 (re-elected in 2018 and 2023); in office in 2026.",
    sources: "Xinhua, official biography\nNational People’s Congress, elections of 2013, 2018 and 2023",
    formsIt: ["Xi Jinping", "Xi"],
    formsEn: ["Xi Jinping", "Xi"],
  },
  {
    slug: "nursultan-nazarbayev",
    kind: "person",
    termIt: "Nursultan Nazarbayev",
    termEn: "Nursultan Nazarbayev",
    definitionIt:
      "Primo presidente del Kazakhstan indipendente, dal 1991 al marzo 2019; guidava già il Kazakhstan sovietico dal 1989, come primo segretario del partito comunista della repubblica. Dal 2019 al 2022 la capitale portò il suo nome, Nur-Sultan.",
    definitionEn:
      "First President of independent Kazakhstan, from 1991 to March 2019; he had led Soviet Kazakhstan since 1989, as First Secretary of the republic’s Communist Party. From 2019 to 2022 the capital bore his name, Nur-Sultan.",
    sources: "Akorda (Presidency of Kazakhstan), biography\nDecrees renaming the capital (March 2019, September 2022)",
    formsIt: ["Nursultan Nazarbayev", "Nazarbayev", "Nazarbaev"],
    formsEn: ["Nursultan Nazarbayev", "Nazarbayev"],
  },
  {
    slug: "kazakhstan",
    kind: "place",
    termIt: "Kazakhstan",
    termEn: "Kazakhstan",
    definitionIt:
      "Repubblica dell’Asia Centrale. Dichiarò l’indipendenza il 16 dicembre 1991, ultima delle repubbliche sovietiche, dieci giorni prima della dissoluzione dell’Unione Sovietica. È il più vasto Paese al mondo senza sbocco sul mare aperto; confina con la Cina per circa 1.780 km, lungo la regione dello Xinjiang.",
    definitionEn:
      "Central Asian republic. It declared independence on 16 December 1991, the last Soviet republic to do so, ten days before the Soviet Union was dissolved. It is the world’s largest landlocked country; its border with China, along the Xinjiang region, is about 1,780 km long.",
    sources:
      "Constitutional Law on the State Independence of the Republic of Kazakhstan (16 December 1991)\nCIA World Factbook, Kazakhstan (2025)",
    formsIt: ["Kazakhstan", "Kazakistan", "kazako", "kazaka", "kazaki", "kazake", "kazakho", "kazakha", "kazakhi", "kazakhe"],
    formsEn: ["Kazakhstan", "Kazakh", "Kazakhs", "Kazakhstani"],
  },
  {
    slug: "tagikistan",
    kind: "place",
    termIt: "Tagikistan",
    termEn: "Tajikistan",
    definitionIt:
      "Repubblica montuosa dell’Asia Centrale, indipendente dal 9 settembre 1991; confina con Cina, Afghanistan, Uzbekistan e Kirghizistan.",
    definitionEn:
      "Mountainous Central Asian republic, independent since 9 September 1991; it borders China, Afghanistan, Uzbekistan and Kyrgyzstan.",
    sources: "CIA World Factbook, Tajikistan (2025)",
    formsIt: ["Tajikistan", "Tagikistan", "tagiko", "tagika", "tagiki", "tagike"],
    formsEn: ["Tajikistan", "Tajik", "Tajiks"],
  },
  {
    slug: "kirghizistan",
    kind: "place",
    termIt: "Kirghizistan",
    termEn: "Kyrgyzstan",
    definitionIt:
      "Repubblica dell’Asia Centrale, indipendente dal 31 agosto 1991; confina con Kazakhstan, Uzbekistan, Tagikistan e, a est e a sud-est, con la Cina.",
    definitionEn:
      "Central Asian republic, independent since 31 August 1991; it borders Kazakhstan, Uzbekistan, Tajikistan and, to the east and south-east, China.",
    sources: "CIA World Factbook, Kyrgyzstan (2025)",
    formsIt: ["Kyrgyzstan", "Kirghizistan", "Kirghizia", "kirghiso", "kirghisa", "kirghisi", "kirghise"],
    formsEn: ["Kyrgyzstan", "Kyrgyz"],
  },
  {
    slug: "astana",
    kind: "place",
    termIt: "Astana",
    termEn: "Astana",
    definitionIt:
      "Capitale del Kazakhstan. La capitale fu trasferita da Almaty ad Akmola nel dicembre 1997; la città prese il nome di Astana nel maggio 1998, si chiamò Nur-Sultan dal 2019 al 2022 e tornò Astana nel settembre 2022. Come «Pechino» per la Cina, indica spesso il governo kazakho.",
    definitionEn:
      "Capital of Kazakhstan. The capital moved from Almaty to Akmola in December 1997; the city was renamed Astana in May 1998, was called Nur-Sultan from 2019 to 2022 and became Astana again in September 2022. Like “Beijing” for China, it often stands for the Kazakh government.",
    sources: "Presidential decrees on the capital (1994, 1997, 1998)\nDecrees renaming the capital (March 2019, September 2022)",
    formsIt: ["Astana"],
    formsEn: ["Astana"],
  },
  {
    slug: "pechino",
    kind: "place",
    termIt: "Pechino",
    termEn: "Beijing",
    definitionIt:
      "Capitale della Repubblica Popolare Cinese. Nei testi di politica internazionale indica spesso, per metonimia, il governo cinese.",
    definitionEn:
      "Capital of the People’s Republic of China. In writing on international affairs it often stands for the Chinese government.",
    sources: "CIA World Factbook, China (2025)",
    formsIt: ["Pechino"],
    formsEn: ["Beijing"],
  },
  {
    slug: "cina",
    kind: "place",
    termIt: "Cina",
    termEn: "China",
    definitionIt:
      "La Repubblica Popolare Cinese, fondata nel 1949. Confina via terra con quattordici Stati, tra cui tre repubbliche dell’Asia Centrale: Kazakhstan, Kirghizistan e Tagikistan.",
    definitionEn:
      "The People’s Republic of China, founded in 1949. It borders fourteen countries by land, three Central Asian republics among them: Kazakhstan, Kyrgyzstan and Tajikistan.",
    sources: "CIA World Factbook, China (2025)",
    formsIt: ["Cina", "cinese", "cinesi"],
    formsEn: ["China", "Chinese"],
  },
  {
    slug: "russia",
    kind: "place",
    termIt: "Russia",
    termEn: "Russia",
    definitionIt: "La Federazione Russa, Stato successore dell’Unione Sovietica dalla fine del 1991 e membro fondatore della SCO (2001).",
    definitionEn:
      "The Russian Federation, successor state of the Soviet Union from the end of 1991 and a founding member of the SCO (2001).",
    sources: "SCO Secretariat, member states (2024)",
    formsIt: ["Russia", "russo", "russa", "russi", "russe"],
    formsEn: ["Russia", "Russian", "Russians"],
  },
  {
    slug: "asia-centrale",
    kind: "place",
    termIt: "Asia Centrale",
    termEn: "Central Asia",
    definitionIt:
      "La regione tra il Mar Caspio e la Cina: nell’accezione più comune Kazakhstan, Kirghizistan, Tagikistan, Turkmenistan e Uzbekistan, tutte repubbliche sovietiche fino al 1991.",
    definitionEn:
      "The region between the Caspian Sea and China: in the usual sense Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, all Soviet republics until 1991.",
    sources: "Encyclopaedia Britannica, “Central Asia” (online, 2025)",
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
      "Lo Stato federale socialista esistito dal 1922 alla dissoluzione del 26 dicembre 1991; dal 1956 contava quindici repubbliche, comprese le cinque dell’Asia Centrale.",
    definitionEn:
      "The federal socialist state that existed from 1922 until its dissolution on 26 December 1991; from 1956 it had fifteen republics, the five Central Asian ones among them.",
    sources: "Declaration No. 142-N of the Soviet of the Republics of the Supreme Soviet (26 December 1991)",
    formsIt: ["Unione Sovietica", "URSS", "sovietico", "sovietica", "sovietici", "sovietiche"],
    formsEn: ["Soviet Union", "USSR", "Soviet"],
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
    sources: "Agreements on the China–Kazakhstan border (1994, 1997, 1998), demarcation completed in 2002",
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
    sources: "Encyclopaedia Britannica, “Cold War” (online, 2025)",
    formsIt: ["Guerra fredda"],
    formsEn: ["Cold War"],
  },
  {
    slug: "frattura-sino-sovietica",
    kind: "event",
    termIt: "frattura sino-sovietica",
    termEn: "Sino-Soviet split",
    definitionIt:
      "La rottura dei rapporti tra Repubblica Popolare Cinese e Unione Sovietica dalla fine degli anni Cinquanta, culminata negli scontri di confine del 1969; le relazioni furono normalizzate nel maggio 1989, con la visita di Gorbačëv a Pechino.",
    definitionEn:
      "The breakdown of relations between the People’s Republic of China and the Soviet Union from the late 1950s, which led to border clashes in 1969; relations were normalised in May 1989, when Gorbachev visited Beijing.",
    sources: "Sino-Soviet joint communiqué (18 May 1989)",
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
    sources: "Oxford English Dictionary, “Sino-, comb. form”\nTreccani, Vocabolario, «sino-»",
    formsIt: ["sino-kazakho", "sino-kazakha", "sino-kazakhi", "sino-kazakhe"],
    formsEn: ["Sino-Kazakh"],
  },
  {
    slug: "senato-kazakhstan",
    kind: "institution",
    termIt: "Senato",
    termEn: "Senate",
    definitionIt:
      "La camera alta di un parlamento bicamerale, come il Senato della Repubblica in Italia o, dal 1995, il Senato del Parlamento del Kazakhstan.",
    definitionEn:
      "The upper house of a two-chamber parliament, such as the Italian Senate or, since 1995, the Senate of Kazakhstan’s Parliament.",
    sources: "Constitution of the Republic of Kazakhstan (1995), section IV",
    formsIt: ["Senato"],
    formsEn: ["Senate"],
  },
  {
    slug: "forze-armate",
    kind: "institution",
    termIt: "Forze Armate",
    termEn: "armed forces",
    definitionIt:
      "L’insieme delle forze militari di uno Stato: esercito, marina, aeronautica e le altre componenti sotto un comando comune.",
    definitionEn: "A state’s military as a whole: its army, navy, air force and other services under one command.",
    formsIt: ["Forze Armate"],
    formsEn: ["armed forces"],
  },
  {
    slug: "establishment-militare",
    kind: "concept",
    termIt: "establishment militare",
    termEn: "military establishment",
    definitionIt:
      "I vertici delle forze armate e delle istituzioni della difesa di un Paese, visti come un gruppo con un peso politico proprio. In italiano si usa la parola inglese.",
    definitionEn: "A country’s senior military officers and defence institutions, seen as a group with political weight of its own.",
    formsIt: ["establishment militare"],
    formsEn: ["military establishment"],
  },
  {
    slug: "securitario",
    kind: "concept",
    termIt: "securitario",
    termEn: "security (adjective)",
    definitionIt:
      "Relativo alla sicurezza, militare, interna o di frontiera: aggettivo del lessico politologico, ricalcato sul francese «sécuritaire». La «dimensione securitaria» di una relazione è la sua parte di difesa e sicurezza.",
    definitionEn:
      "Italian political-science adjective, modelled on French “sécuritaire”: relating to military, internal or border security. The “security dimension” of a relationship is its defence and security side.",
    formsIt: ["securitario", "securitaria", "securitari", "securitarie"],
    formsEn: ["security dimension"],
  },
  {
    slug: "partnership-strategica",
    kind: "concept",
    termIt: "partnership strategica",
    termEn: "strategic partnership",
    definitionIt:
      "Nella diplomazia cinese, un livello formale di relazione bilaterale che impegna i governi a consultazioni regolari ad alto livello e a cooperare in più settori, senza gli obblighi di un’alleanza. I gradi più alti vi aggiungono «globale» e «permanente».",
    definitionEn:
      "In Chinese diplomacy, a formal grade of bilateral relationship that commits the two governments to regular high-level consultation and cooperation in many fields, without the obligations of an alliance. Higher grades add “comprehensive” and “permanent”.",
    sources: "Ministry of Foreign Affairs of the People’s Republic of China, joint statements on partnerships (2005–2025)",
    formsIt: ["partnership strategica", "partenariato strategico"],
    formsEn: ["strategic partnership"],
  },
  {
    slug: "separatismo",
    kind: "concept",
    termIt: "separatismo",
    termEn: "separatism",
    definitionIt:
      "La ricerca della secessione di una regione da uno Stato. Con terrorismo ed estremismo è uno dei «tre mali» che la convenzione di Shanghai del 2001 impegna gli Stati della SCO a combattere.",
    definitionEn:
      "The pursuit of a region’s secession from a state. With terrorism and extremism it is one of the “three evils” the 2001 Shanghai Convention commits SCO states to fight.",
    sources: "Shanghai Convention on Combating Terrorism, Separatism and Extremism (15 June 2001), article 1",
    formsIt: ["separatismo"],
    formsEn: ["separatism"],
  },
  {
    slug: "estremismo-religioso",
    kind: "concept",
    termIt: "estremismo religioso",
    termEn: "religious extremism",
    definitionIt:
      "Ideologie religiose che giustificano la violenza o respingono l’autorità dello Stato. La convenzione di Shanghai del 2001 parla di «estremismo» senza aggettivo (la presa o il mantenimento del potere con la violenza, il sovvertimento violento dell’ordine costituzionale); i governi della regione lo applicano soprattutto a gruppi religiosi.",
    definitionEn:
      "Religious ideologies that justify violence or reject the authority of the state. The 2001 Shanghai Convention speaks of “extremism” without an adjective (seizing or keeping power by violence, changing the constitutional order by force); the region’s governments apply it above all to religious groups.",
    sources: "Shanghai Convention on Combating Terrorism, Separatism and Extremism (15 June 2001), article 1",
    formsIt: ["estremismo religioso"],
    formsEn: ["religious extremism"],
  },
  {
    slug: "neocoloniale",
    kind: "concept",
    termIt: "neocoloniale",
    termEn: "neo-colonial",
    definitionIt: "Che esercita un dominio attraverso la dipendenza economica e l’influenza anziché il governo diretto di un territorio.",
    definitionEn: "Exercising domination through economic dependence and influence rather than direct rule of a territory.",
    formsIt: ["neocoloniale", "neocoloniali", "neocolonialismo", "neo-coloniale"],
    formsEn: ["neo-colonial", "neocolonial", "neo-colonialism"],
  },
  {
    slug: "demilitarizzazione-del-confine",
    kind: "concept",
    termIt: "demilitarizzazione",
    termEn: "demilitarisation",
    definitionIt:
      "La riduzione o il ritiro delle forze militari da una zona, spesso lungo un confine. Per esempio Cina, Russia, Kazakhstan, Kirghizistan e Tagikistan firmarono nel 1996 un accordo sulla fiducia militare nelle zone di confine e nel 1997 uno sulla riduzione reciproca delle forze.",
    definitionEn:
      "The reduction or withdrawal of military forces from an area, often along a border. China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan, for instance, signed an agreement on military confidence in their border areas in 1996 and one on the mutual reduction of forces there in 1997.",
    sources:
      "Shanghai Agreement on Confidence Building in the Military Field in the Border Areas (26 April 1996)\nMoscow Agreement on Mutual Reduction of Military Forces in the Border Areas (24 April 1997)",
    formsIt: ["demilitarizzazione"],
    formsEn: ["demilitarisation", "demilitarization"],
  },
  {
    slug: "giochi-di-guerra-sco",
    kind: "concept",
    termIt: "giochi di guerra",
    termEn: "war games",
    definitionIt: "Esercitazioni militari che simulano operazioni reali, con truppe sul terreno o su mappe e simulatori.",
    definitionEn: "Military exercises that simulate real operations, with troops in the field or on maps and simulators.",
    formsIt: ["giochi di guerra", "esercitazioni militari congiunte"],
    formsEn: ["war games", "joint military exercises"],
  },
  {
    slug: "integrita-territoriale",
    kind: "concept",
    termIt: "integrità territoriale",
    termEn: "territorial integrity",
    definitionIt:
      "Il principio del diritto internazionale per cui il territorio e i confini di uno Stato non possono essere violati o modificati con la forza da altri Stati; la Carta delle Nazioni Unite (1945) vieta la minaccia o l’uso della forza contro di essa.",
    definitionEn:
      "The principle of international law that a state’s territory and borders may not be violated or changed by force by other states; the United Nations Charter (1945) forbids the threat or use of force against it.",
    sources: "Charter of the United Nations (1945), article 2(4)",
    formsIt: ["integrità territoriale"],
    formsEn: ["territorial integrity"],
  },
  {
    slug: "afghanistan",
    kind: "place",
    termIt: "Afghanistan",
    termEn: "Afghanistan",
    definitionIt:
      "Paese senza sbocco sul mare tra Asia Centrale e meridionale; confina con Pakistan, Iran, Turkmenistan, Uzbekistan, Tagikistan e, lungo il corridoio del Wakhan, con la Cina. La guerra iniziata nell’ottobre 2001, dopo gli attentati dell’11 settembre, spinse gli Stati dell’Asia Centrale e la Cina a cooperare contro il terrorismo; dall’agosto 2021 il Paese è di nuovo governato dai talebani.",
    definitionEn:
      "Landlocked country between Central and South Asia; it borders Pakistan, Iran, Turkmenistan, Uzbekistan, Tajikistan and, along the Wakhan Corridor, China. The war that began in October 2001, after the attacks of 11 September, drew the Central Asian states and China into counter-terrorism cooperation; since August 2021 the country has again been ruled by the Taliban.",
    sources: "CIA World Factbook, Afghanistan (2025)",
    formsIt: ["Afghanistan", "afghano", "afghana", "afghani", "afghane"],
    formsEn: ["Afghanistan", "Afghan"],
  },
  {
    slug: "cesi",
    kind: "organisation",
    termIt: "Centro Studi Internazionali",
    termEn: "Centre for International Studies (CeSI)",
    abbreviation: "CeSI",
    expansionIt: "Centro Studi Internazionali",
    expansionEn: "Centro Studi Internazionali (Centre for International Studies)",
    definitionIt:
      "Istituto di ricerca indipendente con sede a Roma, fondato nel 2004 e presieduto da Andrea Margelletti: analisi di geopolitica, sicurezza e difesa. Firma i suoi testi anche «C.E.S.I.».",
    definitionEn:
      "Independent research institute based in Rome, founded in 2004 and chaired by Andrea Margelletti, which publishes analysis of geopolitics, security and defence. It also signs its texts “C.E.S.I.”.",
    sources: "CeSI, “Chi siamo” (cesi-italia.org, 2025)",
    formsIt: ["C.E.S.I.", "CeSI", "Centro Studi Internazionali"],
    formsEn: ["C.E.S.I.", "CeSI", "Centre for International Studies"],
  },
  // The first text's own entries: offices it leaves unnamed, its own events and agreements.
  {
    slug: "presidente-senato-kazakhstan-2018",
    scope: FIRST_TEXT,
    kind: "title",
    termIt: "Presidente del Senato del Kazakhstan",
    termEn: "Chairman of the Senate of Kazakhstan",
    definitionIt:
      "Chi presiede la camera alta del Parlamento kazakho, primo nella successione al capo dello Stato. Nel settembre 2018 era Kassym-Jomart Tokayev (in carica dal 2013 al 2019, e già dal 2007 al 2011), che nel marzo 2019 succedette a Nursultan Nazarbayev come presidente del Kazakhstan.",
    definitionEn:
      "The presiding officer of the upper house of Kazakhstan’s Parliament, first in line to succeed the head of state. In September 2018 this was Kassym-Jomart Tokayev (in office 2013–2019, and before that 2007–2011), who succeeded Nursultan Nazarbayev as President of Kazakhstan in March 2019.",
    sources:
      "Constitution of the Republic of Kazakhstan (1995), article 48\nAkorda (Presidency of Kazakhstan), biography of Kassym-Jomart Tokayev",
    formsIt: ["Presidente del Senato"],
    formsEn: ["Chairman of the Senate"],
  },
  {
    slug: "ministro-difesa-kazakhstan-2018",
    scope: FIRST_TEXT,
    kind: "title",
    termIt: "Ministro della difesa del Kazakhstan",
    termEn: "Defence Minister of Kazakhstan",
    definitionIt:
      "Nel settembre 2018 era Nurlan Yermekbayev, ministro dal 7 agosto 2018 al 31 agosto 2021, già ambasciatore in Cina; dal 2025 è segretario generale della SCO.",
    definitionEn:
      "In September 2018 this was Nurlan Yermekbayev, minister from 7 August 2018 to 31 August 2021 and formerly ambassador to China; since 2025 he has been Secretary-General of the SCO.",
    sources: "Akorda, decree of appointment (7 August 2018) and resignation (31 August 2021)\nSCO Secretariat, Secretary-General (2025)",
    formsIt: ["Ministro della difesa"],
    formsEn: ["Defence Minister"],
  },
  {
    slug: "vertice-sco-qingdao-2018",
    scope: FIRST_TEXT,
    kind: "event",
    termIt: "vertice SCO di Qingdao (2018)",
    termEn: "SCO summit in Qingdao (2018)",
    definitionIt:
      "Il diciottesimo vertice dei capi di Stato della SCO, a Qingdao (Cina) il 9 e 10 giugno 2018: il primo con India e Pakistan membri a pieno titolo.",
    definitionEn:
      "The eighteenth meeting of the SCO’s heads of state, held in Qingdao, China, on 9–10 June 2018: the first with India and Pakistan as full members.",
    sources: "Qingdao Declaration of the Council of Heads of State of the SCO (10 June 2018)",
    // "vertice" alone would also mark "al vertice dell’establishment"; in English the
    // summit is the text's only one, and the SCO's name keeps its own mark.
    formsIt: ["vertice della Shanghai Cooperation Organization"],
    formsEn: ["summit"],
  },
  {
    slug: "partnership-strategica-cina-kazakhstan",
    scope: FIRST_TEXT,
    kind: "event",
    termIt: "partnership strategica sino-kazaka",
    termEn: "China–Kazakhstan strategic partnership",
    definitionIt:
      "Stabilita nel luglio 2005, durante la visita di Hu Jintao ad Astana; elevata a «partnership strategica globale» nel giugno 2011 e a «partnership strategica globale permanente» nel settembre 2019.",
    definitionEn:
      "Established in July 2005, during Hu Jintao’s visit to Astana; raised to a “comprehensive strategic partnership” in June 2011 and to a “permanent comprehensive strategic partnership” in September 2019.",
    sources:
      "Joint Statement of China and Kazakhstan on the strategic partnership (4 July 2005)\nJoint statements of June 2011 and of 11 September 2019",
    formsIt: ["partnership strategica"],
    formsEn: ["strategic partnership"],
  },
];
