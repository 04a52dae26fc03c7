// The at-least-once pass both inbox processors run (ECGrid processInbox, AS2 processReceived): a
// snapshot first, complete only after the handler, coordinator skips / re-confirms / halts, stop
// signals, and the batched (prefetch) variant that claims a chunk before fetching it.
import { describe, expect, it } from "vitest";
import {
  checkInboxCoordinator,
  checkInboxHandler,
  type InboxSource,
  passReport,
  runInboxPass,
} from "../src/at-least-once.ts";
import {
  CoordinatorUnavailableError,
  createMemoryCoordinator,
  type InboxCoordinator,
} from "../src/coordinator.ts";
import { ValidationError } from "../src/errors.ts";

interface Item {
  id: number;
}

/** An inbox of `ids` that logs every step; `fail` makes the handler of those IDs throw. */
function inbox(ids: number[], options: { fail?: number[]; onHandle?: (id: number) => void } = {}) {
  const log: string[] = [];
  const source: InboxSource<Item, number> = {
    async *list() {
      for (const id of ids) {
        log.push(`list ${id}`);
        yield { id };
      }
    },
    id: (item) => item.id,
    key: (item) => `test:item:${item.id}`,
    async handle(item) {
      log.push(`handle ${item.id}`);
      options.onHandle?.(item.id);
      if (options.fail?.includes(item.id)) throw new Error(`handler ${item.id} failed`);
    },
    async complete(item) {
      log.push(`complete ${item.id}`);
    },
  };
  return { source, log };
}

describe("runInboxPass", () => {
  it("lists the whole snapshot first, handles each item once (a repeated ID too) and completes it only after its handler resolved", async () => {
    const { source, log } = inbox([1, 2, 2, 3], { fail: [2] });
    const { result, listed, halted } = await runInboxPass(source);
    expect(log).toEqual([
      "list 1",
      "list 2",
      "list 2",
      "list 3",
      "handle 1",
      "complete 1",
      "handle 2",
      "handle 3",
      "complete 3",
    ]);
    expect(listed.map((i) => i.id)).toEqual([1, 2, 3]);
    expect(result.completed).toEqual([1, 3]);
    expect(result.failed.map((f) => [f.id, (f.error as Error).message])).toEqual([[2, "handler 2 failed"]]);
    // Without a coordinator there is nothing to skip or re-confirm.
    expect(result).not.toHaveProperty("skipped");
    expect(halted).toBeUndefined();
  });

  it("a complete that throws leaves the item failed, not completed", async () => {
    const { source } = inbox([1, 2]);
    const refused = new Error("not confirmed");
    const { result } = await runInboxPass({
      ...source,
      async complete(item) {
        if (item.id === 1) throw refused;
      },
    });
    expect(result.completed).toEqual([2]);
    expect(result.failed).toEqual([{ id: 1, error: refused }]);
  });

  it("stop: items not started are reported unstarted with the stop reason (reportUnstarted) or left out", async () => {
    for (const reportUnstarted of [true, false]) {
      const controller = new AbortController();
      const { source, log } = inbox([1, 2, 3], { onHandle: () => controller.abort(new Error("stopped")) });
      const { result } = await runInboxPass(source, { stop: controller.signal, reportUnstarted });
      // The started item finishes and is completed; nothing new starts.
      expect(log.filter((l) => !l.startsWith("list"))).toEqual(["handle 1", "complete 1"]);
      expect(result.completed).toEqual([1]);
      expect(result.failed.map((f) => [f.id, (f.error as Error).message])).toEqual(
        reportUnstarted
          ? [
              [2, "stopped"],
              [3, "stopped"],
            ]
          : [],
      );
    }
  });

  it("with a coordinator: skips an item another worker holds, re-confirms one whose handler succeeded before", async () => {
    const coordinator = createMemoryCoordinator();
    const other = await coordinator.claim("test:item:1", 60_000);
    const earlier = await coordinator.claim("test:item:2", 60_000);
    await earlier?.markHandled();
    await earlier?.release();
    const { source, log } = inbox([1, 2, 3]);
    const { result } = await runInboxPass(source, { coordinator });
    expect(log.filter((l) => !l.startsWith("list"))).toEqual(["complete 2", "handle 3", "complete 3"]);
    expect(result).toEqual({ completed: [2, 3], failed: [], skipped: [1], reconfirmed: [2] });
    expect(passReport({ result, halted: undefined })).toEqual({
      handled: ["3"],
      reconfirmed: ["2"],
      failed: [],
      skipped: 1,
      error: undefined,
    });
    // Completed items are recorded: a second pass leaves them alone.
    expect(await coordinator.progress("test:item:3")).toBe("confirmed");
    await other?.release();
  });

  it("an unreachable coordinator halts the pass: the rest is reported unstarted with that error", async () => {
    const down = new Error("connection refused");
    const coordinator: InboxCoordinator = {
      claim: async () => {
        throw down;
      },
      progress: async () => undefined,
    };
    const { source, log } = inbox([1, 2]);
    const { result, halted } = await runInboxPass(source, { coordinator, reportUnstarted: true });
    expect(halted).toBeInstanceOf(CoordinatorUnavailableError);
    expect(log.some((l) => l.startsWith("handle"))).toBe(false);
    expect(result.failed.map((f) => f.id)).toEqual([1, 2]);
    expect(result.failed.every((f) => f.error === halted)).toBe(true);
    expect(passReport({ result, halted }).error).toBe(halted);
  });

  it("prefetch: claims each chunk, fetches only the claimed items whose handler has not succeeded, then handles them", async () => {
    const coordinator = createMemoryCoordinator();
    const other = await coordinator.claim("test:item:2", 60_000);
    const earlier = await coordinator.claim("test:item:3", 60_000);
    await earlier?.markHandled();
    await earlier?.release();
    const { source, log } = inbox([1, 2, 3, 4, 5]);
    const fetched: number[][] = [];
    const { result } = await runInboxPass<Item, number, Set<number>>(
      {
        ...source,
        async prefetch(items) {
          fetched.push(items.map((i) => i.id));
          return new Set(items.map((i) => i.id));
        },
        async handle(item, prefetched) {
          log.push(`handle ${item.id}`);
          if (!prefetched?.has(item.id)) throw new Error(`${item.id} was not fetched`);
        },
      },
      { coordinator, batchSize: 3 },
    );
    expect(fetched).toEqual([[1], [4, 5]]);
    expect(result).toEqual({ completed: [1, 3, 4, 5], failed: [], skipped: [2], reconfirmed: [3] });
    await other?.release();
  });

  it("prefetch with stop: a chunk not yet claimed is reported unstarted and never fetched", async () => {
    const controller = new AbortController();
    const fetched: number[][] = [];
    const { source } = inbox([1, 2, 3], { onHandle: () => controller.abort(new Error("stopped")) });
    const { result } = await runInboxPass(
      {
        ...source,
        async prefetch(items) {
          fetched.push(items.map((i) => i.id));
          return undefined;
        },
      },
      { batchSize: 2, stop: controller.signal, reportUnstarted: true },
    );
    expect(fetched).toEqual([[1, 2]]);
    expect(result.completed).toEqual([1]);
    expect(result.failed.map((f) => f.id)).toEqual([2, 3]);
  });
});

describe("checkInboxHandler / checkInboxCoordinator", () => {
  it("a handler must be a function; a coordinator needs claim() and progress()", () => {
    expect(() => checkInboxHandler(async () => {}, "processInbox")).not.toThrow();
    expect(() => checkInboxHandler("nope", "processInbox")).toThrow(ValidationError);
    expect(() => checkInboxHandler("nope", "processInbox")).toThrow(
      /processInbox: handler must be a function/,
    );
    expect(() => checkInboxCoordinator(undefined, "watchInbox")).not.toThrow();
    expect(() => checkInboxCoordinator(createMemoryCoordinator(), "watchInbox")).not.toThrow();
    expect(() => checkInboxCoordinator({ claim() {} }, "watchInbox")).toThrow(/claim\(\) and progress\(\)/);
    expect(() => checkInboxCoordinator(null, "watchInbox")).toThrow(ValidationError);
  });
});
