// Many workers, one inbox: the contract between the inbox processors (ECGrid `processInbox`, AS2
// `processReceived`) and a store that hands out leases — @edi-clients/redis implements it on Redis.
// No store lives here: without a coordinator the processors behave exactly as before.
//
// The life of an item under a coordinator:
//   claim (lease) → download → handler (lease renewed meanwhile) → markHandled → confirm/mark read
//   → markConfirmed → release.
// A worker that dies leaves its lease to expire; the next claimer gets the item. One that finds the
// item marked "handled" (the handler succeeded, the confirm did not) confirms it without calling the
// handler again.
import { EdiClientError } from "./errors.js";

/** What the store knows of an item: its handler succeeded, or the server confirmed it too. */
export type InboxItemProgress = "handled" | "confirmed";

/**
 * A store of leases and progress marks shared by every worker draining the same inbox. Item keys
 * come from the processors (API, server, mailbox or station, item ID) and never hold a credential.
 */
export interface InboxCoordinator {
  /**
   * Takes the item for `leaseMs` unless another live holder has it. Resolves to undefined when
   * someone else holds it or when it is recorded as confirmed (nothing left to do); rejects with
   * {@link CoordinatorUnavailableError} when the store cannot be reached.
   */
  claim(itemKey: string, leaseMs: number): Promise<InboxClaim | undefined>;
  /** The recorded progress of an item, without claiming it (undefined: never handled). */
  progress(itemKey: string): Promise<InboxItemProgress | undefined>;
}

/** A live lease on one item. Only its holder can renew or release it. */
export interface InboxClaim {
  readonly itemKey: string;
  /** The item's progress when it was claimed: "handled" means only the confirm is left. */
  readonly progress: InboxItemProgress | undefined;
  /** Extends the lease to `leaseMs` from now; resolves false when it is no longer ours. */
  renew(leaseMs: number): Promise<boolean>;
  /**
   * Records that the handler succeeded. The mark is written even when the lease was lost (the
   * handler did succeed), but then rejects with {@link ClaimLostError}: the caller must not confirm.
   */
  markHandled(): Promise<void>;
  /** Records that the server confirmed the item: later claims skip it. */
  markConfirmed(): Promise<void>;
  /** Gives the lease up if it is still ours (never another holder's). */
  release(): Promise<void>;
}

/** The lease on an item ran out (or was taken) while its handler ran: the item was not confirmed. */
export class ClaimLostError extends EdiClientError {
  override name = "ClaimLostError";
  readonly itemKey: string;
  constructor(itemKey: string, options: { cause?: unknown } = {}) {
    super(`the lease on ${itemKey} was lost before the confirm: left for the next holder`, options);
    this.itemKey = itemKey;
  }
}

/** The coordinator's store could not be reached: nothing is claimed, handled items are not confirmed. */
export class CoordinatorUnavailableError extends EdiClientError {
  override name = "CoordinatorUnavailableError";
}

/** Default lease: long enough for a slow download, renewed every third of it while a handler runs. */
export const DEFAULT_LEASE_MS = 30_000;

/**
 * A claim kept alive while its item is worked on: renewed every `leaseMs / 3` (an unref'd timer,
 * so it never keeps a process up), its `signal` aborts as soon as a renewal fails.
 */
export class HeldClaim {
  readonly claim: InboxClaim;
  readonly #lost = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;
  #released = false;

  private constructor(claim: InboxClaim, leaseMs: number) {
    this.claim = claim;
    const every = Math.max(1, Math.floor(leaseMs / 3));
    const renew = () => {
      this.#timer = undefined;
      claim.renew(leaseMs).then(
        (held) => (held ? schedule() : this.#lose()),
        (error: unknown) => this.#lose(error),
      );
    };
    const schedule = () => {
      if (this.#stopped || this.lost) return;
      this.#timer = setTimeout(renew, every);
      (this.#timer as { unref?: () => void }).unref?.();
    };
    schedule();
  }

  /** Claims `itemKey`; undefined when another worker holds it or it is already confirmed. */
  static async take(
    coordinator: InboxCoordinator,
    itemKey: string,
    leaseMs: number,
  ): Promise<HeldClaim | undefined> {
    let claim: InboxClaim | undefined;
    try {
      claim = await coordinator.claim(itemKey, leaseMs);
    } catch (error) {
      throw asUnavailable(error, `claiming ${itemKey}`);
    }
    return claim && new HeldClaim(claim, leaseMs);
  }

  get progress(): InboxItemProgress | undefined {
    return this.claim.progress;
  }

  /** True once a renewal failed: the item may be someone else's now. */
  get lost(): boolean {
    return this.#lost.signal.aborted;
  }

  /** Aborts when the claim is lost. */
  get signal(): AbortSignal {
    return this.#lost.signal;
  }

  /** `signal` combined with the caller's (what the handler gets). */
  signalWith(caller: AbortSignal | undefined): AbortSignal {
    return caller ? AbortSignal.any([caller, this.#lost.signal]) : this.#lost.signal;
  }

  /** Throws ClaimLostError when the lease is gone: call right before confirming. */
  assertHeld(): void {
    if (this.lost) throw this.#lost.signal.reason;
  }

  /** Records the handler's success; throws when the lease is gone (the caller must not confirm). */
  async markHandled(): Promise<void> {
    this.assertHeld();
    try {
      await this.claim.markHandled();
    } catch (error) {
      if (error instanceof ClaimLostError) {
        this.#lose(error);
        throw error;
      }
      throw asUnavailable(error, `marking ${this.claim.itemKey} handled`);
    }
    this.assertHeld();
  }

  /** After the server confirmed: records it and releases. A failing store changes nothing then. */
  async confirmed(): Promise<void> {
    this.#stop();
    await this.claim.markConfirmed().catch(() => undefined);
    await this.release();
  }

  /** Stops renewing and gives the lease up; never throws (an unreachable store lets it expire). */
  async release(): Promise<void> {
    this.#stop();
    if (this.#released) return;
    this.#released = true;
    await this.claim.release().catch(() => undefined);
  }

  #stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #lose(cause?: unknown): void {
    if (this.#stopped || this.lost) return;
    this.#lost.abort(
      cause instanceof ClaimLostError ? cause : new ClaimLostError(this.claim.itemKey, { cause }),
    );
  }
}

function asUnavailable(error: unknown, what: string): unknown {
  if (error instanceof CoordinatorUnavailableError || !(error instanceof Error)) return error;
  if (error instanceof EdiClientError) return error;
  return new CoordinatorUnavailableError(`inbox coordinator unavailable while ${what}: ${error.message}`, {
    cause: error,
  });
}

/** How long a progress mark is kept by default: a week, far longer than any redelivery. */
export const DEFAULT_MARK_TTL_MS = 7 * 24 * 60 * 60_000;

export interface MemoryCoordinatorOptions {
  /** The clock leases expire by. Default Date.now. */
  now?: () => number;
  /** How long a "handled"/"confirmed" mark is kept. Default a week. */
  markTtlMs?: number;
}

/**
 * A coordinator for the workers of one process (several `processInbox` loops sharing a mailbox), and
 * the reference behaviour of the Redis one: leases with an owner token, marks with a lifetime.
 */
export function createMemoryCoordinator(options: MemoryCoordinatorOptions = {}): InboxCoordinator {
  const now = options.now ?? Date.now;
  const markTtlMs = options.markTtlMs ?? DEFAULT_MARK_TTL_MS;
  const leases = new Map<string, { token: number; expires: number }>();
  const marks = new Map<string, { progress: InboxItemProgress; expires: number }>();
  let tokens = 0;
  const progressOf = (key: string) => {
    const mark = marks.get(key);
    if (mark && mark.expires <= now()) marks.delete(key);
    return marks.get(key)?.progress;
  };
  const holds = (key: string, token: number) => {
    const lease = leases.get(key);
    return lease !== undefined && lease.token === token && lease.expires > now();
  };
  const mark = (key: string, progress: InboxItemProgress) =>
    marks.set(key, { progress, expires: now() + markTtlMs });
  return {
    async claim(itemKey, leaseMs) {
      const progress = progressOf(itemKey);
      if (progress === "confirmed") return undefined;
      const lease = leases.get(itemKey);
      if (lease && lease.expires > now()) return undefined;
      const token = ++tokens;
      leases.set(itemKey, { token, expires: now() + leaseMs });
      return {
        itemKey,
        progress,
        async renew(ms) {
          if (!holds(itemKey, token)) return false;
          leases.set(itemKey, { token, expires: now() + ms });
          return true;
        },
        async markHandled() {
          if (progressOf(itemKey) !== "confirmed") mark(itemKey, "handled");
          if (!holds(itemKey, token)) throw new ClaimLostError(itemKey);
        },
        async markConfirmed() {
          mark(itemKey, "confirmed");
        },
        async release() {
          if (holds(itemKey, token)) leases.delete(itemKey);
        },
      };
    },
    async progress(itemKey) {
      return progressOf(itemKey);
    },
  };
}

/** How an item's run ended: its handler ran and it was confirmed, or it was only re-confirmed. */
export type ItemOutcome = "handled" | "reconfirmed";

/**
 * One item's run, with or without a held claim: `handle` (download + handler) unless the claim says
 * the handler already succeeded, then the handled mark, then `confirm` (which throws when the
 * server did not confirm), then the confirmed mark. The lease is released however it ends.
 */
export async function completeItem(
  held: HeldClaim | undefined,
  steps: { handle(signal: AbortSignal | undefined): Promise<void>; confirm(): Promise<void> },
  signal: AbortSignal | undefined,
): Promise<ItemOutcome> {
  if (!held) {
    await steps.handle(signal);
    await steps.confirm();
    return "handled";
  }
  try {
    const handled = held.progress === "handled";
    if (!handled) {
      await steps.handle(held.signalWith(signal));
      await held.markHandled();
    }
    await steps.confirm();
    await held.confirmed();
    return handled ? "reconfirmed" : "handled";
  } finally {
    await held.release();
  }
}
