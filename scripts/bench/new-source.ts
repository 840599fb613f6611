// A new version of the Italian at book size (lib/import/new-source-form.ts): a
// 10,000-pair published text replaced by a corrected source (one paragraph in a hundred
// reworded, one in five hundred dropped, one in five hundred added), preview then apply,
// against importing the same new Italian as a text of its own, alternated over rounds.
import type { Actor } from "../../lib/core/mutation";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { importDocument } from "../../lib/import/import-document";
import { replaceSource } from "../../lib/import/new-source-form";
import { storeDocument } from "../../lib/import/store-document";
import { benchText } from "./generate";
import type { Goal } from "./long-texts";
import { median } from "./timing";

const PAIRS = 10_000;
const ROUNDS = 3;

export async function benchNewSource(
  db: PrismaClient,
  admin: Actor,
  italian: readonly string[],
  english: readonly string[],
): Promise<Goal[]> {
  const imports: number[] = [];
  const previews: number[] = [];
  const applies: number[] = [];
  let changed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const slug = `bench-new-source-${round}`;
    const old = Array.from({ length: PAIRS }, (_, index) => `${italian[index % italian.length]!} (${index + 1})`);
    await storeDocument(
      db,
      benchText(
        slug,
        old.map((textIt, index) => ({ textIt, textEn: `${english[index % english.length]!} (${index + 1})`, status: "approved" as const })),
      ),
      { origin: "import" },
    );
    const fresh = old.flatMap((text, index) => {
      if (index % 500 === 250) return [];
      const corrected = index % 100 === 7 ? text.replace(/ (\S+) /, " $1 davvero ") : text;
      return index % 500 === 400 ? [corrected, `Un paragrafo nuovo della seconda edizione (${index + 1}).`] : [corrected];
    });
    const file = [slug, ...fresh, "Fonte: Benchmark"].join("\n\n");
    const form = (intent: string, token?: string) => {
      const data = new FormData();
      data.set("slug", slug);
      data.set("intent", intent);
      if (token) data.set("expect", token);
      data.set("file", new File([file], `${slug}.txt`));
      return data;
    };

    let start = performance.now();
    const imported = await importDocument(db, { italian: { name: `${slug}-new.txt`, bytes: new TextEncoder().encode(file) } }, {});
    imports.push(performance.now() - start);
    if (imported.pairs !== fresh.length) throw new Error(`the import stored ${imported.pairs} pairs`);

    start = performance.now();
    const preview = await replaceSource(db, admin, form("preview"));
    previews.push(performance.now() - start);
    if (!preview.ok || preview.applied) throw new Error(`the preview said ${JSON.stringify(preview).slice(0, 300)}`);
    changed = preview.preview.counts.changed;
    start = performance.now();
    const applied = await replaceSource(db, admin, form("apply", preview.preview.token));
    applies.push(performance.now() - start);
    if (!applied.ok || !applied.applied || applied.pairs !== fresh.length)
      throw new Error(`applying said ${JSON.stringify(applied).slice(0, 300)}`);
  }
  const [imported, previewed, applied] = [median(imports), median(previews), median(applies)];
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return [
    {
      name: "a new version of a 10,000-pair Italian (preview + apply) / importing it as a new text",
      value: (previewed + applied) / imported,
      goal: "≤ 2",
      ok: (previewed + applied) / imported <= 2,
      detail: `${seconds(previewed)} + ${seconds(applied)} vs ${seconds(imported)} (medians of ${ROUNDS} rounds; ${changed} paragraphs corrected, 20 dropped, 20 added; every pair moves to its new place in one transaction)`,
    },
  ];
}
