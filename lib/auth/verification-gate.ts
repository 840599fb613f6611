import os from "node:os";

/**
 * A cap on password verifications running at once in this process. scrypt takes
 * 32 MiB and 0.1-0.5 s of a core each; a burst of sign-ins would otherwise take every
 * core from the readers. A few attempts over the cap wait briefly for a slot (two
 * colleagues signing in at the same moment both get in); beyond that, or after the
 * wait, an attempt is answered "try again shortly" without hashing. The cap is the
 * process's, whatever username each attempt names.
 */
export class VerificationGate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly limit: number,
    readonly queueLimit = 0,
    readonly waitMs = 0,
  ) {}

  /** A release function once a slot is free, or null when the queue is full or the wait ran out. */
  async enter(): Promise<(() => void) | null> {
    if (this.running < this.limit) return this.take();
    if (this.waiting.length >= this.queueLimit) return null;
    const turn = await new Promise<boolean>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiting.splice(this.waiting.indexOf(wake), 1);
        resolve(false);
      }, this.waitMs);
      this.waiting.push(wake);
    });
    // A woken waiter was handed the slot of the one that left (running was not lowered).
    return turn ? this.release() : null;
  }

  private take(): () => void {
    this.running++;
    return this.release();
  }

  private release(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}

/** SIGN_IN_CONCURRENCY, or half the cores (at least one): the other half stays with the readers. */
export function defaultVerificationLimit(): number {
  const configured = Number(process.env.SIGN_IN_CONCURRENCY);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(1, Math.floor(os.availableParallelism() / 2));
}

const limit = defaultVerificationLimit();
export const verificationGate = new VerificationGate(limit, 4 * limit, 3_000);
