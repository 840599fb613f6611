// Pathological inputs against ordinary inputs of the same size, each pair measured side
// by side: what the functional tests check is that these inputs get the right answer;
// that they do not cost far more than an ordinary input of their size is measured here.
import { readExchangeFile } from "../../lib/exchange/read-exchange-file";
import { wordDiff } from "../../lib/review/word-diff";
import { plainText } from "../../lib/text/inline-markdown";
import { alternate } from "./timing";

const ROUNDS = 15;

export interface HostileResult {
  name: string;
  value: number;
  goal: string;
  ok: boolean;
  detail: string;
}

/** `text` repeated and cut to exactly `length` characters. */
const sized = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

export function benchHostileInputs(italian: readonly string[]): HostileResult[] {
  const prose = italian.join(" ");
  const results: HostileResult[] = [];

  // Inline Markdown: a paragraph of 7,000 markers that pair with nothing (tests/unit/inline-markdown.test.ts)
  // against real prose of the same length with its emphasis.
  const markers = "a* ".repeat(7_000);
  const emphasised = sized(prose.replace(/(\S+ \S+)\. /g, "*$1*. ").replace(/(Kazakhstan)/g, "**$1**"), markers.length);
  const [hostileMarkdown, ordinaryMarkdown] = alternate(
    ROUNDS,
    () => plainText(markers),
    () => plainText(emphasised),
  );
  results.push(ratio("inline Markdown, 21,000 characters: unpaired markers / prose with emphasis", hostileMarkdown, ordinaryMarkdown, 15));

  // A billion-laughs TMX (tests/unit/exchange-hostile-input.test.ts), refused, against an
  // ordinary TMX of the same size, read.
  const laughs = [`<!ENTITY lol0 "lol">`, ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)].join(
    "",
  );
  const tmx = (prologue: string, body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n${prologue}<tmx version="1.4"><header srclang="it"/><body>${body}</body></tmx>`;
  const unit = (it: string, en: string) => `<tu><tuv xml:lang="it"><seg>${it}</seg></tuv><tuv xml:lang="en"><seg>${en}</seg></tuv></tu>`;
  const bomb = new TextEncoder().encode(tmx(`<!DOCTYPE tmx [${laughs}]>`, unit("&lol9;", "x")));
  const filler = sized(prose.replace(/[<&]/g, " "), bomb.length - tmx("", unit("", "x")).length);
  const ordinary = new TextEncoder().encode(tmx("", unit(filler, "x")));
  const refuse = () => {
    try {
      readExchangeFile(bomb, "laughs.tmx");
    } catch {
      return;
    }
    throw new Error("the billion-laughs file was accepted");
  };
  const [bombMs, ordinaryMs] = alternate(ROUNDS, refuse, () => readExchangeFile(ordinary, "ordinary.tmx"));
  results.push(ratio(`TMX of ${bomb.length} bytes: billion laughs refused / an ordinary file read`, bombMs, ordinaryMs, 1));

  // The word diff the workspace and the history show (tests/e2e/hostile-input.spec.ts):
  // two 20,000-character Italians worded differently throughout against two that differ
  // in one word.
  const words = (sentence: string) => sized(sentence, 19_999) + ".";
  const [before, after] = [words("ab cd ef gh "), words("ij kl mn op ")];
  const edited = before.replace("ab", "xy");
  const [differentMs, oneWordMs] = alternate(
    ROUNDS,
    () => wordDiff(before, after),
    () => wordDiff(before, edited),
  );
  results.push(ratio("word diff, 20,000 characters: every word changed / one word changed", differentMs, oneWordMs, 25));

  return results;
}

function ratio(name: string, hostile: number, ordinary: number, goal: number): HostileResult {
  const value = hostile / ordinary;
  return {
    name,
    value,
    goal: `≤ ${goal}`,
    ok: value <= goal,
    detail: `${hostile.toFixed(2)} ms vs ${ordinary.toFixed(2)} ms (median of ${ROUNDS})`,
  };
}
