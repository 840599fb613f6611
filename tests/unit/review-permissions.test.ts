import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/client";
import { createUser, type SessionUser } from "@/lib/auth/accounts";
import type { Outcome } from "@/lib/core/outcome";
import { db } from "@/lib/db";
import { addComment, resolveComment } from "@/lib/review/comments";
import { revertToRevision, saveText } from "@/lib/review/edit-paragraph";
import { approvePair, sendBack } from "@/lib/review/review-decision";
import { seedLibrary } from "@/prisma/seed/seed-library";
import { snapshotTables } from "../support/snapshot";

// The permission matrix: every mutation, as nobody and as each role, always with
// valid input, so that the role is the only reason for a refusal.
//
//                      translator  reviewer  admin
//   edit English           yes        yes     yes
//   edit Italian           no         yes     yes
//   approve / send back    no         yes     yes
//   comment / resolve      yes        yes     yes
//
// The expectations are written out here rather than read from lib/core/roles.ts,
// so that a change of the rules there makes this test fail.

const SLUG = "cesi-cina-kazakhstan";
const PASSWORD = "correct horse battery";
const ROLES = ["translator", "reviewer", "admin"] as const satisfies readonly Role[];
const actors = {} as Record<Role, SessionUser>;
let counter = 0;

beforeAll(async () => {
  await seedLibrary(db);
  for (const role of ROLES) {
    actors[role] = await createUser(db, { username: `${role}1`, displayName: `The ${role}`, role, password: PASSWORD });
  }
});

async function pair(position: number) {
  return db.paragraph.findFirstOrThrow({ where: { position, document: { slug: SLUG } } });
}

/** Moves one side of a pair away from its seeded text, as an earlier edit would have. */
async function editDirectly(position: number, language: "it" | "en") {
  const { id } = await pair(position);
  const text = `Changed earlier (${++counter}).`;
  await db.paragraph.update({
    where: { id },
    data: { [language === "it" ? "textIt" : "textEn"]: text, status: "translated", version: { increment: 1 } },
  });
}

async function seedRevision(position: number, language: "it" | "en") {
  const { id } = await pair(position);
  return db.revision.findFirstOrThrow({ where: { paragraphId: id, language, origin: "seed" } });
}

async function latestRevision(paragraphId: number) {
  return db.revision.findFirstOrThrow({ where: { paragraphId }, orderBy: { id: "desc" } });
}

interface Action {
  name: string;
  allowed: readonly Role[];
  /** Valid input for the call, from the database as it is now (setting up what is needed). */
  prepare(): Promise<Record<string, unknown>>;
  call(actor: SessionUser | null, input: Record<string, unknown>): Promise<Outcome>;
  /** What a user sees changed after an allowed call. */
  noticed(actor: SessionUser, input: Record<string, unknown>): Promise<void>;
}

const actions: Action[] = [
  {
    name: "saveText (English)",
    allowed: ["translator", "reviewer", "admin"],
    async prepare() {
      const { id, version } = await pair(1);
      return { paragraphId: id, language: "en", text: `A new English (${++counter}).`, baseVersion: version };
    },
    call: (actor, input) => saveText(db, actor, input),
    async noticed(actor, input) {
      const after = await pair(1);
      expect(after).toMatchObject({ textEn: input.text, status: "translated", version: (input.baseVersion as number) + 1 });
      expect(await latestRevision(after.id)).toMatchObject({
        language: "en",
        after: input.text,
        authorId: actor.id,
        version: after.version,
      });
    },
  },
  {
    name: "saveText (Italian)",
    allowed: ["reviewer", "admin"],
    async prepare() {
      const { id, version } = await pair(2);
      return { paragraphId: id, language: "it", text: `Un nuovo italiano (${++counter}).`, baseVersion: version };
    },
    call: (actor, input) => saveText(db, actor, input),
    async noticed(actor, input) {
      const after = await pair(2);
      expect(after).toMatchObject({ textIt: input.text, status: "needs_changes", version: (input.baseVersion as number) + 1 });
      expect(await latestRevision(after.id)).toMatchObject({
        language: "it",
        after: input.text,
        authorId: actor.id,
        version: after.version,
      });
    },
  },
  {
    name: "revertToRevision (an English revision)",
    allowed: ["translator", "reviewer", "admin"],
    async prepare() {
      await editDirectly(3, "en");
      const { version } = await pair(3);
      return { revisionId: (await seedRevision(3, "en")).id, baseVersion: version };
    },
    call: (actor, input) => revertToRevision(db, actor, input),
    async noticed(actor, input) {
      const restored = await seedRevision(3, "en");
      const after = await pair(3);
      expect(after.textEn).toBe(restored.after);
      expect(after.version).toBe((input.baseVersion as number) + 1);
      expect(await latestRevision(after.id)).toMatchObject({
        language: "en",
        after: restored.after,
        revertOfId: restored.id,
        authorId: actor.id,
      });
    },
  },
  {
    name: "revertToRevision (an Italian revision)",
    allowed: ["reviewer", "admin"],
    async prepare() {
      await editDirectly(4, "it");
      const { version } = await pair(4);
      return { revisionId: (await seedRevision(4, "it")).id, baseVersion: version };
    },
    call: (actor, input) => revertToRevision(db, actor, input),
    async noticed(actor, input) {
      const restored = await seedRevision(4, "it");
      const after = await pair(4);
      expect(after.textIt).toBe(restored.after);
      expect(after.version).toBe((input.baseVersion as number) + 1);
      expect(await latestRevision(after.id)).toMatchObject({
        language: "it",
        after: restored.after,
        revertOfId: restored.id,
        authorId: actor.id,
      });
    },
  },
  {
    name: "approvePair",
    allowed: ["reviewer", "admin"],
    async prepare() {
      await editDirectly(5, "en");
      const { id, version } = await pair(5);
      return { paragraphId: id, baseVersion: version };
    },
    call: (actor, input) => approvePair(db, actor, input),
    async noticed(actor) {
      const after = await pair(5);
      expect(after.status).toBe("approved");
      expect(after.approvedEn).toBe(after.textEn);
      expect(after.approvedEn).toMatch(/^Changed earlier/);
      expect(after.reviewedById).toBe(actor.id);
      expect(await latestRevision(after.id)).toMatchObject({ status: "approved", authorId: actor.id });
    },
  },
  {
    name: "sendBack",
    allowed: ["reviewer", "admin"],
    async prepare() {
      const { id, version } = await pair(6);
      return { paragraphId: id, baseVersion: version, reason: `The dates do not match (${++counter}).` };
    },
    call: (actor, input) => sendBack(db, actor, input),
    async noticed(actor, input) {
      const after = await pair(6);
      expect(after).toMatchObject({ status: "needs_changes", statusReason: input.reason });
      expect(await latestRevision(after.id)).toMatchObject({ status: "needs_changes", reason: input.reason, authorId: actor.id });
    },
  },
  {
    name: "addComment",
    allowed: ["translator", "reviewer", "admin"],
    async prepare() {
      const { id } = await pair(7);
      return { paragraphId: id, body: `Is "Astana" right here? (${++counter})` };
    },
    call: (actor, input) => addComment(db, actor, input),
    async noticed(actor, input) {
      const comment = await db.comment.findFirstOrThrow({ where: { body: input.body as string } });
      expect(comment).toMatchObject({ paragraphId: input.paragraphId, origin: "team", authorId: actor.id, resolvedAt: null });
    },
  },
  {
    name: "resolveComment",
    allowed: ["translator", "reviewer", "admin"],
    async prepare() {
      const { id: paragraphId } = await pair(8);
      const comment = await db.comment.create({ data: { paragraphId, body: `Open question (${++counter})`, origin: "reader" } });
      return { commentId: comment.id, resolved: true };
    },
    call: (actor, input) => resolveComment(db, actor, input),
    async noticed(actor, input) {
      const comment = await db.comment.findUniqueOrThrow({ where: { id: input.commentId as number } });
      expect(comment.resolvedAt).toBeInstanceOf(Date);
      expect(comment.resolvedById).toBe(actor.id);
    },
  },
];

const callers = [null, ...ROLES] as const;

describe.each(actions)("$name", (action) => {
  it.each(callers)("as %s", async (role) => {
    const actor = role ? actors[role] : null;
    const input = await action.prepare();
    const before = await snapshotTables(db);

    const result = await action.call(actor, input);

    if (actor && action.allowed.includes(actor.role)) {
      expect(result).toMatchObject({ ok: true });
      await action.noticed(actor, input);
    } else {
      expect(result).toEqual(actor ? { ok: false, status: 403, error: "forbidden" } : { ok: false, status: 401, error: "signed-out" });
      expect(await snapshotTables(db)).toEqual(before);
    }
  });
});
