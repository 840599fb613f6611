import { describe, expect, it } from "vitest";
import { cardFonts, drawable } from "@/components/share/card-fonts";

describe("the share cards' fonts", () => {
  it("draw Italian accents, typographic punctuation and the ellipsis, in roman and italic", async () => {
    const { covers } = await cardFonts();
    const text = "Perché è già così: l’Unione, “più” – però… À È É Ì Ò Ù [China] Nazarbaev Şanghay Астана";
    expect(drawable(text, covers)).toBe(text);
  });

  it("leave out what they cannot draw, which would send next/og to a CDN, and close the gap", async () => {
    const { covers } = await cardFonts();
    expect(drawable("Xi Jinping 习近平 ha incontrato Nazarbayev 🤝 ad Astana", covers)).toBe(
      "Xi Jinping ha incontrato Nazarbayev ad Astana",
    );
    expect(drawable("\uFFFD", covers)).toBe("");
  });
});
