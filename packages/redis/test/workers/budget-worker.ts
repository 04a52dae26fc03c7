// One worker process of the shared-budget proof: an ECGrid client (the built package) making
// CALLS calls against API_URL with one API key, `CONCURRENCY` at a time, either on the Redis budget
// (BUDGET=redis) or on its own in-process budget (BUDGET=local). It starts at START_AT (epoch ms)
// and prints one JSON line with what happened.
import { ECGrid } from "@edi-clients/ecgrid";
import { Redis } from "ioredis";
import { redisRateBudget } from "../../src/index.ts";

const env = (name: string) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const calls = Number(env("CALLS"));
const concurrency = Number(process.env.CONCURRENCY ?? "2");
const limit = Number(env("LIMIT"));
const windowMs = Number(env("WINDOW_MS"));
const redis = process.env.BUDGET === "redis" ? new Redis(env("REDIS_URL")) : undefined;
redis?.on("error", () => undefined);
const budget = redis
  ? redisRateBudget({ redis, api: { limit, windowMs }, keyPrefix: process.env.KEY_PREFIX })
  : undefined;
// NO_AT_LEAST=1: the throttle's path for stores without atLeast (set/block, whole seconds in Redis).
if (budget && process.env.NO_AT_LEAST) Object.defineProperty(budget.limiter, "atLeast", { value: undefined });
const ecgrid = new ECGrid({
  baseUrl: env("API_URL"),
  apiKey: env("API_KEY"),
  throttle: budget ?? { limit, windowMs },
  retry: { maxRateLimitRetries: 50, maxTotalDelayMs: 120_000 },
});

let ok = 0;
let failed = 0;
const errors: string[] = [];
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(env("START_AT")) - Date.now())));
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < calls) {
      next++;
      try {
        const { response } = await ecgrid.raw.GET("/v2/networks/{id}", { params: { path: { id: 1 } } });
        if (response.ok) ok++;
        else failed++;
      } catch (error) {
        failed++;
        errors.push(`${(error as Error).name}: ${(error as Error).message}`);
      }
    }
  }),
);
await ecgrid.close();
await redis?.quit();
process.stdout.write(`${JSON.stringify({ ok, failed, errors: errors.slice(0, 5) })}\n`);
