// Proof (issue 12 item 5, first bullet): 4 worker processes × 200 calls with one API key against a
// loopback server enforcing a fixed window (40 per 1 s) share one Redis budget → zero 429s and at
// least 95 % of the allowed rate. Without the shared budget the same setup meets 429s, and so does
// the shared budget without the throttle's `atLeast` path. The workers start 370 ms into a server
// window and 90 ms apart, so no client's own window lines up with the server's (or another
// client's) until the server's answers align them.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RateServer, startRateServer } from "./support/rate-server.ts";
import { bundleWorker, runWorker } from "./support/workers.ts";

const WORKERS = 4;

interface WorkerResult {
  ok: number;
  failed: number;
  errors: string[];
}

interface Setup {
  budget: "redis" | "local";
  apiKey: string;
  calls: number;
  limit: number;
  windowMs: number;
  /** How the server sends X-RateLimit-Reset (see support/rate-server.ts). */
  reset?: "epoch" | "delta";
  env?: Record<string, string>;
}

const PROOF = { calls: 200, limit: 40, windowMs: 1_000 };

async function run(setup: Setup) {
  const { limit, windowMs } = setup;
  const server = await startRateServer({ limit, windowMs, reset: setup.reset ?? "epoch" });
  try {
    // Workers take a moment to start (more on a loaded machine): begin 370 ms into a window at
    // least 3 s away.
    const windowStart = (Math.floor(Date.now() / windowMs) + Math.ceil(4_000 / windowMs)) * windowMs;
    const results = await Promise.all(
      Array.from({ length: WORKERS }, (_, i) =>
        runWorker<WorkerResult>(workerFile, {
          API_URL: server.url,
          API_KEY: setup.apiKey,
          BUDGET: setup.budget,
          REDIS_URL: inject("redisUrl"),
          KEY_PREFIX: "proof-budget",
          CALLS: String(setup.calls),
          LIMIT: String(limit),
          WINDOW_MS: String(windowMs),
          START_AT: String(windowStart + 370 + i * 90),
          ...setup.env,
        }),
      ),
    );
    return figures(server, results, setup);
  } finally {
    await server.close();
  }
}

function figures(server: RateServer, results: WorkerResult[], setup: Setup) {
  const served = server.requests.filter((r) => r.status === 200);
  const tooMany = server.requests.filter((r) => r.status === 429).length;
  // The allowed rate is `limit` per window; what was achieved is the calls served over the windows
  // from the first request's to the last one's (a perfect client fills every one of them).
  const first = Math.min(...server.requests.map((r) => r.window));
  const last = Math.max(...server.requests.map((r) => r.window));
  const windows = last - first + 1;
  const rate = served.length / ((windows * setup.windowMs) / 1000);
  const allowed = setup.limit / (setup.windowMs / 1000);
  const percent = (100 * rate) / allowed;
  const line =
    `${WORKERS} workers × ${setup.calls} calls, ${tooMany} 429s, rate ${rate.toFixed(1)}/s of ` +
    `${allowed}/s allowed (${percent.toFixed(1)} %)`;
  return { results, tooMany, served: served.length, windows, percent, line };
}

let workerFile: string;

describe("a shared Redis budget across worker processes", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    workerFile = await bundleWorker("budget-worker");
  });
  afterAll(async () => {
    // The budgets the proof left in Redis (only its own keys: other test files share this Redis).
    const redis = new Redis(inject("redisUrl"));
    const keys = await redis.keys("proof-budget:*");
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it("4 workers × 200 calls on one API key: zero 429s and ≥ 95 % of the allowed rate", async () => {
    const f = await run({ budget: "redis", apiKey: "proof-shared-api-key", ...PROOF });
    console.log(
      `shared budget: ${f.line} — ${f.served} served in ${f.windows} windows of ${PROOF.windowMs} ms`,
    );
    expect(f.results.map((r) => r.failed)).toEqual([0, 0, 0, 0]);
    expect(f.served).toBe(WORKERS * PROOF.calls);
    expect(f.tooMany).toBe(0);
    expect(f.percent).toBeGreaterThanOrEqual(95);
  });

  it("the same with Reset as whole seconds from now (as the sandbox sends it), 30 per 2 s", async () => {
    const setup = {
      budget: "redis",
      apiKey: "proof-delta-api-key",
      calls: 60,
      limit: 30,
      windowMs: 2_000,
    } as const;
    const f = await run({ ...setup, reset: "delta" });
    console.log(
      `shared budget, Reset in seconds: ${f.line} — ${f.served} served in ${f.windows} windows of 2000 ms`,
    );
    expect(f.served).toBe(WORKERS * setup.calls);
    expect(f.tooMany).toBe(0);
    // 8 windows' worth of calls: one window lost to a slow start would already be 89 %.
    expect(f.percent).toBeGreaterThanOrEqual(85);
  });

  it("without the shared budget, the same workers meet 429s (each has a budget of its own)", async () => {
    const f = await run({ budget: "local", apiKey: "proof-local-api-key", ...PROOF });
    console.log(`own budgets: ${f.line}`);
    expect(f.tooMany).toBeGreaterThan(0);
  });

  it("without SharedLimiter.atLeast (the throttle's set/block path, whole seconds in Redis) it meets 429s", async () => {
    const f = await run({
      budget: "redis",
      apiKey: "proof-set-api-key",
      ...PROOF,
      env: { NO_AT_LEAST: "1" },
    });
    console.log(`shared budget without atLeast: ${f.line}`);
    expect(f.tooMany).toBeGreaterThan(0);
  });
});
