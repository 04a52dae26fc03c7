// A client's public surface, pinned: every name its entry exports — values (what `import()` gives
// at run time) and types (what TypeScript's checker sees through every re-export) — against the
// list committed in the package's test. A name that appears or goes fails the test until the list
// is changed on purpose (with a changeset: the surface is what users build on).
import { resolve } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";

/** "value X" / "type X" for each export of `entry`, sorted, as the TypeScript checker sees them. */
export function exportedNames(entry: string, tsconfig: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    resolve(tsconfig),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  const program = ts.createProgram([resolve(entry)], { ...parsed?.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(resolve(entry));
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`${entry}: not a module`);
  return checker
    .getExportsOfModule(module)
    .map((symbol) => {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      return `${target.flags & ts.SymbolFlags.Value ? "value" : "type"} ${symbol.name}`;
    })
    .sort();
}

/**
 * What @edi-clients/runtime/public (packages/runtime/src/public.ts) exports, pinned by the
 * runtime's test/public-exports.test.ts: the part of each client's surface that is the runtime's.
 * The clients' tests add their own names to it.
 */
export const RUNTIME_PUBLIC_EXPORTS: readonly string[] = [
  "type ApiErrorDetails",
  "type AttemptEvent",
  "type CallOptions",
  "type ClientOptions",
  "type CoreCallOptions",
  "type CoreOptions",
  "type CorePlugins",
  "type FetchInit",
  "type FetchLike",
  "type HttpMethod",
  "type Idempotency",
  "type InboxClaim",
  "type InboxCoordinator",
  "type InboxItemProgress",
  "type IssuedToken",
  "type LimiterResult",
  "type ListOptions",
  "type LogLevel",
  "type Logger",
  "type MemoryCoordinatorOptions",
  "type Operation",
  "type OperationPagination",
  "type OutcomeCheck",
  "type ReconcileCallOptions",
  "type ReconcileOptions",
  "type ReconcileSetting",
  "type Reconciled",
  "type ResponseCheck",
  "type ResponseIssue",
  "type ResponseValidationOptions",
  "type ResponseValidator",
  "type RetryBudgetOption",
  "type RetryBudgetOptions",
  "type RetryOptions",
  "type SharedLimiter",
  "type ThrottleOptions",
  "type TokenProvider",
  "type UnknownOutcomePolicy",
  "type ValidateResponsesMode",
  "type Watch",
  "type WatchOptions",
  "type WatchStats",
  "type WithResponse",
  "value ALL_PLUGINS",
  "value ApiCall",
  "value ApiError",
  "value AuthenticationError",
  "value BadRequestError",
  "value ClaimLostError",
  "value ClientClosedError",
  "value ConflictError",
  "value ConnectionError",
  "value CoordinatorUnavailableError",
  "value EdiClientError",
  "value InternalServerError",
  "value NotFoundError",
  "value OutcomeUnknownError",
  "value PagePromise",
  "value PermissionDeniedError",
  "value RateBudgetUnavailableError",
  "value RateLimitError",
  "value RedirectError",
  "value ResponseParseError",
  "value ResponseValidationError",
  "value RetryBudget",
  "value Secret",
  "value ServiceUnavailableError",
  "value ThrottleStoppedError",
  "value TimeoutError",
  "value UnprocessableEntityError",
  "value UserAbortError",
  "value ValidationError",
  "value createLogger",
  "value createMemoryCoordinator",
  "value createThrottle",
  "value isRetryBudgetExhausted",
  "value resolveRetryBudget",
  "value responseCheck",
  "value wasRetryBudgetExhausted",
];

/**
 * Two tests: the run-time keys of the entry are exactly the committed "value" names, and the
 * checker's view (values and types) is exactly the committed list.
 */
export function pinPublicExports(options: {
  /** The entry's source, relative to the package (e.g. "src/index.ts"). */
  entry: string;
  /** The committed list: "value Name" / "type Name". */
  expected: readonly string[];
  tsconfig?: string;
}): void {
  const expected = [...options.expected].sort();
  it("the entry's run-time exports are exactly the committed values", async () => {
    const module = (await import(/* @vite-ignore */ resolve(options.entry))) as Record<string, unknown>;
    const values = expected.filter((n) => n.startsWith("value ")).map((n) => n.slice("value ".length));
    expect(Object.keys(module).sort()).toEqual(values.sort());
  });
  it("the entry's exports, types included, are exactly the committed list", () => {
    expect(exportedNames(options.entry, options.tsconfig ?? "tsconfig.json")).toEqual(expected);
  }, 120_000);
}
