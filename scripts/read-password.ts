/** The password from a pipe (first line), or typed twice at a terminal without echo. */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const [first, second] = await askAtTerminal(["Password: ", "Repeat the password: "]);
  if (first !== second) throw new Error("The two passwords differ.");
  return first ?? "";
}

/** What the keys typed so far make: the answer, whether Enter ended it or Ctrl+C cancelled, and the keys after that. */
export interface Typing {
  typed: string;
  ended?: "enter" | "cancel";
  rest: string;
}

// Escape sequences (arrow keys, function keys, a terminal's bracketed-paste markers):
// ESC [ parameters final, ESC O x, or a lone ESC. None of them is part of a password.
const ESCAPE_SEQUENCE = /^\u001b(?:\[[0-?]*[ -/]*[@-~]|O.|.?)/su;

/**
 * Applies keys read from a terminal in raw mode to what was typed so far: characters
 * are added, Backspace removes the last one, Ctrl+U everything, Enter ends the answer,
 * Ctrl+C (and Ctrl+D on an empty answer) cancels; other control keys do nothing.
 */
export function typeKeys(typed: string, keys: string): Typing {
  let rest = keys;
  while (rest) {
    const escape = ESCAPE_SEQUENCE.exec(rest);
    if (escape) {
      rest = rest.slice(escape[0].length);
      continue;
    }
    const key = String.fromCodePoint(rest.codePointAt(0)!);
    rest = rest.slice(key.length);
    if (key === "\r" || key === "\n") return { typed, ended: "enter", rest: key === "\r" && rest.startsWith("\n") ? rest.slice(1) : rest };
    if (key === "\u0003" || (key === "\u0004" && typed === "")) return { typed, ended: "cancel", rest };
    if (key === "\u007f" || key === "\b") typed = [...typed].slice(0, -1).join("");
    else if (key === "\u0015") typed = "";
    else if (key >= " ") typed += key;
  }
  return { typed, rest };
}

/**
 * Asks each question in turn at the terminal, reading its answer in raw mode so that
 * nothing typed is echoed. Ctrl+C ends the program, after giving the terminal back.
 */
function askAtTerminal(questions: readonly string[]): Promise<string[]> {
  const { stdin, stdout } = process;
  return new Promise((resolve) => {
    const answers: string[] = [];
    let typed = "";
    const finish = () => {
      stdin.off("data", onKeys);
      stdin.setRawMode(false);
      stdin.pause();
    };
    const onKeys = (keys: string) => {
      let rest = keys;
      do {
        const typing = typeKeys(typed, rest);
        ({ typed, rest } = typing);
        if (!typing.ended) return;
        stdout.write("\n");
        if (typing.ended === "cancel") {
          finish();
          // As Ctrl+C ends a program outside raw mode: at once, with the status of SIGINT.
          process.exit(130);
        }
        answers.push(typed);
        typed = "";
        if (answers.length === questions.length) {
          finish();
          resolve(answers);
          return;
        }
        stdout.write(questions[answers.length]!);
      } while (rest);
    };
    stdin.setEncoding("utf8");
    stdin.setRawMode(true);
    stdin.on("data", onKeys);
    stdin.resume();
    stdout.write(questions[0]!);
  });
}
