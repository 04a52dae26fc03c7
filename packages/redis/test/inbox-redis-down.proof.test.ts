// Proof (issue 12 item 5, bullet 4): Redis goes away while 3 worker processes drain 300 parcels from
// the sandbox with the Redis coordinator. Documented behaviour: claims fail with a typed
// CoordinatorUnavailableError (the pass stops, nothing is downloaded), handlers in flight finish but
// their parcels are not confirmed (the handled mark cannot be written), the workers keep polling and
// count pollErrors — and nothing unhandled is ever confirmed. When Redis is back (same port, empty:
// the marks are gone with it) the drain completes. Bounded: 300 parcels, 60 s per phase.
import { type Sandbox, startSandbox } from "@edi-clients/sandbox";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type RedisServer, startRedis } from "../../../scripts/redis.mjs";
import {
  fillAcmeInbox,
  newHandlerLog,
  recordConfirms,
  runsPerItem,
  startWorker,
  waitUntil,
} from "./support/inbox.ts";
import { bundleWorker } from "./support/workers.ts";

const ITEMS = 300;
const WORKERS = 3;
const CONCURRENCY = 2;
const STOP_AFTER = 60;

let sandbox: Sandbox;
let redis: RedisServer;
beforeAll(async () => {
  sandbox = await startSandbox();
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
  await sandbox.close();
});

it("Redis stopping mid-run: typed errors, nothing unhandled confirmed, the drain completes once Redis is back", {
  timeout: 180_000,
}, async () => {
  const log = newHandlerLog();
  const recorder = await recordConfirms(sandbox.ecgridUrl, log);
  try {
    await fillAcmeInbox(sandbox.ecgridUrl, ITEMS);

    const file = await bundleWorker("inbox-worker");
    const env = {
      API: "ecgrid",
      API_URL: recorder.url,
      API_KEY: "sandbox-acme-key",
      REDIS_URL: redis.url,
      KEY_PREFIX: "proof:redis-down",
      LOG: log.path,
      LEASE_MS: "1500",
      INTERVAL_MS: "200",
      HANDLER_MS: "20",
      CONCURRENCY: String(CONCURRENCY),
    };
    const workers = Array.from({ length: WORKERS }, (_, i) => startWorker(file, `w${i + 1}`, env, 150_000));
    expect(await waitUntil(() => recorder.done.size >= STOP_AFTER, 60_000)).toBe(true);
    await redis.stop();
    const stoppedAt = Date.now();
    const doneAtStop = recorder.done.size;
    // Down for 3 s: every worker polls several times meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const downUntil = Date.now();
    const duringOutage = recorder.completions.filter((c) => c.at >= stoppedAt && c.at < downUntil);
    // In flight at the stop: confirms of parcels whose handled mark was written just before it.
    const settled = duringOutage.filter((c) => c.at >= stoppedAt + 1_500);
    redis = await startRedis({ port: redis.port });
    const restartedAt = Date.now();
    const drained = await waitUntil(() => recorder.done.size >= ITEMS, 60_000, 50);
    const drainAfterMs = Date.now() - restartedAt;
    for (const worker of workers) worker.child.kill("SIGTERM");
    const results = await Promise.all(workers.map((w) => w.result));

    const events = log.read();
    const { twice } = runsPerItem(events);
    const early = recorder.completions.filter((c) => !c.finishedBefore);
    const stats = results.map(
      (r) => r.stats as { pollErrors: number; handled: number; lastError?: { name: string } },
    );
    console.log(
      [
        `Redis down: ${ITEMS} parcels, ${WORKERS} workers × ${CONCURRENCY}; Redis stopped after ${doneAtStop} confirms, down 3 s`,
        `  confirms while Redis was down: ${duringOutage.length} (in flight at the stop), after the first 1.5 s: ${settled.length}`,
        `  confirms that arrived before their handler's finish: ${early.length} (of ${recorder.completions.length})`,
        `  workers' pollErrors: ${stats.map((s) => s.pollErrors).join(", ")}; last error: ${stats.map((s) => s.lastError?.name).join(", ")}`,
        `  Redis back (empty) → drained ${recorder.done.size}/${ITEMS} ${drainAfterMs} ms later`,
        `  handler ran twice for ${twice.length} parcel(s): handled while Redis was down, or their mark lost with it`,
      ].join("\n"),
    );
    expect(early).toEqual([]);
    expect(duringOutage.length).toBeLessThanOrEqual(WORKERS * CONCURRENCY);
    expect(settled).toEqual([]);
    expect(drained).toBe(true);
    for (const [i, result] of results.entries()) {
      expect(result.code, result.stderr).toBe(0);
      expect(stats[i]?.pollErrors).toBeGreaterThanOrEqual(1);
      expect(stats[i]?.lastError?.name).toBe("CoordinatorUnavailableError");
    }
    // Re-runs only for parcels not confirmed when Redis went away.
    const confirmedBefore = new Set(
      recorder.completions.filter((c) => c.ok && c.at < stoppedAt).map((c) => c.id),
    );
    for (const id of twice) expect(confirmedBefore.has(id)).toBe(false);
    expect(twice.length).toBeLessThanOrEqual(WORKERS * CONCURRENCY * 2);
  } finally {
    await recorder.close();
  }
});
