import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sleep } from "../src/sleep.ts";

describe("sleep", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("resolves after exactly the given time, not before", async () => {
    let done = false;
    void sleep(1_500).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(1_499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it("rejects with the signal's reason as soon as it aborts, and clears its timer", async () => {
    const controller = new AbortController();
    const promise = sleep(10_000, controller.signal);
    await vi.advanceTimersByTimeAsync(100);
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(promise).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once when the signal is already aborted", async () => {
    const reason = new Error("already");
    await expect(sleep(10, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("removes its abort listener once it has resolved", async () => {
    const controller = new AbortController();
    const remove = vi.spyOn(controller.signal, "removeEventListener");
    const promise = sleep(5, controller.signal);
    await vi.advanceTimersByTimeAsync(5);
    await expect(promise).resolves.toBeUndefined();
    expect(remove).toHaveBeenCalledWith("abort", expect.any(Function));
    controller.abort();
  });
});
