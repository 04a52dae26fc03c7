// The long-running loop behind ECGrid `parcels.watchInbox` and AS2 `messages.watchReceived`: poll,
// process, sleep with jitter, until the caller's signal aborts. Counters for dashboards and logs.

import { ValidationError } from "./errors.js";
import { sleep } from "./sleep.js";
import { MAX_TIMER_MS } from "./validate.js";

export interface WatchOptions {
  /** Pause between two polls. Default 60 s. */
  intervalMs?: number;
  /** Spread of the pause, a fraction of it (0–1): 0.1 sleeps 54–66 s for 60 s. Default 0.1. */
  jitter?: number;
  /**
   * Stops the watch: no new poll, nothing new claimed; handlers in flight finish (and their items
   * are confirmed), leases are released, then `done` resolves.
   */
  signal?: AbortSignal;
  /** Called after every poll with the counters so far. */
  onPass?: (stats: WatchStats) => void;
}

/** Counters of a watch, updated after each poll. */
export interface WatchStats {
  /** Polls made. */
  passes: number;
  /** Items handled and then confirmed (or marked read). */
  handled: number;
  /** Attempts that failed (download, handler, confirm, coordinator, lost lease): the item comes again. */
  failed: number;
  /** Attempts at an item that had failed in an earlier poll of this watch. */
  retried: number;
  /** Items confirmed without their handler, which had succeeded before (a coordinator's mark). */
  reconfirmed: number;
  /** Items left to another worker (it holds the lease, or confirmed them already). */
  skipped: number;
  /** Items waiting at the last poll. */
  pending: number;
  /** At the last poll: the age of the oldest waiting item by the server's timestamp, 0 when none. */
  lagMs: number;
  /** Polls that failed as a whole (listing failed, the coordinator was unavailable). */
  pollErrors: number;
  /** The last error of a poll or an item, for logs. */
  lastError: unknown;
}

/** A running watch. */
export interface Watch {
  /** The counters, live. */
  readonly stats: Readonly<WatchStats>;
  /**
   * Resolves with the final counters once the watch stopped. Rejects only with a ValidationError
   * (bad options or filters), before any request or after the first pass found them.
   */
  readonly done: Promise<WatchStats>;
}

/** What one poll reports to the loop; keys identify items across polls. */
export interface PassReport {
  handled: string[];
  reconfirmed: string[];
  failed: { key: string; error: unknown }[];
  skipped: number;
  pending: number;
  /** Arrival (epoch ms) of the oldest waiting item, when known. */
  oldestArrival?: number | undefined;
  /** The pass stopped early for this reason (e.g. the coordinator is unavailable). */
  error?: unknown;
}

/** Checks the watch options (throws ValidationError) and resolves the defaults. */
export function checkWatchOptions(
  options: WatchOptions,
  name: string,
): { intervalMs: number; jitter: number } {
  const intervalMs = options.intervalMs ?? 60_000;
  const jitter = options.jitter ?? 0.1;
  if (
    typeof intervalMs !== "number" ||
    !Number.isFinite(intervalMs) ||
    intervalMs < 0 ||
    intervalMs > MAX_TIMER_MS
  ) {
    throw new ValidationError(
      `${name}: intervalMs must be a number from 0 to ${MAX_TIMER_MS}, got ${intervalMs}`,
    );
  }
  if (typeof jitter !== "number" || !(jitter >= 0 && jitter <= 1)) {
    throw new ValidationError(`${name}: jitter must be a number from 0 to 1, got ${jitter}`);
  }
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    throw new ValidationError(`${name}: signal must be an AbortSignal`);
  }
  if (options.onPass !== undefined && typeof options.onPass !== "function") {
    throw new ValidationError(`${name}: onPass must be a function`);
  }
  return { intervalMs, jitter };
}

/**
 * Runs `pass` until `options.signal` aborts, sleeping `intervalMs ± jitter` between passes. `pass`
 * gets the stop signal: it claims nothing new once it aborted but lets started items finish.
 */
export function runWatch(
  name: string,
  options: WatchOptions,
  pass: (stop: AbortSignal | undefined) => Promise<PassReport>,
  hooks: { check?: () => void; random?: () => number } = {},
): Watch {
  const random = hooks.random ?? Math.random;
  const stats: WatchStats = {
    passes: 0,
    handled: 0,
    failed: 0,
    retried: 0,
    reconfirmed: 0,
    skipped: 0,
    pending: 0,
    lagMs: 0,
    pollErrors: 0,
    lastError: undefined,
  };
  let settings: { intervalMs: number; jitter: number };
  try {
    hooks.check?.();
    settings = checkWatchOptions(options, name);
  } catch (error) {
    // Bad input rejects `done` (as every method of the SDK rejects), before any request.
    return { stats, done: Promise.reject(error) };
  }
  const { intervalMs, jitter } = settings;
  const { signal, onPass } = options;
  const failedBefore = new Set<string>();
  const record = (report: PassReport) => {
    const attempted = [...report.handled, ...report.reconfirmed, ...report.failed.map((f) => f.key)];
    stats.retried += attempted.filter((key) => failedBefore.has(key)).length;
    for (const key of [...report.handled, ...report.reconfirmed]) failedBefore.delete(key);
    for (const { key, error } of report.failed) {
      failedBefore.add(key);
      stats.lastError = error;
    }
    stats.handled += report.handled.length;
    stats.reconfirmed += report.reconfirmed.length;
    stats.failed += report.failed.length;
    stats.skipped += report.skipped;
    stats.pending = report.pending;
    stats.lagMs =
      report.pending > 0 && report.oldestArrival !== undefined
        ? Math.max(0, Date.now() - report.oldestArrival)
        : 0;
    if (report.error !== undefined) {
      stats.pollErrors++;
      stats.lastError = report.error;
    }
  };
  const loop = async (): Promise<WatchStats> => {
    while (!signal?.aborted) {
      stats.passes++;
      try {
        record(await pass(signal));
      } catch (error) {
        // Invalid input found by the server-side checks of a pass never heals: stop with it.
        if (error instanceof ValidationError) throw error;
        // An abort during the listing is a stop, not an error.
        if (!signal?.aborted) {
          stats.pollErrors++;
          stats.lastError = error;
        }
      }
      try {
        onPass?.({ ...stats });
      } catch {
        // A failing progress callback must not stop the watch.
      }
      if (signal?.aborted) break;
      const pause = intervalMs * (1 + jitter * (2 * random() - 1));
      try {
        await sleep(Math.max(0, Math.round(pause)), signal);
      } catch {
        break;
      }
    }
    return { ...stats };
  };
  return { stats, done: loop() };
}
