import { getEventListeners } from "node:events";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { budgetKey } from "../src/budget-key.ts";
import { EdiClientError } from "../src/errors.ts";
import { createThrottle, RateBudgetUnavailableError, resetDelayMs, type Throttle } from "../src/throttle.ts";

// "Immediately" below means within SETTLE ms of fake time, far below any window.
const SETTLE = 1_000;

/** Starts `count` acquires and counts how many have been granted so far. */
function burst(throttle: Throttle, count: number, signal?: AbortSignal) {
  const state = { granted: 0, rejected: [] as unknown[] };
  for (let i = 0; i < count; i++) {
    throttle.acquire(signal).then(
      () => {
        state.granted++;
      },
      (error: unknown) => {
        state.rejected.push(error);
      },
    );
  }
  return state;
}

describe("createThrottle", () => {
  let throttle: Throttle | undefined;
  const cleanup: (() => Promise<unknown>)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(async () => {
    vi.useRealTimers();
    await throttle?.stop();
    throttle = undefined;
    for (const stop of cleanup.splice(0)) await stop();
  });

  it("lets exactly 180 of a burst of 200 through at once (ECGrid), the rest only after the 60 s window", async () => {
    throttle = createThrottle({ limit: 180, windowMs: 60_000 });
    const state = burst(throttle, 200);
    await vi.advanceTimersByTimeAsync(SETTLE);
    expect(state.granted).toBe(180);
    await vi.advanceTimersByTimeAsync(60_000 - SETTLE - 1);
    expect(state.granted).toBe(180);
    await vi.advanceTimersByTimeAsync(1 + SETTLE);
    expect(state.granted).toBe(200);
  });

  it("lets 50 per 10 s through (AS2 Gateway), window after window", async () => {
    throttle = createThrottle({ limit: 50, windowMs: 10_000 });
    const state = burst(throttle, 120);
    await vi.advanceTimersByTimeAsync(SETTLE);
    expect(state.granted).toBe(50);
    await vi.advanceTimersByTimeAsync(10_000 - SETTLE - 1);
    expect(state.granted).toBe(50);
    await vi.advanceTimersByTimeAsync(1 + SETTLE);
    expect(state.granted).toBe(100);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.granted).toBe(120);
  });

  it("shares one budget between throttles given the same limiter, and leaves it running on stop", async () => {
    const limiter = new RateLimiterMemory({ points: 3, duration: 60 });
    const a = createThrottle({ limit: 3, windowMs: 60_000, limiter });
    const b = createThrottle({ limit: 3, windowMs: 60_000, limiter });
    const first = burst(a, 2);
    const second = burst(b, 2);
    await vi.advanceTimersByTimeAsync(SETTLE);
    expect(first.granted + second.granted).toBe(3);
    const stopped = a.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    await stopped;
    expect(first.granted + second.granted).toBe(4);
    cleanup.push(() => b.stop());
  });

  it.each([
    [0, 1_000],
    [180, 0],
    [Number.NaN, 1_000],
    [10, -1],
  ])("rejects limit %s per %s ms", (limit, windowMs) => {
    expect(() => createThrottle({ limit, windowMs })).toThrow(RangeError);
  });

  describe("cancellation", () => {
    it("rejects at once with the reason when the signal is already aborted", async () => {
      throttle = createThrottle({ limit: 5, windowMs: 1_000 });
      const reason = new Error("cancelled");
      await expect(throttle.acquire(AbortSignal.abort(reason))).rejects.toBe(reason);
    });

    it("stops waiting for a slot when the signal aborts", async () => {
      throttle = createThrottle({ limit: 1, windowMs: 60_000 });
      const first = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(first.granted).toBe(1);
      const controller = new AbortController();
      const state = burst(throttle, 1, controller.signal);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(state.granted).toBe(0);
      const reason = new Error("stop waiting");
      controller.abort(reason);
      await vi.advanceTimersByTimeAsync(0);
      expect(state.rejected).toEqual([reason]);
    });

    it("does not spend the budget on a wait the caller gave up", async () => {
      throttle = createThrottle({ limit: 1, windowMs: 10_000 });
      const first = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(first.granted).toBe(1);
      const controller = new AbortController();
      const abandoned = burst(throttle, 3, controller.signal);
      await vi.advanceTimersByTimeAsync(100);
      controller.abort();
      const next = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(abandoned.rejected).toHaveLength(3);
      expect(next.granted).toBe(1);
    });

    it("grants slots normally when a signal is given but never aborts, leaving no listener on it", async () => {
      throttle = createThrottle({ limit: 2, windowMs: 1_000 });
      const controller = new AbortController();
      const state = burst(throttle, 4, controller.signal);
      await vi.advanceTimersByTimeAsync(SETTLE + 1_000);
      expect(state.granted).toBe(4);
      expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    });
  });

  describe("X-RateLimit headers", () => {
    const rateHeaders = (remaining: string, reset?: string) =>
      new Headers({
        "x-ratelimit-remaining": remaining,
        ...(reset === undefined ? {} : { "x-ratelimit-reset": reset }),
      });

    it("pauses on Remaining: 0 until Reset: 5 s, then lets calls flow", async () => {
      throttle = createThrottle({ limit: 180, windowMs: 60_000 });
      throttle.observe(rateHeaders("0", "5"));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 3);
      await vi.advanceTimersByTimeAsync(5_000 - 10 - 1);
      expect(state.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(1 + SETTLE);
      expect(state.granted).toBe(3);
    });

    it("holds until the server's reset even when the local window would reopen earlier", async () => {
      throttle = createThrottle({ limit: 5, windowMs: 10_000 });
      const spent = burst(throttle, 5);
      await vi.advanceTimersByTimeAsync(8_000);
      expect(spent.granted).toBe(5);
      throttle.observe(rateHeaders("0", "30"));
      const state = burst(throttle, 2);
      await vi.advanceTimersByTimeAsync(30_000 - 1);
      expect(state.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(1 + SETTLE);
      expect(state.granted).toBe(2);
    });

    it("wakes calls waiting for the local window as soon as the server's window resets sooner", async () => {
      // The local window starts with the first call (t = 0) and would reopen at 10 s; the server's
      // ends at 2 s. Those refused at t = 0 planned to sleep until 10 s.
      throttle = createThrottle({ limit: 5, windowMs: 10_000 });
      const first = await Promise.all(Array.from({ length: 5 }, () => (throttle as Throttle).acquire()));
      const waiting = burst(throttle, 3);
      await vi.advanceTimersByTimeAsync(100);
      for (const permit of first) permit.settle({ status: 200, headers: rateHeaders("0", "1.9") });
      await vi.advanceTimersByTimeAsync(1_700);
      expect(waiting.granted).toBe(0);
      // At the server's reset: one goes first, the rest after its answer (or 500 ms without one).
      await vi.advanceTimersByTimeAsync(200 + 500 + 10);
      expect(waiting.granted).toBe(3);
    });

    it("reads Reset as a Unix timestamp when it looks like one", async () => {
      vi.setSystemTime(1_750_000_000_000);
      throttle = createThrottle({ limit: 50, windowMs: 10_000 });
      throttle.observe(rateHeaders("0", String(1_750_000_000 + 4)));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(4_000 - 10 - 1);
      expect(state.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(1 + SETTLE);
      expect(state.granted).toBe(1);
    });

    it("lowers the budget to what the server says is left", async () => {
      throttle = createThrottle({ limit: 180, windowMs: 60_000 });
      throttle.observe(rateHeaders("3"));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 10);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(3);
    });

    it("keeps refreshing the budget every window after the server lowered it", async () => {
      throttle = createThrottle({ limit: 5, windowMs: 10_000 });
      throttle.observe(rateHeaders("2"));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 20);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(2);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(state.granted).toBe(7);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(state.granted).toBe(12);
    });

    it("keeps refreshing the budget every window after a pause ended", async () => {
      throttle = createThrottle({ limit: 5, windowMs: 10_000 });
      throttle.observe(rateHeaders("0", "2"));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 20);
      await vi.advanceTimersByTimeAsync(2_000 + SETTLE);
      expect(state.granted).toBe(5);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(state.granted).toBe(10);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(state.granted).toBe(15);
    });

    it("never raises the budget above what is left locally", async () => {
      throttle = createThrottle({ limit: 5, windowMs: 60_000 });
      const first = burst(throttle, 4);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(first.granted).toBe(4);
      throttle.observe(rateHeaders("100"));
      await vi.advanceTimersByTimeAsync(10);
      const second = burst(throttle, 5);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(second.granted).toBe(1);
    });

    it.each<Record<string, string>>([
      {},
      { "x-ratelimit-remaining": "" },
      { "x-ratelimit-remaining": "lots" },
    ])("ignores responses without a usable Remaining (%j)", async (init) => {
      throttle = createThrottle({ limit: 3, windowMs: 60_000 });
      throttle.observe(new Headers({ ...init, "x-ratelimit-reset": "30" }));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 5);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(3);
    });

    /** Acquires one slot and answers it with the given headers. */
    async function answered(t: Throttle, remaining: string, reset: string, status = 200) {
      const permit = await t.acquire();
      permit.settle({ status, headers: rateHeaders(remaining, reset) });
    }

    it("follows the server exactly: Remaining with Reset sets the budget until the server's reset", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      await answered(throttle, "4", "3"); // 4 left for 3 s, however many we think we have
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 10);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(4);
      // At the server's reset (not our 10 s window) the budget is whole again.
      await vi.advanceTimersByTimeAsync(2_000);
      expect(state.granted).toBe(5); // one request first, to learn the new window
    });

    it("counts requests still in the air against what the server says is left", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      const airborne = await Promise.all([throttle.acquire(), throttle.acquire(), throttle.acquire()]);
      const answer = await throttle.acquire();
      answer.settle({ status: 200, headers: rateHeaders("5", "8") }); // the 3 others are not counted yet
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 10);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(2);
      for (const permit of airborne) permit.settle({ status: 200, headers: rateHeaders("2", "8") });
    });

    it("ignores a late answer about a server window that is already over", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      const late = await throttle.acquire();
      await answered(throttle, "10", "5");
      late.settle({ status: 200, headers: rateHeaders("0", "1") }); // says "nothing left" of an older window
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 20);
      await vi.advanceTimersByTimeAsync(SETTLE);
      // 10 left, less the late one, which was still in the air when the server said so.
      expect(state.granted).toBe(9);
    });

    it("keeps the earliest reset of one server window when Reset comes in whole seconds", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      await answered(throttle, "10", "5"); // at 0 s: the server's window resets at 5.0 s
      await vi.advanceTimersByTimeAsync(900);
      // At 0.9 s the same window, rounded up to whole seconds: ceil(4.1) = 5, i.e. "5.9 s".
      await answered(throttle, "0", "5");
      const state = burst(throttle, 3);
      await vi.advanceTimersByTimeAsync(5_000 - 900 - 50);
      expect(state.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(100); // 5.05 s: the window is open, the first request goes
      expect(state.granted).toBe(1);
    });

    it("sends one request first in a new server window and the rest once it answered", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      await answered(throttle, "19", "2");
      await vi.advanceTimersByTimeAsync(2_000 + 10);
      const probe = await throttle.acquire();
      const rest = burst(throttle, 15);
      await vi.advanceTimersByTimeAsync(100);
      expect(rest.granted).toBe(0);
      // Another consumer spent 12 of the new window: only 7 are left.
      probe.settle({ status: 200, headers: rateHeaders("7", "10") });
      await vi.advanceTimersByTimeAsync(10);
      expect(rest.granted).toBe(7);
    });

    it("sends the first request of a new window as soon as the store allows, never waiting for itself", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      const permit = await throttle.acquire();
      // The server's window resets in 2 s, but it asks for 2.1 s: the store reopens after the window.
      permit.settle({
        status: 429,
        headers: new Headers({
          "x-ratelimit-remaining": "0",
          "x-ratelimit-reset": "2",
          "retry-after-ms": "2100",
        }),
      });
      await vi.advanceTimersByTimeAsync(2_050);
      // The first request of the new server window, refused by the store for 50 ms more.
      const first = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(40);
      expect(first.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(10 + 20);
      expect(first.granted).toBe(1);
    });

    it("lets the rest go after at most 500 ms when the first request of a window gets no answer", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      await answered(throttle, "19", "2");
      await vi.advanceTimersByTimeAsync(2_000 + 10);
      await throttle.acquire(); // never answered
      const rest = burst(throttle, 5);
      await vi.advanceTimersByTimeAsync(499);
      expect(rest.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(2);
      expect(rest.granted).toBe(5);
    });

    it("pauses everybody for a 429's Retry-After even without rate-limit counts", async () => {
      throttle = createThrottle({ limit: 20, windowMs: 10_000 });
      const permit = await throttle.acquire();
      permit.settle({ status: 429, headers: new Headers({ "retry-after": "3" }) });
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 2);
      await vi.advanceTimersByTimeAsync(3_000 - 20);
      expect(state.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(20 + SETTLE);
      expect(state.granted).toBe(2);
    });

    it("never pauses longer than 3 windows, whatever Reset says", async () => {
      throttle = createThrottle({ limit: 5, windowMs: 1_000 });
      throttle.observe(rateHeaders("0", String(10 * 365 * 24 * 3600)));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(3_000 + 10);
      expect(state.granted).toBe(1);
    });

    it("never blocks for good on Remaining: 0 with Reset: 0", async () => {
      throttle = createThrottle({ limit: 5, windowMs: 1_000 });
      throttle.observe(rateHeaders("0", "0"));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(1);
    });

    it("applies Remaining to a shared limiter, under the budget's own key", async () => {
      const limiter = new RateLimiterMemory({ points: 10, duration: 60 });
      const other = createThrottle({ limit: 10, windowMs: 60_000, limiter, key: "other-api-key" });
      throttle = createThrottle({ limit: 10, windowMs: 60_000, limiter, key: "this-api-key" });
      throttle.observe(rateHeaders("2"));
      await vi.advanceTimersByTimeAsync(10);
      const state = burst(throttle, 4);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(2);
      const unaffected = burst(other, 10);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(unaffected.granted).toBe(10);
      cleanup.push(() => other.stop());
    });
  });

  describe("a store shared between processes (atLeast)", () => {
    /** An in-memory stand-in for a shared store: records what the throttle tells it. */
    class SharedStore extends RateLimiterMemory {
      readonly calls: [string, number, number][] = [];
      failing = false;
      async atLeast(key: string, points: number, ms: number) {
        this.calls.push([key, points, ms]);
        const used = (await this.get(key))?.consumedPoints ?? 0;
        await this.set(key, Math.max(used, points), ms / 1000);
      }
      override consume(key: string | number, points?: number) {
        return this.failing ? Promise.reject(new Error("store went away")) : super.consume(key, points);
      }
    }
    const headers = (values: Record<string, string>) => new Headers(values);

    it("raises the count to what the server says was used until its reset, never lowering it", async () => {
      const store = new SharedStore({ points: 20, duration: 10 });
      throttle = createThrottle({ limit: 20, windowMs: 10_000, limiter: store, key: "k" });
      throttle.observe(headers({ "x-ratelimit-remaining": "4", "x-ratelimit-reset": "3" }));
      // A later answer with more left (another worker's requests were still in the air) is max'ed.
      throttle.observe(headers({ "x-ratelimit-remaining": "10", "x-ratelimit-reset": "3" }));
      await vi.advanceTimersByTimeAsync(10);
      expect(store.calls).toEqual([
        ["k", 16, 3_000],
        ["k", 16, 3_000],
      ]);
      const state = burst(throttle, 10);
      await vi.advanceTimersByTimeAsync(SETTLE);
      expect(state.granted).toBe(4);
      await vi.advanceTimersByTimeAsync(2_000);
      expect(state.granted).toBe(5); // at the reset: one request first, to learn the new window
    });

    it("wakes calls waiting for the local window when the server's window resets sooner", async () => {
      const store = new SharedStore({ points: 4, duration: 10 });
      throttle = createThrottle({ limit: 4, windowMs: 10_000, limiter: store, key: "k" });
      const first = await Promise.all(Array.from({ length: 4 }, () => (throttle as Throttle).acquire()));
      const waiting = burst(throttle, 2);
      await vi.advanceTimersByTimeAsync(100);
      for (const permit of first) {
        permit.settle({
          status: 200,
          headers: headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "2" }),
        });
      }
      await vi.advanceTimersByTimeAsync(1_800);
      expect(waiting.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(200 + 500 + 10);
      expect(waiting.granted).toBe(2);
    });

    it("spends the whole budget until the reset (or a longer Retry-After) when nothing is left", async () => {
      const store = new SharedStore({ points: 20, duration: 10 });
      throttle = createThrottle({ limit: 20, windowMs: 10_000, limiter: store, key: "k" });
      const permit = await throttle.acquire();
      permit.settle({
        status: 429,
        headers: headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "2", "retry-after": "5" }),
      });
      await vi.advanceTimersByTimeAsync(10);
      expect(store.calls).toEqual([["k", 20, 5_000]]);
      const state = burst(throttle, 1);
      await vi.advanceTimersByTimeAsync(5_000 - 20);
      expect(state.granted).toBe(0);
      await vi.advanceTimersByTimeAsync(20 + SETTLE);
      expect(state.granted).toBe(1);
    });

    it("pauses the shared budget for a 429's Retry-After without counts, and ignores Reset: 0", async () => {
      const store = new SharedStore({ points: 20, duration: 10 });
      throttle = createThrottle({ limit: 20, windowMs: 10_000, limiter: store, key: "k" });
      throttle.observe(headers({ "x-ratelimit-remaining": "3", "x-ratelimit-reset": "0" }));
      throttle.observe(headers({ "retry-after": "2" }), 429);
      await vi.advanceTimersByTimeAsync(10);
      expect(store.calls).toEqual([["k", 20, 2_000]]);
    });

    it("fails a call with RateBudgetUnavailableError when the store fails, and recovers with it", async () => {
      const store = new SharedStore({ points: 20, duration: 10 });
      throttle = createThrottle({ limit: 20, windowMs: 10_000, limiter: store, key: "k" });
      store.failing = true;
      const error = await throttle.acquire().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateBudgetUnavailableError);
      expect(error).toBeInstanceOf(EdiClientError);
      expect((error as Error).message).toMatch(/shared rate budget is unavailable.*store went away/);
      expect((error as Error).cause).toEqual(new Error("store went away"));
      store.failing = false;
      await expect(throttle.acquire()).resolves.toBeDefined();
    });
  });

  it("stop() cancels a pending resume and drops waiting acquires", async () => {
    const own = createThrottle({ limit: 1, windowMs: 60_000 });
    own.observe(new Headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "5" }));
    await vi.advanceTimersByTimeAsync(10);
    const state = burst(own, 2);
    const stopped = own.stop();
    await vi.advanceTimersByTimeAsync(SETTLE);
    await stopped;
    expect(state.granted).toBe(0);
    expect(state.rejected).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(state.granted).toBe(0);
  });
});

describe("resetDelayMs", () => {
  it("reads small numbers as seconds from now", () => {
    expect(resetDelayMs("5")).toBe(5_000);
    expect(resetDelayMs("0")).toBe(0);
    expect(resetDelayMs("2.5")).toBe(2_500);
  });

  it("reads large numbers as a Unix timestamp in seconds, never negative", () => {
    const now = 1_750_000_000_000;
    expect(resetDelayMs("1750000030", now)).toBe(30_000);
    expect(resetDelayMs("1749999990", now)).toBe(0);
  });

  it("is undefined for absent, blank, negative or non-numeric values", () => {
    expect(resetDelayMs(null)).toBeUndefined();
    expect(resetDelayMs(" ")).toBeUndefined();
    expect(resetDelayMs("-1")).toBeUndefined();
    expect(resetDelayMs("soon")).toBeUndefined();
  });
});

describe("budgets shared by key", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives throttles with the same key one budget in the process, and other keys their own", async () => {
    const key = budgetKey("test", `same-credential-${Math.random()}`);
    const a = createThrottle({ limit: 3, windowMs: 60_000, key });
    const b = createThrottle({ limit: 3, windowMs: 60_000, key });
    const c = createThrottle({
      limit: 3,
      windowMs: 60_000,
      key: budgetKey("test", `other-${Math.random()}`),
    });
    const first = burst(a, 2);
    const second = burst(b, 2);
    const third = burst(c, 3);
    await vi.advanceTimersByTimeAsync(SETTLE);
    expect(first.granted + second.granted).toBe(3);
    expect(third.granted).toBe(3);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(first.granted + second.granted).toBe(4);
    await Promise.all([a.stop(), b.stop(), c.stop()]);
  });

  it("names a credential's budget without containing the credential", () => {
    const key = budgetKey("ecgrid", "secret-api-key-123");
    expect(key).toMatch(/^ecgrid:[0-9a-z]+$/);
    expect(key).not.toContain("secret");
    expect(budgetKey("ecgrid", "secret-api-key-123")).toBe(key);
    expect(budgetKey("ecgrid", "secret-api-key-124")).not.toBe(key);
  });
});
