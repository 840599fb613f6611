// Run by tests/e2e/alignment.spec.ts through tsx, against the test server's database:
//   alignment-fixtures.ts document SLUG   (a text as the aligner left it, with its confidences)
//   alignment-fixtures.ts shifted SLUG    (the seed article's first ten pairs, the English shifted from pair 4 on)
import fs from "node:fs";
import { db } from "../../lib/db";
import { parsePlainText } from "../../lib/import/plain-text";
import { storeDocument } from "../../lib/import/store-document";
import { translation } from "../../prisma/seed/cesi-cina-kazakhstan.en";
import { SEED_TEXT_FILE } from "../../prisma/seed/seed-library";

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

/** English 4 joined English 3 in pair 4, so pairs 5 to 9 each hold the next pair's English and pair 10 has none. */
function shiftedPairs() {
  const italian = parsePlainText(fs.readFileSync(SEED_TEXT_FILE)).paragraphs.slice(0, 10);
  const english = translation.paragraphs.map((paragraph) => paragraph.en);
  return italian.map((textIt, index) => ({
    textIt,
    textEn: index === 3 ? `${english[3]} ${english[4]}` : index < 3 ? english[index]! : index < 9 ? english[index + 1]! : "",
  }));
}

const [command, slug = ""] = process.argv.slice(2);
const pairs = command === "document" ? ALIGNED_PAIRS : command === "shifted" ? shiftedPairs() : null;
if (!pairs) {
  console.error("usage: alignment-fixtures.ts document|shifted SLUG");
  process.exit(2);
}
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
      paragraphs: pairs.map((pair) => ({ ...pair, status: pair.textEn ? ("approved" as const) : ("draft" as const) })),
    },
    { origin: "import" },
  );
}
await db.$disconnect();
