// The styles of the reader's appearance choices (lib/reader/appearance.ts): the colours
// of each theme by role, the text sizes and how glossary terms are marked. Every CSS
// file of the app uses these custom properties only. Plain JavaScript because
// next.config.mjs allows this very style in the Content Security Policy by its hash
// (lib/security-headers.mjs); typed by appearance-styles.d.mts.

import { APPEARANCE_CHOICES } from "./appearance-choices.mjs";

// Roles: ink and paper; --surface for boxes above the page (tooltips, menus, fields);
// --ok-solid and --on-solid for a filled button and its text; the rest as named.
/** @type {Record<string, string>} */
const LIGHT = {
  "color-scheme": "light",
  "--ink": "#1d1b18",
  "--ink-soft": "#3b3731",
  "--muted": "#5b564e",
  "--paper": "#fbf9f5",
  "--surface": "#fff",
  "--rule": "#d9d3c7",
  "--accent": "#7a2e1d",
  "--focus": "#1a5fb4",
  "--tint": "#f3eee3",
  "--highlight": "#fdf0c4",
  "--highlight-strong": "#f6d88a",
  "--highlight-line": "#c9a227",
  "--sentence": "#dbe7f7",
  "--ok": "#2f6b3a",
  "--ok-bg": "#dff3e2",
  "--ok-ink": "#14401d",
  "--ok-solid": "#2f6b3a",
  "--on-solid": "#fff",
  "--danger": "#a3200f",
  "--danger-bg": "#fff7f5",
  "--danger-soft": "#fbe1dc",
  "--danger-ink": "#6b1608",
  "--warn": "#8a3a00",
  "--warn-bg": "#fbeee4",
  "--amber": "#b07a1c",
  "--amber-ink": "#7a4b00",
  "--amber-bg": "#fdf6e3",
  "--info": "#1a5276",
  "--info-bg": "#eef2f8",
  "--info-line": "#2f4f7f",
  "--control-line": "#8c857a",
  "--shadow": "rgb(0 0 0 / 15%)",
};

/** Warm paper and brown ink, for long reading in daylight. */
/** @type {Record<string, string>} */
const SEPIA = {
  ...LIGHT,
  "--ink": "#3a2d1c",
  "--ink-soft": "#47392a",
  "--muted": "#64533b",
  "--paper": "#f4ecd8",
  "--surface": "#fbf6e9",
  "--rule": "#d6c6a3",
  "--accent": "#86361a",
  "--tint": "#ebe0c5",
  "--highlight": "#f1dc98",
  "--sentence": "#e2d6b8",
  "--amber-bg": "#f8eed4",
};

/** Light text on warm dark grey: every pair of ink and ground keeps 4.5:1 or more. */
/** @type {Record<string, string>} */
const DARK = {
  "color-scheme": "dark",
  "--ink": "#ebe5da",
  "--ink-soft": "#d6cfc2",
  "--muted": "#aaa294",
  "--paper": "#1a1917",
  "--surface": "#262421",
  "--rule": "#46423b",
  "--accent": "#eba48f",
  "--focus": "#8ab4f8",
  "--tint": "#2a2723",
  "--highlight": "#47391a",
  "--highlight-strong": "#5e4a16",
  "--highlight-line": "#c9a227",
  "--sentence": "#263a57",
  "--ok": "#86c892",
  "--ok-bg": "#1d3522",
  "--ok-ink": "#cdeccf",
  "--ok-solid": "#2f6b3a",
  "--on-solid": "#fff",
  "--danger": "#ff8f7d",
  "--danger-bg": "#33201c",
  "--danger-soft": "#4a231d",
  "--danger-ink": "#ffd2ca",
  "--warn": "#f2a766",
  "--warn-bg": "#36281b",
  "--amber": "#d9a441",
  "--amber-ink": "#ebc677",
  "--amber-bg": "#312818",
  "--info": "#93c3ea",
  "--info-bg": "#1d2633",
  "--info-line": "#7fa6d6",
  "--control-line": "#8c857a",
  "--shadow": "rgb(0 0 0 / 50%)",
};

/** What each choice declares. */
export const APPEARANCE_STYLES = {
  theme: { system: {}, light: LIGHT, sepia: SEPIA, dark: DARK },
  size: {
    s: { "--reading-size": "1rem" },
    m: { "--reading-size": "1.125rem" },
    l: { "--reading-size": "1.3rem" },
    xl: { "--reading-size": "1.5rem" },
  },
  marks: {
    all: { "--term-line": "underline", "--repeat-line": "underline" },
    first: { "--term-line": "underline", "--repeat-line": "none" },
    off: { "--term-line": "none", "--repeat-line": "none" },
  },
};

/** A rule, or nothing for no declarations. */
export function cssBlock(selector, declarations) {
  const body = Object.entries(declarations)
    .map(([name, value]) => `${name}:${value}`)
    .join(";");
  return body ? `${selector}{${body}}` : "";
}

/**
 * The styles of every choice, for the head of every page: the defaults, the system's
 * dark theme until a theme is chosen, and each choice under its attribute of <html>.
 */
export function appearanceStyles() {
  const { size, marks } = APPEARANCE_CHOICES;
  return [
    cssBlock(":root", { ...LIGHT, ...APPEARANCE_STYLES.size[size.fallback], ...APPEARANCE_STYLES.marks[marks.fallback] }),
    `@media (prefers-color-scheme:dark){${cssBlock(":root", DARK)}}`,
    ...Object.entries(APPEARANCE_CHOICES).flatMap(([setting, { values }]) =>
      values.map((value) => cssBlock(`:root[data-${setting}="${value}"]`, APPEARANCE_STYLES[setting][value])),
    ),
  ].join("");
}
