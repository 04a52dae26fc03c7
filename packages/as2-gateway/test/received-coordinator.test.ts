// processReceived with a coordinator (many workers, one AS2 inbox) and watchReceived (the long-running
// loop). The coordinator here is the runtime's in-memory one; the Redis one is proven in packages/redis.
import {
  ClaimLostError,
  CoordinatorUnavailableError,
  createMemoryCoordinator,
  type InboxCoordinator,
} from "@edi-clients/runtime";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../src/index.js";
import { binary, fakeClient, json, message, page, type RecordedRequest, zip } from "./helpers.js";

afterEach(() => {
  vi.useRealTimers();
});

/** A stateful inbox: marking read removes a message from the unread list; `failMark` fails once each. */
function inbox(count: number, options: { failMark?: number[] } = {}) {
  const all = Array.from({ length: count }, (_, i) =>
    message({ as2MessageId: `<r${i}@globex>`, persistedTimestamp: T0 + i }),
  );
  const unread = new Set(all.map((m) => m.as2MessageId));
  const failMark = new Set((options.failMark ?? []).map((i) => `<r${i}@globex>`));
  const marked: string[] = [];
  const downloaded: string[] = [];
  const handler = (request: RecordedRequest) => {
    const { pathname, searchParams } = request.url;
    if (pathname === "/v1/message/received") return json(page(all.filter((m) => unread.has(m.as2MessageId))));
    if (pathname === "/v1/message/received/batch/attachments") {
      const ids = JSON.parse(request.text) as string[];
      downloaded.push(...ids);
      return binary(zip(Object.fromEntries(ids.map((id) => [`${id}/po.edi`, `content of ${id}`]))));
    }
    const id = decodeURIComponent(pathname.split("/")[4] ?? "");
    if (searchParams.get("markAsRead") === "true") {
      marked.push(id);
      if (failMark.delete(id)) return json({ message: "An unexpected error occurred" }, 500);
      unread.delete(id);
    }
    return json(all.find((m) => m.as2MessageId === id) ?? {});
  };
  const client = () => fakeClient(handler, { maxRetries: 0 }).client;
  return { client, unread, marked, downloaded };
}

const T0 = Date.parse("2026-01-01T00:00:00Z");
const KEY = (i: number) => `as2:as2.test:station:ACME_EDI_PROD:message:<r${i}@globex>`;

describe("processReceived with a coordinator", () => {
  it("two workers sharing one inbox hand every message to exactly one handler", async () => {
    const box = inbox(8);
    const coordinator = createMemoryCoordinator();
    const seen: string[] = [];
    const handler = async ({ message: m }: { message: { as2MessageId: string } }) => {
      seen.push(m.as2MessageId);
      await new Promise((resolve) => setTimeout(resolve, 2));
    };
    const options = { coordinator, concurrency: 2, batchSize: 3 };
    const [a, b] = await Promise.all([
      box.client().messages.processReceived(handler, options),
      box.client().messages.processReceived(handler, options),
    ]);
    expect(seen.length).toBe(8);
    expect(new Set(seen).size).toBe(8);
    expect([...a.succeeded, ...b.succeeded].length).toBe(8);
    expect([...(a.skipped ?? []), ...(b.skipped ?? [])].length).toBe(8);
    // Downloaded and marked once each: a worker downloads only what it claimed.
    expect(box.downloaded.length).toBe(8);
    expect(box.marked.length).toBe(8);
    expect(await coordinator.progress(KEY(0))).toBe("confirmed");
  });

  it("marks read without calling the handler again a message whose marking failed after its handler succeeded", async () => {
    const box = inbox(2, { failMark: [0] });
    const coordinator = createMemoryCoordinator();
    const seen: string[] = [];
    const first = await box
      .client()
      .messages.processReceived(({ message: m }) => void seen.push(m.as2MessageId), { coordinator });
    expect(first.failed.map((f) => f.as2MessageId)).toEqual(["<r0@globex>"]);
    expect(await coordinator.progress(KEY(0))).toBe("handled");
    const second = await box
      .client()
      .messages.processReceived(({ message: m }) => void seen.push(m.as2MessageId), { coordinator });
    expect(seen).toEqual(["<r0@globex>", "<r1@globex>"]);
    expect(second).toEqual({
      succeeded: ["<r0@globex>"],
      failed: [],
      skipped: [],
      reconfirmed: ["<r0@globex>"],
    });
    // No second download for the re-marked message.
    expect(box.downloaded).toEqual(["<r0@globex>", "<r1@globex>"]);
    expect(box.unread.size).toBe(0);
  });

  it("a lease that expired and was taken by another worker: the handler's signal aborts, the message stays unread", async () => {
    vi.useFakeTimers();
    const box = inbox(1);
    let clock = 0;
    const coordinator = createMemoryCoordinator({ now: () => clock });
    let reason: unknown;
    let taken: unknown;
    const result = await box.client().messages.processReceived(
      async ({ signal }) => {
        // The lease runs out (a stalled process) and another worker claims the message.
        clock += 100;
        taken = await coordinator.claim(KEY(0), 100);
        await vi.advanceTimersByTimeAsync(50);
        reason = signal?.reason;
      },
      { coordinator, leaseMs: 60 },
    );
    expect(taken).toBeDefined();
    expect(reason).toBeInstanceOf(ClaimLostError);
    expect(result.failed[0]?.error).toBeInstanceOf(ClaimLostError);
    expect(box.marked).toEqual([]);
  });

  it("an unreachable coordinator: a typed error, nothing downloaded, nothing marked read", async () => {
    const box = inbox(3);
    const coordinator: InboxCoordinator = {
      claim: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:6379");
      },
      progress: async () => undefined,
    };
    const result = await box.client().messages.processReceived(() => undefined, { coordinator });
    expect(result.succeeded).toEqual([]);
    expect(result.failed).toHaveLength(3);
    for (const f of result.failed) expect(f.error).toBeInstanceOf(CoordinatorUnavailableError);
    expect(box.downloaded).toEqual([]);
    expect(box.marked).toEqual([]);
  });

  it("rejects a bad coordinator or leaseMs before any request", async () => {
    const box = inbox(1);
    const client = box.client();
    await expect(
      client.messages.processReceived(() => undefined, { coordinator: { claim: 1 } as never }),
    ).rejects.toThrow(ValidationError);
    await expect(client.messages.processReceived(() => undefined, { leaseMs: 0 })).rejects.toThrow(
      /leaseMs must be an integer >= 1/,
    );
    await expect(client.messages.watchReceived(() => undefined, { jitter: -1 }).done).rejects.toThrow(
      /jitter/,
    );
    await expect(client.messages.watchReceived(() => undefined, { batchSize: 0 }).done).rejects.toThrow(
      /^watchReceived: batchSize must be an integer from 1 to 100/,
    );
  });
});

describe("watchReceived", () => {
  it("polls every interval, counts handled, failed, retried and the lag of the oldest unread message", async () => {
    vi.useFakeTimers({ now: T0 + 60_000 });
    const box = inbox(2);
    const controller = new AbortController();
    let failOnce = true;
    const watch = box.client().messages.watchReceived(
      ({ message: m }) => {
        if (m.as2MessageId === "<r1@globex>" && failOnce) {
          failOnce = false;
          throw new Error("ERP down");
        }
      },
      { intervalMs: 1000, jitter: 0, signal: controller.signal },
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(watch.stats).toMatchObject({ passes: 1, handled: 1, failed: 1, pending: 2, lagMs: 60_000 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(watch.stats).toMatchObject({ passes: 2, handled: 2, retried: 1, pending: 1 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(watch.stats).toMatchObject({ passes: 3, pending: 0, lagMs: 0 });
    controller.abort();
    expect(await watch.done).toMatchObject({ passes: 3, handled: 2, failed: 1 });
  });

  it("on abort finishes the handler in flight (marks it read), starts nothing new, releases the leases", async () => {
    const box = inbox(4);
    const coordinator = createMemoryCoordinator();
    const controller = new AbortController();
    const started: string[] = [];
    const watch = box.client().messages.watchReceived(
      async ({ message: m, signal }) => {
        started.push(m.as2MessageId);
        controller.abort(new Error("SIGTERM"));
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(signal?.aborted).toBe(false);
      },
      { intervalMs: 1000, signal: controller.signal, coordinator, batchSize: 2 },
    );
    const stats = await watch.done;
    expect(started).toEqual(["<r0@globex>"]);
    expect(box.marked).toEqual(["<r0@globex>"]);
    // The second batch is never downloaded.
    expect(box.downloaded).toEqual(["<r0@globex>", "<r1@globex>"]);
    expect(stats).toMatchObject({ passes: 1, handled: 1, failed: 0 });
    expect(await coordinator.claim(KEY(1), 1000)).toBeDefined();
  });
});
