// Client-side rate limiting so bursts never reach the server's limit. Bottleneck does the queueing
// and window accounting (and can share one budget between processes through Redis clustering);
// this module adds what the APIs tell us in their X-RateLimit-* headers.
import Bottleneck from "bottleneck";

export interface ThrottleOptions {
  /** Requests allowed per window, e.g. 180 for ECGrid, 50 for AS2 Gateway. */
  limit: number;
  /** Window length, e.g. 60_000 for ECGrid, 10_000 for AS2 Gateway. */
  windowMs: number;
  /** Requests in flight at once. Default unlimited. */
  maxConcurrent?: number;
  /**
   * A Bottleneck instance to use instead of a private one: pass the same one to several clients
   * (or a clustered one) to share one budget.
   */
  limiter?: Bottleneck;
}

export interface Throttle {
  /** Waits for a slot; rejects with the signal's reason if it aborts first. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Lowers the local budget to what the server reports is left, and pauses until its reset. */
  observe(headers: Headers): void;
  /** Stops timers (tests, short-lived scripts). */
  stop(): Promise<void>;
}

export function createThrottle(options: ThrottleOptions): Throttle {
  if (!(options.limit >= 1) || !(options.windowMs > 0)) {
    throw new RangeError(
      `throttle needs limit >= 1 and windowMs > 0, got ${options.limit}/${options.windowMs}`,
    );
  }
  const limiter =
    options.limiter ??
    new Bottleneck({
      reservoir: options.limit,
      reservoirRefreshAmount: options.limit,
      reservoirRefreshInterval: options.windowMs,
      maxConcurrent: options.maxConcurrent ?? null,
    });
  let resumeTimer: ReturnType<typeof setTimeout> | undefined;

  return {
    async acquire(signal) {
      signal?.throwIfAborted();
      const slot = limiter.schedule(async () => {
        // Bottleneck cannot unqueue a job: when the caller gave up waiting, hand the slot back.
        if (signal?.aborted && (await limiter.currentReservoir()) !== null)
          await limiter.incrementReservoir(1);
      });
      if (!signal) return slot;
      let onAbort: (() => void) | undefined;
      const aborted = new Promise<never>((_, reject) => {
        onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
      });
      try {
        await Promise.race([slot, aborted]);
      } finally {
        if (onAbort) signal.removeEventListener("abort", onAbort);
      }
    },

    observe(headers) {
      const remaining = toNumber(headers.get("x-ratelimit-remaining"));
      if (remaining === undefined) return;
      const resetMs = resetDelayMs(headers.get("x-ratelimit-reset"));
      void limiter.currentReservoir().then((current) => {
        if (current !== null && remaining >= current) return;
        // incrementReservoir, never updateSettings: in Bottleneck 2.19.5 updateSettings stops the
        // reservoir refresh timer for good (SGrondin/bottleneck#185) and the throttle would freeze.
        void limiter.incrementReservoir(Math.max(0, remaining) - (current ?? 0));
        if (remaining <= 0 && resetMs !== undefined) {
          clearTimeout(resumeTimer);
          // The server's window, not ours, decides when calls may flow again.
          const resume = () =>
            limiter.currentReservoir().then((now) => limiter.incrementReservoir(options.limit - (now ?? 0)));
          resumeTimer = setTimeout(() => void resume(), resetMs);
          (resumeTimer as { unref?: () => void }).unref?.();
        }
      });
    },

    async stop() {
      clearTimeout(resumeTimer);
      if (!options.limiter) await limiter.stop({ dropWaitingJobs: true }).catch(() => undefined);
    },
  };
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
