// The batch-decision goal of `npm run bench`: a reviewer approving 1,000 pairs in one
// batch (lib/review/batch-decision.ts) against approving them one by one, on two
// texts of 1,000 translated pairs each, alternated over rounds.
import type { Actor } from "../../lib/core/mutation";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { storeDocument } from "../../lib/import/store-document";
import { benchText } from "./generate";
import { decideBatch } from "../../lib/review/batch-decision";
import { approvePair } from "../../lib/review/review-decision";
import type { Goal } from "./long-texts";
import { median } from "./timing";

const PAIRS = 1_000;
const ROUNDS = 3;

export async function benchBatchDecisions(
  db: PrismaClient,
  reviewer: Actor,
  italian: readonly string[],
  english: readonly string[],
): Promise<Goal[]> {
  const store = async (slug: string) => {
    const paragraphs = Array.from({ length: PAIRS }, (_, index) => ({
      textIt: italian[index % italian.length]!,
      textEn: english[index % english.length]!,
      status: "translated" as const,
    }));
    await storeDocument(db, benchText(slug, paragraphs), { origin: "import" });
    return db.paragraph.findMany({ where: { document: { slug } }, orderBy: { position: "asc" }, select: { id: true, version: true } });
  };
  const batchTimes: number[] = [];
  const singleTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const inBatch = await store(`bench-batch-${round}`);
    const oneByOne = await store(`bench-single-${round}`);
    let start = performance.now();
    const answer = await decideBatch(db, reviewer, {
      slug: `bench-batch-${round}`,
      decision: "approve",
      pairs: inBatch.map((pair) => ({ paragraphId: pair.id, baseVersion: pair.version })),
    });
    batchTimes.push(performance.now() - start);
    if (!answer.ok || answer.decided !== PAIRS) throw new Error(`the batch approved ${JSON.stringify(answer)}`);
    start = performance.now();
    for (const pair of oneByOne) await approvePair(db, reviewer, { paragraphId: pair.id, baseVersion: pair.version });
    singleTimes.push(performance.now() - start);
  }
  const [batch, single] = [median(batchTimes), median(singleTimes)];
  return [
    {
      name: "approving 1,000 pairs in one batch / one by one",
      value: batch / single,
      goal: "<= 0.25",
      ok: batch / single <= 0.25,
      detail: `${(batch / 1000).toFixed(2)} s vs ${(single / 1000).toFixed(2)} s (medians of ${ROUNDS} rounds, each a text of ${PAIRS} translated pairs), writes included`,
    },
  ];
}
