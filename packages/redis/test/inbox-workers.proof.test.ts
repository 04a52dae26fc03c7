// Proof (issue 12 item 5, bullets 2 and 3): 3 worker processes drain 300 parcels (ECGrid) / 300
// received messages (AS2 Gateway) from the sandbox with the Redis coordinator; one worker is SIGKILLed
// inside its handler and restarted. At the end every item is confirmed (marked read), none was
// confirmed before its handler finished (checked by a recording proxy the moment each confirm
// arrives, against the shared handler log), and a handler ran twice only for the item whose worker
// died inside it. Bounded: 300 items, 60 s to drain, each worker killed after 120 s at the latest.
import { As2Gateway } from "@edi-clients/as2-gateway";
import { ECGrid } from "@edi-clients/ecgrid";
import { DEFAULT_AS2_SEED, type Sandbox, startSandbox } from "@edi-clients/sandbox";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  diedInside,
  fillAcmeInbox,
  type HandlerLog,
  newHandlerLog,
  type Recorder,
  recordConfirms,
  runsPerItem,
  startRecorder,
  startWorker,
  waitUntil,
  x12To,
} from "./support/inbox.ts";
import { bundleWorker } from "./support/workers.ts";

const ITEMS = 300;
const LEASE_MS = 1_500;
const HANG_AT = 25;
const ACME_KEY = "sandbox-acme-key";

let sandbox: Sandbox;
let workerFile: string;
beforeAll(async () => {
  sandbox = await startSandbox({ as2: { sendDelayMs: 0 } });
  workerFile = await bundleWorker("inbox-worker");
});
afterAll(async () => {
  await sandbox.close();
});

interface Drain {
  api: "ecgrid" | "as2";
  /** The items waiting, once the inbox is filled. */
  ids: string[];
  recorder: Recorder;
  env: Record<string, string>;
}

/** Runs the 3 workers (one hangs inside its HANG_AT-th handler call and is SIGKILLed, then restarted). */
async function drain({ api, ids, recorder, env }: Drain, log: HandlerLog) {
  const all = { ...env, API: api, API_URL: recorder.url, REDIS_URL: inject("redisUrl"), LOG: log.path };
  const common = {
    ...all,
    KEY_PREFIX: `proof:${api}:${process.pid}:${Date.now()}`,
    LEASE_MS: String(LEASE_MS),
    INTERVAL_MS: "200",
    HANDLER_MS: "10",
  };
  const started = Date.now();
  // The victim runs one handler at a time, so the kill lands inside a handler and nowhere else.
  const victim = startWorker(
    workerFile,
    "w1",
    { ...common, HANG_AT: String(HANG_AT), CONCURRENCY: "1" },
    120_000,
  );
  const others = ["w2", "w3"].map((name) => startWorker(workerFile, name, common, 120_000));
  expect(await waitUntil(() => log.read().some((e) => e.ev === "hang"), 60_000)).toBe(true);
  const hang = log.events.find((e) => e.ev === "hang");
  victim.child.kill("SIGKILL");
  const killedAt = Date.now();
  const killed = await victim.result;
  expect(killed.signal).toBe("SIGKILL");
  const restarted = startWorker(workerFile, "w1-restarted", common, 120_000);
  const drained = await waitUntil(() => recorder.done.size >= ids.length, 60_000, 50);
  const drainMs = Date.now() - started;
  for (const worker of [...others, restarted]) worker.child.kill("SIGTERM");
  const results = await Promise.all([...others, restarted].map((w) => w.result));
  return {
    drained,
    drainMs,
    hang,
    killedAt,
    killedPid: victim.pid,
    results,
    workers: [...others, restarted],
  };
}

function check(
  name: string,
  ids: string[],
  recorder: Recorder,
  log: HandlerLog,
  run: Awaited<ReturnType<typeof drain>>,
) {
  const events = log.read();
  const { starts, twice } = runsPerItem(events);
  const died = diedInside(events, new Set([run.killedPid]));
  const hangId = run.hang?.id as string;
  const takeover = (starts.get(hangId) ?? [])[1];
  const early = recorder.completions.filter((c) => !c.finishedBefore);
  const finishes = events.filter((e) => e.ev === "finish").length;
  const perWorker = run.workers.map(
    (w, i) => `${w.name}=${(run.results[i]?.stats as { handled?: number })?.handled}`,
  );
  console.log(
    [
      `${name}: ${ITEMS} items, 3 worker processes (+1 restart), lease ${LEASE_MS} ms, drained in ${run.drainMs} ms`,
      `  confirmed by the server: ${recorder.done.size}/${ids.length}; confirm requests: ${recorder.completions.length}`,
      `  confirms that arrived before their handler's finish: ${early.length}`,
      `  worker w1 (pid ${run.killedPid}) SIGKILLed inside its handler of ${hangId}`,
      `  handler ran twice for ${twice.length} item(s): ${twice.slice(0, 5).join(", ")}${twice.length > 5 ? ", …" : ""}; died inside a handler: ${died.size}`,
      `  the dead worker's item was taken over ${takeover ? takeover.t - run.killedAt : "never"} ms after the kill`,
      `  handler finishes logged: ${finishes}; per worker (handled): ${perWorker.join(", ")}`,
    ].join("\n"),
  );
  expect(run.drained).toBe(true);
  expect([...recorder.done].sort()).toEqual([...ids].sort());
  expect(early).toEqual([]);
  expect(died).toEqual(new Set([hangId]));
  expect(new Set(twice)).toEqual(died);
  expect(Math.max(...[...starts.values()].map((runs) => runs.length))).toBeLessThanOrEqual(2);
  expect(finishes).toBe(ids.length);
  // The dead worker's lease held until it ran out: at least 2/3 of a lease (it was renewed every third).
  expect((takeover?.t ?? 0) - run.killedAt).toBeGreaterThanOrEqual((LEASE_MS * 2) / 3 - 50);
  for (const result of run.results) {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stats).toMatchObject({ pollErrors: 0 });
  }
}

describe("many workers, one inbox, the Redis coordinator, the sandbox", () => {
  it("ECGrid: 3 workers drain 300 parcels, one SIGKILLed inside its handler and restarted", {
    timeout: 180_000,
  }, async () => {
    const log = newHandlerLog();
    const recorder = await recordConfirms(sandbox.ecgridUrl, log);
    try {
      await fillAcmeInbox(sandbox.ecgridUrl, ITEMS);
      const acme = new ECGrid({ apiKey: ACME_KEY, baseUrl: sandbox.ecgridUrl, throttle: false });
      const ready: string[] = [];
      for await (const parcel of acme.parcels.inboxList({ status: "InBoxReady", recordsPerPage: 100 }))
        ready.push(String(parcel.parcelId));
      expect(ready).toHaveLength(ITEMS);
      const run = await drain({ api: "ecgrid", ids: ready, recorder, env: { API_KEY: ACME_KEY } }, log);
      check("ECGrid parcels", ready, recorder, log, run);
      let left = 0;
      for await (const _ of acme.parcels.inboxList({ status: "InBoxReady" })) left++;
      expect(left).toBe(0);
      await acme.close();
    } finally {
      await recorder.close();
    }
  });

  it("AS2: 3 workers drain 300 received messages, one SIGKILLed inside its handler and restarted", {
    timeout: 180_000,
  }, async () => {
    const log = newHandlerLog();
    const recorder = await startRecorder(sandbox.as2Url, log, (method, url) =>
      method === "GET" &&
      url.pathname.startsWith("/v1/message/received/") &&
      url.searchParams.get("markAsRead") === "true"
        ? decodeURIComponent(url.pathname.slice("/v1/message/received/".length))
        : undefined,
    );
    const { username, password, stations } = DEFAULT_AS2_SEED;
    const credentials = { username, password };
    try {
      const as2 = new As2Gateway({ baseUrl: sandbox.as2Url, credentials, throttle: false });
      const [station, own] = [stations[0]?.as2Identifier as string, stations[1]?.as2Identifier as string];
      for (let i = 1; i <= ITEMS; i++) {
        await as2.messages.send({
          stationId: station,
          partnerId: own,
          file: { name: `po-${i}.edi`, content: x12To(i) },
        });
      }
      const ids: string[] = [];
      for await (const m of as2.received.list({ unreadOnly: true, pageLength: 100 }))
        ids.push(m.as2MessageId);
      expect(ids).toHaveLength(ITEMS);
      const run = await drain(
        { api: "as2", ids, recorder, env: { AS2_USER: username, AS2_PASSWORD: password } },
        log,
      );
      check("AS2 received messages", ids, recorder, log, run);
      expect((await as2.received.list({ unreadOnly: true })).totalRecords).toBe(0);
      await as2.close();
    } finally {
      await recorder.close();
    }
  });
});
