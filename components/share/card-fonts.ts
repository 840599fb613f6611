import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "opentype.js";

// Source Serif 4 (OFL), from its npm package, rather than next/og's built-in Geist:
// satori measures a word glyph by glyph but draws it kerned, so a tightly kerned
// font like Geist leaves visibly wide gaps after long words. This serif kerns
// lightly, and it matches the reader's serif text.
const PACKAGE_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "source-serif-4");
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext", "greek", "vietnamese"] as const;
const STYLES = ["normal", "italic"] as const;

// One family name per subset: satori falls back from family to family for a missing
// glyph, but never between two fonts registered under the same name.
const familyOf = (subset: string) => `Source Serif 4 ${subset}`;
export const CARD_FONT_FAMILY = SUBSETS.map((subset) => `"${familyOf(subset)}"`).join(", ");

export interface CardFont {
  name: string;
  data: Buffer;
  weight: 400;
  style: (typeof STYLES)[number];
}

let loaded: Promise<{ fonts: CardFont[]; covers: (codePoint: number) => boolean }> | undefined;

/** The card fonts (read once per process) and a test for the characters they can draw in every style. */
export function cardFonts() {
  loaded ??= load();
  return loaded;
}

async function load() {
  const fonts = await Promise.all(
    SUBSETS.flatMap((subset) =>
      STYLES.map(async (style) => ({
        name: familyOf(subset),
        data: await readFile(path.join(PACKAGE_DIR, "files", `source-serif-4-${subset}-400-${style}.woff`)),
        weight: 400 as const,
        style,
      })),
    ),
  );
  const byStyle = STYLES.map((style) => fonts.filter((font) => font.style === style).map((font) => woffCodePoints(font.data)));
  return { fonts, covers: (codePoint: number) => byStyle.every((sets) => sets.some((set) => set.has(codePoint))) };
}

/**
 * Text the card fonts can draw. A character outside them (a Chinese name, an emoji)
 * would make next/og fetch a font or image from a CDN, which fails offline: for an
 * emoji the whole image fails. Such characters are left out, and the spaces they
 * leave are closed up.
 */
export function drawable(text: string, covers: (codePoint: number) => boolean): string {
  const kept = Array.from(text, (char) => (covers(char.codePointAt(0) ?? 0) || /\s/u.test(char) ? char : "")).join("");
  return kept === text ? text : kept.replace(/[^\S\n]{2,}/gu, " ").trim();
}

/** The code points a font maps to glyphs (its cmap), read with opentype.js. */
export function woffCodePoints(woff: Buffer): Set<number> {
  const font = parse(woff.buffer.slice(woff.byteOffset, woff.byteOffset + woff.byteLength) as ArrayBuffer);
  const cmap = font.tables.cmap as unknown as { glyphIndexMap: Record<string, number> };
  return new Set(Object.keys(cmap.glyphIndexMap).map(Number));
}
