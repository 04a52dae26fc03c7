import { describe, expect, it } from "vitest";
import {
  type AttemptOutcome,
  backoffDelay,
  DEFAULT_RETRY,
  decideRetry,
  failedBeforeSending,
  type Idempotency,
  type ResolvedRetryOptions,
  resolveRetryOptions,
} from "../src/retry.ts";
import { closedPort, networkError } from "./helpers.ts";

const fixed = (value: number) => () => value;
const options = (overrides: Partial<ResolvedRetryOptions> = {}) =>
  resolveRetryOptions({ random: fixed(0.5) }, overrides);
const response = (status: number, headers: Record<string, string> = {}): AttemptOutcome => ({
  kind: "response",
  status,
  headers: new Headers(headers),
});
const ctx = (
  idempotency: Idempotency,
  overrides: Partial<ResolvedRetryOptions> = {},
  retriesSoFar = 0,
  delayedSoFarMs = 0,
) => ({
  idempotency,
  options: options(overrides),
  retriesSoFar,
  delayedSoFarMs,
});

describe("resolveRetryOptions", () => {
  it("starts from the documented defaults", () => {
    expect(resolveRetryOptions()).toEqual(DEFAULT_RETRY);
    expect(DEFAULT_RETRY).toMatchObject({
      maxRetries: 2,
      baseDelayMs: 500,
      maxDelayMs: 8_000,
      maxTotalDelayMs: 60_000,
      retryStatuses: [408, 429, 500, 502, 503, 504],
    });
  });

  it("lets later layers win and skips undefined values and layers", () => {
    const resolved = resolveRetryOptions({ maxRetries: 5, baseDelayMs: 100 }, undefined, {
      maxRetries: 1,
      baseDelayMs: undefined,
    });
    expect(resolved.maxRetries).toBe(1);
    expect(resolved.baseDelayMs).toBe(100);
    expect(resolved.maxDelayMs).toBe(8_000);
  });

  it("does not modify the defaults", () => {
    resolveRetryOptions({ maxRetries: 9 });
    expect(DEFAULT_RETRY.maxRetries).toBe(2);
  });

  it.each([-1, 1.5, Number.NaN])("rejects maxRetries %s", (maxRetries) => {
    expect(() => resolveRetryOptions({ maxRetries })).toThrow(RangeError);
    expect(() => resolveRetryOptions({ maxRetries })).toThrow(/maxRetries must be an integer >= 0/);
  });
});

describe("backoffDelay (full jitter)", () => {
  it("draws uniformly below base·2ⁿ", () => {
    const half = options();
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, half))).toEqual([250, 500, 1_000, 2_000]);
    const top = options({ random: fixed(0.999999) });
    expect([0, 1, 2].map((n) => backoffDelay(n, top))).toEqual([499, 999, 1_999]);
    expect(backoffDelay(3, options({ random: fixed(0) }))).toBe(0);
  });

  it("caps each wait at maxDelayMs", () => {
    const o = options({ random: fixed(1), maxDelayMs: 3_000 });
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, o))).toEqual([500, 1_000, 2_000, 3_000, 3_000]);
  });
});

describe("decideRetry", () => {
  it.each([408, 429, 500, 502, 503, 504])(
    "retries status %i of an idempotent call with backoff",
    (status) => {
      expect(decideRetry(response(status), ctx("idempotent"))).toEqual({ retry: true, delayMs: 250 });
    },
  );

  it.each([200, 201, 400, 401, 403, 404, 409, 422, 501])("does not retry status %i", (status) => {
    const decision = decideRetry(response(status), ctx("idempotent"));
    expect(decision).toEqual({ retry: false, reason: `status ${status} is not retryable` });
  });

  it.each([408, 500, 502, 503, 504])("does not retry status %i of a non-idempotent call", (status) => {
    const decision = decideRetry(response(status), ctx("non-idempotent"));
    expect(decision.retry).toBe(false);
    expect(decision).toMatchObject({ reason: expect.stringContaining("non-idempotent") });
  });

  it("retries 429 even for a non-idempotent call", () => {
    expect(decideRetry(response(429), ctx("non-idempotent"))).toEqual({ retry: true, delayMs: 250 });
  });

  it("honours Retry-After (seconds and HTTP date) and retry-after-ms instead of the backoff", () => {
    expect(decideRetry(response(429, { "retry-after": "3" }), ctx("non-idempotent"))).toEqual({
      retry: true,
      delayMs: 3_000,
    });
    expect(decideRetry(response(503, { "retry-after-ms": "1234" }), ctx("idempotent"))).toEqual({
      retry: true,
      delayMs: 1_234,
    });
    const date = new Date(Date.now() + 20_000).toUTCString();
    const decision = decideRetry(response(503, { "retry-after": date }), ctx("idempotent"));
    expect(decision.retry).toBe(true);
    if (decision.retry) {
      expect(decision.delayMs).toBeGreaterThan(18_000);
      expect(decision.delayMs).toBeLessThanOrEqual(20_000);
    }
  });

  it("uses the configured retryStatuses", () => {
    const custom = { retryStatuses: [418] };
    expect(decideRetry(response(418), ctx("idempotent", custom)).retry).toBe(true);
    expect(decideRetry(response(503), ctx("idempotent", custom)).retry).toBe(false);
  });

  it("grows the backoff with the number of retries already made", () => {
    expect(decideRetry(response(503), ctx("idempotent", {}, 1))).toEqual({ retry: true, delayMs: 500 });
    expect(decideRetry(response(503), ctx("idempotent", { maxRetries: 5 }, 3))).toEqual({
      retry: true,
      delayMs: 2_000,
    });
  });

  it("gives up after maxRetries", () => {
    expect(decideRetry(response(503), ctx("idempotent", {}, 2))).toEqual({
      retry: false,
      reason: "gave up after 2 retries (maxRetries 2)",
    });
  });

  it("counts retries after a 429 apart from maxRetries, up to maxRateLimitRetries", () => {
    // A budget shared with other consumers runs out as a matter of course: a call that used up
    // maxRetries on 503s still waits out a 429.
    expect(decideRetry(response(429), ctx("idempotent", { maxRetries: 1 }, 1)).retry).toBe(true);
    expect(decideRetry(response(429), ctx("non-idempotent", { maxRetries: 2 }, 5)).retry).toBe(true);
    expect(
      decideRetry(response(429), { ...ctx("idempotent", { maxRateLimitRetries: 3 }), rateLimitedSoFar: 3 }),
    ).toEqual({ retry: false, reason: "still rate limited after 3 retries (maxRateLimitRetries 3)" });
    expect(
      decideRetry(response(429), { ...ctx("idempotent", { maxRateLimitRetries: 0 }), rateLimitedSoFar: 0 })
        .retry,
    ).toBe(false);
  });

  it("waits for X-RateLimit-Reset on a 429 without Retry-After", () => {
    const headers = { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "7" };
    expect(decideRetry(response(429, headers), ctx("idempotent"))).toEqual({ retry: true, delayMs: 7_000 });
  });

  it("turns 429 retries off with maxRetries: 0, unless maxRateLimitRetries is given", () => {
    expect(resolveRetryOptions({ maxRetries: 0 }).maxRateLimitRetries).toBe(0);
    expect(resolveRetryOptions({ maxRetries: 0 }, { maxRateLimitRetries: 4 }).maxRateLimitRetries).toBe(4);
    expect(resolveRetryOptions({ maxRetries: 1 }).maxRateLimitRetries).toBe(6);
  });

  it("rejects a negative or fractional maxRateLimitRetries", () => {
    expect(() => resolveRetryOptions({ maxRateLimitRetries: -1 })).toThrow(
      /maxRateLimitRetries must be an integer >= 0/,
    );
    expect(() => resolveRetryOptions({ maxRateLimitRetries: 1.5 })).toThrow(RangeError);
  });

  it("gives up when the wait would exceed maxTotalDelayMs, server hints included", () => {
    const decision = decideRetry(response(429, { "retry-after": "30" }), ctx("idempotent", {}, 1, 40_000));
    expect(decision).toEqual({
      retry: false,
      reason: "waiting 30000 ms more would exceed maxTotalDelayMs 60000",
    });
    expect(decideRetry(response(429, { "retry-after": "20" }), ctx("idempotent", {}, 1, 40_000))).toEqual({
      retry: true,
      delayMs: 20_000,
    });
    expect(decideRetry(response(503), ctx("idempotent", { maxTotalDelayMs: 100 })).retry).toBe(false);
  });

  it("retries a network failure of an idempotent call whether or not the request left", () => {
    expect(decideRetry({ kind: "network", neverSent: false }, ctx("idempotent")).retry).toBe(true);
    expect(decideRetry({ kind: "network", neverSent: true }, ctx("idempotent")).retry).toBe(true);
  });

  it("retries a non-idempotent call after a network failure only when the request never left", () => {
    expect(decideRetry({ kind: "network", neverSent: true }, ctx("non-idempotent"))).toEqual({
      retry: true,
      delayMs: 250,
    });
    const decision = decideRetry({ kind: "network", neverSent: false }, ctx("non-idempotent"));
    expect(decision.retry).toBe(false);
    expect(decision).toMatchObject({ reason: expect.stringContaining("may have reached the server") });
  });

  it("retries a timeout only for an idempotent call", () => {
    expect(decideRetry({ kind: "timeout" }, ctx("idempotent")).retry).toBe(true);
    const decision = decideRetry({ kind: "timeout" }, ctx("non-idempotent"));
    expect(decision).toMatchObject({ retry: false, reason: expect.stringContaining("timed out") });
  });
});

describe("failedBeforeSending", () => {
  it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"])("is true for %s", (code) => {
    expect(failedBeforeSending(networkError(code))).toBe(true);
  });

  it.each(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "ETIMEDOUT", "UND_ERR_HEADERS_TIMEOUT"])(
    "is false for %s (the request may have reached the server)",
    (code) => {
      expect(failedBeforeSending(networkError(code))).toBe(false);
    },
  );

  it("searches the cause chain and AggregateErrors", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED ::1:80"), { code: "ECONNREFUSED" });
    const aggregate = new AggregateError([new Error("other"), refused], "all addresses failed");
    expect(failedBeforeSending(new TypeError("fetch failed", { cause: aggregate }))).toBe(true);
    expect(failedBeforeSending(new Error("a", { cause: new Error("b", { cause: refused }) }))).toBe(true);
  });

  it("is false for values that are not errors, and survives cycles", () => {
    expect(failedBeforeSending(undefined)).toBe(false);
    expect(failedBeforeSending("ECONNREFUSED")).toBe(false);
    expect(failedBeforeSending({ code: 61 })).toBe(false);
    const a: { cause?: unknown } = {};
    const b = { cause: a };
    a.cause = b;
    expect(failedBeforeSending(a)).toBe(false);
  });

  it("recognises the error undici's fetch really throws for a closed port", async () => {
    const port = await closedPort();
    const error = await fetch(`http://127.0.0.1:${port}/`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(failedBeforeSending(error)).toBe(true);
  });
});
