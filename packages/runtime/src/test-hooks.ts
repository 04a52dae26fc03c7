// A seam for the test suite's credential guard (scripts/vitest-credential-guard.ts): when a test
// run installs a hook under this global symbol, every EdiClientError and every logger a client is
// given pass through it, so the guard can scan them for planted credentials. Without a hook (any
// real use) this is one global lookup per error or client.
const HOOK = Symbol.for("@edi-clients/test-hook");

export type TestHookKind = "error" | "logger";

export function testHook(kind: TestHookKind, value: object): void {
  const hook = (globalThis as { [HOOK]?: (kind: TestHookKind, value: object) => void })[HOOK];
  if (hook) hook(kind, value);
}
