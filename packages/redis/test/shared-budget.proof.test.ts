// Proof (issue 12 item 5, first bullet): 4 worker processes × 200 calls with one API key against a
// loopback server enforcing a fixed window (40 per 1 s) share one Redis budget → zero 429s and at
// least 95 % of the allowed rate. Without the shared budget the same setup meets 429s. The workers
// start 370 ms into a server window and 90 ms apart, so no client's own window lines up with the
// server's (or another client's) until the server's answers align them.
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RateServer, startRateServer } from "./support/rate-server.ts";
import { bundleWorker, runWorker } from "./support/workers.ts";

const WORKERS = 4;
const CALLS = 200;
const LIMIT = 40;
const WINDOW_MS = 1_000;

interface WorkerResult {
  ok: number;
  failed: number;
  errors: string[];
  startedAt: number;
  endedAt: number;
}

async function run(budget: "redis" | "local", apiKey: string) {
  const server = await startRateServer({ limit: LIMIT, windowMs: WINDOW_MS });
  try {
    // Workers take a moment to start: begin 370 ms into a window that is at least 1.5 s away.
    const windowStart = (Math.floor(Date.now() / WINDOW_MS) + 2) * WINDOW_MS;
    const results = await Promise.all(
      Array.from({ length: WORKERS }, (_, i) =>
        runWorker<WorkerResult>(workerFile, {
          API_URL: server.url,
          API_KEY: apiKey,
          BUDGET: budget,
          REDIS_URL: inject("redisUrl"),
          CALLS: String(CALLS),
          LIMIT: String(LIMIT),
          WINDOW_MS: String(WINDOW_MS),
          START_AT: String(windowStart + 370 + i * 90),
        }),
      ),
    );
    return figures(server, results);
  } finally {
    await server.close();
  }
}

function figures(server: RateServer, results: WorkerResult[]) {
  const served = server.requests.filter((r) => r.status === 200);
  const tooMany = server.requests.filter((r) => r.status === 429).length;
  // The allowed rate is LIMIT per window; what was achieved is the calls served over the windows
  // from the first request's to the last one's (a perfect client fills every one of them).
  const first = Math.min(...server.requests.map((r) => r.window));
  const last = Math.max(...server.requests.map((r) => r.window));
  const windows = last - first + 1;
  const rate = served.length / ((windows * WINDOW_MS) / 1000);
  const allowed = LIMIT / (WINDOW_MS / 1000);
  const perWindow = new Map<number, number>();
  for (const r of served) perWindow.set(r.window, (perWindow.get(r.window) ?? 0) + 1);
  const perWindowMax = Math.max(...perWindow.values());
  return {
    results,
    tooMany,
    served: served.length,
    windows,
    rate,
    allowed,
    perWindowMax,
    percent: (100 * rate) / allowed,
  };
}

let workerFile: string;

describe("a shared Redis budget across worker processes", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    workerFile = await bundleWorker("budget-worker");
  });
  afterAll(async () => {
    // Nothing the proof left in Redis needs to stay.
    const redis = new Redis(inject("redisUrl"));
    await redis.flushall();
    await redis.quit();
  });

  it(`${WORKERS} workers × ${CALLS} calls on one API key: zero 429s and ≥ 95 % of the allowed rate`, async () => {
    const f = await run("redis", "proof-shared-api-key");
    console.log(
      `shared budget: ${WORKERS} workers × ${CALLS} calls, ${f.tooMany} 429s, rate ${f.rate.toFixed(1)}/s of ` +
        `${f.allowed}/s allowed (${f.percent.toFixed(1)} %) — ${f.served} served in ${f.windows} windows of ` +
        `${WINDOW_MS} ms, at most ${f.perWindowMax} in one`,
    );
    expect(f.results.map((r) => r.failed)).toEqual([0, 0, 0, 0]);
    expect(f.served).toBe(WORKERS * CALLS);
    expect(f.tooMany).toBe(0);
    expect(f.percent).toBeGreaterThanOrEqual(95);
  });

  it("without the shared budget, the same workers meet 429s (each has a budget of its own)", async () => {
    const f = await run("local", "proof-local-api-key");
    console.log(
      `own budgets: ${WORKERS} workers × ${CALLS} calls, ${f.tooMany} 429s, rate ${f.rate.toFixed(1)}/s of ` +
        `${f.allowed}/s allowed (${f.percent.toFixed(1)} %)`,
    );
    expect(f.tooMany).toBeGreaterThan(0);
  });
});
