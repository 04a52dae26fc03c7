// runWatch: poll, sleep interval ± jitter, stop on the signal, counters.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../src/errors.ts";
import { type PassReport, runWatch } from "../src/watch.ts";

afterEach(() => {
  vi.useRealTimers();
});

const empty: PassReport = { handled: [], reconfirmed: [], failed: [], skipped: 0, pending: 0 };

describe("runWatch", () => {
  it("sleeps intervalMs scaled by 1 ± jitter between passes", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const at: number[] = [];
    const randoms = [0, 1, 0.5];
    const watch = runWatch(
      "w",
      { intervalMs: 1000, jitter: 0.2, signal: controller.signal },
      async () => {
        at.push(Date.now());
        return empty;
      },
      { random: () => randoms.shift() ?? 0.5 },
    );
    await vi.advanceTimersByTimeAsync(800 + 1200 + 1000);
    controller.abort();
    const stats = await watch.done;
    const gaps = at.slice(1).map((t, i) => t - (at[i] as number));
    expect(gaps).toEqual([800, 1200, 1000]);
    expect(stats.passes).toBe(4);
  });

  it("an aborted signal makes no pass; a throwing onPass does not stop the watch", async () => {
    const controller = new AbortController();
    controller.abort();
    const none = runWatch("w", { signal: controller.signal }, async () => empty);
    expect((await none.done).passes).toBe(0);

    vi.useFakeTimers();
    const stop = new AbortController();
    const watch = runWatch(
      "w",
      {
        intervalMs: 10,
        signal: stop.signal,
        onPass: () => {
          throw new Error("dashboard down");
        },
      },
      async () => ({ ...empty, skipped: 2, reconfirmed: ["a"], error: new Error("store down") }),
    );
    await vi.advanceTimersByTimeAsync(25);
    stop.abort();
    const stats = await watch.done;
    expect(stats.passes).toBeGreaterThanOrEqual(2);
    expect(stats).toMatchObject({
      skipped: 2 * stats.passes,
      reconfirmed: stats.passes,
      pollErrors: stats.passes,
    });
    expect((stats.lastError as Error).message).toBe("store down");
  });

  it("an abort during a pass is a stop, not a poll error", async () => {
    const controller = new AbortController();
    const watch = runWatch("w", { signal: controller.signal }, async () => {
      controller.abort();
      throw new Error("aborted listing");
    });
    expect(await watch.done).toMatchObject({ passes: 1, pollErrors: 0, lastError: undefined });
  });

  it.each([
    [{ intervalMs: Number.NaN }, /intervalMs must be a number/],
    [{ intervalMs: 1e12 }, /intervalMs/],
    [{ jitter: 1.5 }, /jitter must be a number from 0 to 1/],
    [{ signal: {} as AbortSignal }, /signal must be an AbortSignal/],
    [{ onPass: 1 as never }, /onPass must be a function/],
  ])("rejects %j through done", async (options, pattern) => {
    await expect(runWatch("watchX", options, async () => empty).done).rejects.toThrow(pattern);
  });

  it("a ValidationError from a pass (a bad filter the server-side check found) stops the watch", async () => {
    let passes = 0;
    const watch = runWatch("w", { intervalMs: 0 }, async () => {
      passes++;
      throw new ValidationError("w: pageLength must be an integer from 1 to 100, got 0");
    });
    await expect(watch.done).rejects.toBeInstanceOf(ValidationError);
    expect(passes).toBe(1);
  });
});
