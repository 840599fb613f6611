import { readFile } from "node:fs/promises";
import path from "node:path";
import { inflateSync } from "node:zlib";

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

/** The code points a WOFF 1.0 font maps to glyphs (its cmap's format 4 and 12 subtables). */
export function woffCodePoints(woff: Buffer): Set<number> {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const tableCount = woff.readUInt16BE(12);
  let cmap: Buffer | undefined;
  for (let index = 0; index < tableCount; index++) {
    const entry = 44 + 20 * index;
    if (woff.toString("latin1", entry, entry + 4) !== "cmap") continue;
    const [offset, compressed, original] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const data = woff.subarray(offset, offset + compressed);
    cmap = compressed < original ? inflateSync(data) : data;
  }
  if (!cmap) throw new Error("the font has no cmap table");

  const codePoints = new Set<number>();
  for (let index = 0; index < cmap.readUInt16BE(2); index++) {
    const table = cmap.readUInt32BE(4 + 8 * index + 4);
    const format = cmap.readUInt16BE(table);
    if (format === 4) {
      const segments = cmap.readUInt16BE(table + 6) / 2;
      for (let segment = 0; segment < segments; segment++) {
        const end = cmap.readUInt16BE(table + 14 + 2 * segment);
        const start = cmap.readUInt16BE(table + 16 + 2 * segments + 2 * segment);
        for (let codePoint = start; codePoint <= end && codePoint < 0xffff; codePoint++) codePoints.add(codePoint);
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(table + 12);
      for (let group = 0; group < groups; group++) {
        const start = cmap.readUInt32BE(table + 16 + 12 * group);
        const end = cmap.readUInt32BE(table + 20 + 12 * group);
        for (let codePoint = start; codePoint <= end; codePoint++) codePoints.add(codePoint);
      }
    }
  }
  return codePoints;
}
