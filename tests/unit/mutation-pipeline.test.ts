import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import { defineMutation, refuse } from "@/lib/core/mutation";
import { NOT_FOUND, rowId } from "@/lib/core/outcome";
import { db } from "@/lib/db";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { snapshotTables } from "../support/snapshot";

// The one definition every write goes through (lib/core/mutation.ts): the role, the
// input, one transaction, refusals as answers, and failures answered "unavailable".

let translator: SessionUser;
let reviewer: SessionUser;
let paragraphId: number;

beforeAll(async () => {
  await seedLibrary(db);
  translator = await createUser(db, { username: "giulia", displayName: "Giulia", role: "translator", password: "correct horse battery" });
  reviewer = await createUser(db, { username: "marco", displayName: "Marco", role: "reviewer", password: "correct horse battery" });
  ({ id: paragraphId } = await db.paragraph.findFirstOrThrow({ where: { position: 1 } }));
});

/** A reviewer's write that comments first, then does what `then` says. */
const commentThen = (then: "answer" | "refuse" | "return-refusal" | "fail") =>
  defineMutation({
    may: "review",
    input: z.object({ paragraphId: rowId }),
    async write(tx, { input, actor }) {
      await tx.comment.create({
        data: { paragraphId: input.paragraphId, body: `Written before "${then}".`, origin: "team", authorId: actor.id },
      });
      if (then === "refuse") refuse(NOT_FOUND);
      if (then === "return-refusal") return NOT_FOUND;
      if (then === "fail") throw new Error("The disk is full.");
      return { ok: true as const };
    },
  });

describe("defineMutation", () => {
  it("checks the session and the role before it reads the input", async () => {
    expect(await commentThen("answer")(db, null, "not even an object")).toEqual({ ok: false, status: 401, error: "signed-out" });
    expect(await commentThen("answer")(db, translator, "not even an object")).toEqual({ ok: false, status: 403, error: "forbidden" });
    expect(await commentThen("answer")(db, reviewer, { paragraphId: "zero" })).toMatchObject({
      ok: false,
      status: 422,
      error: "invalid",
      field: "paragraphId",
    });
  });

  it("takes who is asking as a promise too (a server action's session lookup)", async () => {
    expect(await commentThen("answer")(db, Promise.resolve(reviewer), { paragraphId })).toEqual({ ok: true });
  });

  it("rolls back what a refusal's write wrote, whether thrown from deep inside or returned", async () => {
    const before = await snapshotTables(db);
    expect(await commentThen("refuse")(db, reviewer, { paragraphId })).toEqual(NOT_FOUND);
    expect(await commentThen("return-refusal")(db, reviewer, { paragraphId })).toEqual(NOT_FOUND);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it("answers an unexpected failure as unavailable, logged, with nothing written", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const before = await snapshotTables(db);
      expect(await commentThen("fail")(db, reviewer, { paragraphId })).toEqual({ ok: false, status: 503, error: "unavailable" });
      expect(await commentThen("answer")(db, Promise.reject(new Error("The session store is gone.")), { paragraphId })).toEqual({
        ok: false,
        status: 503,
        error: "unavailable",
      });
      expect(await snapshotTables(db)).toEqual(before);
      expect(logged).toHaveBeenCalledTimes(2);
    } finally {
      logged.mockRestore();
    }
  });
});
