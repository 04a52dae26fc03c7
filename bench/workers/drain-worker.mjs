// One worker process of bench/drain.bench.ts: the built ECGrid client on the shared Redis budget
// (redisRateBudget, LIMIT per WINDOW_MS) with the Redis coordinator. It connects, prints a "ready"
// line, waits for a line on stdin (the start signal, so every worker lists the inbox at once), runs
// one processInbox pass over the mailbox and prints its result as one JSON line.
import { createInterface } from "node:readline";
import { ECGrid } from "../../packages/ecgrid/dist/index.js";
import { createRedisCoordinator, Redis, redisRateBudget } from "../../packages/redis/dist/index.js";

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const keyPrefix = env("KEY_PREFIX");
const redis = new Redis(env("REDIS_URL"), { maxRetriesPerRequest: 1 });
redis.on("error", () => undefined);
const ecgrid = new ECGrid({
  baseUrl: env("API_URL"),
  apiKey: env("API_KEY"),
  throttle: redisRateBudget({
    redis,
    api: { limit: Number(env("LIMIT")), windowMs: Number(env("WINDOW_MS")) },
    keyPrefix: `${keyPrefix}:rate`,
  }),
});
const coordinator = createRedisCoordinator(redis, { keyPrefix: `${keyPrefix}:inbox` });
await redis.ping();

process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
const lines = createInterface({ input: process.stdin });
await new Promise((resolve) => lines.once("line", resolve));
lines.close();

const started = performance.now();
const result = await ecgrid.parcels.processInbox(async ({ file }) => void file.bytes.byteLength, {
  coordinator,
  concurrency: Number(env("CONCURRENCY", "4")),
  pageSize: Number(env("PAGE_SIZE", "500")),
});
const ms = performance.now() - started;
await ecgrid.close();
await redis.quit();
process.stdout.write(
  `${JSON.stringify({
    ms,
    confirmed: result.confirmed.length,
    skipped: result.skipped?.length ?? 0,
    failed: result.failed.length,
    errors: result.failed.slice(0, 3).map(({ error }) => `${error?.name}: ${error?.message}`),
  })}\n`,
);
