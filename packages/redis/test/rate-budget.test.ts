// The Redis budget against a real Redis (the run's, from scripts/redis.mjs): keys, counts and what
// the throttle writes into it from the server's answers.
import { AS2_GATEWAY_RATE_LIMIT } from "@edi-clients/as2-gateway";
import { ECGRID_RATE_LIMIT, ECGrid } from "@edi-clients/ecgrid";
import { budgetKey, createThrottle, RateBudgetUnavailableError } from "@edi-clients/runtime";
import { Redis } from "ioredis";
import { RateLimiterRedis } from "rate-limiter-flexible";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { API_RATE_LIMITS, redisRateBudget } from "../src/index.ts";
import { type RateServer, startRateServer } from "./support/rate-server.ts";

let redis: Redis;
let server: RateServer;
const clients: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  redis = new Redis(inject("redisUrl"));
  server = await startRateServer({ limit: 40, windowMs: 1_000 });
});
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});
afterAll(async () => {
  await server.close();
  await redis.quit();
});

/** Every key in Redis with its value and time to live. */
async function dump(prefix: string) {
  const keys = await redis.keys(`${prefix}*`);
  return Promise.all(
    keys.map(async (key) => ({ key, value: await redis.get(key), pttl: await redis.pttl(key) })),
  );
}

describe("redisRateBudget", () => {
  it("counts the documented limits of both APIs, the same the clients use in-process", () => {
    expect(API_RATE_LIMITS.ecgrid).toEqual(ECGRID_RATE_LIMIT);
    expect(API_RATE_LIMITS["as2-gateway"]).toEqual(AS2_GATEWAY_RATE_LIMIT);
    const budget = redisRateBudget({ redis, api: "as2-gateway" });
    expect({ limit: budget.limit, windowMs: budget.windowMs }).toEqual(AS2_GATEWAY_RATE_LIMIT);
    expect(budget).not.toHaveProperty("key");
  });

  it("refuses limits it cannot keep (sub-second windows, fractional limits)", () => {
    expect(() => redisRateBudget({ redis, api: { limit: 10, windowMs: 500 } })).toThrow(RangeError);
    expect(() => redisRateBudget({ redis, api: { limit: 1.5, windowMs: 1_000 } })).toThrow(RangeError);
  });

  it("keys the budget per credential exactly as in-process: the client's hash, never the credential", async () => {
    const apiKey = "planted-api-key-7f3a9c";
    const ecgrid = new ECGrid({
      baseUrl: server.url,
      apiKey,
      throttle: redisRateBudget({ redis, api: { limit: 40, windowMs: 1_000 }, keyPrefix: "t-keys" }),
    });
    clients.push(ecgrid);
    const { response } = await ecgrid.raw.GET("/v2/networks/{id}", { params: { path: { id: 1 } } });
    expect(response.status).toBe(200);
    const stored = await dump("t-keys");
    expect(stored.map((s) => s.key)).toEqual([`t-keys:${budgetKey(`ecgrid ${server.url} key`, apiKey)}`]);
    // The whole of Redis: the credential is in no key and no value.
    const everything = await redis.keys("*");
    const values = await Promise.all(everything.map((key) => redis.get(key)));
    expect([...everything, ...values].join("\n")).not.toContain(apiKey);
    expect([...everything, ...values].join("\n")).not.toContain("7f3a9c");
  });

  it("writes what the server says is used into Redis until the server's reset, to the millisecond", async () => {
    const ecgrid = new ECGrid({
      baseUrl: server.url,
      apiKey: "key-server-count",
      throttle: redisRateBudget({ redis, api: { limit: 40, windowMs: 1_000 }, keyPrefix: "t-count" }),
    });
    clients.push(ecgrid);
    // Another consumer of the same key already spent 30 of this window, unknown to the client.
    // (Right after a window starts, so the window does not end under the test.)
    await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 5));
    const other = new ECGrid({ baseUrl: server.url, apiKey: "key-server-count", throttle: false });
    clients.push(other);
    for (let i = 0; i < 30; i++) await other.raw.GET("/v2/networks/{id}", { params: { path: { id: 1 } } });
    await ecgrid.raw.GET("/v2/networks/{id}", { params: { path: { id: 1 } } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [entry] = await dump("t-count");
    expect(Number(entry?.value)).toBe(31);
    const msToReset = 1_000 - (Date.now() % 1_000);
    expect(Math.abs((entry?.pttl ?? 0) - msToReset)).toBeLessThan(50);
  });

  it("slows every worker down on what one learned: a second throttle waits for the first one's reset", async () => {
    const budget = () =>
      redisRateBudget({ redis, api: { limit: 10, windowMs: 5_000 }, keyPrefix: "t-learn" });
    const [a, b] = [createThrottle({ ...budget(), key: "k" }), createThrottle({ ...budget(), key: "k" })];
    clients.push({ close: () => a.stop() }, { close: () => b.stop() });
    const permit = await a.acquire();
    permit.settle({
      status: 429,
      headers: new Headers({ "x-ratelimit-remaining": "0", "x-ratelimit-reset": "1", "retry-after": "1" }),
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = Date.now();
    await b.acquire();
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThan(850);
    expect(waited).toBeLessThan(1_500);
  });

  it("answers get/set/penalty/block as rate-limiter-flexible does, in the shared key", async () => {
    const { limiter } = redisRateBudget({ redis, api: { limit: 5, windowMs: 2_000 }, keyPrefix: "t-api" });
    expect(await limiter.get("k")).toBeNull();
    await limiter.consume("k");
    await limiter.penalty("k", 2);
    expect((await limiter.get("k"))?.consumedPoints).toBe(3);
    await limiter.set("k", 4, 1);
    expect((await limiter.get("k"))?.consumedPoints).toBe(4);
    await limiter.block("k", 1);
    await expect(limiter.consume("k")).rejects.toMatchObject({ remainingPoints: 0 });
    expect(await limiter.atLeast("k", 2, 1_500)).toBeGreaterThan(5);
    expect(limiter.redisKey("k")).toBe("t-api:k");
    expect(await redis.pttl("t-api:k")).toBeGreaterThan(1_400);
  });

  it("keeps its window to the millisecond on a client that other rate-limiter-flexible limiters use too", async () => {
    const { limiter } = redisRateBudget({ redis, api: { limit: 5, windowMs: 1_500 }, keyPrefix: "t-ms" });
    // A plain RateLimiterRedis defines its own (whole-second) increment command on the same client.
    const theirs = new RateLimiterRedis({
      storeClient: redis,
      points: 5,
      duration: 2,
      keyPrefix: "t-theirs",
    });
    await limiter.consume("k");
    await theirs.consume("k");
    const [ours, other] = await Promise.all([redis.pttl("t-ms:k"), redis.pttl("t-theirs:k")]);
    expect(ours).toBeGreaterThan(1_400);
    expect(ours).toBeLessThanOrEqual(1_500);
    expect(other).toBeGreaterThan(1_500);
  });

  it("waits for a client that is still connecting (a worker's first call)", async () => {
    const fresh = new Redis(inject("redisUrl"));
    const lazy = new Redis(inject("redisUrl"), { lazyConnect: true });
    clients.push({ close: async () => void (await Promise.all([fresh.quit(), lazy.quit()])) });
    for (const client of [fresh, lazy]) {
      const { limiter } = redisRateBudget({ redis: client, api: "ecgrid", keyPrefix: "t-fresh" });
      await expect(limiter.consume("k")).resolves.toMatchObject({ consumedPoints: expect.any(Number) });
    }
  });

  it("fails a call with RateBudgetUnavailableError while Redis is unreachable, at once", async () => {
    const down = new Redis({ port: 1, lazyConnect: true, retryStrategy: () => null });
    down.on("error", () => undefined);
    const ecgrid = new ECGrid({
      baseUrl: server.url,
      apiKey: "key-down",
      throttle: redisRateBudget({ redis: down, api: "ecgrid" }),
    });
    clients.push(ecgrid);
    const started = Date.now();
    const error = await ecgrid.raw
      .GET("/v2/networks/{id}", { params: { path: { id: 1 } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateBudgetUnavailableError);
    expect(Date.now() - started).toBeLessThan(500);
    const { limiter } = redisRateBudget({ redis: down, api: "ecgrid" });
    await expect(limiter.atLeast("k", 1, 1_000)).rejects.toThrow(/not ready \(end\)/);
    down.disconnect();
  });
});
