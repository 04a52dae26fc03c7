// The inbox coordinator on Redis: many workers (processes, machines) drain one ECGrid mailbox or AS2
// inbox, and a parcel/message is worked on by one live holder at a time.
//
// Per item two keys, in one hash slot (the item key is the hash tag, so Lua works on a Cluster too):
//   <prefix>:{<item key>}:lease  the holder's random token, SET NX PX <lease> (expires on its own)
//   <prefix>:{<item key>}:mark   "handled" (handler succeeded) or "confirmed", with a TTL
// The item keys come from the clients — API, server host, mailbox or station, item ID — and never
// hold a credential. Renew and release are compare-and-set on the token (Lua), so a worker whose
// lease expired can never extend or delete the lease of the worker that took the item over.
import { randomUUID } from "node:crypto";
import {
  ClaimLostError,
  CoordinatorUnavailableError,
  DEFAULT_MARK_TTL_MS,
  type InboxClaim,
  type InboxCoordinator,
  type InboxItemProgress,
} from "@edi-clients/runtime";

/** The part of an ioredis client (Redis or Cluster) the coordinator uses. */
export interface RedisEvalClient {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

export interface RedisCoordinatorOptions {
  /** Prefix of every key. Default `edi-clients:inbox`. */
  keyPrefix?: string;
  /**
   * How long a "handled"/"confirmed" mark is kept. It must outlast the time a parcel can come back
   * (a confirm that keeps failing, a message left unread); after it, an item still delivered would
   * be handled again. Default 7 days.
   */
  markTtlMs?: number;
  /**
   * How long one Redis command may take before it fails with a CoordinatorUnavailableError instead
   * of waiting for a Redis that went away (ioredis queues commands while it reconnects). Default 2000 ms.
   */
  timeoutMs?: number;
}

// KEYS[1] lease, KEYS[2] mark; ARGV[1] token, ARGV[2] lease ms. → {claimed 0|1, mark or ""}
const CLAIM = `
local mark = redis.call('GET', KEYS[2])
if mark == 'confirmed' then return {0, mark} end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {1, mark or ''} end
return {0, ''}`;

// KEYS[1] lease; ARGV[1] token, ARGV[2] lease ms. → 1 renewed, 0 not ours
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

// KEYS[1] lease; ARGV[1] token. → 1 released, 0 not ours (left alone)
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// KEYS[1] lease, KEYS[2] mark; ARGV[1] token, ARGV[2] mark ttl ms. → 1 still ours, 0 lost
// The mark is written either way (the handler did succeed), never over "confirmed".
const MARK_HANDLED = `
if redis.call('GET', KEYS[2]) ~= 'confirmed' then redis.call('SET', KEYS[2], 'handled', 'PX', ARGV[2]) end
if redis.call('GET', KEYS[1]) == ARGV[1] then return 1 end
return 0`;

// KEYS[1] mark; ARGV[1] mark ttl ms.
const MARK_CONFIRMED = `return redis.call('SET', KEYS[1], 'confirmed', 'PX', ARGV[1])`;

// KEYS[1] mark. → the mark or false
const PROGRESS = `return redis.call('GET', KEYS[1])`;

/**
 * An InboxCoordinator on Redis for `processInbox` / `processReceived` / `watchInbox` /
 * `watchReceived` (`{ coordinator }`). Every worker draining the same inbox must use the same Redis
 * and key prefix. A Redis that cannot be reached makes claims fail with a CoordinatorUnavailableError
 * (nothing is downloaded) and handled items stay unconfirmed — at-least-once, never a confirm of an
 * item whose handler did not finish.
 */
export function createRedisCoordinator(
  redis: RedisEvalClient,
  options: RedisCoordinatorOptions = {},
): InboxCoordinator {
  const prefix = options.keyPrefix ?? "edi-clients:inbox";
  const markTtlMs = options.markTtlMs ?? DEFAULT_MARK_TTL_MS;
  const timeoutMs = options.timeoutMs ?? 2_000;
  if (typeof redis?.eval !== "function") {
    throw new TypeError("createRedisCoordinator: pass an ioredis client (new Redis(url))");
  }
  for (const [name, value] of [
    ["markTtlMs", markTtlMs],
    ["timeoutMs", timeoutMs],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new RangeError(`createRedisCoordinator: ${name} must be an integer >= 1, got ${value}`);
    }
  }
  const keys = (itemKey: string) => {
    const slot = `${prefix}:{${itemKey}}`;
    return { lease: `${slot}:lease`, mark: `${slot}:mark` };
  };
  const run = (what: string, script: string, keyList: string[], args: (string | number)[]) =>
    withTimeout(redis.eval(script, keyList.length, ...keyList, ...args), timeoutMs, what);

  return {
    async claim(itemKey, leaseMs) {
      if (!Number.isInteger(leaseMs) || leaseMs < 1) {
        throw new RangeError(`claim: leaseMs must be an integer >= 1, got ${leaseMs}`);
      }
      const { lease, mark } = keys(itemKey);
      const token = randomUUID();
      const [claimed, found] = (await run(`claiming ${itemKey}`, CLAIM, [lease, mark], [token, leaseMs])) as [
        number,
        string,
      ];
      if (claimed !== 1) return undefined;
      const claim: InboxClaim = {
        itemKey,
        progress: asProgress(found),
        async renew(ms) {
          return (await run(`renewing ${itemKey}`, RENEW, [lease], [token, ms])) === 1;
        },
        async markHandled() {
          const held = await run(
            `marking ${itemKey} handled`,
            MARK_HANDLED,
            [lease, mark],
            [token, markTtlMs],
          );
          if (held !== 1) throw new ClaimLostError(itemKey);
        },
        async markConfirmed() {
          await run(`marking ${itemKey} confirmed`, MARK_CONFIRMED, [mark], [markTtlMs]);
        },
        async release() {
          await run(`releasing ${itemKey}`, RELEASE, [lease], [token]);
        },
      };
      return claim;
    },
    async progress(itemKey) {
      return asProgress(await run(`reading ${itemKey}`, PROGRESS, [keys(itemKey).mark], []));
    },
  };
}

function asProgress(value: unknown): InboxItemProgress | undefined {
  return value === "handled" || value === "confirmed" ? value : undefined;
}

/** `promise`, or a CoordinatorUnavailableError once it took longer than `ms` or failed. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new CoordinatorUnavailableError(`Redis coordinator: no answer within ${ms} ms while ${what}`));
    }, ms);
    (timer as { unref?: () => void }).unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(
          new CoordinatorUnavailableError(
            `Redis coordinator: ${what} failed: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          ),
        );
      },
    );
  });
}
