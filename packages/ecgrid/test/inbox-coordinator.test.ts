// processInbox with a coordinator (many workers, one mailbox) and watchInbox (the long-running loop).
// The coordinator here is the runtime's in-memory one; the Redis one is proven in packages/redis.
import {
  ClaimLostError,
  CoordinatorUnavailableError,
  createMemoryCoordinator,
  type InboxClaim,
  type InboxCoordinator,
  ValidationError,
} from "@edi-clients/runtime";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ECGridCore } from "../src/core/client.js";
import { Parcels } from "../src/resources/parcels.js";
import { apiError, envelope, fakeFetch, type RecordedRequest } from "./support/fake-fetch.js";

afterEach(() => {
  vi.useRealTimers();
});

function parcelsOn(fetch: ReturnType<typeof fakeFetch>["fetch"]): Parcels {
  return new Parcels(
    new ECGridCore({ apiKey: "k", baseUrl: "https://ecgrid.test", fetch, throttle: false, maxRetries: 0 }),
  );
}

/** A stateful inbox: confirm moves a parcel out of InBoxReady; `failConfirm` fails those once each. */
function mailbox(ids: number[], options: { failConfirm?: number[]; created?: string } = {}) {
  const ready = new Set(ids);
  const failConfirm = new Set(options.failConfirm ?? []);
  const parcel = (parcelId: number) => ({
    parcelId,
    mailboxId: 1001,
    fileName: `f${parcelId}.edi`,
    status: "InBoxReady",
    ...(options.created ? { created: options.created } : {}),
  });
  const fake = fakeFetch((r: RecordedRequest) => {
    const body = r.body as { parcelId?: number; pageNo?: number };
    switch (r.path) {
      case "/v2/parcels/pending-inbox-list":
        return envelope([...ready].map(parcel));
      case "/v2/parcels/inbox-list":
        return envelope(body.pageNo === 1 ? [...ready].map(parcel) : []);
      case "/v2/parcels/download":
        return envelope({
          parcelId: body.parcelId,
          fileName: "f.edi",
          content: btoa(`ISA*${body.parcelId}~`),
        });
      case "/v2/parcels/confirm": {
        const id = body.parcelId as number;
        if (failConfirm.delete(id)) return apiError(500, "try later");
        ready.delete(id);
        return envelope(true);
      }
      default:
        return apiError(404, `unexpected ${r.path}`);
    }
  });
  const parcels = () => parcelsOn(fake.fetch);
  const calls = (path: string) =>
    fake.requests.filter((r) => r.path === path).map((r) => (r.body as { parcelId: number }).parcelId);
  return { parcels, ready, requests: fake.requests, calls };
}

/** `memory` with some methods of every claim replaced. */
function tampered(memory: InboxCoordinator, overrides: Partial<InboxClaim>): InboxCoordinator {
  return {
    progress: (key) => memory.progress(key),
    async claim(key, leaseMs) {
      const claim = await memory.claim(key, leaseMs);
      return claim && { ...claim, ...overrides };
    },
  };
}

const KEY = (id: number) => `ecgrid:ecgrid.test:mailbox:1001:parcel:${id}`;

describe("processInbox with a coordinator", () => {
  it("two workers sharing one mailbox hand every parcel to exactly one handler", async () => {
    const box = mailbox([1, 2, 3, 4, 5, 6]);
    const coordinator = createMemoryCoordinator();
    const seen: number[] = [];
    const handler = async ({ parcel }: { parcel: { parcelId: number } }) => {
      seen.push(parcel.parcelId);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const [a, b] = await Promise.all([
      box.parcels().processInbox(handler, { coordinator, concurrency: 2 }),
      box.parcels().processInbox(handler, { coordinator, concurrency: 2 }),
    ]);
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...(a.confirmed ?? []), ...(b.confirmed ?? [])].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...(a.skipped ?? []), ...(b.skipped ?? [])].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    // Each parcel downloaded and confirmed once.
    expect(box.calls("/v2/parcels/download").sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(box.calls("/v2/parcels/confirm").sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await coordinator.progress(KEY(3))).toBe("confirmed");
  });

  it("re-confirms a parcel whose handler succeeded but whose confirm failed, without calling the handler again", async () => {
    const box = mailbox([1, 2], { failConfirm: [1] });
    const coordinator = createMemoryCoordinator();
    const seen: number[] = [];
    const first = await box.parcels().processInbox(({ parcel }) => void seen.push(parcel.parcelId), {
      coordinator,
    });
    expect(first.confirmed).toEqual([2]);
    expect(first.failed.map((f) => f.parcelId)).toEqual([1]);
    expect(await coordinator.progress(KEY(1))).toBe("handled");
    const second = await box.parcels().processInbox(({ parcel }) => void seen.push(parcel.parcelId), {
      coordinator,
    });
    expect(seen).toEqual([1, 2]);
    expect(second).toEqual({ confirmed: [1], failed: [], skipped: [], reconfirmed: [1] });
    // Parcel 1: one download, two confirms (the failed one and the re-confirm).
    expect(box.calls("/v2/parcels/download")).toEqual([1, 2]);
    expect(box.calls("/v2/parcels/confirm")).toEqual([1, 2, 1]);
  });

  it("renews the lease while a long handler runs, so no other worker can take the parcel", async () => {
    vi.useFakeTimers();
    const box = mailbox([7]);
    const coordinator = createMemoryCoordinator();
    let duringHandler: unknown = "not tried";
    const run = box.parcels().processInbox(
      async () => {
        // Three leases long: without renewal the lease would have expired twice.
        for (let i = 0; i < 30; i++) await vi.advanceTimersByTimeAsync(10);
        duringHandler = await coordinator.claim(KEY(7), 100);
      },
      { coordinator, leaseMs: 100 },
    );
    const result = await run;
    expect(duringHandler).toBeUndefined();
    expect(result.confirmed).toEqual([7]);
  });

  it("a lost lease aborts the handler's signal and stops before the confirm (ClaimLostError)", async () => {
    vi.useFakeTimers();
    const box = mailbox([8]);
    const memory = createMemoryCoordinator();
    // A store that refuses every renewal, as when the lease expired and another worker took it.
    const coordinator = tampered(memory, { renew: async () => false });
    let aborted: unknown;
    const result = await box.parcels().processInbox(
      async ({ signal }) => {
        await vi.advanceTimersByTimeAsync(60);
        aborted = signal?.reason;
      },
      { coordinator, leaseMs: 90 },
    );
    expect(aborted).toBeInstanceOf(ClaimLostError);
    expect(result.confirmed).toEqual([]);
    expect(result.failed[0]?.error).toBeInstanceOf(ClaimLostError);
    expect(String((result.failed[0]?.error as Error | undefined)?.message)).toContain(KEY(8));
    expect(box.calls("/v2/parcels/confirm")).toEqual([]);
    expect(await memory.progress(KEY(8))).toBeUndefined();
  });

  it("an unreachable coordinator fails the pass with a typed error: nothing downloaded, nothing confirmed", async () => {
    const box = mailbox([1, 2, 3]);
    const coordinator: InboxCoordinator = {
      claim: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:6379");
      },
      progress: async () => undefined,
    };
    const result = await box.parcels().processInbox(() => undefined, { coordinator });
    expect(result.confirmed).toEqual([]);
    expect(result.failed.map((f) => f.parcelId)).toEqual([1, 2, 3]);
    for (const f of result.failed) expect(f.error).toBeInstanceOf(CoordinatorUnavailableError);
    expect(String((result.failed[0]?.error as Error | undefined)?.message)).toMatch(
      /unavailable.*ECONNREFUSED/,
    );
    expect(box.calls("/v2/parcels/download")).toEqual([]);
    expect(box.calls("/v2/parcels/confirm")).toEqual([]);
  });

  it("a store failing at the handled mark leaves the parcel unconfirmed", async () => {
    const box = mailbox([4]);
    const memory = createMemoryCoordinator();
    const coordinator = tampered(memory, {
      markHandled: async () => {
        throw new Error("Connection is closed.");
      },
    });
    let handled = 0;
    const result = await box.parcels().processInbox(() => void handled++, { coordinator });
    expect(handled).toBe(1);
    expect(result.failed[0]?.error).toBeInstanceOf(CoordinatorUnavailableError);
    expect(box.calls("/v2/parcels/confirm")).toEqual([]);
    // Released: another worker may try at once.
    expect(await memory.claim(KEY(4), 1000)).toBeDefined();
  });

  it("rejects a coordinator without claim/progress and a bad leaseMs before any request", async () => {
    const box = mailbox([1]);
    await expect(
      box.parcels().processInbox(() => undefined, { coordinator: {} as InboxCoordinator }),
    ).rejects.toThrow(ValidationError);
    await expect(box.parcels().processInbox(() => undefined, { leaseMs: 0 })).rejects.toThrow(/leaseMs/);
    expect(box.requests).toHaveLength(0);
  });
});

describe("watchInbox", () => {
  it("asks pending-inbox-list each interval and lists the inbox only when something waits", async () => {
    vi.useFakeTimers();
    const box = mailbox([]);
    const controller = new AbortController();
    const watch = box.parcels().watchInbox(() => undefined, {
      intervalMs: 1000,
      jitter: 0,
      signal: controller.signal,
    });
    await vi.advanceTimersByTimeAsync(2500);
    expect(box.requests.map((r) => r.path)).toEqual([
      "/v2/parcels/pending-inbox-list",
      "/v2/parcels/pending-inbox-list",
      "/v2/parcels/pending-inbox-list",
    ]);
    box.ready.add(5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(box.calls("/v2/parcels/confirm")).toEqual([5]);
    controller.abort();
    const stats = await watch.done;
    expect(stats).toMatchObject({ passes: 4, handled: 1, failed: 0, pending: 1, pollErrors: 0 });
  });

  it("counts failures, retries on the next pass, and the lag of the oldest waiting parcel", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-01-01T00:01:00Z") });
    const box = mailbox([1, 2], { created: "2026-01-01T00:00:00Z" });
    const controller = new AbortController();
    let failOnce = true;
    const watch = box.parcels().watchInbox(
      ({ parcel }) => {
        if (parcel.parcelId === 2 && failOnce) {
          failOnce = false;
          throw new Error("ERP down");
        }
      },
      { intervalMs: 500, jitter: 0, signal: controller.signal },
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(watch.stats).toMatchObject({ handled: 1, failed: 1, retried: 0, pending: 2, lagMs: 60_000 });
    expect((watch.stats.lastError as Error).message).toBe("ERP down");
    await vi.advanceTimersByTimeAsync(500);
    expect(watch.stats).toMatchObject({ handled: 2, failed: 1, retried: 1, pending: 1 });
    await vi.advanceTimersByTimeAsync(500);
    expect(watch.stats).toMatchObject({ passes: 3, pending: 0, lagMs: 0 });
    controller.abort();
    await watch.done;
  });

  it("on abort finishes the handler in flight (and confirms it), claims nothing new, releases the leases", async () => {
    vi.useFakeTimers();
    const box = mailbox([1, 2, 3]);
    const coordinator = createMemoryCoordinator();
    const controller = new AbortController();
    const started: number[] = [];
    let handlerSignal: AbortSignal | undefined;
    const watch = box.parcels().watchInbox(
      async ({ parcel, signal }) => {
        started.push(parcel.parcelId);
        handlerSignal = signal;
        if (parcel.parcelId === 1) controller.abort(new Error("SIGTERM"));
        await vi.advanceTimersByTimeAsync(50);
      },
      { intervalMs: 1000, signal: controller.signal, coordinator },
    );
    const stats = await watch.done;
    expect(started).toEqual([1]);
    expect(handlerSignal?.aborted).toBe(false);
    expect(box.calls("/v2/parcels/confirm")).toEqual([1]);
    expect(box.calls("/v2/parcels/download")).toEqual([1]);
    expect(stats).toMatchObject({ passes: 1, handled: 1, failed: 0 });
    // Nothing left held: parcels 2 and 3 can be claimed at once by another worker.
    expect(await coordinator.claim(KEY(2), 1000)).toBeDefined();
    expect(await coordinator.progress(KEY(1))).toBe("confirmed");
  });

  it("keeps polling through a failing listing and counts it", async () => {
    vi.useFakeTimers();
    let down = true;
    const fake = fakeFetch(() => (down ? apiError(503, "maintenance") : envelope([])));
    const parcels = parcelsOn(fake.fetch);
    const controller = new AbortController();
    const passes: number[] = [];
    const watch = parcels.watchInbox(() => undefined, {
      intervalMs: 100,
      jitter: 0,
      signal: controller.signal,
      onPass: (stats) => passes.push(stats.pollErrors),
    });
    await vi.advanceTimersByTimeAsync(150);
    down = false;
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    const stats = await watch.done;
    expect(passes).toEqual([1, 2, 2]);
    expect(stats.pollErrors).toBe(2);
  });

  it("rejects bad options through `done`, before any request", async () => {
    const box = mailbox([]);
    const parcels = box.parcels();
    await expect(parcels.watchInbox(() => undefined, { intervalMs: -1 }).done).rejects.toThrow(/intervalMs/);
    await expect(parcels.watchInbox(() => undefined, { jitter: 2 }).done).rejects.toThrow(/jitter/);
    await expect(parcels.watchInbox("x" as never).done).rejects.toThrow(
      /^watchInbox: handler must be a function/,
    );
    await expect(parcels.watchInbox(() => undefined, null as never).done).rejects.toThrow(
      /watchInbox: options must be an object/,
    );
    await expect(parcels.watchInbox(() => undefined, { concurrency: 0 }).done).rejects.toThrow(
      ValidationError,
    );
    expect(box.requests).toHaveLength(0);
  });
});
