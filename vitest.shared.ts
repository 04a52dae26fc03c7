// Shared vitest settings for every package: one place for coverage, timeouts and the Prism setup.
import type {} from "vitest";
import { defineConfig } from "vitest/config";

// What the Prism global setup hands to tests through `inject()`.
declare module "vitest" {
  export interface ProvidedContext {
    prismSpecs: string[];
    prismUrls: Record<string, string>;
    /** The throwaway Redis of the run (definePackageConfig({ redis: true })), e.g. redis://127.0.0.1:43123. */
    redisUrl: string;
  }
}

export interface PackageTestOptions {
  /** Spec names (folders in specs/) to serve with Prism during the run. */
  prism?: string[];
  /** Start a throwaway Redis for the run (scripts/redis.mjs); tests read `inject("redisUrl")`. */
  redis?: boolean;
  /** Files to exclude from coverage beyond generated code and tests. */
  coverageExclude?: string[];
  /**
   * Also run the type-level tests (`*.test-d.ts` files in test/, `expectTypeOf`) with tsc in the same run: a wrong
   * type or an unused `@ts-expect-error` fails it. Errors in other files are the `typecheck` task's.
   */
  typecheck?: boolean;
}

export function definePackageConfig(options: PackageTestOptions = {}) {
  return defineConfig({
    test: {
      include: ["test/**/*.test.ts"],
      ...(options.typecheck
        ? { typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], ignoreSourceErrors: true } }
        : {}),
      globalSetup: [
        ...(options.prism?.length ? ["../../scripts/prism-global-setup.ts"] : []),
        ...(options.redis ? ["../../scripts/redis-global-setup.ts"] : []),
      ],
      provide: { prismSpecs: options.prism ?? [] },
      // Fails any test during which a planted credential shows up in an error, a log line or the console.
      setupFiles: ["../../scripts/vitest-credential-guard.ts"],
      testTimeout: 20_000,
      // Fault tests force garbage collections while calls wait (lost abort signals, undici#4068).
      execArgv: ["--expose-gc"],
      // Tests fake the clock (timers and Date), never the event loop: Node's stream and fetch
      // internals keep their real setImmediate/nextTick.
      fakeTimers: { toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] },
      hookTimeout: 60_000,
      coverage: {
        provider: "v8",
        include: ["src/**/*.ts"],
        exclude: ["src/generated/**", ...(options.coverageExclude ?? [])],
        reporter: ["text-summary", "json-summary"],
        // The issues ask for >= 90 % line coverage of every package; the run fails below it.
        thresholds: { lines: 90 },
      },
    },
  });
}
