// The CAT round trip's goal of `npm run bench`: a 10,000-pair text updated from a
// translated XLIFF 2.1 (lib/exchange/update-form.ts: preview, then apply) against
// importing the same file as a new text, alternated over rounds.
import type { Actor } from "../../lib/core/mutation";
import { updateTextFromFile } from "../../lib/exchange/update-form";
import { writeXliff21 } from "../../lib/exchange/xliff-2.1";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { importFile } from "../../lib/import/import-file";
import { storeDocument } from "../../lib/import/store-document";
import { benchText } from "./generate";
import type { Goal } from "./long-texts";
import { median } from "./timing";

const PAIRS = 10_000;
const ROUNDS = 3;

export async function benchUpdateFromFile(
  db: PrismaClient,
  editor: Actor,
  italian: readonly string[],
  english: readonly string[],
): Promise<Goal[]> {
  const imports: number[] = [];
  const previews: number[] = [];
  const applies: number[] = [];
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const slug = `bench-update-${round}`;
    // Half the pairs translated, half waiting: the translator's file fills in every English.
    const paragraphs = Array.from({ length: PAIRS }, (_, index) => ({
      textIt: `${italian[index % italian.length]!} (${index + 1})`,
      textEn: index % 2 ? english[index % english.length]! : "",
      status: index % 2 ? ("translated" as const) : ("draft" as const),
    }));
    const text = benchText(slug, paragraphs);
    await storeDocument(db, text, { origin: "import" });
    // The working edition as its export writes it (lib/exchange/editions.ts is for the server only).
    const pairs = await db.paragraph.findMany({
      where: { document: { slug } },
      orderBy: { position: "asc" },
      select: { textIt: true, textEn: true, status: true, statusReason: true, translatorNote: true, headingLevel: true, version: true },
    });
    const file = writeXliff21({
      ...text,
      titleEn: text.titleEn ?? slug,
      sourceUrl: null,
      publishedOn: null,
      paragraphs: pairs.map((pair, index) => ({
        ...pair,
        textEn: `${english[index % english.length]!} [${index + 1}]`,
        status: "translated" as const,
      })),
    });
    bytes = Buffer.byteLength(file);
    const form = (intent: string, token?: string) => {
      const data = new FormData();
      data.set("slug", slug);
      data.set("intent", intent);
      if (token) data.set("expect", token);
      data.set("file", new File([file], `${slug}.xlf`));
      return data;
    };

    let start = performance.now();
    const imported = await importFile(
      db,
      { italian: { name: `${slug}-new.xlf`, bytes: new TextEncoder().encode(file) }, english: null, publish: false },
      {},
    );
    imports.push(performance.now() - start);
    if (imported.kind !== "document" || imported.pairs !== PAIRS) throw new Error(`the import stored ${JSON.stringify(imported)}`);

    start = performance.now();
    const preview = await updateTextFromFile(db, editor, form("preview"));
    previews.push(performance.now() - start);
    if (!preview.ok || preview.applied || preview.preview.counts.changed !== PAIRS)
      throw new Error(`the preview said ${JSON.stringify(preview).slice(0, 300)}`);
    start = performance.now();
    const applied = await updateTextFromFile(db, editor, form("apply", preview.preview.token));
    applies.push(performance.now() - start);
    if (!applied.ok || !applied.applied || applied.written !== PAIRS)
      throw new Error(`applying said ${JSON.stringify(applied).slice(0, 300)}`);
  }
  const [imported, previewed, applied] = [median(imports), median(previews), median(applies)];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    {
      name: "updating 10,000 pairs from a translated XLIFF (preview + apply) / importing the file as new",
      value: (previewed + applied) / imported,
      goal: "≤ 2",
      ok: (previewed + applied) / imported <= 2,
      detail: `${seconds(previewed)} + ${seconds(applied)} vs ${seconds(imported)} (medians of ${ROUNDS} rounds, a ${(bytes / 1e6).toFixed(1)} MB XLIFF 2.1 with every English new; the apply writes 10,000 pairs and revisions in one transaction)`,
    },
  ];
}
