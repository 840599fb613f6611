/**
 * How pages look to one reader: the theme (following the system until chosen), the
 * text size and how glossary terms are marked. Each is remembered in a cookie and
 * applied as an attribute of <html> (`data-theme`, `data-size`, `data-marks`), so
 * that the pages stay the same for everyone and can be cached:
 * - the head of every page links the styles of every choice (`appearanceStyles`, served
 *   by app/appearance-styles.css, kept a year under its version) and holds a line of
 *   script that sets the attributes from the cookies before the page is drawn
 *   (`APPEARANCE_SCRIPT`), so there is no flash of the wrong theme;
 * - without JavaScript, a stylesheet in <noscript> (`/appearance.css`) sends the
 *   styles of the remembered choices (`chosenStyles`).
 * Choices are links (`?theme=dark`); next.config.mjs turns such a query into the
 * cookie (lib/reader/reader-routes.mjs), and with JavaScript the reader's toolbar
 * applies a choice at once without leaving the page.
 */

import { createHash } from "node:crypto";
import { APPEARANCE_CHOICES } from "./appearance-choices.mjs";
import { APPEARANCE_STYLES, appearanceStyles, cssBlock } from "./appearance-styles.mjs";

export { appearanceStyles };

/** The styles' version, for their address: a change of palette is a new address, never a stale copy. */
export const APPEARANCE_STYLES_VERSION = createHash("sha256").update(appearanceStyles()).digest("hex").slice(0, 12);

export const APPEARANCE = APPEARANCE_CHOICES;
export type AppearanceSetting = keyof typeof APPEARANCE;
export const APPEARANCE_SETTINGS = Object.keys(APPEARANCE) as AppearanceSetting[];
export type Appearance = Record<AppearanceSetting, string>;

/** A choice as remembered in its cookie, or the setting's default when absent or unknown. */
export function chosen(setting: AppearanceSetting, value: string | undefined): string {
  const values: readonly string[] = APPEARANCE[setting].values;
  return value && values.includes(value) ? value : APPEARANCE[setting].fallback;
}

/** The styles of one reader's remembered choices, for pages read without JavaScript (they win over the system's theme). */
export function chosenStyles(appearance: Appearance): string {
  const declarations = Object.assign({}, ...APPEARANCE_SETTINGS.map((setting) => APPEARANCE_STYLES[setting][appearance[setting]] ?? {}));
  const current = APPEARANCE_SETTINGS.map((setting) => `[data-appearance="${setting}:${appearance[setting]}"]`).join(",");
  return `${cssBlock(":root:root", declarations)}${current}{font-weight:700;text-decoration:underline}`;
}

/** Sets <html>'s attributes from the cookies before the page is drawn (in the head, so no flash of the wrong theme). */
export const APPEARANCE_SCRIPT = `(function(){var d=document.documentElement,c=document.cookie;${JSON.stringify(
  APPEARANCE_SETTINGS.map((setting) => [setting, APPEARANCE[setting].cookie]),
)}.forEach(function(s){var m=c.match(new RegExp("(?:^|; )"+s[1]+"=([a-z]+)"));if(m)d.setAttribute("data-"+s[0],m[1])})})()`;
