import { createInterface } from "node:readline";

/** The password from a pipe (first line), or typed twice at a terminal without echo. */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const first = await ask("Password: ");
  const second = await ask("Repeat the password: ");
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const input = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Print the question, then swallow the typed characters instead of echoing them.
    const output = input as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => {};
    input.question("", (answer) => {
      process.stdout.write("\n");
      input.close();
      resolve(answer);
    });
  });
}
