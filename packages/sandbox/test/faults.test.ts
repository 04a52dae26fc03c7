// Fault knobs (src/faults.ts) through the published clients, every answer validated against the specs:
// latency, 503 bursts (a read is retried, an upload is not), dropped connections (a read is retried, an
// upload is a ConnectionError; the server's parcels show what happened), seeded failure rates, the
// runtime switches (setFaults, POST /_sandbox/faults) and the CLI flags.
import { As2Gateway, type As2GatewayOptions } from "@edi-clients/as2-gateway";
import { validateResponse as validateAs2 } from "@edi-clients/as2-gateway/validation";
import {
  type AttemptEvent,
  ConnectionError,
  ECGrid,
  type ECGridOptions,
  InternalServerError,
  OutcomeUnknownError,
  ServiceUnavailableError,
} from "@edi-clients/ecgrid";
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkFaults, FaultOptionsError, type Sandbox } from "../src/index.ts";
import { main } from "../src/main.ts";
import { AS2_PASSWORD, AS2_USER, PARTNER, STATION } from "./as2support.ts";
import { ACME_KEY, GLOBEX_KEY, sandbox, x12 } from "./support.ts";

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const item of opened.splice(0).reverse()) await item.close();
});

/** An ECGrid client that retries (twice, quickly) and records its attempts; answers validated. */
const RETRYING = {
  validateResponses: "throw",
  throttle: false,
  maxRetries: 2,
  retry: { baseDelayMs: 5, maxDelayMs: 20 },
} as const;

function retrying(
  at: Sandbox,
  apiKey: string,
  attempts: AttemptEvent[] = [],
  extra: Partial<ECGridOptions> = {},
) {
  const ecgrid = new ECGrid({
    ...RETRYING,
    ...extra,
    apiKey,
    baseUrl: at.ecgridUrl,
    responseValidator: validateResponse,
    onAttempt: (event) => attempts.push(event),
  });
  opened.push(ecgrid);
  return ecgrid;
}

function retryingAs2(at: Sandbox, attempts: AttemptEvent[] = [], extra: Partial<As2GatewayOptions> = {}) {
  const as2 = new As2Gateway({
    baseUrl: at.as2Url,
    credentials: { username: AS2_USER, password: AS2_PASSWORD },
    ...RETRYING,
    ...extra,
    responseValidator: validateAs2,
    onAttempt: (event) => attempts.push(event),
  });
  opened.push(as2);
  return as2;
}

const statuses = (attempts: AttemptEvent[]) => attempts.map((a) => a.status ?? "network");

describe("latency", () => {
  it("delays each request by the fixed latency, or by a seeded draw from a range", async () => {
    const at = await sandbox({ faults: { ecgrid: { latencyMs: 150 } } });
    const acme = retrying(at, ACME_KEY);
    const started = Date.now();
    expect(await acme.parcels.pendingInboxList()).toEqual([]);
    // A lower bound only: the machine is loaded, an upper bound would be flaky.
    expect(Date.now() - started).toBeGreaterThanOrEqual(145);
    expect(at.faults().ecgrid.injected).toMatchObject({ delayed: 1, delayMsTotal: 150 });
    expect(at.faults().as2.injected.delayed).toBe(0);

    // A range: each delay is drawn from [20, 60] with the seeded PRNG, so a second sandbox with the
    // same seed and the same requests waits exactly as long in total.
    const totals: number[] = [];
    for (const run of [1, 2]) {
      const ranged = await sandbox({ faults: { ecgrid: { latencyMs: [20, 60], seed: 5 } } });
      const client = retrying(ranged, ACME_KEY);
      for (let i = 0; i < 4; i++) await client.parcels.pendingInboxList();
      const { injected } = ranged.faults().ecgrid;
      expect(injected.delayed, `run ${run}`).toBe(4);
      expect(injected.delayMsTotal).toBeGreaterThanOrEqual(80);
      expect(injected.delayMsTotal).toBeLessThanOrEqual(240);
      totals.push(injected.delayMsTotal);
    }
    expect(totals[1]).toBe(totals[0]);
  });

  it("delays the AS2 half on its own", async () => {
    const at = await sandbox({ faults: { as2: { latencyMs: 120 } } });
    const as2 = retryingAs2(at);
    const started = Date.now();
    expect((await as2.stations.list()).length).toBeGreaterThan(0);
    // authorize and the list: two delayed requests.
    expect(Date.now() - started).toBeGreaterThanOrEqual(235);
    expect(at.faults().as2.injected).toMatchObject({ delayed: 2, delayMsTotal: 240 });
    expect(at.faults().ecgrid.injected.delayed).toBe(0);
  });
});

describe("503 bursts", () => {
  it("are retried by the client for a read and not for an upload, which sent nothing", async () => {
    const at = await sandbox({ faults: { ecgrid: { burst503: 2, retryAfterSeconds: 0 } } });
    const attempts: AttemptEvent[] = [];
    // Reconciling off: its listing before the upload would take the 503 (and be retried).
    const acme = retrying(at, ACME_KEY, attempts, { reconcile: false });
    expect(await acme.parcels.pendingInboxList()).toEqual([]);
    expect(statuses(attempts)).toEqual([503, 503, 200]);
    expect(at.faults().ecgrid).toMatchObject({ remaining: { burst503: 0 }, injected: { 503: 2 } });

    at.setFaults({ ecgrid: { burst503: 1, retryAfterSeconds: 0 } });
    attempts.length = 0;
    const error = await acme.parcels.upload({ fileName: "po.edi", content: x12() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).headers?.get("retry-after")).toBe("0");
    expect(statuses(attempts)).toEqual([503]);
    // Nothing was created: no outbox parcel, nothing in the receiver's inbox.
    expect(await acme.parcels.outboxList()).toEqual([]);
    expect(await retrying(at, GLOBEX_KEY).parcels.pendingInboxList()).toEqual([]);

    // The burst is spent: the upload goes through once.
    const parcelId = await acme.parcels.upload({ fileName: "po.edi", content: x12() });
    expect((await acme.parcels.outboxList()).map((p) => p.parcelId)).toEqual([parcelId]);
  });

  it("answer the spec's 503 envelope and Retry-After (default 1 s)", async () => {
    const at = await sandbox({ faults: { ecgrid: { burst503: 1 }, as2: { burst503: 1 } } });
    const response = await fetch(`${at.ecgridUrl}/v2/parcels/pending-inbox-list`, {
      method: "POST",
      headers: { "x-api-key": ACME_KEY, "content-type": "application/json" },
      body: "{}",
    });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    const body = await response.json();
    expect(body).toMatchObject({ httpStatus: 503, success: false });
    expect(validateResponse("parcelsPendingInboxList", 503, body)).toEqual([]);
    const as2 = await fetch(`${at.as2Url}/v1/station`);
    expect(as2.status).toBe(503);
    expect(await as2.json()).toEqual({ message: "Service temporarily unavailable" });
  });

  it("on the AS2 half: a list is retried, a send is not and queues nothing", async () => {
    const at = await sandbox();
    const attempts: AttemptEvent[] = [];
    const as2 = retryingAs2(at, attempts, { reconcile: false });
    expect((await as2.queued.list()).totalRecords).toBe(0); // authorized before the burst
    at.setFaults({ as2: { burst503: 1, retryAfterSeconds: 0 } });
    attempts.length = 0;
    expect((await as2.queued.list()).totalRecords).toBe(0);
    expect(statuses(attempts)).toEqual([503, 200]);

    at.setFaults({ as2: { burst503: 1, retryAfterSeconds: 0 } });
    attempts.length = 0;
    const send = as2.messages.send({
      stationId: STATION,
      partnerId: PARTNER,
      file: { name: "a.edi", content: "x" },
    });
    await expect(send).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(statuses(attempts)).toEqual([503]);
    expect((await as2.queued.list()).totalRecords).toBe(0);
  });
});

describe("dropped connections", () => {
  it("are retried for a read; an upload gets a ConnectionError, and the parcels show whether it landed", async () => {
    const at = await sandbox({ faults: { ecgrid: { dropNext: 1 } } });
    const attempts: AttemptEvent[] = [];
    const acme = retrying(at, ACME_KEY, attempts, { reconcile: false });
    const globex = retrying(at, GLOBEX_KEY);
    expect(await acme.parcels.pendingInboxList()).toEqual([]);
    expect(statuses(attempts)).toEqual(["network", 200]);
    expect(at.faults().ecgrid.injected.drop).toBe(1);

    // Cut before the handler: the upload never happened.
    at.setFaults({ ecgrid: { dropNext: 1, dropAt: "before" } });
    attempts.length = 0;
    await expect(acme.parcels.upload({ fileName: "lost.edi", content: x12() })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(statuses(attempts)).toEqual(["network"]);
    expect(await acme.parcels.outboxList()).toEqual([]);

    // Cut after the handler: the server acted, the client lost the answer (and does not repeat it).
    at.setFaults({ ecgrid: { dropNext: 1, dropAt: "after" } });
    attempts.length = 0;
    await expect(acme.parcels.upload({ fileName: "landed.edi", content: x12() })).rejects.toBeInstanceOf(
      ConnectionError,
    );
    expect(statuses(attempts)).toEqual(["network"]);
    const outbox = await acme.parcels.outboxList();
    expect(outbox.map((p) => p.fileName)).toEqual(["landed.edi"]);
    expect((await globex.parcels.pendingInboxList()).map((p) => p.fileName)).toEqual(["landed.edi"]);
  });

  it("on the AS2 half: a send cut after the handler is a ConnectionError, but the message is queued", async () => {
    const at = await sandbox();
    const attempts: AttemptEvent[] = [];
    const as2 = retryingAs2(at, attempts, { reconcile: false });
    expect((await as2.queued.list()).totalRecords).toBe(0);
    at.setFaults({ as2: { dropNext: 1, dropAt: "after" } });
    attempts.length = 0;
    const send = as2.messages.send({
      stationId: STATION,
      partnerId: PARTNER,
      file: { name: "a.edi", content: "x" },
    });
    await expect(send).rejects.toBeInstanceOf(ConnectionError);
    expect(statuses(attempts)).toEqual(["network"]);
    expect((await as2.queued.list()).totalRecords).toBe(1);
  });
});

describe("dropped connections, reconciled (the clients' default)", () => {
  const quick = { reconcile: { windowMs: 400, intervalMs: 100 } } as const;

  it("an upload cut after the handler resolves with the parcel the sandbox kept, one copy", async () => {
    const at = await sandbox();
    const acme = retrying(at, ACME_KEY, [], quick);
    // The same file already there is not taken for the new one.
    const earlier = await acme.parcels.upload({ fileName: "landed.edi", content: x12() });
    // Only the upload is cut (the listing before it passes), after the sandbox stored it.
    at.setFaults({ ecgrid: { rates: { parcelsUploadParcel: { rate: 1, fault: "drop", dropAt: "after" } } } });
    const outcome = await acme.parcels.uploadWithOutcome({ fileName: "landed.edi", content: x12() });
    expect(outcome.reconciled).toMatchObject({ checks: 1 });
    expect(outcome.parcelId).not.toBe(earlier);
    const outbox = (await acme.parcels.outboxList()).map((p) => p.parcelId).sort();
    expect(outbox).toEqual([earlier, outcome.parcelId].sort());
  });

  it("an upload cut before the handler is an OutcomeUnknownError after the window, and nothing landed", async () => {
    const at = await sandbox();
    const acme = retrying(at, ACME_KEY, [], quick);
    expect(await acme.parcels.outboxList()).toEqual([]); // the listing before the upload passes
    at.setFaults({
      ecgrid: { rates: { parcelsUploadParcel: { rate: 1, fault: "drop", dropAt: "before" } } },
    });
    const error = await acme.parcels
      .upload({ fileName: "lost.edi", content: x12() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).checks).toBeGreaterThanOrEqual(2);
    at.setFaults({ ecgrid: {} });
    expect(await acme.parcels.outboxList()).toEqual([]);
  });

  it("an AS2 send cut after the handler resolves with the queued message's ID, one copy", async () => {
    const at = await sandbox();
    const as2 = retryingAs2(at, [], quick);
    expect((await as2.queued.list()).totalRecords).toBe(0);
    // Only the send is cut (the listings before it pass), after the sandbox queued it.
    at.setFaults({ as2: { rates: { sendMessage: { rate: 1, fault: "drop", dropAt: "after" } } } });
    const result = await as2.messages.send({
      stationId: STATION,
      partnerId: PARTNER,
      file: { name: "a.edi", content: "x" },
    });
    at.setFaults({ as2: {} });
    expect(result.reconciled).toMatchObject({ checks: 1 });
    const queued = await as2.queued.list();
    expect(queued.records.map((m) => m.as2MessageId)).toEqual([result.as2MessageId]);
  });
});

describe("failure rates", () => {
  /** Which of `n` pending-inbox reads (no retries) fail with a 500. */
  async function pattern(at: Sandbox, n: number): Promise<string> {
    const acme = retrying(at, ACME_KEY);
    let out = "";
    for (let i = 0; i < n; i++) {
      const result = await acme.parcels.pendingInboxList({}, { maxRetries: 0 }).then(
        () => ".",
        (error: unknown) => (error instanceof InternalServerError ? "x" : String(error)),
      );
      out += result;
    }
    return out;
  }

  it("fail a route with the given probability, the same way under the same seed", async () => {
    const faults = { seed: 42, rates: { parcelsPendingInboxList: 0.5 } };
    const first = await sandbox({ faults: { ecgrid: faults } });
    const seen = await pattern(first, 24);
    expect(seen).toMatch(/^[.x]{24}$/);
    // About half fail (the seed fixes the draws, so this bound is exact, not flaky).
    const failed = [...seen].filter((c) => c === "x").length;
    expect(failed).toBeGreaterThanOrEqual(6);
    expect(failed).toBeLessThanOrEqual(18);
    expect(first.faults().ecgrid.injected[500]).toBe(failed);
    // Another route is not affected.
    const acme = retrying(first, ACME_KEY);
    for (let i = 0; i < 5; i++) expect(await acme.parcels.outboxList({}, { maxRetries: 0 })).toEqual([]);

    // The same seed in a new sandbox, and setFaults (which restarts the PRNG): the same pattern.
    expect(await pattern(await sandbox({ faults: { ecgrid: faults } }), 24)).toBe(seen);
    first.setFaults({ ecgrid: faults });
    expect(await pattern(first, 24)).toBe(seen);
    // Another seed: another pattern.
    first.setFaults({ ecgrid: { ...faults, seed: 43 } });
    expect(await pattern(first, 24)).not.toBe(seen);
  });

  it("match paths and '*', and fail with 503 or a dropped connection", async () => {
    const at = await sandbox({
      faults: {
        ecgrid: {
          retryAfterSeconds: 0,
          rates: {
            "/v2/parcels/outbox-list": { rate: 1, fault: "503" },
            "/v2/parcels/{id}": { rate: 1, fault: "drop" },
            "*": 0,
          },
        },
      },
    });
    const attempts: AttemptEvent[] = [];
    const acme = retrying(at, ACME_KEY, attempts);
    await expect(acme.parcels.outboxList()).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(statuses(attempts)).toEqual([503, 503, 503]);
    attempts.length = 0;
    await expect(acme.parcels.get(1)).rejects.toBeInstanceOf(ConnectionError);
    expect(statuses(attempts)).toEqual(["network", "network", "network"]);
    // "*" at rate 0: every other route works.
    expect(await acme.parcels.pendingInboxList()).toEqual([]);
    expect(at.faults().ecgrid.injected).toMatchObject({ 503: 3, drop: 3, 500: 0 });
  });
});

describe("failure rates on the AS2 half", () => {
  it("answer the spec's 500 body, retried for a read until the client gives up", async () => {
    const at = await sandbox({ faults: { as2: { rates: { listStations: 1 } } } });
    const attempts: AttemptEvent[] = [];
    const as2 = retryingAs2(at, attempts);
    // The client validates the 500 body against the spec's InternalServerError response.
    await expect(as2.stations.list()).rejects.toBeInstanceOf(InternalServerError);
    expect(statuses(attempts)).toEqual([200, 500, 500, 500]); // authorize, then the list and 2 retries
    expect((await as2.partners.list()).length).toBeGreaterThan(0);
    expect(at.faults().as2.injected[500]).toBe(3);
  });
});

describe("runtime control", () => {
  it("POST /_sandbox/faults steers each half; GET shows the status; bad settings are a 400", async () => {
    const at = await sandbox();
    const post = (base: string, body: unknown) =>
      fetch(`${base}/_sandbox/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const set = await post(at.ecgridUrl, { burst503: 1, retryAfterSeconds: 0 });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ settings: { burst503: 1 }, remaining: { burst503: 1 } });
    // The control endpoint itself is never faulted.
    const status = await fetch(`${at.ecgridUrl}/_sandbox/faults`);
    expect(await status.json()).toMatchObject({ remaining: { burst503: 1 } });
    const attempts: AttemptEvent[] = [];
    expect(await retrying(at, ACME_KEY, attempts).parcels.pendingInboxList()).toEqual([]);
    expect(statuses(attempts)).toEqual([503, 200]);

    expect((await post(at.as2Url, { dropNext: 2 })).status).toBe(200);
    expect(at.faults().as2.remaining.dropNext).toBe(2);
    expect(at.faults().ecgrid.remaining.burst503).toBe(0);

    const bad = await post(at.ecgridUrl, { latencyMs: [50, 10] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ message: expect.stringContaining("faults.latencyMs") });
    const notJson = await fetch(`${at.as2Url}/_sandbox/faults`, { method: "POST", body: "nope" });
    expect(notJson.status).toBe(400);
    expect(at.faults().as2.remaining.dropNext).toBe(2);
  });

  it("checkFaults and setFaults refuse bad settings before changing anything", async () => {
    const at = await sandbox({ faults: { ecgrid: { burst503: 3 } } });
    expect(() => at.setFaults({ ecgrid: { burst503: 1 }, as2: { rates: { x: 2 } } })).toThrow(
      FaultOptionsError,
    );
    expect(at.faults().ecgrid.remaining.burst503).toBe(3);
    const bad: [unknown, string][] = [
      [null, "faults must be an object"],
      [{ latency: 5 }, "faults.latency is not a fault setting"],
      [{ seed: 1.5 }, "faults.seed must be an integer"],
      [{ latencyMs: -1 }, "faults.latencyMs"],
      [{ latencyMs: [1, 2, 3] }, "faults.latencyMs"],
      [{ burst503: -1 }, "faults.burst503 must be an integer >= 0"],
      [{ dropAt: "during" }, "faults.dropAt must be one of before, after"],
      [{ rates: [] }, "faults.rates must be an object"],
      [{ rates: { a: "often" } }, 'faults.rates["a"] must be a probability or { rate, fault }'],
      [
        { rates: { a: { rate: 0.5, fault: "404" } } },
        'faults.rates["a"].fault must be one of 500, 503, drop',
      ],
      [{ rates: { a: { rate: 0.5, dropAt: "x" } } }, 'faults.rates["a"].dropAt'],
    ];
    for (const [options, message] of bad) expect(() => checkFaults(options), message).toThrow(message);
    expect(checkFaults({ latencyMs: 5, rates: { a: { rate: 1, fault: "drop", dropAt: "after" } } })).toEqual({
      latencyMs: 5,
      rates: { a: { rate: 1, fault: "drop", dropAt: "after" } },
    });
  });
});

describe("edi-clients-sandbox fault flags", () => {
  it("start both halves with the faults given on the command line", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const running = await main([
      "--port",
      "0",
      "--as2-port",
      "0",
      "--latency",
      "5-10",
      "--burst-503",
      "2",
      "--drop-next",
      "1",
      "--drop-at",
      "after",
      "--fail-rate",
      "parcelsUploadParcel=0.2:503",
      "--fail-rate",
      "*=0.05",
      "--fault-seed",
      "7",
    ]);
    opened.push(running);
    const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
    const [ecgridUrl, as2Url] = [...printed.matchAll(/listening on (\S+)/g)].map((m) => m[1]);
    const expected = {
      seed: 7,
      latencyMs: [5, 10],
      burst503: 2,
      dropNext: 1,
      dropAt: "after",
      rates: { parcelsUploadParcel: { rate: 0.2, fault: "503" }, "*": 0.05 },
    };
    for (const url of [ecgridUrl, as2Url]) {
      const status = await (await fetch(`${url}/_sandbox/faults`)).json();
      expect(status.settings).toEqual(expected);
    }
    expect(printed).toContain("/_sandbox/faults");

    await expect(main(["--port", "0", "--latency", "fast"])).rejects.toThrow("--latency");
    await expect(main(["--port", "0", "--fail-rate", "upload"])).rejects.toThrow("--fail-rate");
    await expect(main(["--port", "0", "--fail-rate", "a=2"])).rejects.toThrow(FaultOptionsError);
    await expect(main(["--port", "0", "--burst-503", "x"])).rejects.toThrow("--burst-503");
  });
});
