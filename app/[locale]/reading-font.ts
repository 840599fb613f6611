import localFont from "next/font/local";

/**
 * Source Serif 4 (SIL Open Font License), served from this site: the same face on every
 * system, where Linux and Android would otherwise fall back to DejaVu Serif. The
 * fallback is metric-adjusted, and "optional" never swaps a face once the text is
 * drawn, so the font moves nothing on the page.
 *
 * Not preloaded: the three faces (65 KB) asked for ahead of the styles made a phone's
 * first paint wait for them on a slow network (Lighthouse's simulated LCP 2.9 s against
 * 2.2 s without). A first visit may so be drawn in the fallback face; the faces arrive
 * with it and every page after uses them. (next/font preloads all of a family's faces
 * or none, and a second family for the regular face alone is a second file.)
 */
export const readingFont = localFont({
  src: [
    { path: "../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  display: "optional",
  variable: "--font-reading",
  adjustFontFallback: "Times New Roman",
  preload: false,
});
