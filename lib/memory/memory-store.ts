import { z } from "zod";
import { ImportError } from "../core/import-error";
import type { DecodeOptions } from "../core/decode-text";
import { MAX_PARAGRAPH_LENGTH } from "../core/limits";
import { defineMutation, writeTransaction } from "../core/mutation";
import type { Database } from "../prisma-client";
import { rowId } from "../core/outcome";
import { importedText, userText } from "../core/user-text";
import { pairLanguage } from "../exchange/exchange-document";
import { elements, firstElement, languageAttribute, readXml, requireRoot } from "../exchange/safe-xml";
import { readSegment } from "../exchange/tmx";

/** Units written per statement (three values each). */
const UNIT_ROWS = 200;

const importInput = z.preprocess(
  (form) =>
    form instanceof FormData
      ? { file: form.get("file"), name: form.get("name") ?? "", stripInvisible: form.get("stripInvisible") === "on" }
      : form,
  z.object({
    file: z
      .preprocess((value) => (value instanceof File && value.size > 0 ? value : undefined), z.instanceof(File))
      .transform(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })),
    name: userText({ max: 120, allowEmpty: true }),
    stripInvisible: z.boolean().default(false),
  }),
);

export type MemoryImportOutcome =
  | { ok: true; name: string; units: number; skipped: number }
  | { ok: false; status: 401; error: "signed-out" }
  | { ok: false; status: 403; error: "forbidden" }
  | { ok: false; status: 422; error: "missing-file" }
  | { ok: false; status: 422; error: "name-taken"; name: string }
  | { ok: false; status: 422; error: "refused"; detail: string }
  | { ok: false; status: 503; error: "unavailable" };

/**
 * A TMX's translation units as a memory's: the first Italian and the first English
 * variant of each unit. A unit without both, or with a text no text may hold (a control
 * character, an invisible direction control, over the length of a paragraph), is left
 * out and counted: a memory is many units, and one bad unit is no reason to lose the rest.
 */
export function readMemoryUnits(bytes: Uint8Array, fileName: string, options: DecodeOptions = {}) {
  const root = readXml(bytes, fileName, options);
  requireRoot(root, "tmx", "TMX", fileName);
  const body = firstElement(root, "body");
  if (!body) throw new ImportError("wrong-root", `${fileName} is a <tmx> file without a <body>, so it holds no units.`);
  const all = elements(body, "tu");
  const units = all.flatMap((unit) => {
    const texts: Partial<Record<"it" | "en", string>> = {};
    for (const variant of elements(unit, "tuv")) {
      const language = pairLanguage(languageAttribute(variant));
      const segment = firstElement(variant, "seg");
      if (language && segment && texts[language] === undefined) texts[language] = readSegment(segment);
    }
    const it = memoryText.safeParse(texts.it ?? "");
    const en = memoryText.safeParse(texts.en ?? "");
    return it.success && en.success ? [{ textIt: it.data, textEn: en.data }] : [];
  });
  return { units, skipped: all.length - units.length };
}

const memoryText = importedText(z.string().trim().min(1).max(MAX_PARAGRAPH_LENGTH));

/**
 * A TMX brought in as a translation memory, not a text: its units (Italian with
 * English; others are counted and left out) offered as fuzzy matches and in the
 * concordance. All or nothing, under a name of its own (the file's unless given). The
 * file is read before the write transaction, which then holds the write lock only for
 * the inserts.
 */
export const importMemory = defineMutation({
  may: "import",
  input: importInput,
  invalid: (): MemoryImportOutcome => ({ ok: false, status: 422, error: "missing-file" }),
  refusalOf: (error): MemoryImportOutcome | null =>
    error instanceof ImportError ? { ok: false, status: 422, error: "refused", detail: error.message } : null,
  async store(db, { input }): Promise<MemoryImportOutcome> {
    if (!input.file.name.toLowerCase().endsWith(".tmx")) {
      throw new ImportError("unsupported-format", `${input.file.name} is not a TMX file; a translation memory comes as TMX.`);
    }
    const { units, skipped } = readMemoryUnits(input.file.bytes, input.file.name, { stripInvisible: input.stripInvisible });
    if (units.length === 0) throw new ImportError("no-paragraphs", `${input.file.name} holds no unit with both Italian and English.`);
    const name = input.name || input.file.name.replace(/\.tmx$/i, "");
    return writeTransaction(db, async (tx): Promise<MemoryImportOutcome> => {
      if (await tx.memory.findUnique({ where: { name }, select: { id: true } }))
        return { ok: false, status: 422, error: "name-taken", name };
      const memory = await tx.memory.create({ data: { name }, select: { id: true } });
      for (let start = 0; start < units.length; start += UNIT_ROWS) {
        await tx.memoryUnit.createMany({ data: units.slice(start, start + UNIT_ROWS).map((unit) => ({ ...unit, memoryId: memory.id })) });
      }
      return { ok: true, name, units: units.length, skipped };
    });
  },
});

/** Removes a memory and its units. */
export const removeMemory = defineMutation({
  may: "import",
  input: z.preprocess((form) => (form instanceof FormData ? { id: form.get("id") } : form), z.object({ id: rowId })),
  async write(tx, { input }) {
    const removed = await tx.memory.deleteMany({ where: { id: input.id } });
    return removed.count ? { ok: true as const } : { ok: false as const, status: 404 as const, error: "not-found" as const };
  },
});

/** The memories, newest first, with how many units each holds. */
export async function listMemories(db: Pick<Database, "memory">) {
  const memories = await db.memory.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, _count: { select: { units: true } } },
  });
  return memories.map(({ _count, ...memory }) => ({ ...memory, units: _count.units }));
}
