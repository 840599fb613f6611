import { describe, expect, it } from "vitest";
import { shortenQuote } from "@/lib/text/shorten-quote";

// Paragraphs 1, 12 and 13 of the seeded C.E.S.I. text.
const ONE_LONG_SENTENCE =
  "Nel settembre 2018 il Vicepresidente della Commissione Militare Centrale Xu Qiliang, figura al vertice dell’establishment militare cinese, ha intrapreso una serie di viaggi in Kazakhstan, Tajikistan e Kyrgyzstan con lo scopo di approfondire il dialogo in materia di sicurezza e difesa tra Pechino e i Paesi dell’Asia Centrale.";
const SHORT = "Tra il 2001 e il 2005 la crescita delle interazioni in ambito difensivo è stata lenta, ma progressiva.";
const TWO_SENTENCES = `${SHORT} In questa fase la Cina ha iniziato a inviare al Kazakhstan tecnologie ed equipaggiamenti militari leggeri.`;
const ENGLISH =
  "During the meeting, the representatives of the two countries reaffirmed the friendship that binds [China] and Kazakhstan, as well as their commitment to countering terrorism, separatism and religious extremism.";

describe("shortenQuote", () => {
  it("leaves a quote that fits untouched", () => {
    expect(shortenQuote(SHORT, 200)).toBe(SHORT);
    expect(shortenQuote(SHORT, SHORT.length)).toBe(SHORT);
  });

  it("cuts a long sentence after a whole word and closes it with an ellipsis", () => {
    expect(shortenQuote(ONE_LONG_SENTENCE, 100)).toBe(
      "Nel settembre 2018 il Vicepresidente della Commissione Militare Centrale Xu Qiliang, figura al…",
    );
    // No comma hangs before the ellipsis.
    expect(shortenQuote(ONE_LONG_SENTENCE, 90)).toBe(
      "Nel settembre 2018 il Vicepresidente della Commissione Militare Centrale Xu Qiliang…",
    );
  });

  it("prefers ending at a sentence end when one falls within the limit", () => {
    expect(shortenQuote(TWO_SENTENCES, 150)).toBe(SHORT);
    expect(shortenQuote(TWO_SENTENCES, SHORT.length)).toBe(SHORT);
  });

  it("cuts at a word instead when the only sentence end would waste most of the room", () => {
    expect(shortenQuote(`Sì. ${ONE_LONG_SENTENCE}`, 60)).toBe("Sì. Nel settembre 2018 il Vicepresidente della Commissione…");
  });

  it("does not take the dots of an abbreviation for a sentence end", () => {
    expect(shortenQuote("Un’analisi del C.E.S.I. – Centro Studi Internazionali sulla Cina e il Kazakhstan", 50)).toBe(
      "Un’analisi del C.E.S.I. – Centro Studi…",
    );
  });

  it("keeps Italian elided words whole wherever the limit falls", () => {
    const words = new Set(ONE_LONG_SENTENCE.split(" "));
    // "dell’establishment" spans characters 96-114: every limit around it.
    for (let limit = 90; limit <= 125; limit++) {
      const body = shortenQuote(ONE_LONG_SENTENCE, limit).replace(/…$/, "");
      const last = body.split(" ").at(-1) ?? "";
      expect(words.has(last) || words.has(`${last},`), `limit ${limit} ends on "${last}"`).toBe(true);
      expect(body).not.toMatch(/’$/);
    }
    expect(shortenQuote(ONE_LONG_SENTENCE, 120)).toBe(
      "Nel settembre 2018 il Vicepresidente della Commissione Militare Centrale Xu Qiliang, figura al vertice…",
    );
  });

  it("is never longer than the limit and never splits a word, whatever the limit", () => {
    for (const text of [ONE_LONG_SENTENCE, TWO_SENTENCES, ENGLISH]) {
      for (let limit = 12; limit <= text.length + 5; limit++) {
        const result = shortenQuote(text, limit);
        expect(result.length, `limit ${limit}`).toBeLessThanOrEqual(limit);
        const body = result.replace(/…$/, "");
        expect(text.startsWith(body), `limit ${limit}: "${result}"`).toBe(true);
        // What follows the kept text in the original is a space or punctuation, never a letter.
        expect(text.slice(body.length, body.length + 1), `limit ${limit}: "${result}"`).toMatch(/^$|^[\s,;:.]/);
        if (result.length < text.length) expect(result.endsWith("…") || /[.!?]$/.test(result), `limit ${limit}`).toBe(true);
      }
    }
  });

  it("collapses runs of spaces and line breaks but keeps no-break spaces", () => {
    expect(shortenQuote("  Tra il 2001\n e il 2005  ", 100)).toBe("Tra il 2001 e il 2005");
    expect(shortenQuote("Pagina\u00A012 del rapporto annuale", 12)).toBe("Pagina\u00A012…");
    // Not "Il rapporto, p.…": the no-break space keeps "p. 12" together.
    expect(shortenQuote("Il rapporto, p.\u00A012", 17)).toBe("Il rapporto…");
  });

  it("cuts a single word longer than the limit, the one place it must", () => {
    expect(shortenQuote("Precipitevolissimevolmente", 10)).toBe("Precipite…");
  });
});
