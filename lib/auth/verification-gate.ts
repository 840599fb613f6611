import os from "node:os";

/**
 * A cap on password verifications running at once in this process. scrypt takes
 * 32 MiB and 0.1-0.5 s of a core each; a burst of sign-ins would otherwise take every
 * core from the readers. Over the cap an attempt is answered "try again shortly"
 * without hashing. The cap is the process's, whatever username each attempt names.
 */
export class VerificationGate {
  private running = 0;

  constructor(readonly limit: number) {}

  /** A release function when a slot is free, null when all are taken. */
  tryEnter(): (() => void) | null {
    if (this.running >= this.limit) return null;
    this.running++;
    let released = false;
    return () => {
      if (!released) (released = true), this.running--;
    };
  }
}

/** SIGN_IN_CONCURRENCY, or half the cores (at least one): the other half stays with the readers. */
export function defaultVerificationLimit(): number {
  const configured = Number(process.env.SIGN_IN_CONCURRENCY);
  if (Number.isInteger(configured) && configured > 0) return configured;
  return Math.max(1, Math.floor(os.availableParallelism() / 2));
}

export const verificationGate = new VerificationGate(defaultVerificationLimit());
