import type { z } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { FORBIDDEN, invalid, SIGNED_OUT, UNAVAILABLE, type Refusal } from "./outcome";
import { can, type Ability } from "./roles";

// Every write the app makes for someone (the team's edits, decisions, re-alignments and
// comments, readers' reports, imports) is defined once here: who may, what input it
// takes, and the body that writes. The pipeline checks the role (401 without a session,
// 403 without the right), validates the input (422), runs the body in one transaction,
// and answers every refusal as a value. Anything unexpected (the database busy past its
// wait, a full disk) is logged and answered "unavailable": the transaction has rolled
// back, and the page shows a message instead of an error page that would take the
// user's unsaved work with it.

export type Transaction = Prisma.TransactionClient;

/** Who is asking: a signed-in user's id and role (lib/auth/accounts.ts SessionUser is one); a reader without an account is null. */
export interface Actor {
  id: number;
  role: Role;
}

/**
 * What a write changed that readers see, so that the caller renders those pages
 * afresh and no others (lib/reader/revalidation.ts says which pages those are).
 */
export class ReaderChanges {
  readonly texts = new Set<string>();
  /** The glossary's pages list where each term occurs in the published texts. */
  occurrences = false;
  /** Glossary terms changed: every text marks them. */
  everyText = false;

  /** A text's pages changed; `published`: what readers read of it changed, not only a pair's status. */
  text(slug: string, { published = false } = {}): void {
    this.texts.add(slug);
    if (published) this.occurrences = true;
  }

  glossary(): void {
    this.everyText = true;
    this.occurrences = true;
  }
}

/** What a write may need beyond its input: where the request came from, when, and what it changed for readers. */
export interface Circumstances {
  /** The client's address (lib/auth/client-address.ts), for limits per address. */
  address: string;
  now: Date;
  changes: ReaderChanges;
}

/** A write as its callers use it: the database, who is asking (or the promise of it), the raw input. */
export type Mutation<Answer> = (
  db: PrismaClient,
  actor: Actor | null | Promise<Actor | null>,
  input: unknown,
  circumstances?: Partial<Circumstances>,
) => Promise<Answer>;

/** The pipeline's own answers: no session, no right, and an unexpected failure. */
type Gate = typeof SIGNED_OUT | typeof FORBIDDEN | typeof UNAVAILABLE;
type InvalidInput = Extract<Refusal, { error: "invalid" }>;

type May = Ability | "anyone" | ((input: unknown) => Ability | readonly Ability[]);
type ActorFor<M extends May> = M extends "anyone" ? Actor | null : Actor;

interface Definition<Schema extends z.ZodType, Result extends { ok: boolean }, M extends May, Invalid> {
  /**
   * What the caller must be allowed to do (lib/core/roles.ts), checked before the input
   * is read; "anyone" for a reader's write. A function picks the rights from the raw
   * input, for a write whose input says which it needs (a pair's Italian or English).
   */
  may: M;
  input: Schema;
  /** A malformed input's answer: by default a 422 naming the first field and its problem. */
  invalid?: (error: z.ZodError) => Invalid;
  /** Errors the body throws that are refusals, not failures (an importer's ImportError), as their answers. */
  refusalOf?: (error: unknown) => Result | null;
}

interface Context<Input, M extends May> extends Circumstances {
  input: Input;
  actor: ActorFor<M>;
}

/** A write that runs in the pipeline's transaction. */
interface TransactionalDefinition<Schema extends z.ZodType, Result extends { ok: boolean }, M extends May, Invalid> extends Definition<
  Schema,
  Result,
  M,
  Invalid
> {
  /**
   * The body, in one transaction that holds SQLite's write lock from its first
   * statement: its reads see what no one else can change before it commits. A refusal,
   * returned or thrown with refuse() from anywhere in it, rolls back all it wrote.
   */
  write: (tx: Transaction, context: Context<z.output<Schema>, M>) => Promise<Result>;
}

/** A write that keeps its own transactions: an import reads megabytes before it stores, and stores a long text in chunks. */
interface StoringDefinition<Schema extends z.ZodType, Result extends { ok: boolean }, M extends May, Invalid> extends Definition<
  Schema,
  Result,
  M,
  Invalid
> {
  store: (db: PrismaClient, context: Context<z.output<Schema>, M>) => Promise<Result>;
}

export function defineMutation<Schema extends z.ZodType, Result extends { ok: boolean }, M extends May, Invalid = InvalidInput>(
  definition: TransactionalDefinition<Schema, Result, M, Invalid> | StoringDefinition<Schema, Result, M, Invalid>,
): Mutation<Result | Invalid | Gate> {
  return async (db, caller, input, circumstances = {}) => {
    try {
      const actor = await caller;
      const may: May = definition.may;
      if (may !== "anyone") {
        if (!actor) return SIGNED_OUT;
        const needed = typeof may === "function" ? may(input) : may;
        if (![needed].flat().every((ability) => can(actor, ability))) return FORBIDDEN;
      }
      const parsed = await definition.input.safeParseAsync(input);
      if (!parsed.success) return definition.invalid ? definition.invalid(parsed.error) : (invalid(parsed.error) as Invalid);
      const context = {
        address: circumstances.address ?? "unknown",
        now: circumstances.now ?? new Date(),
        changes: circumstances.changes ?? new ReaderChanges(),
        input: parsed.data,
        actor: actor as ActorFor<M>,
      };
      if ("store" in definition) return await definition.store(db, context);
      return await writeTransaction(db, async (tx) => {
        const result = await definition.write(tx, context);
        if (!result.ok) refuse(result);
        return result;
      });
    } catch (error) {
      if (error instanceof Refused) return error.refusal as Result;
      const known = definition.refusalOf?.(error);
      if (known) return known;
      console.error("A write failed:", error);
      return UNAVAILABLE;
    }
  };
}

/** Ends the write here, rolling back everything it wrote, and answers with `refusal`. */
export function refuse(refusal: { ok: boolean }): never {
  throw new Refused(refusal);
}

class Refused extends Error {
  constructor(readonly refusal: { ok: boolean }) {
    super("refused");
  }
}

/**
 * The transaction every write runs in. Its first statement writes (and changes
 * nothing), so that it takes SQLite's write lock at once, waiting its turn, rather than
 * reading first and then failing to write because another connection wrote in between
 * (a stale snapshot, which no wait can cure); lib/prisma-client.ts retries that first
 * statement while another process holds the lock.
 */
export function writeTransaction<T>(db: PrismaClient, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "Document" SET "id" = "id" WHERE false`;
    return work(tx);
  });
}
