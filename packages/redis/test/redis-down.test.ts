// Redis going away mid-run: every client on the shared budget fails its next call with a typed
// RateBudgetUnavailableError (nothing unbudgeted is sent), promptly — never a hang.
import { ECGrid } from "@edi-clients/ecgrid";
import { RateBudgetUnavailableError } from "@edi-clients/runtime";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RedisServer, startRedis } from "../../../scripts/redis.mjs";
import { redisRateBudget } from "../src/index.ts";
import { type RateServer, startRateServer } from "./support/rate-server.ts";

let own: RedisServer;
let server: RateServer;
beforeAll(async () => {
  own = await startRedis();
  server = await startRateServer({ limit: 1_000, windowMs: 1_000 });
});
afterAll(async () => {
  await own.stop();
  await server.close();
});

it("fails every worker's next call with RateBudgetUnavailableError within the timeout when Redis stops", async () => {
  const workers = Array.from({ length: 3 }, (_, i) => {
    const redis = new Redis(own.url);
    redis.on("error", () => undefined);
    const ecgrid = new ECGrid({
      baseUrl: server.url,
      apiKey: "key-redis-down",
      throttle: redisRateBudget({ redis, api: { limit: 1_000, windowMs: 1_000 }, timeoutMs: 1_000 }),
    });
    return { i, redis, ecgrid };
  });
  const loops = workers.map(async ({ ecgrid }) => {
    let ok = 0;
    for (;;) {
      try {
        await ecgrid.raw.GET("/v2/networks/{id}", { params: { path: { id: 1 } } });
        ok++;
      } catch (error) {
        return { ok, error, at: Date.now() };
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const stoppedAt = Date.now();
  await own.stop();
  const stopDone = Date.now();
  const ends = await Promise.all(loops);
  // Nothing was granted without Redis: no request reached the server once it was gone.
  const sentAfter = server.requests.filter((r) => r.at > stopDone + 100).length;
  console.log(
    `redis down: ${ends.map((e) => e.ok).join("/")} calls before the stop, each worker failed ` +
      `${ends.map((e) => e.at - stoppedAt).join("/")} ms after it with ${ends.map((e) => (e.error as Error).name).join("/")}`,
  );
  for (const end of ends) {
    expect(end.ok).toBeGreaterThan(0);
    expect(end.error).toBeInstanceOf(RateBudgetUnavailableError);
    expect(end.at - stoppedAt).toBeLessThan(1_500);
  }
  expect(sentAfter).toBe(0);
  for (const { ecgrid, redis } of workers) {
    await ecgrid.close();
    redis.disconnect();
  }
});
