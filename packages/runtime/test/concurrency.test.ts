import { describe, expect, it } from "vitest";
import { forEachConcurrent } from "../src/concurrency.ts";

describe("forEachConcurrent", () => {
  it("runs every item with at most `limit` in flight, and handles fewer items than lanes", async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachConcurrent([1, 2, 3, 4, 5], 2, async (n) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5 - n));
      seen.push(n);
      running--;
    });
    expect(peak).toBe(2);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
    const few: number[] = [];
    await forEachConcurrent([7], 4, async (n) => {
      few.push(n);
    });
    expect(few).toEqual([7]);
    await forEachConcurrent([], 3, async () => {
      throw new Error("never called");
    });
  });
});
