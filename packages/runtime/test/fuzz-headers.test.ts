// Retry and rate-limit header handling fuzzed with garbage (issue 14 item 3): the retry policy
// never throws and never asks for a wait that is negative, not finite, or past maxTotalDelayMs,
// whatever Retry-After, Retry-After-Ms and X-RateLimit-Reset say.

import { garbageHeaderValue } from "@edi-clients/test-helpers/fuzz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRetryAfterMs } from "../src/errors.ts";
import { resetDelayMs } from "../src/rate-headers.ts";
import { decideRetry, resolveRetryOptions } from "../src/retry.ts";

const header = fc.option(garbageHeaderValue, { nil: undefined });

describe("retry headers under fuzzing", () => {
  // Counterexamples: X-RateLimit-Reset "1.797693134862316e+305" (fast-check) and a Retry-After of
  // 400 digits gave Infinity ms — RateLimitError.retryAfterMs handed to setTimeout fires at once.
  it("a hint too large to be finite is no hint", () => {
    expect(resetDelayMs("1.797693134862316e+305")).toBeUndefined();
    expect(parseRetryAfterMs(new Headers({ "retry-after": "9".repeat(400) }))).toBeUndefined();
    expect(resetDelayMs("30")).toBe(30_000);
    expect(parseRetryAfterMs(new Headers({ "retry-after": "2" }))).toBe(2_000);
  });

  it("parseRetryAfterMs and resetDelayMs: undefined or a number >= 0", () => {
    fc.assert(
      fc.property(header, header, (retryAfter, reset) => {
        const h = new Headers();
        if (retryAfter !== undefined) h.set("retry-after", retryAfter);
        const ms = parseRetryAfterMs(h);
        expect(ms === undefined || (Number.isFinite(ms) && ms >= 0)).toBe(true);
        const r = resetDelayMs(reset ?? null);
        expect(r === undefined || (Number.isFinite(r) && r >= 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("decideRetry: a retry waits a finite delay within maxTotalDelayMs", () => {
    const options = resolveRetryOptions({ random: () => 0.5 });
    fc.assert(
      fc.property(
        fc.constantFrom(408, 429, 500, 502, 503, 504, 200, 404),
        header,
        header,
        header,
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom("idempotent" as const, "non-idempotent" as const),
        (status, retryAfter, retryAfterMs, reset, retriesSoFar, idempotency) => {
          const headers = new Headers();
          if (retryAfter !== undefined) headers.set("retry-after", retryAfter);
          if (retryAfterMs !== undefined) headers.set("retry-after-ms", retryAfterMs);
          if (reset !== undefined) headers.set("x-ratelimit-reset", reset);
          const decision = decideRetry(
            { kind: "response", status, headers },
            { retriesSoFar, rateLimitedSoFar: retriesSoFar, delayedSoFarMs: 0, idempotency, options },
          );
          if (!decision.retry) return;
          expect(Number.isFinite(decision.delayMs)).toBe(true);
          expect(decision.delayMs).toBeGreaterThanOrEqual(0);
          expect(decision.delayMs).toBeLessThanOrEqual(options.maxTotalDelayMs);
        },
      ),
      { numRuns: 500 },
    );
  });
});
