/**
 * How the workspace shows a page of pairs: every pair as an open editor, or a compact
 * list of both texts read-only, each opening its own edit page. Chosen by a link
 * (`?layout=list`) and remembered in a cookie the proxy sets (proxy.ts), so the choice
 * holds on the way back from a pair's page, without JavaScript too.
 */
export const DESK_LAYOUTS = ["editors", "list"] as const;
export type DeskLayout = (typeof DESK_LAYOUTS)[number];

export const DESK_LAYOUT_COOKIE = "a-fronte-desk";

/** The layout a query or cookie names, or null for anything else. */
export function parseDeskLayout(value: unknown): DeskLayout | null {
  return DESK_LAYOUTS.find((layout) => layout === value) ?? null;
}

/** The layout to show: the address's choice first, then the remembered one, then every pair open. */
export function deskLayout(query: unknown, remembered: unknown): DeskLayout {
  return parseDeskLayout(Array.isArray(query) ? query[0] : query) ?? parseDeskLayout(remembered) ?? "editors";
}
