import { z } from "zod";
import { ImportError } from "../core/import-error";
import { defineMutation } from "../core/mutation";
import { rowId } from "../core/outcome";
import { userText } from "../core/user-text";
import { readExchangeFile } from "../exchange/read-exchange-file";

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
 * A TMX brought in as a translation memory, not a text: its units (Italian with
 * English; others are counted and left out) offered as fuzzy matches and in the
 * concordance. All or nothing, under a name of its own (the file's unless given).
 */
export const importMemory = defineMutation({
  may: "import",
  input: importInput,
  invalid: (): MemoryImportOutcome => ({ ok: false, status: 422, error: "missing-file" }),
  refusalOf: (error): MemoryImportOutcome | null =>
    error instanceof ImportError ? { ok: false, status: 422, error: "refused", detail: error.message } : null,
  async write(tx, { input }): Promise<MemoryImportOutcome> {
    if (!input.file.name.toLowerCase().endsWith(".tmx")) {
      throw new ImportError("unsupported-format", `${input.file.name} is not a TMX file; a translation memory comes as TMX.`);
    }
    const read = readExchangeFile(input.file.bytes, input.file.name, { stripInvisible: input.stripInvisible });
    if (read.kind !== "document") throw new ImportError("unsupported-format", `${input.file.name} holds no translation units.`);
    const units = read.document.paragraphs.flatMap(({ textIt, textEn }) =>
      textIt.trim() && textEn?.trim() ? [{ textIt: textIt.trim(), textEn: textEn.trim() }] : [],
    );
    const name = input.name || input.file.name.replace(/\.tmx$/i, "");
    if (await tx.memory.findUnique({ where: { name }, select: { id: true } })) return { ok: false, status: 422, error: "name-taken", name };
    const memory = await tx.memory.create({ data: { name }, select: { id: true } });
    for (let start = 0; start < units.length; start += UNIT_ROWS) {
      await tx.memoryUnit.createMany({ data: units.slice(start, start + UNIT_ROWS).map((unit) => ({ ...unit, memoryId: memory.id })) });
    }
    return { ok: true, name, units: units.length, skipped: read.document.paragraphs.length - units.length };
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
export async function listMemories(db: Pick<import("../prisma-client").Database, "memory">) {
  const memories = await db.memory.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, _count: { select: { units: true } } },
  });
  return memories.map(({ _count, ...memory }) => ({ ...memory, units: _count.units }));
}
