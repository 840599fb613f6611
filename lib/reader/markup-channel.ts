import type { ReactNode } from "react";

/**
 * Markup that reaches the page's HTML once and not its embedded page data.
 *
 * Next's App Router sends every page twice: as HTML, and as the React tree inlined
 * in the page (`self.__next_f.push(…)`) for the browser to hydrate. For the reader
 * that repeated every pair (two thirds of a long text's page). The pairs are static
 * markup that no script re-renders, so the server component puts their tree here
 * under a fresh key and hands only the key to a client component
 * (components/reader/server-markup.tsx); when Next renders that component to HTML
 * (in the same process, during the same request) it takes the tree back and renders
 * it. In the browser the key finds nothing, and the component hydrates over the
 * server's markup without touching it.
 *
 * The tree must be plain elements (no components, no client references): it is
 * rendered outside the React Server Components pass that would resolve them.
 */
const CHANNEL = Symbol.for("a-fronte.server-markup");
/** A tree not taken within this long was rendered for a request that skipped the HTML (a client navigation): dropped. */
const UNCLAIMED_MS = 60_000;

type Store = Map<string, ReactNode>;

/** The trees waiting for their HTML render, shared by the server's module graphs through the process's global object. */
function store(): Store {
  const global = globalThis as { [CHANNEL]?: Store };
  return (global[CHANNEL] ??= new Map());
}

/** Keeps `tree` for the HTML render of this request; returns its key. Server only. */
export function putServerMarkup(tree: ReactNode): string {
  const markup = store();
  const key = crypto.randomUUID();
  markup.set(key, tree);
  setTimeout(() => markup.delete(key), UNCLAIMED_MS).unref();
  return key;
}

/** The tree kept under `key`, once; undefined in the browser and for a key already taken. */
export function takeServerMarkup(key: string): ReactNode | undefined {
  const markup = store();
  const tree = markup.get(key);
  markup.delete(key);
  return tree;
}
