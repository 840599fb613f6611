import { ImageResponse } from "next/og";
import type { ReactElement, ReactNode } from "react";
import type { DocumentShareCard, QuoteShareCard } from "@/lib/share/cards";
import { shortenQuote } from "@/lib/text/shorten-quote";
import { CARD_FONT_FAMILY, cardFonts, drawable } from "./card-fonts";

// The one renderer behind every share image (document cards and quote cards, for
// Open Graph and Twitter alike), so that they share a frame, palette, type and size.
// Every text goes through `drawable` (card-fonts.ts), and there is no decoration in
// emoji or other scripts: next/og would fetch what the fonts lack from a CDN.

export const shareCardSize = { width: 1200, height: 630 };
export const shareCardContentType = "image/png";

/** The image metadata Next expects from generateImageMetadata for one card. */
export function shareCardMetadata(alt: string) {
  return [{ id: "card", alt, size: shareCardSize, contentType: shareCardContentType }];
}

// The site's palette (app/[locale]/globals.css).
const INK = "#1d1b18";
const MUTED = "#5b564e";
const PAPER = "#fbf9f5";
const RULE = "#d9d3c7";
const ACCENT = "#7a2e1d";

// Geometry. Satori does not share a row out by flex-basis, so the halves get widths.
const BAR = 20;
const PADDING_LEFT = 64;
const PADDING_RIGHT = 72;
const DIVIDER = 2;
const GUTTER = 36;
const CONTENT_WIDTH = shareCardSize.width - BAR - PADDING_LEFT - PADDING_RIGHT;
const HALF_WIDTH = (CONTENT_WIDTH - DIVIDER - 2 * GUTTER) / 2;

// Lengths that fit the layout below at its font sizes, checked on the seed text and
// on longer titles, with room to spare for wide words.
const TITLE_IT_LENGTH = 110;
const TITLE_EN_LENGTH = 130;
const SHORT_TITLE_LENGTH = 80;
const QUOTE_LENGTH = 220;
const SHORT_QUOTE_LENGTH = 130;
const FOOTER_LENGTH = 85;

/** A document's card: both titles, the source and the product's name. */
export async function renderDocumentCard(card: DocumentShareCard): Promise<ImageResponse> {
  const titleIt = shortenQuote(card.titleIt, TITLE_IT_LENGTH);
  const titleEn = card.titleEn ? shortenQuote(card.titleEn, TITLE_EN_LENGTH) : "";
  return render((text) => (
    <Frame siteName={text(card.siteName)} footer={text(shortenQuote(card.sourceLine, FOOTER_LENGTH))}>
      <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1 }}>
        <div lang="it" style={{ fontSize: titleIt.length <= SHORT_TITLE_LENGTH ? 64 : 54, lineHeight: 1.12, color: INK }}>
          {text(titleIt)}
        </div>
        {titleEn ? (
          <div
            lang="en"
            style={{
              marginTop: 26,
              fontSize: titleEn.length <= SHORT_TITLE_LENGTH ? 40 : 34,
              lineHeight: 1.22,
              color: MUTED,
              fontStyle: "italic",
            }}
          >
            {text(titleEn)}
          </div>
        ) : null}
      </div>
    </Frame>
  ));
}

/** A paragraph pair's quote card: the Italian and the English side by side, each shortened to fit. */
export async function renderQuoteCard(card: QuoteShareCard): Promise<ImageResponse> {
  const italian = shortenQuote(card.textIt, QUOTE_LENGTH);
  const english = card.textEn ? shortenQuote(card.textEn, QUOTE_LENGTH) : "";
  // Both halves in one size: larger type when both are short.
  const fontSize = Math.max(italian.length, english.length) <= SHORT_QUOTE_LENGTH ? 38 : 30;
  return render((text) => (
    <Frame siteName={text(card.siteName)} label={text(card.pairTitle)} footer={text(shortenQuote(card.documentTitle, FOOTER_LENGTH))}>
      {/* Clipped rather than pushed into the footer if unusually wide words overflow QUOTE_LENGTH. */}
      <div style={{ display: "flex", flexGrow: 1, flexShrink: 1, minHeight: 0, overflow: "hidden", marginBottom: 20 }}>
        <Quote
          lang="it"
          label={text(card.italianLabel)}
          text={text(italian)}
          fontSize={fontSize}
          width={english ? HALF_WIDTH : CONTENT_WIDTH}
        />
        {english ? (
          <>
            <div style={{ width: DIVIDER, margin: `0 ${GUTTER}px`, background: RULE }} />
            <Quote lang="en" label={text(card.englishLabel)} text={text(english)} fontSize={fontSize} width={HALF_WIDTH} />
          </>
        ) : null}
      </div>
    </Frame>
  ));
}

/** Renders a card whose every text went through `text`, which keeps it within the fonts. */
async function render(card: (text: (value: string) => string) => ReactElement): Promise<ImageResponse> {
  const { fonts, covers } = await cardFonts();
  return new ImageResponse(
    card((value) => drawable(value, covers)),
    { ...shareCardSize, fonts },
  );
}

function Frame({ siteName, label, footer, children }: { siteName: string; label?: string; footer: string; children: ReactNode }) {
  return (
    <div style={{ display: "flex", width: "100%", height: "100%", background: PAPER, color: INK, fontFamily: CARD_FONT_FAMILY }}>
      <div style={{ width: BAR, height: "100%", background: ACCENT }} />
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          height: "100%",
          padding: `44px ${PADDING_RIGHT}px 40px ${PADDING_LEFT}px`,
        }}
      >
        <div style={{ display: "flex", flexShrink: 0, justifyContent: "space-between", alignItems: "baseline", marginBottom: 22 }}>
          <span style={{ color: ACCENT, fontSize: 34 }}>{siteName}</span>
          {label ? <span style={{ color: MUTED, fontSize: 28 }}>{label}</span> : null}
        </div>
        {children}
        <div style={{ display: "flex", flexShrink: 0, borderTop: `2px solid ${RULE}`, paddingTop: 18, fontSize: 27, color: MUTED }}>
          {footer}
        </div>
      </div>
    </div>
  );
}

function Quote({
  lang,
  label,
  text,
  fontSize,
  width,
}: {
  lang: "it" | "en";
  label: string;
  text: string;
  fontSize: number;
  width: number;
}) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width }}>
      <div style={{ fontSize: 20, color: ACCENT, letterSpacing: 3, textTransform: "uppercase", marginBottom: 12 }}>{label}</div>
      <div lang={lang} style={{ fontSize, lineHeight: 1.38, color: INK }}>
        {text}
      </div>
    </div>
  );
}
