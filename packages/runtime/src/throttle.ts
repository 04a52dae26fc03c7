// Client-side rate limiting so bursts never reach the server's limit. rate-limiter-flexible counts
// requests per window (in memory by default; give it a Redis-backed limiter to share one budget
// between processes); this module waits for a slot and follows what the APIs say in their
// X-RateLimit-* headers.
import RateLimiterMemory from "rate-limiter-flexible/lib/RateLimiterMemory.js";
import { sleep } from "./sleep.js";

export interface ThrottleOptions {
  /** Requests allowed per window, e.g. 180 for ECGrid, 50 for AS2 Gateway. */
  limit: number;
  /** Window length, e.g. 60_000 for ECGrid, 10_000 for AS2 Gateway. */
  windowMs: number;
  /**
   * A rate-limiter-flexible limiter to count with, e.g. a RateLimiterRedis to share budgets
   * between processes. Its `points`/`duration` then decide the limit.
   */
  limiter?: SharedLimiter;
  /**
   * Whose budget this is, e.g. derived from the API key. Clients in one process that give the same
   * key (and limit/window) share one budget, as the server counts per credential. Without a key
   * (and without a limiter) the throttle has a budget of its own.
   */
  key?: string;
}

/** What a rate-limiter-flexible result carries. */
export interface LimiterResult {
  remainingPoints: number;
  msBeforeNext: number;
  consumedPoints: number;
}

/** The part of a rate-limiter-flexible limiter (RateLimiterMemory, RateLimiterRedis, …) used here. */
export interface SharedLimiter {
  readonly points: number;
  consume(key: string, points?: number): Promise<LimiterResult>;
  penalty(key: string, points?: number): Promise<LimiterResult>;
  block(key: string, secDuration: number): Promise<LimiterResult>;
  get(key: string): Promise<LimiterResult | null>;
}

export interface Throttle {
  /** Waits for a slot; rejects with the signal's reason if it aborts first (no slot is spent then). */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Lowers the budget to what the server reports is left, and pauses until its reset. */
  observe(headers: Headers): void;
  /** Fails every waiting and later acquire (tests, short-lived scripts). */
  stop(): Promise<void>;
}

export class ThrottleStoppedError extends Error {
  override name = "ThrottleStoppedError";
  constructor() {
    super("the client was closed: its rate limiter accepts no more requests");
  }
}

export function createThrottle(options: ThrottleOptions): Throttle {
  if (!(options.limit >= 1) || !(options.windowMs > 0)) {
    throw new RangeError(
      `throttle needs limit >= 1 and windowMs > 0, got ${options.limit}/${options.windowMs}`,
    );
  }
  const limiter: SharedLimiter =
    options.limiter ??
    (options.key === undefined
      ? new RateLimiterMemory({ points: options.limit, duration: options.windowMs / 1000 })
      : processLimiter(options.limit, options.windowMs));
  const key = options.key ?? "default";
  const closed = new AbortController();
  // Header updates are applied in order, and before any slot granted after them.
  let pending: Promise<unknown> = Promise.resolve();

  return {
    async acquire(signal) {
      for (;;) {
        signal?.throwIfAborted();
        closed.signal.throwIfAborted();
        await pending;
        let wait: number;
        try {
          await limiter.consume(key, 1);
          return;
        } catch (rejection) {
          // An Error means the store failed; a result means "not now, try in msBeforeNext".
          if (rejection instanceof Error) throw rejection;
          wait = Math.max(1, (rejection as LimiterResult).msBeforeNext);
        }
        await waitFor(wait, signal, closed.signal);
      }
    },

    observe(headers) {
      const remaining = toNumber(headers.get("x-ratelimit-remaining"));
      if (remaining === undefined) return;
      const resetMs = resetDelayMs(headers.get("x-ratelimit-reset"));
      pending = pending
        .then(async () => {
          if (remaining <= 0 && resetMs !== undefined) {
            // The server's window, not ours, decides when calls may flow again.
            await limiter.block(key, resetMs / 1000);
            return;
          }
          const used = (await limiter.get(key))?.consumedPoints ?? 0;
          const left = Math.max(0, limiter.points - used);
          if (remaining < left) await limiter.penalty(key, left - Math.max(0, remaining));
        })
        .catch(() => undefined);
    },

    async stop() {
      closed.abort(new ThrottleStoppedError());
    },
  };
}

const processLimiters = new Map<string, SharedLimiter>();

/** One in-memory limiter per limit and window for the whole process; budgets inside it are keyed. */
function processLimiter(limit: number, windowMs: number): SharedLimiter {
  const id = `${limit}/${windowMs}`;
  let limiter = processLimiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterMemory({ points: limit, duration: windowMs / 1000 });
    processLimiters.set(id, limiter);
  }
  return limiter;
}

/**
 * A stable, non-reversible name for a credential, to key its rate-limit budget without keeping the
 * credential itself as a key (cyrb53: fast, no crypto module needed in browsers).
 */
export function budgetKey(scope: string, credential: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < credential.length; i++) {
    const ch = credential.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${scope}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

function toNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** `X-RateLimit-Reset` as seconds from now, or (when it looks like one) a Unix timestamp. */
export function resetDelayMs(value: string | null, now: number = Date.now()): number | undefined {
  const n = toNumber(value);
  if (n === undefined || n < 0) return undefined;
  return n > 1_000_000_000 ? Math.max(0, n * 1000 - now) : n * 1000;
}

/** Sleeps `ms`, cut short (rejecting) by whichever of the two signals aborts first. */
async function waitFor(ms: number, caller: AbortSignal | undefined, closed: AbortSignal): Promise<void> {
  if (!caller) return sleep(ms, closed);
  const either = new AbortController();
  const forward = (source: AbortSignal) => () => either.abort(source.reason);
  const onCaller = forward(caller);
  const onClosed = forward(closed);
  caller.addEventListener("abort", onCaller, { once: true });
  closed.addEventListener("abort", onClosed, { once: true });
  try {
    await sleep(ms, either.signal);
  } finally {
    caller.removeEventListener("abort", onCaller);
    closed.removeEventListener("abort", onClosed);
  }
}
