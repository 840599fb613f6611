import { describe, expect, it } from "vitest";
import { isShouted, sentenceCaseTitle } from "@/lib/text/title-case";

describe("sentenceCaseTitle", () => {
  it("lowers a shouted Italian title and restores proper names, longest first", () => {
    expect(
      sentenceCaseTitle("LA FINE DELL’UNIONE SOVIETICA E LA SCO IN ASIA CENTRALE", ["Unione Sovietica", "SCO", "Asia Centrale", "Unione"]),
    ).toBe("La fine dell’Unione Sovietica e la SCO in Asia Centrale");
  });

  it("does not restore a name inside another word", () => {
    expect(sentenceCaseTitle("CINAMOMO E CINA", ["Cina"])).toBe("Cinamomo e Cina");
  });

  it("tells a shouted title from a normal one", () => {
    expect(isShouted("CINA, SVILUPPO E LIMITI")).toBe(true);
    expect(isShouted("Cina, sviluppo e limiti")).toBe(false);
    expect(isShouted("2018")).toBe(false);
  });
});
