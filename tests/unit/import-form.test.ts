import { beforeAll, describe, expect, it } from "vitest";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { db } from "@/lib/db";
import { importFromForm } from "@/lib/import/import-form";
import { snapshotTables } from "../support/snapshot";
import { englishWithSplit, italian } from "./import-texts";

let admin: SessionUser;
let translator: SessionUser;

beforeAll(async () => {
  admin = await createUser(db, { username: "ada", displayName: "Ada", role: "admin", password: "una-password-lunga" });
  translator = await createUser(db, { username: "tomaso", displayName: "Tomaso", role: "translator", password: "una-password-lunga" });
});

/** The form as a browser sends it: an empty file input is a nameless empty file. */
function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  data.set("english", new File([], ""));
  for (const name of ["slug", "titleEn", "source", "url", "published"]) data.set(name, "");
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const italianFile = () =>
  new File([["# Cina e Kazakhstan", ...italian, "Fonte: C.E.S.I."].join("\n\n")], "cina.md", { type: "text/markdown" });

describe("importFromForm", () => {
  it("imports for an admin, with the form's details and the aligned English", async () => {
    const outcome = await importFromForm(
      db,
      admin,
      form({
        italian: italianFile(),
        english: new File([englishWithSplit(2).join("\n\n")], "cina.en.txt"),
        slug: "cina-dal-modulo",
        titleEn: "China and Kazakhstan",
        published: "2018",
        publish: "on",
      }),
    );
    expect(outcome).toMatchObject({
      ok: true,
      result: { kind: "document", slug: "cina-dal-modulo", pairs: 15, kinds: { "1:1": 14, "1:2": 1 }, approved: 15 },
    });
    expect(await db.document.findUniqueOrThrow({ where: { slug: "cina-dal-modulo" } })).toMatchObject({
      titleEn: "China and Kazakhstan",
      publishedOn: "2018",
    });
  });

  it("checks the role itself: 401 without a session, 403 for a translator, nothing stored", async () => {
    const before = await snapshotTables(db);
    expect(await importFromForm(db, null, form({ italian: italianFile() }))).toEqual({ ok: false, status: 401, error: "signed-out" });
    expect(await importFromForm(db, translator, form({ italian: italianFile() }))).toEqual({ ok: false, status: 403, error: "forbidden" });
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("asks for the Italian file and names a field that is wrong", async () => {
    expect(await importFromForm(db, admin, form({ italian: new File([], "") }))).toEqual({ ok: false, status: 422, error: "missing-file" });
    expect(await importFromForm(db, admin, form({ italian: italianFile(), slug: "Non Va" }))).toMatchObject({
      error: "invalid-field",
      field: "slug",
    });
    expect(await importFromForm(db, admin, form({ italian: italianFile(), url: "javascript:alert(1)" }))).toMatchObject({
      error: "invalid-field",
      field: "url",
    });
    expect(await importFromForm(db, admin, form({ italian: italianFile(), published: "28/11/2026" }))).toMatchObject({
      error: "invalid-field",
      field: "published",
    });
  });

  it("takes an English input left empty as no English, however the browser names the empty part", async () => {
    for (const [slug, name] of [
      ["senza-inglese-a", ""],
      ["senza-inglese-b", "undefined"],
    ] as const) {
      const outcome = await importFromForm(db, admin, form({ italian: italianFile(), english: new File([], name), slug }));
      expect(outcome).toMatchObject({ ok: true, result: { slug, englishParagraphs: null } });
    }
  });

  it("says which file was refused and why", async () => {
    const before = await snapshotTables(db);
    const outcome = await importFromForm(
      db,
      admin,
      form({ italian: italianFile(), english: new File([Buffer.from("Città vecchia.", "latin1")], "vecchio.en.txt") }),
    );
    expect(outcome).toMatchObject({
      ok: false,
      status: 422,
      error: "refused",
      code: "not-utf8",
      language: "en",
      fileName: "vecchio.en.txt",
    });
    expect(await snapshotTables(db)).toEqual(before);
  });
});
