// Run by tests/e2e/alignment.spec.ts through tsx, against the test server's database:
//   alignment-fixtures.ts document SLUG   (a text as the aligner left it, with its confidences)
import { db } from "../../lib/db";
import { storeDocument } from "../../lib/import/store-document";

/** Pairs 2-3 split one Italian paragraph the English keeps whole; pair 4 holds two; pairs 5-6 are off by one. */
const ALIGNED_PAIRS = [
  {
    textIt: "Nel settembre 2018 Xu Qiliang ha visitato il Kazakhstan.",
    textEn: "In September 2018 Xu Qiliang visited Kazakhstan.",
    alignmentConfidence: 0.98,
  },
  {
    textIt: "La visita di Xu ad Astana completa l’incontro di giugno.",
    textEn: "Xu’s visit to Astana complements the June meeting between the two presidents.",
    alignmentConfidence: 0.55,
  },
  { textIt: "L’incontro si era tenuto tra i due presidenti.", textEn: "", alignmentConfidence: 0 },
  {
    textIt: "I due Paesi condividono una lunga frontiera. Il Kazakhstan è il principale partner della Cina in Asia Centrale.",
    textEn: "The two countries share a long border. Kazakhstan is China’s main partner in Central Asia.",
    alignmentConfidence: 0.6,
  },
  { textIt: "Nel 2005 i due Paesi hanno firmato un partenariato strategico.", textEn: "", alignmentConfidence: 0 },
  { textIt: "", textEn: "In 2005 the two countries signed a strategic partnership.", alignmentConfidence: 0 },
  {
    textIt: "La cooperazione resta limitata dalla vicinanza del Kazakhstan alla Russia.",
    textEn: "Cooperation remains limited by Kazakhstan’s closeness to Russia.",
    alignmentConfidence: 0.97,
  },
];

const [command, slug = ""] = process.argv.slice(2);
if (command === "document") {
  if (!(await db.document.findUnique({ where: { slug } }))) {
    await storeDocument(
      db,
      {
        slug,
        titleIt: `Prova di allineamento ${slug}`,
        titleEn: `Alignment test ${slug}`,
        originalTitle: `Prova di allineamento ${slug}`,
        sourceName: "Redazione di prova",
        attribution: "Redazione di prova",
        paragraphs: ALIGNED_PAIRS.map((pair) => ({ ...pair, status: pair.textEn ? ("approved" as const) : ("draft" as const) })),
      },
      { origin: "import" },
    );
  }
  await db.$disconnect();
} else {
  console.error("usage: alignment-fixtures.ts document SLUG");
  process.exit(2);
}
