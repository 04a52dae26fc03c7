// One rate budget per credential for many processes: rate-limiter-flexible's Redis limiter counts
// the requests of every worker in one Redis key (an atomic Lua increment), and the runtime throttle
// follows the server's X-RateLimit-* answers into that key (`atLeast`), so what one worker learns
// slows all of them down. Durations are kept to the millisecond (PX), not whole seconds.
import type { LimiterResult, SharedLimiter } from "@edi-clients/runtime";
import type { Redis } from "ioredis";
import RateLimiterRedis from "rate-limiter-flexible/lib/RateLimiterRedis.js";

/** The documented limits of the two APIs (the same numbers the clients use in-process). */
export const API_RATE_LIMITS = {
  ecgrid: { limit: 180, windowMs: 60_000 },
  "as2-gateway": { limit: 50, windowMs: 10_000 },
} as const;

export type RateBudgetApi = keyof typeof API_RATE_LIMITS | { limit: number; windowMs: number };

export interface RedisRateBudgetOptions {
  /** An ioredis client; every worker that shares a credential must point at the same Redis. */
  redis: Redis;
  /** Which API's limit to count against, or your own `{ limit, windowMs }` (windowMs >= 1000). */
  api: RateBudgetApi;
  /**
   * Prefix of the Redis keys; the rest of a key is the client's budget key, a hash of the
   * credential (never the credential). Default `edi-clients:rate`.
   */
  keyPrefix?: string;
  /**
   * How long one Redis command may take before the call fails with a RateBudgetUnavailableError
   * instead of waiting for a Redis that went away. Default 2000 ms.
   */
  timeoutMs?: number;
}

/** Throttle options for a client's `throttle` option: limit, window and the shared limiter. */
export interface RedisRateBudget {
  limit: number;
  windowMs: number;
  limiter: RedisBudgetLimiter;
}

/**
 * A Redis-backed budget for `new ECGrid({ throttle: redisRateBudget(…) })` or
 * `new As2Gateway({ throttle: … })`. The client still names the budget after its credential (the
 * same hash as in-process), so workers with the same API key share it and other keys get their own.
 */
export function redisRateBudget(options: RedisRateBudgetOptions): RedisRateBudget {
  const { limit, windowMs } = typeof options.api === "string" ? API_RATE_LIMITS[options.api] : options.api;
  if (!(Number.isInteger(limit) && limit >= 1) || !(windowMs >= 1_000)) {
    throw new RangeError(
      `a Redis rate budget needs an integer limit >= 1 and windowMs >= 1000, got ${limit}/${windowMs}`,
    );
  }
  return {
    limit,
    windowMs,
    limiter: new RedisBudgetLimiter({
      redis: options.redis,
      points: limit,
      windowMs,
      keyPrefix: options.keyPrefix ?? "edi-clients:rate",
      timeoutMs: options.timeoutMs ?? 2_000,
    }),
  };
}

// rate-limiter-flexible's own increment script sets whole seconds (EX); this one keeps the window to
// the millisecond. ARGV: points to add, whole seconds (unused), the limiter's points, its duration in seconds.
const INCREMENT = `local ms = math.floor(tonumber(ARGV[4]) * 1000)
redis.call('set', KEYS[1], 0, 'PX', ms, 'NX')
local consumed = redis.call('incrby', KEYS[1], ARGV[1])
local ttl = redis.call('pttl', KEYS[1])
if ttl == -1 then
  redis.call('pexpire', KEYS[1], ms)
  ttl = ms
end
return {consumed, ttl}`;

// The points used become at least ARGV[1] (never fewer: other workers' requests in the air are
// already counted) and reset in ARGV[2] ms: the server's reset, as the latest answer gives it.
const AT_LEAST = `local used = tonumber(redis.call('get', KEYS[1]) or '0') or 0
local points = tonumber(ARGV[1])
if used > points then points = used end
redis.call('set', KEYS[1], points, 'PX', ARGV[2])
return points`;

/**
 * The client as the limiter sees it: its increment command (`rlflxIncr`, which rate-limiter-flexible
 * defines on the client it is given) is this package's own, so neither redefines the other's on a
 * client also used by other rate-limiter-flexible limiters.
 */
function ownIncrement(redis: Redis): Redis {
  if (typeof (redis as IncrementClient).ediClientsRateIncr !== "function") {
    redis.defineCommand("ediClientsRateIncr", { numberOfKeys: 1, lua: INCREMENT });
  }
  return new Proxy(redis, {
    get(target, property) {
      if (property === "rlflxIncr") {
        return (args: string[]) => (target as IncrementClient).ediClientsRateIncr(args);
      }
      if (property === "defineCommand") return () => undefined;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

type IncrementClient = Redis & { ediClientsRateIncr(args: string[]): Promise<[number, number]> };

type AtLeastClient = Redis & {
  ediClientsRateAtLeast(key: string, points: string, ms: string): Promise<number>;
};

/** A {@link SharedLimiter} on Redis (see {@link redisRateBudget}). */
export class RedisBudgetLimiter implements SharedLimiter {
  readonly points: number;
  readonly keyPrefix: string;
  readonly #limiter: InstanceType<typeof RateLimiterRedis>;
  readonly #redis: AtLeastClient;
  readonly #timeoutMs: number;

  constructor(options: {
    redis: Redis;
    points: number;
    windowMs: number;
    keyPrefix: string;
    timeoutMs: number;
  }) {
    this.points = options.points;
    this.keyPrefix = options.keyPrefix;
    this.#timeoutMs = options.timeoutMs;
    this.#limiter = new RateLimiterRedis({
      storeClient: ownIncrement(options.redis),
      points: options.points,
      duration: options.windowMs / 1000,
      keyPrefix: options.keyPrefix,
      // Fail at once while Redis is down instead of queueing behind a reconnect.
      rejectIfRedisNotReady: true,
    });
    this.#redis = options.redis as AtLeastClient;
    if (typeof this.#redis.ediClientsRateAtLeast !== "function") {
      options.redis.defineCommand("ediClientsRateAtLeast", { numberOfKeys: 1, lua: AT_LEAST });
    }
  }

  /** The Redis key of a budget. */
  redisKey(key: string): string {
    return `${this.keyPrefix}:${key}`;
  }

  consume(key: string, points = 1): Promise<LimiterResult> {
    return this.#run(() => this.#limiter.consume(key, points));
  }

  penalty(key: string, points = 1): Promise<LimiterResult> {
    return this.#run(() => this.#limiter.penalty(key, points));
  }

  block(key: string, secDuration: number): Promise<LimiterResult> {
    return this.#run(() => this.#limiter.block(key, secDuration));
  }

  get(key: string): Promise<LimiterResult | null> {
    return this.#run(() => this.#limiter.get(key));
  }

  set(key: string, points: number, secDuration: number): Promise<LimiterResult> {
    return this.#run(() => this.#limiter.set(key, points, secDuration));
  }

  atLeast(key: string, points: number, msDuration: number): Promise<number> {
    const ms = String(Math.max(1, Math.ceil(msDuration)));
    return this.#run(() =>
      this.#redis.ediClientsRateAtLeast(this.redisKey(key), String(Math.max(0, points)), ms),
    );
  }

  /**
   * Runs `op` once Redis is connected, failing with an Error after `timeoutMs` (a "not now" from
   * the limiter passes through as it is). A client still connecting is waited for; one that lost
   * its connection (reconnecting, closed) fails at once.
   */
  #run<T>(op: () => Promise<T>): Promise<T> {
    const redis = this.#redis;
    if (redis.status === "ready") return this.#bounded(op());
    if (redis.status === "wait") redis.connect().catch(() => undefined);
    if (redis.status !== "wait" && redis.status !== "connecting" && redis.status !== "connect") {
      return Promise.reject(new Error(`Redis connection is not ready (${redis.status})`));
    }
    let off = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      const onReady = () => resolve();
      const onClose = () => reject(new Error("Redis connection closed before it was ready"));
      redis.once("ready", onReady);
      redis.once("close", onClose);
      off = () => {
        redis.off("ready", onReady);
        redis.off("close", onClose);
      };
    });
    return this.#bounded(ready.then(op)).finally(off);
  }

  #bounded<T>(promise: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Redis did not answer within ${this.#timeoutMs} ms`)),
        this.#timeoutMs,
      );
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}
