// The at-least-once loop behind ECGrid `parcels.processInbox` / `watchInbox` and AS2
// `messages.processReceived` / `watchReceived`: list a snapshot, then per item claim (with a
// coordinator) → download → handler → complete (confirm / mark read), never completing an item
// whose handler did not resolve. The clients bring only their API's parts: the listing, the key of
// an item, the download and the complete call.

import { forEachConcurrent } from "./concurrency.js";
import type { InboxCoordinator } from "./coordinator.js";
import { CoordinatorUnavailableError, completeItem, DEFAULT_LEASE_MS, HeldClaim } from "./coordinator.js";
import { ValidationError } from "./errors.js";
import { describeValue } from "./validate.js";
import type { PassReport } from "./watch.js";

/** The API-specific parts of an inbox: how to list, name, fetch, handle and complete its items. */
export interface InboxSource<T, K, P = undefined> {
  /** The items waiting, page after page; read to the end before the first is handled (a snapshot). */
  list(signal: AbortSignal | undefined): AsyncIterable<T>;
  /** The item's ID as the result reports it; an ID listed twice in one snapshot is handled once. */
  id(item: T): K;
  /** The coordinator's name of the item: API, server, mailbox or station, ID — never a credential. */
  key(item: T): string;
  /**
   * Fetches a batch of items at once (e.g. AS2 batch download): the items of each `batchSize`
   * chunk are claimed first, then the ones whose handler has not already succeeded are fetched
   * here (with the request signal), then handled. Without it items are claimed one at a time, as
   * a lane takes them.
   */
  prefetch?(items: T[], signal: AbortSignal | undefined): Promise<P>;
  /** Downloads the item (unless prefetched) and awaits the user's handler with `signal`. */
  handle(item: T, prefetched: P | undefined, signal: AbortSignal | undefined): Promise<void>;
  /** Confirms / marks the item done on the server; throws when the server did not. */
  complete(item: T, signal: AbortSignal | undefined): Promise<void>;
}

export interface InboxPassOptions {
  /** Items handled at once. Default 1. */
  concurrency?: number | undefined;
  /** Items claimed and prefetched together (with `prefetch` only). Default 10. */
  batchSize?: number | undefined;
  coordinator?: InboxCoordinator | undefined;
  /** The lease per item with a coordinator. Default {@link DEFAULT_LEASE_MS}. */
  leaseMs?: number | undefined;
  /** Goes to every request (listing, download, complete) and to the handler. */
  signal?: AbortSignal | undefined;
  /** Ends claiming and starting items (the listing too); items started finish and are completed. */
  stop?: AbortSignal | undefined;
  /** List the items never started (stopped, coordinator unreachable) as failed. */
  reportUnstarted?: boolean | undefined;
}

export interface InboxPassResult<K> {
  /** Handled and completed, in completion order (re-confirmed ones included). */
  completed: K[];
  /** Left for the next run: what failed (download, handler, complete, coordinator, stop). */
  failed: { id: K; error: unknown }[];
  /** With a coordinator: items another worker holds or has completed. */
  skipped?: K[];
  /** With a coordinator: completed without their handler, which had succeeded in an earlier run. */
  reconfirmed?: K[];
}

export interface InboxPass<T, K> {
  result: InboxPassResult<K>;
  /** The snapshot that was worked through. */
  listed: T[];
  /** Set when the pass stopped claiming because the coordinator was unreachable. */
  halted: unknown;
}

/**
 * One at-least-once pass over an inbox. A handler that throws, a failed download or complete, a
 * lost lease or a crash leaves the item for the next run; with a coordinator, an item held by
 * another live worker is skipped and one whose handler already succeeded is only completed. An
 * unreachable coordinator stops claiming for the rest of the pass (`halted`).
 */
export async function runInboxPass<T, K, P = undefined>(
  source: InboxSource<T, K, P>,
  options: InboxPassOptions = {},
): Promise<InboxPass<T, K>> {
  const concurrency = options.concurrency ?? 1;
  const { coordinator, signal, stop } = options;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  // A snapshot first: completing shrinks the unread list, which would shift later pages.
  const listed: T[] = [];
  const seen = new Set<K>();
  for await (const item of source.list(stop ?? signal)) {
    const id = source.id(item);
    if (seen.has(id)) continue;
    seen.add(id);
    listed.push(item);
  }
  const result: InboxPassResult<K> = {
    completed: [],
    failed: [],
    ...(coordinator ? { skipped: [], reconfirmed: [] } : {}),
  };
  let halted: unknown;
  const unstarted = (item: T) => {
    if (options.reportUnstarted) result.failed.push({ id: source.id(item), error: halted ?? stop?.reason });
  };
  const fail = (item: T, error: unknown) => {
    // An unreachable coordinator fails the rest of the pass the same way: stop claiming.
    if (error instanceof CoordinatorUnavailableError) halted ??= error;
    result.failed.push({ id: source.id(item), error });
  };
  /** Claims the item: the claim, null when someone else has it, undefined without a coordinator. */
  const claim = async (item: T): Promise<HeldClaim | undefined | null> => {
    if (!coordinator) return undefined;
    const held = await HeldClaim.take(coordinator, source.key(item), leaseMs);
    if (!held) result.skipped?.push(source.id(item));
    return held ?? null;
  };
  const run = async (item: T, held: HeldClaim | undefined, prefetched: P | undefined) => {
    const outcome = await completeItem(
      held,
      {
        handle: (handlerSignal) => source.handle(item, prefetched, handlerSignal),
        confirm: () => source.complete(item, signal),
      },
      signal,
    );
    const id = source.id(item);
    result.completed.push(id);
    if (outcome === "reconfirmed") result.reconfirmed?.push(id);
  };

  const { prefetch } = source;
  if (!prefetch) {
    // One item at a time: each lane claims, downloads, handles and completes the item it takes.
    await forEachConcurrent(listed, concurrency, async (item) => {
      if (stop?.aborted || halted !== undefined) return unstarted(item);
      try {
        const held = await claim(item);
        if (held === null) return;
        await run(item, held, undefined);
      } catch (error) {
        fail(item, error);
      }
    });
    return { result, listed, halted };
  }

  const batchSize = options.batchSize ?? 10;
  for (let at = 0; at < listed.length; at += batchSize) {
    const chunk = listed.slice(at, at + batchSize);
    if (stop?.aborted) {
      for (const item of chunk) unstarted(item);
      continue;
    }
    // With a coordinator, only the items claimed here are fetched and handled.
    const held = new Map<T, HeldClaim>();
    const mine: T[] = [];
    for (const item of chunk) {
      if (coordinator && (stop?.aborted || halted !== undefined)) {
        // Stopping, or the store is unreachable: claim nothing more.
        unstarted(item);
        continue;
      }
      try {
        const claimed = await claim(item);
        if (claimed === null) continue;
        if (claimed) held.set(item, claimed);
      } catch (error) {
        fail(item, error);
        continue;
      }
      mine.push(item);
    }
    const prefetched = await prefetch(
      mine.filter((item) => held.get(item)?.progress !== "handled"),
      signal,
    );
    await forEachConcurrent(mine, concurrency, async (item) => {
      const claimed = held.get(item);
      if (stop?.aborted) {
        await claimed?.release();
        return unstarted(item);
      }
      try {
        await run(item, claimed, prefetched);
      } catch (error) {
        fail(item, error);
      }
    });
  }
  return { result, listed, halted };
}

/** The watch counters' view of a pass (`pending` and `oldestArrival` come from the caller). */
export function passReport<K>(
  pass: Pick<InboxPass<unknown, K>, "result" | "halted">,
): Omit<PassReport, "pending" | "oldestArrival"> {
  const { result } = pass;
  const reconfirmed = new Set(result.reconfirmed);
  return {
    handled: result.completed.filter((id) => !reconfirmed.has(id)).map(String),
    reconfirmed: [...reconfirmed].map(String),
    failed: result.failed.map((f) => ({ key: String(f.id), error: f.error })),
    skipped: result.skipped?.length ?? 0,
    error: pass.halted,
  };
}

/** Checks an inbox processor's handler: a function. */
export function checkInboxHandler(handler: unknown, name: string): void {
  if (typeof handler !== "function") {
    throw new ValidationError(`${name}: handler must be a function, got ${describeValue(handler)}`);
  }
}

/** Checks an inbox processor's `coordinator` option: absent, or an InboxCoordinator. */
export function checkInboxCoordinator(coordinator: unknown, name: string): void {
  const c = coordinator as Partial<InboxCoordinator> | null | undefined;
  if (coordinator !== undefined && (typeof c?.claim !== "function" || typeof c.progress !== "function")) {
    throw new ValidationError(`${name}: coordinator must have claim() and progress() (an InboxCoordinator)`);
  }
}
