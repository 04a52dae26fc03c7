// When to try again, and how long to wait. Pure functions of the outcome: the transport asks, this
// module answers, so the policy is testable without timers or sockets.
import { parseRetryAfterMs } from "./errors.js";

export { failedBeforeSending } from "./never-sent.js";

import { resetDelayMs } from "./rate-headers.js";

/**
 * `idempotent`: repeating the call cannot change server state (reads, even when sent as POST).
 * `non-idempotent`: the call creates, sends or deletes a business document; it is repeated only
 * when the server provably never received it.
 */
export type Idempotency = "idempotent" | "non-idempotent";

export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /**
   * Retries of a call the server turned away with 429, counted apart from `maxRetries`: a
   * budget shared with other consumers runs out as a matter of course, and the request was
   * never processed. Default 6 (0 when `maxRetries` is 0); each waits for the server's
   * `Retry-After` / `X-RateLimit-Reset`.
   */
  maxRateLimitRetries?: number;
  /** First backoff ceiling; doubles per retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Ceiling of one backoff. Default 8 s. */
  maxDelayMs?: number;
  /** Total time spent waiting between attempts of one call, server hints included. Default 60 s. */
  maxTotalDelayMs?: number;
  /** Statuses worth another attempt for idempotent calls. Default 408, 429, 500, 502, 503, 504. */
  retryStatuses?: readonly number[];
  /** Source of randomness for jitter (tests pass a fixed one). */
  random?: () => number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  maxRetries: 2,
  maxRateLimitRetries: 6,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxTotalDelayMs: 60_000,
  retryStatuses: [408, 429, 500, 502, 503, 504],
  random: Math.random,
};

export function resolveRetryOptions(...layers: (RetryOptions | undefined)[]): ResolvedRetryOptions {
  const merged = { ...DEFAULT_RETRY };
  let rateLimitRetriesGiven = false;
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      (merged as Record<string, unknown>)[key] = value;
      if (key === "maxRateLimitRetries") rateLimitRetriesGiven = true;
    }
  }
  // "maxRetries: 0" reads as "no retries at all" unless 429 retries were asked for explicitly.
  if (merged.maxRetries === 0 && !rateLimitRetriesGiven) merged.maxRateLimitRetries = 0;
  for (const name of ["maxRetries", "maxRateLimitRetries"] as const) {
    if (!Number.isInteger(merged[name]) || merged[name] < 0) {
      throw new RangeError(`${name} must be an integer >= 0, got ${merged[name]}`);
    }
  }
  return merged;
}

export type AttemptOutcome =
  | { kind: "response"; status: number; headers: Headers }
  /** The connection failed. `neverSent` is true when the request provably did not leave (refused, DNS). */
  | { kind: "network"; neverSent: boolean }
  | { kind: "timeout" };

export type RetryDecision =
  /** `cost`: tokens the retry took from the client's retry budget (retry-budget.ts), if any. */
  | { retry: true; delayMs: number; cost?: number }
  /** `budgetExhausted`: the policy allowed a retry, the client's retry budget could not pay it. */
  | { retry: false; reason: string; budgetExhausted?: true };

export interface RetryContext {
  /** Retries already made (0 after the first attempt), not counting retries after a 429. */
  retriesSoFar: number;
  /** Retries already made after a 429. */
  rateLimitedSoFar?: number;
  /** Milliseconds already spent waiting between attempts of this call. */
  delayedSoFarMs: number;
  idempotency: Idempotency;
  options: ResolvedRetryOptions;
}

/** Full-jitter exponential backoff: uniform in [0, min(base·2ⁿ, max)]. */
export function backoffDelay(retry: number, options: ResolvedRetryOptions): number {
  const ceiling = Math.min(options.baseDelayMs * 2 ** retry, options.maxDelayMs);
  return Math.floor(options.random() * ceiling);
}

/** Whether the outcome could be helped by another attempt, ignoring budgets. */
function isRetryable(outcome: AttemptOutcome, ctx: RetryContext): string | true {
  const safe = ctx.idempotency === "idempotent";
  switch (outcome.kind) {
    case "response":
      // 429 means the request was turned away before any processing: safe to repeat either way.
      if (outcome.status === 429) return true;
      if (!ctx.options.retryStatuses.includes(outcome.status))
        return `status ${outcome.status} is not retryable`;
      return safe
        ? true
        : `status ${outcome.status} on a non-idempotent call (the server may have acted on it)`;
    case "network":
      if (outcome.neverSent || safe) return true;
      return "connection failed after the request may have reached the server (non-idempotent call)";
    case "timeout":
      return safe ? true : "timed out after the request may have reached the server (non-idempotent call)";
  }
}

export function decideRetry(outcome: AttemptOutcome, ctx: RetryContext): RetryDecision {
  const retryable = isRetryable(outcome, ctx);
  if (retryable !== true) return { retry: false, reason: retryable };
  const rateLimited = outcome.kind === "response" && outcome.status === 429;
  if (rateLimited) {
    const made = ctx.rateLimitedSoFar ?? 0;
    if (made >= ctx.options.maxRateLimitRetries) {
      return {
        retry: false,
        reason: `still rate limited after ${made} retries (maxRateLimitRetries ${ctx.options.maxRateLimitRetries})`,
      };
    }
  } else if (ctx.retriesSoFar >= ctx.options.maxRetries) {
    return {
      retry: false,
      reason: `gave up after ${ctx.retriesSoFar} retries (maxRetries ${ctx.options.maxRetries})`,
    };
  }
  const hinted =
    outcome.kind !== "response"
      ? undefined
      : (parseRetryAfterMs(outcome.headers) ??
        (rateLimited ? resetDelayMs(outcome.headers.get("x-ratelimit-reset")) : undefined));
  const delayMs =
    hinted ?? backoffDelay(rateLimited ? (ctx.rateLimitedSoFar ?? 0) : ctx.retriesSoFar, ctx.options);
  if (ctx.delayedSoFarMs + delayMs > ctx.options.maxTotalDelayMs) {
    return {
      retry: false,
      reason: `waiting ${delayMs} ms more would exceed maxTotalDelayMs ${ctx.options.maxTotalDelayMs}`,
    };
  }
  return { retry: true, delayMs };
}
