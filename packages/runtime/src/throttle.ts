// Client-side rate limiting so bursts never reach the server's limit. rate-limiter-flexible counts
// requests per window (in memory by default; give it a Redis-backed limiter to share one budget
// between processes); this module waits for a slot and follows what the APIs say in their
// X-RateLimit-* headers.
import RateLimiterMemory from "rate-limiter-flexible/lib/RateLimiterMemory.js";
import { onAbort } from "./abort.js";
import { ClientClosedError, EdiClientError, parseRetryAfterMs } from "./errors.js";
import { resetDelayMs, toNumber } from "./rate-headers.js";
import { sleep } from "./sleep.js";

export { resetDelayMs };

export interface ThrottleOptions {
  /** Requests allowed per window, e.g. 180 for ECGrid, 50 for AS2 Gateway. */
  limit: number;
  /** Window length, e.g. 60_000 for ECGrid, 10_000 for AS2 Gateway. */
  windowMs: number;
  /**
   * A rate-limiter-flexible limiter to count with, e.g. one in Redis to share budgets between
   * processes (`redisRateBudget` of @edi-clients/redis gives one with {@link SharedLimiter.atLeast}
   * and millisecond windows). Its `points`/`duration` then decide the limit.
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
  /** Sets the points used and the time until they reset (rate-limiter-flexible >= 5). */
  set?(key: string, points: number, secDuration: number): Promise<LimiterResult>;
  /**
   * For a budget shared between processes: in one atomic step, raises the points used to at least
   * `points` (never lowers them: requests other processes have in the air are already counted) and
   * makes them reset `msDuration` from now, to the millisecond. When present, the throttle follows
   * the server's `X-RateLimit-*` answers with this instead of `set`/`block`, so what one process
   * learns slows all of them down without undoing what the others counted.
   */
  atLeast?(key: string, points: number, msDuration: number): Promise<unknown>;
}

/** A granted slot. Settle it with the response (or without one when the attempt got none). */
export interface Permit {
  settle(response?: { status: number; headers: Headers }): void;
}

export interface Throttle {
  /** Waits for a slot; rejects with the signal's reason if it aborts first (no slot is spent then). */
  acquire(signal?: AbortSignal): Promise<Permit>;
  /**
   * Follows what the server says is left: `X-RateLimit-Remaining` with `X-RateLimit-Reset` sets the
   * budget to exactly the server's count until the server's reset (minus requests still in the
   * air); without a reset it can only lower the budget. A 429's `Retry-After` pauses everybody.
   */
  observe(headers: Headers, status?: number): void;
  /** Fails every waiting and later acquire with a {@link ClientClosedError}. */
  stop(): Promise<void>;
}

/** What acquire rejects with once the client was closed. */
export class ThrottleStoppedError extends ClientClosedError {
  override name = "ThrottleStoppedError";
  constructor() {
    super("the client was closed: its rate limiter accepts no more requests");
  }
}

/**
 * The store behind a shared budget failed (e.g. Redis went away): the call is not sent, since
 * without the budget nothing keeps it under the server's rate limit. `cause` has the store's error.
 */
export class RateBudgetUnavailableError extends EdiClientError {
  override name = "RateBudgetUnavailableError";
  constructor(cause: unknown) {
    super(
      `the shared rate budget is unavailable, so the request was not sent: ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
      { cause },
    );
  }
}

/** The longest wait for the answer to the first request of a new server window. */
const MAX_PROBE_WAIT_MS = 500;

/** The longest pause a server header can impose, in windows. */
const MAX_RESET_WINDOWS = 3;

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
  // Updates not yet applied: with none, a slot does not wait a turn for `pending` (issue 13).
  let updating = 0;
  const chain = (update: () => unknown) => {
    updating++;
    pending = pending
      .then(update)
      .catch(() => undefined)
      .finally(() => {
        updating--;
      });
  };
  // Slots granted whose answer has not come back: the server has not counted them yet when it
  // says what is left. A slot never settled (a redirect hop, a crash) stops counting after a window.
  const inFlight = new Map<object, number>();
  // Within one server window the count only goes down: an older answer arriving late must not
  // raise it again.
  let serverWindow: { resetAt: number; remaining: number } | undefined;
  // Once the server's window has reset, what the other consumers of the budget spent in the new
  // one is unknown: one request goes first and the rest wait (briefly) for its answer, instead of
  // a whole burst meeting a budget that is already half gone.
  let probe: { done: Promise<void>; finish: () => void; startedAt: number } | undefined;
  // Acquires the limiter refused sleep until the time it said the budget reopens. A client's
  // windows start wherever its first call falls, so the server's window may end before the local
  // one: an answer that moves the budget's reset earlier than the sleepers' wake-up wakes them to
  // ask again, instead of leaving the server's fresh window unused until the local one ends.
  let sleepers: { until: number; woken: Promise<void>; wake: () => void } | undefined;
  const sleepUntil = (until: number, now: number): Promise<void> => {
    if (!sleepers || sleepers.until <= now) {
      let wake = () => {};
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
      });
      sleepers = { until, woken, wake };
    } else if (until < sleepers.until) {
      sleepers.until = until;
    }
    return sleepers.woken;
  };
  const reopensAt = (at: number) => {
    if (sleepers && at < sleepers.until - 1) {
      const woken = sleepers;
      sleepers = undefined;
      woken.wake();
    }
  };
  const probeWaitMs = Math.min(MAX_PROBE_WAIT_MS, options.windowMs / 4);
  const sameWindowMs = Math.min(1_000, options.windowMs / 4);
  const needsProbe = (now: number) => serverWindow !== undefined && now >= serverWindow.resetAt;

  const inFlightNow = (now: number) => {
    let count = 0;
    for (const [permit, grantedAt] of inFlight) {
      if (now - grantedAt > options.windowMs) inFlight.delete(permit);
      else count++;
    }
    return count;
  };

  const follow = (headers: Headers, status: number | undefined) => {
    const now = Date.now();
    let remaining = toNumber(headers.get("x-ratelimit-remaining"));
    // A server window may be longer than ours, but not by much: a garbled header (a reset a year
    // away) must not freeze the client for good.
    const capped = (ms: number | undefined) =>
      ms === undefined ? undefined : Math.min(ms, MAX_RESET_WINDOWS * options.windowMs);
    let resetMs = capped(resetDelayMs(headers.get("x-ratelimit-reset"), now));
    const retryAfterMs = capped(status === 429 ? parseRetryAfterMs(headers, now) : undefined);
    if (remaining === undefined) {
      // A 429 without counts still says "nobody, for this long".
      if (retryAfterMs !== undefined && retryAfterMs > 0) {
        chain(() =>
          limiter.atLeast
            ? limiter.atLeast(key, limiter.points, retryAfterMs)
            : limiter.block(key, storeSeconds(limiter, retryAfterMs)),
        );
      }
      return;
    }
    if (resetMs !== undefined) {
      const resetAt = now + resetMs;
      if (serverWindow && resetAt < serverWindow.resetAt - sameWindowMs) {
        // A late answer about a window that is already over says nothing about this one.
        return;
      }
      // The same server window when the resets agree (to within a second: some servers send whole
      // seconds). Whole seconds are rounded up (as express-rate-limit and the sandbox do), so each
      // answer's arrival + Reset is a bound the true reset cannot be later than: the earliest one
      // is the closest. Following the latest instead opened each window up to a second late.
      let windowResetAt = resetAt;
      if (serverWindow && Math.abs(serverWindow.resetAt - resetAt) <= sameWindowMs) {
        remaining = Math.min(remaining, serverWindow.remaining);
        windowResetAt = Math.min(resetAt, serverWindow.resetAt);
      }
      serverWindow = { resetAt: windowResetAt, remaining };
      resetMs = Math.max(0, windowResetAt - now);
    }
    const left = Math.max(0, remaining) - inFlightNow(now);
    if (limiter.atLeast && resetMs !== undefined) {
      // A shared store: the count only goes up until the server's reset. An answer whose window is
      // already over (Reset 0) says nothing about the current one.
      const { atLeast } = limiter;
      const points = left <= 0 ? limiter.points : limiter.points - left;
      const ms = left <= 0 ? Math.max(resetMs, retryAfterMs ?? 0) : resetMs;
      if (ms > 0) {
        chain(async () => {
          await atLeast.call(limiter, key, points, ms);
          reopensAt(now + ms);
        });
      }
      return;
    }
    chain(async () => {
      if (left <= 0 && resetMs !== undefined) {
        // The server's window, not ours, decides when calls may flow again.
        const ms = Math.max(resetMs, retryAfterMs ?? 0);
        await limiter.block(key, storeSeconds(limiter, ms));
        reopensAt(now + ms);
        return;
      }
      if (resetMs !== undefined && limiter.set && resetMs > 0) {
        // Exactly the server's count, until the server's reset.
        await limiter.set(key, Math.max(0, limiter.points - left), storeSeconds(limiter, resetMs));
        reopensAt(now + resetMs);
        return;
      }
      const used = (await limiter.get(key))?.consumedPoints ?? 0;
      const ours = Math.max(0, limiter.points - used);
      if (left < ours) await limiter.penalty(key, ours - Math.max(0, left));
    });
  };

  return {
    async acquire(signal) {
      let probing = false;
      for (;;) {
        signal?.throwIfAborted();
        closed.signal.throwIfAborted();
        if (updating > 0) await pending;
        const now = Date.now();
        if (needsProbe(now)) {
          if (!probe) {
            let finish = () => {};
            const done = new Promise<void>((resolve) => {
              finish = resolve;
            });
            probe = { done, finish, startedAt: now };
            probing = true;
          } else if (!probing && now - probe.startedAt < probeWaitMs) {
            // (The first request itself never waits for its own answer: refused by the store for a
            // moment — its window reopens a few ms after the server's —, it asks again.)
            const { done, startedAt } = probe;
            await waitFor(startedAt + probeWaitMs - now, signal, closed.signal, done);
            continue;
          }
        }
        let wait: number;
        try {
          await limiter.consume(key, 1);
          break;
        } catch (rejection) {
          // An Error means the store failed; a result means "not now, try in msBeforeNext".
          if (rejection instanceof Error) {
            if (probing && probe) {
              probe.finish();
              probe = undefined;
            }
            throw rejection instanceof EdiClientError ? rejection : new RateBudgetUnavailableError(rejection);
          }
          wait = Math.max(1, (rejection as LimiterResult).msBeforeNext);
        }
        const refusedAt = Date.now();
        await waitFor(wait, signal, closed.signal, sleepUntil(refusedAt + wait, refusedAt));
      }
      const current = probing ? probe : undefined;
      const permit: Permit = {
        settle(response) {
          if (!inFlight.delete(permit)) return;
          if (response) follow(response.headers, response.status);
          if (current) {
            current.finish();
            if (probe === current) probe = undefined;
          }
        },
      };
      inFlight.set(permit, Date.now());
      return permit;
    },

    observe(headers, status) {
      follow(headers, status);
    },

    async stop() {
      closed.abort(new ThrottleStoppedError());
    },
  };
}

/**
 * A duration for the store in seconds, never 0 (which stores read as "for ever"). The in-memory
 * limiter keeps fractions; other stores (Redis) drop them, so those get whole seconds, rounded up.
 */
function storeSeconds(limiter: SharedLimiter, ms: number): number {
  return limiter instanceof RateLimiterMemory
    ? Math.max(0.001, ms / 1000)
    : Math.max(1, Math.ceil(ms / 1000));
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
 * Sleeps `ms`, cut short (rejecting) by whichever of the two signals aborts first, or (resolving)
 * by `until`.
 */
async function waitFor(
  ms: number,
  caller: AbortSignal | undefined,
  closed: AbortSignal,
  until?: Promise<void>,
): Promise<void> {
  if (!caller && !until) return sleep(ms, closed);
  const either = new AbortController();
  const offCaller = caller ? onAbort(caller, (reason) => either.abort(reason)) : () => {};
  const offClosed = onAbort(closed, (reason) => either.abort(reason));
  const nap = sleep(ms, either.signal);
  try {
    await (until ? Promise.race([nap, until]) : nap);
  } finally {
    offCaller();
    offClosed();
    if (until) {
      // `until` won: stop the timer (the nap then rejects, which nobody waits for).
      nap.catch(() => undefined);
      either.abort();
    }
  }
}
