// Looking for planted credentials everywhere a user could see them: every printed form of an error
// and every log line. (The suite-wide guard, scripts/vitest-credential-guard.ts, watches every
// test; these are for a test's own assertions.)
import { inspect } from "node:util";
import { expect, type Mock, vi } from "vitest";

/** A logger that drops everything (the transport's default would print warnings). */
export const silentLogger = {
  error() {},
  warn() {},
  info() {},
  debug() {},
};

/** What a user could print of an error: message, stack, JSON, util.inspect (plain, hidden, nested). */
export function printedForms(error: unknown): string[] {
  const e = error as Error;
  return [
    e.message,
    String(e.stack),
    JSON.stringify(e),
    inspect(e, { depth: 10 }),
    inspect(e, { depth: 10, showHidden: true }),
    inspect({ wrapped: e }, { depth: 10 }),
  ];
}

/** Fails naming the secret when any printed form of `error`, or any of `lines`, contains one. */
export function expectNoSecret(error: unknown, secrets: string[], lines: string[] = []): void {
  for (const text of [...printedForms(error), ...lines]) {
    for (const secret of secrets) expect(text, `leaked ${secret}`).not.toContain(secret);
  }
}

/** A logger that records every line with its fields as util.inspect prints them. */
export function recordingLogger() {
  const lines: string[] = [];
  const at = (message: string, fields?: unknown) => {
    lines.push(`${message} ${inspect(fields, { depth: 10 })}`);
  };
  return { logger: { error: at, warn: at, info: at, debug: at }, lines };
}

/** A logger of spies; `warn` is the one a test reads (its calls: message and fields). */
type LogSpy = Mock<(message: string, fields?: Record<string, unknown>) => void>;

export function spyLogger(): {
  logger: { error: LogSpy; warn: LogSpy; info: LogSpy; debug: LogSpy };
  warn: LogSpy;
} {
  const warn: LogSpy = vi.fn();
  return { logger: { error: vi.fn(), warn, info: vi.fn(), debug: vi.fn() }, warn };
}

/** Fails naming the value when `text` contains any of `planted`. */
export function expectNoneIn(text: string, planted: readonly string[]): void {
  for (const value of planted) expect(text, `leaked ${value}`).not.toContain(value);
}
