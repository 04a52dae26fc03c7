// The coordinator contract's reference implementation (in memory) and the claim keeper the inbox
// processors use: leases with owner tokens, marks with a lifetime, renewal, loss, store failures.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ClaimLostError,
  CoordinatorUnavailableError,
  completeItem,
  createMemoryCoordinator,
  HeldClaim,
  type InboxCoordinator,
} from "../src/coordinator.ts";
import { ValidationError } from "../src/errors.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("createMemoryCoordinator", () => {
  it("one live holder per item; an expired lease can be taken; release never frees another holder's lease", async () => {
    let now = 0;
    const coordinator = createMemoryCoordinator({ now: () => now });
    const first = await coordinator.claim("k", 100);
    expect(first?.progress).toBeUndefined();
    expect(await coordinator.claim("k", 100)).toBeUndefined();
    now = 100;
    const second = await coordinator.claim("k", 100);
    expect(second).toBeDefined();
    // The first holder's lease is gone: it can neither renew nor release the second's.
    expect(await first?.renew(100)).toBe(false);
    await first?.release();
    expect(await coordinator.claim("k", 100)).toBeUndefined();
    expect(await second?.renew(500)).toBe(true);
    now = 550;
    expect(await coordinator.claim("k", 100)).toBeUndefined();
    await second?.release();
    expect(await coordinator.claim("k", 100)).toBeDefined();
  });

  it("marks: handled is seen by the next claim, confirmed stops claims, both expire after markTtlMs", async () => {
    let now = 0;
    const coordinator = createMemoryCoordinator({ now: () => now, markTtlMs: 1000 });
    const claim = await coordinator.claim("k", 100);
    await claim?.markHandled();
    await claim?.release();
    expect(await coordinator.progress("k")).toBe("handled");
    const again = await coordinator.claim("k", 100);
    expect(again?.progress).toBe("handled");
    await again?.markConfirmed();
    await again?.release();
    expect(await coordinator.claim("k", 100)).toBeUndefined();
    now = 1000;
    expect(await coordinator.progress("k")).toBeUndefined();
    expect((await coordinator.claim("k", 100))?.progress).toBeUndefined();
  });

  it("markHandled after the lease was lost writes the mark and throws ClaimLostError", async () => {
    let now = 0;
    const coordinator = createMemoryCoordinator({ now: () => now });
    const claim = await coordinator.claim("k", 10);
    now = 20;
    await expect(claim?.markHandled()).rejects.toBeInstanceOf(ClaimLostError);
    expect(await coordinator.progress("k")).toBe("handled");
  });
});

describe("HeldClaim", () => {
  it("renews every third of the lease on an unref'd timer and stops on release", async () => {
    vi.useFakeTimers();
    const coordinator = createMemoryCoordinator();
    const held = await HeldClaim.take(coordinator, "k", 300);
    await vi.advanceTimersByTimeAsync(1000);
    expect(held?.lost).toBe(false);
    expect(await coordinator.claim("k", 300)).toBeUndefined();
    await held?.release();
    await held?.release();
    expect(await coordinator.claim("k", 300)).toBeDefined();
  });

  it("a renewal that throws loses the claim: the signal aborts with a ClaimLostError carrying the cause", async () => {
    vi.useFakeTimers();
    const store = createMemoryCoordinator();
    const down = new Error("Connection is closed.");
    const coordinator: InboxCoordinator = {
      progress: store.progress,
      async claim(key, ms) {
        const claim = await store.claim(key, ms);
        return (
          claim && {
            ...claim,
            renew: async () => {
              throw down;
            },
          }
        );
      },
    };
    const held = (await HeldClaim.take(coordinator, "k", 30)) as HeldClaim;
    const caller = new AbortController();
    const signal = held.signalWith(caller.signal);
    await vi.advanceTimersByTimeAsync(10);
    expect(held.lost).toBe(true);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBeInstanceOf(ClaimLostError);
    expect((signal.reason as Error).cause).toBe(down);
    expect(() => held.assertHeld()).toThrow(ClaimLostError);
    await expect(held.markHandled()).rejects.toBeInstanceOf(ClaimLostError);
  });

  it("wraps store failures in CoordinatorUnavailableError, passes the SDK's own errors through", async () => {
    const failing = (error: unknown): InboxCoordinator => ({
      claim: async () => {
        throw error;
      },
      progress: async () => undefined,
    });
    const taken = await HeldClaim.take(failing(new Error("ECONNREFUSED")), "k", 100).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(CoordinatorUnavailableError);
    expect((taken as Error).message).toBe("inbox coordinator unavailable while claiming k: ECONNREFUSED");
    const own = new ValidationError("bad");
    await expect(HeldClaim.take(failing(own), "k", 100)).rejects.toBe(own);
    await expect(HeldClaim.take(failing("text"), "k", 100)).rejects.toBe("text");
  });

  it("a markHandled that the store rejects with ClaimLostError loses the claim", async () => {
    const coordinator: InboxCoordinator = {
      progress: async () => undefined,
      claim: async (itemKey) => ({
        itemKey,
        progress: undefined,
        renew: async () => true,
        markHandled: async () => {
          throw new ClaimLostError(itemKey);
        },
        markConfirmed: async () => undefined,
        release: async () => undefined,
      }),
    };
    const held = (await HeldClaim.take(coordinator, "k", 1000)) as HeldClaim;
    await expect(held.markHandled()).rejects.toBeInstanceOf(ClaimLostError);
    expect(held.lost).toBe(true);
    await held.release();
  });
});

describe("completeItem", () => {
  it("without a claim: handle, then confirm, with the caller's signal", async () => {
    const steps: string[] = [];
    const signal = new AbortController().signal;
    const outcome = await completeItem(
      undefined,
      {
        handle: async (s) => void steps.push(s === signal ? "handle(signal)" : "handle(?)"),
        confirm: async () => void steps.push("confirm"),
      },
      signal,
    );
    expect(outcome).toBe("handled");
    expect(steps).toEqual(["handle(signal)", "confirm"]);
  });

  it("a failing confirm leaves the handled mark and releases the lease", async () => {
    const coordinator = createMemoryCoordinator();
    const held = await HeldClaim.take(coordinator, "k", 1000);
    const error = await completeItem(
      held,
      {
        handle: async () => undefined,
        confirm: async () => {
          throw new Error("503");
        },
      },
      undefined,
    ).catch((e: unknown) => e);
    expect((error as Error).message).toBe("503");
    expect(await coordinator.progress("k")).toBe("handled");
    const next = await HeldClaim.take(coordinator, "k", 1000);
    const steps: string[] = [];
    const outcome = await completeItem(
      next,
      { handle: async () => void steps.push("handle"), confirm: async () => void steps.push("confirm") },
      undefined,
    );
    expect(outcome).toBe("reconfirmed");
    expect(steps).toEqual(["confirm"]);
    expect(await coordinator.progress("k")).toBe("confirmed");
  });
});
