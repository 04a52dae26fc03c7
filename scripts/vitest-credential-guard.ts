// Suite-wide credential guard (issue 14 item 3), a vitest setup file of every package
// (vitest.shared.ts). Every EdiClientError created while a test runs, every line a logger given to
// a client receives, and everything written to the console is scanned for the planted credentials:
// the fixed values the suites use as API keys, passwords and tokens (PLANTED below) and any a test
// adds with `plantSecret()`. A test during which one shows up fails in its afterEach, naming the
// source (error, logger or console) and the value (masked).
//
// Errors and loggers are seen through the runtime's test seam (packages/runtime/src/test-hooks.ts,
// a hook under a global symbol): both the runtime's source and its built copy call it. An error is
// scanned once its constructor is done (a microtask later) — message, stack, JSON, util.inspect
// and its cause chain — and not kept, so a fuzz run's megabyte bodies are not held until the end.
import { inspect } from "node:util";
import { afterEach, beforeEach } from "vitest";

const HOOK = Symbol.for("@edi-clients/test-hook");
const STATE = Symbol.for("@edi-clients/credential-guard");

/**
 * Credentials the test suites plant (grep of the packages' test folders): distinctive enough that they never
 * occur by chance in a URL, an operation name or a server message. Short or common words some
 * tests use as credentials ("short", "wrong", "s3cret") are not listed: they would match innocent text.
 */
export const PLANTED: readonly string[] = [
  // API keys
  "key-123456",
  "key-1234567890",
  "key-fuzz-123456",
  "key-planted-0001",
  "key-proof-123456",
  "secret-api-key-0123456789",
  "ecgrid-secret-key-123",
  "sk_live_0123456789abcdef",
  "planted-api-key-7f3a9c",
  "planted-api-key-3f9a1c",
  "variant-key-5f2c9a",
  "keys-cb-key-7e1d",
  "sandbox-acme-key",
  "sandbox-globex-key",
  // passwords
  "Sup3r$ecret!",
  "pazzword",
  "p@ssw0rd!",
  "n3wP@ssword!",
  "Pw-PLANTED-0002!",
  "planted-Pa55word!",
  "planted-AS2-password-0815",
  // tokens
  "tok-123456",
  "tok-secret-123",
  "tok-very-secret",
  "tok-proof-secret-987",
  "tok-planted-0002",
  "tok-fuzz-static",
  "t0k3n-xyz",
  "planted-token-eyJhbGciOi",
  "planted-as2-token-51c2",
  "jwt-PLANTED-0003",
  // cookies
  "cookie-PLANTED-0004",
  "cookie-PLANTED-0005",
  "cookie-PLANTED-0006",
];

interface Finding {
  source: string;
  secret: string;
  excerpt: string;
}

interface GuardState {
  secrets: Set<string>;
  pattern: RegExp | undefined;
  findings: Finding[];
  /** Loggers already watched (a shared silentLogger is wrapped once). */
  loggers: WeakSet<object>;
  /** Errors already scanned (a rethrown error is not scanned twice). */
  errors: WeakSet<object>;
  /** Scans waiting for their error's constructor to finish. */
  pending: number;
}

const globals = globalThis as typeof globalThis & {
  [STATE]?: GuardState;
  [HOOK]?: (kind: string, value: object) => void;
};

function state(): GuardState {
  globals[STATE] ??= {
    secrets: new Set(PLANTED),
    pattern: undefined,
    findings: [],
    loggers: new WeakSet(),
    errors: new WeakSet(),
    pending: 0,
  };
  return globals[STATE];
}

/**
 * Marks errors a test builds from a planted credential on purpose (the input of a scrubbing test):
 * they, and only they, are not scanned. Returns the first one, for `const e = allowLeak(new …)`.
 */
export function allowLeak<T extends object>(...errors: [T, ...object[]]): T {
  for (const error of errors) state().errors.add(error);
  return errors[0];
}

/** Adds credentials a test plants (the guard fails the test when one shows up in errors or logs). */
export function plantSecret(...values: string[]): void {
  const s = state();
  for (const value of values) if (value.length >= 6) s.secrets.add(value);
  s.pattern = undefined;
}

function pattern(): RegExp {
  const s = state();
  s.pattern ??= new RegExp(
    [...s.secrets]
      .sort((a, b) => b.length - a.length)
      .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("|"),
  );
  return s.pattern;
}

function scan(source: string, text: string): void {
  const match = pattern().exec(text);
  if (!match) return;
  const at = match.index;
  const excerpt = text
    .slice(Math.max(0, at - 60), at + match[0].length + 60)
    .replaceAll(match[0], "«PLANTED»")
    .replace(/\s+/g, " ");
  state().findings.push({ source, secret: match[0], excerpt });
}

/** What a value prints as, every way a user could print it. */
function renderings(value: unknown): string[] {
  const out: string[] = [];
  try {
    out.push(inspect(value, { depth: 4, maxStringLength: Number.POSITIVE_INFINITY, breakLength: Infinity }));
  } catch {}
  if (value instanceof Error) {
    out.push(String(value.message), String(value.stack ?? ""));
  }
  try {
    out.push(JSON.stringify(value) ?? "");
  } catch {}
  return out;
}

function scanError(error: Error): void {
  const s = state();
  // The cause chain too: a wrapped error must not carry the credential inside.
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e === "object" && e !== null) {
      if (s.errors.has(e)) break;
      s.errors.add(e);
    }
    const name = e instanceof Error ? e.name : typeof e;
    for (const text of renderings(e)) scan(`error ${name}${depth ? ` (cause of ${error.name})` : ""}`, text);
  }
}

function watchLogger(logger: object): void {
  const s = state();
  if (s.loggers.has(logger)) return;
  s.loggers.add(logger);
  const target = logger as Record<string, unknown>;
  for (const level of ["error", "warn", "info", "debug"]) {
    const original = target[level];
    if (typeof original !== "function") continue;
    try {
      target[level] = function guarded(this: unknown, ...args: unknown[]) {
        for (const arg of args) for (const text of renderings(arg)) scan(`logger.${level}`, text);
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    } catch {
      // A frozen logger: its lines are not seen (console output still is).
    }
  }
}

function install(): void {
  if (globals[HOOK]) return;
  globals[HOOK] = (kind, value) => {
    if (kind === "logger") watchLogger(value);
    else if (kind === "error") {
      const s = state();
      s.pending++;
      // Subclass fields (status, body, headers) are set once the constructor returns.
      queueMicrotask(() => {
        s.pending--;
        scanError(value as Error);
      });
    }
  };
  for (const level of ["error", "warn", "info", "debug", "log"] as const) {
    const original = console[level];
    console[level] = (...args: unknown[]) => {
      for (const arg of args)
        scan(`console.${level}`, typeof arg === "string" ? arg : inspect(arg, { depth: 4 }));
      original.apply(console, args);
    };
  }
}

install();

beforeEach(() => {
  state().findings.length = 0;
});

afterEach(async () => {
  // Let scans of errors created in the test's last moments run.
  for (let i = 0; i < 3 && state().pending > 0; i++) await Promise.resolve();
  const findings = state().findings.splice(0);
  if (findings.length === 0) return;
  const lines = findings
    .slice(0, 5)
    .map((f) => `  - ${f.source}: ${f.secret.slice(0, 3)}… in "${f.excerpt}"`)
    .join("\n");
  throw new Error(
    `credential guard: a planted credential appeared ${findings.length} time(s) during this test\n${lines}`,
  );
});
