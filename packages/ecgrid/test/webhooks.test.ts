import { once } from "node:events";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ECGridCore } from "../src/core/client.js";
import { createNodeWebhookHandler } from "../src/node.js";
import { Parcels } from "../src/resources/parcels.js";
import {
  createDeliveryCore,
  createWebhookHandler,
  type EcgridWebhookEvent,
  normaliseWebhookEvent,
  processInboxFor,
  type WebhookOptions,
  type WebhookRejection,
  webCryptoCompare,
} from "../src/webhooks.js";
import { apiError, envelope, fakeFetch, type RecordedRequest } from "./support/fake-fetch.js";

// Planted values: none of them may show up in a response, a rejection, an error or a console line.
const USER = "ecgrid-hook-user";
const PASSWORD = "Planted-Pa55word-7f3a";
const QUERY_SECRET = "planted-query-secret-0123456789";
const FILE_NAME = "planted_850_secret.edi";
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;
const GOOD = basic(USER, PASSWORD);

const guideEvent = {
  eventId: 900123,
  callBackQueueId: 7001,
  callBackEvent: "InBox",
  ecGridId: 111111,
  mailboxId: 54321,
  parcelId: 98765,
  fileName: FILE_NAME,
  eventDateTime: "2026-05-07T14:32:00Z",
  isTest: false,
};

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  vi.restoreAllMocks();
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A real loopback server around the fetch-style handler (Request/Response conversion as a framework does). */
function fetchServer(handler: (request: Request) => Promise<Response>): Server {
  return createServer(async (req, res) => {
    const body =
      req.method === "GET" || req.method === "HEAD" ? null : (Readable.toWeb(req) as ReadableStream);
    const request = new Request(`http://${req.headers.host}${req.url}`, {
      method: req.method,
      headers: req.headers as Record<string, string>,
      body,
      duplex: "half",
    } as RequestInit);
    const response = await handler(request);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
}

function recorder() {
  const events: EcgridWebhookEvent[] = [];
  const rejections: WebhookRejection[] = [];
  const errors: unknown[] = [];
  const options = {
    onEvent: (event: EcgridWebhookEvent) => {
      events.push(event);
    },
    onRejected: (rejection: WebhookRejection) => {
      rejections.push(rejection);
    },
    onError: (error: unknown) => {
      errors.push(error);
    },
  };
  return { events, rejections, errors, options };
}

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: GOOD, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const kinds = [
  ["fetch handler through a real server", "fetch"],
  ["node http handler", "node"],
] as const;

describe.each(kinds)("ECGrid webhooks: %s", (_name, kind) => {
  async function start(extra: Partial<WebhookOptions> = {}) {
    const rec = recorder();
    const options: WebhookOptions = {
      auth: { type: "basic", username: USER, password: PASSWORD },
      ...rec.options,
      ...extra,
    };
    const handler = kind === "fetch" ? createWebhookHandler(options) : createNodeWebhookHandler(options);
    const server =
      kind === "fetch"
        ? fetchServer(handler as ReturnType<typeof createWebhookHandler>)
        : createServer(handler as ReturnType<typeof createNodeWebhookHandler>);
    const url = `${await listen(server)}/webhooks/ecgrid`;
    return { ...rec, url, idle: () => handler.idle() };
  }

  it("good Basic credentials → 200 at once and a typed, normalised event", async () => {
    const hook = await start();
    const response = await post(hook.url, guideEvent);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    await hook.idle();
    expect(hook.events).toHaveLength(1);
    const event = hook.events[0] as EcgridWebhookEvent;
    expect(event).toMatchObject({
      event: "InBox",
      eventId: 900123,
      queueId: 7001,
      ecGridId: 111111,
      mailboxId: 54321,
      parcelId: 98765,
      fileName: FILE_NAME,
      occurredAt: "2026-05-07T14:32:00Z",
      test: false,
    });
  });

  it("answers before the user's handler finishes; its error goes to onError", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const errors: unknown[] = [];
    const hook = await start({
      onEvent: async () => {
        await gate;
        throw new Error("handler failed");
      },
      onError: (error) => errors.push(error),
    });
    const response = await post(hook.url, guideEvent);
    expect(response.status).toBe(200);
    expect(errors).toEqual([]);
    release();
    await hook.idle();
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe("handler failed");
  });

  it.each([
    ["missing", undefined],
    ["wrong password", basic(USER, "Planted-Pa55word-7f3b")],
    ["wrong user", basic("someone", PASSWORD)],
    ["not Basic", `Bearer ${PASSWORD}`],
    ["garbage", "Basic !!!"],
  ])("%s credentials → 401 with no detail, nothing handled", async (_case, authorization) => {
    const hook = await start();
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (authorization) headers.authorization = authorization;
    const response = await fetch(hook.url, { method: "POST", headers, body: JSON.stringify(guideEvent) });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe("");
    expect(response.headers.get("www-authenticate")).toBe('Basic realm="ecgrid-webhook"');
    await hook.idle();
    expect(hook.events).toEqual([]);
    expect(hook.rejections.map((r) => r.code)).toEqual(["unauthorized"]);
  });

  it.each([
    ["malformed JSON", "{not json", {}, 400, "invalid_json"],
    ["not an object", "[1,2]", {}, 400, "invalid_event"],
    ["nothing the event is about", '{"foo":1}', {}, 400, "invalid_event"],
    ["a documented field in the wrong type", '{"parcelId":{"x":1}}', {}, 400, "invalid_event"],
    [
      "wrong content type",
      JSON.stringify(guideEvent),
      { "content-type": "text/plain" },
      415,
      "unsupported_media_type",
    ],
  ])("%s → %s typed", async (_case, body, headers, status, code) => {
    const hook = await start();
    const response = await post(hook.url, body, headers);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: code });
    expect(hook.rejections.map((r) => [r.code, r.status])).toEqual([[code, status]]);
    await hook.idle();
    expect(hook.events).toEqual([]);
  });

  it("oversized body (declared or streamed) → 413 without reading it all", async () => {
    const hook = await start({ maxBodyBytes: 256 });
    const big = JSON.stringify({ ...guideEvent, fileName: "x".repeat(1000) });
    const declared = await post(hook.url, big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: "payload_too_large" });
    // Chunked: no Content-Length, so the limit is enforced while reading.
    const { status } = await new Promise<{ status: number | undefined }>((resolve, reject) => {
      const req = httpRequest(hook.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: GOOD, "transfer-encoding": "chunked" },
      });
      req.on("response", (res) => {
        res.resume();
        resolve({ status: res.statusCode });
      });
      req.on("error", reject);
      req.write(big.slice(0, 200));
      setTimeout(() => req.end(big.slice(200)), 20);
    });
    expect(status).toBe(413);
    expect(hook.rejections.map((r) => r.code)).toEqual(["payload_too_large", "payload_too_large"]);
  });

  it("other methods → 405", async () => {
    const hook = await start();
    const response = await fetch(hook.url, { headers: { authorization: GOOD } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
  });

  it("planted credentials and payload values never reach a log, a response or an error", async () => {
    const lines: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(" "));
      });
    }
    const hook = await start();
    const bodies: string[] = [];
    for (const [authorization, body] of [
      [basic(USER, `${PASSWORD}x`), guideEvent],
      [GOOD, `{"fileName":"${FILE_NAME}",`],
      [GOOD, { fileName: FILE_NAME, parcelId: "not-a-number" }],
      [GOOD, guideEvent],
    ] as const) {
      const response = await post(hook.url, body, { authorization });
      bodies.push(await response.text(), JSON.stringify(Object.fromEntries(response.headers)));
    }
    await hook.idle();
    const seen = [
      ...lines,
      ...bodies,
      ...hook.rejections.map((r) => `${r.message} ${r.stack} ${JSON.stringify(r)}`),
    ].join("\n");
    for (const planted of [PASSWORD, USER, btoa(`${USER}:${PASSWORD}`), FILE_NAME, "not-a-number"]) {
      expect(seen).not.toContain(planted);
    }
    expect(hook.rejections).toHaveLength(3);
  });
});

describe("ECGrid webhooks: fetch handler with real Request objects", () => {
  const options = { auth: { type: "basic", username: USER, password: PASSWORD } } as const;
  const request = (init: RequestInit & { url?: string } = {}) =>
    new Request(init.url ?? "https://hooks.example.com/ecgrid", {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8", authorization: GOOD },
      body: JSON.stringify(guideEvent),
      ...init,
    });

  it("accepts, answers 200 and hands the run to waitUntil", async () => {
    const events: EcgridWebhookEvent[] = [];
    const handler = createWebhookHandler({ ...options, onEvent: (e) => void events.push(e) });
    const waited: Promise<unknown>[] = [];
    const response = await handler(request(), { waitUntil: (p) => waited.push(p) });
    expect(response.status).toBe(200);
    expect(waited).toHaveLength(1);
    await Promise.all(waited);
    expect(events.map((e) => e.parcelId)).toEqual([98765]);
  });

  it("refuses a wrong credential and a body without a stream", async () => {
    const handler = createWebhookHandler(options);
    const wrong = await handler(
      request({ headers: { "content-type": "application/json", authorization: basic(USER, "x") } }),
    );
    expect(wrong.status).toBe(401);
    const empty = await handler(
      new Request("https://h.example/", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: GOOD },
      }),
    );
    expect(empty.status).toBe(400);
    const vendorJson = await handler(
      request({ headers: { "content-type": "application/vnd.ecgrid+json", authorization: GOOD } }),
    );
    expect(vendorJson.status).toBe(200);
  });

  it("query-secret auth: compared in constant time, missing or wrong → 401", async () => {
    const handler = createWebhookHandler({
      auth: { type: "query", parameter: "token", secret: QUERY_SECRET },
    });
    const at = (query: string) =>
      request({
        url: `https://hooks.example.com/ecgrid${query}`,
        headers: { "content-type": "application/json" },
      });
    expect((await handler(at(`?token=${QUERY_SECRET}`))).status).toBe(200);
    expect((await handler(at(`?token=${QUERY_SECRET}x`))).status).toBe(401);
    expect((await handler(at(""))).status).toBe(401);
    const none = createWebhookHandler({ auth: { type: "none" } });
    expect((await none(at(""))).status).toBe(200);
  });

  it("uses the constant-time compare for every credential check", async () => {
    const compare = vi.fn(webCryptoCompare);
    const core = createDeliveryCore(options, compare);
    const answer = (authorization?: string) =>
      core.handle({
        method: "POST",
        url: "/",
        header: (name) =>
          name === "authorization" ? authorization : name === "content-type" ? "application/json" : undefined,
        body: async () => new TextEncoder().encode(JSON.stringify(guideEvent)),
      });
    expect((await answer(GOOD)).status).toBe(200);
    expect((await answer(basic(USER, "nope"))).status).toBe(401);
    expect((await answer(undefined)).status).toBe(401);
    // Called for the missing header too: an absent credential costs the same as a wrong one.
    expect(compare).toHaveBeenCalledTimes(3);
    expect(await webCryptoCompare(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(await webCryptoCompare(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });

  it("refuses bad options before any request", () => {
    const bad = [
      undefined,
      {},
      { auth: { type: "basic", username: USER, password: "" } },
      { auth: { type: "query", parameter: "t", secret: "short" } },
      { auth: { type: "hmac" } },
      { auth: { type: "none" }, onEvent: "x" },
      { auth: { type: "none" }, maxBodyBytes: 0 },
    ];
    for (const options of bad) {
      expect(() => createWebhookHandler(options as unknown as WebhookOptions)).toThrow(TypeError);
    }
  });

  it("a throwing reporting hook does not break the answer", async () => {
    const handler = createWebhookHandler({
      ...options,
      onRejected: () => {
        throw new Error("reporter down");
      },
      onEvent: () => {
        throw new Error("boom");
      },
    });
    expect((await handler(request({ body: "{" }))).status).toBe(400);
    expect((await handler(request())).status).toBe(200);
    await handler.idle();
  });
});

describe("normaliseWebhookEvent: every documented payload variant → one shape", () => {
  it("the guide's event", () => {
    expect(normaliseWebhookEvent(guideEvent)).toMatchObject({
      event: "InBox",
      parcelId: 98765,
      queueId: 7001,
      test: false,
    });
  });

  it("the stored parcel record of get-event-by-id (status InBoxReady → InBox)", () => {
    expect(
      normaliseWebhookEvent({ parcelId: 5550001, status: "InBoxReady", created: "2026-05-03T08:22:00Z" }),
    ).toMatchObject({
      event: "InBox",
      parcelId: 5550001,
      status: "InBoxReady",
      occurredAt: "2026-05-03T08:22:00Z",
    });
  });

  it("ECGridOS names and casing: callBackEventId, objectId, direction, test, PascalCase, numeric strings", () => {
    const event = normaliseWebhookEvent({
      CallBackEventID: 4821,
      CallBackQueueID: "99001",
      SystemObject: "Parcel",
      Direction: "OutBox",
      ObjectID: 123456789,
      MailboxID: 12,
      NetworkID: 3,
      Test: "true",
      Date: "2026-05-07T09:00:00Z",
    });
    expect(event).toMatchObject({
      event: "OutBox",
      callbackId: 4821,
      queueId: 99001,
      systemObject: "Parcel",
      parcelId: 123456789,
      mailboxId: 12,
      networkId: 3,
      test: true,
      occurredAt: "2026-05-07T09:00:00Z",
    });
  });

  it("the pages' names: callbackId and event (Objects); an interchange object is not a parcel", () => {
    expect(
      normaliseWebhookEvent({ callbackId: 7001, event: "Interchange", objectId: 5, interchangeId: 5 }),
    ).toMatchObject({
      event: undefined,
      callbackId: 7001,
      systemObject: "Interchange",
      parcelId: undefined,
      interchangeId: 5,
    });
  });

  it("an unknown event string is kept (open enum); other errors and the test event pass", () => {
    expect(normaliseWebhookEvent({ callBackEvent: "MailboxSuspended" })?.event).toBe("MailboxSuspended");
    expect(normaliseWebhookEvent({ callBackEvent: "OutBoxError", parcelId: 1, isTest: true })).toMatchObject({
      event: "OutBoxError",
      test: true,
    });
    expect(normaliseWebhookEvent({ direction: "NoDir", parcelId: 1 })?.event).toBeUndefined();
  });

  it("refuses what no source documents", () => {
    for (const body of [
      null,
      [],
      "x",
      1,
      {},
      { parcelId: 1.5 },
      { callBackEvent: 3 },
      { parcelId: 1, isTest: "maybe" },
    ]) {
      expect(normaliseWebhookEvent(body)).toBeUndefined();
    }
  });
});

describe("processInboxFor: InBox events drain the event's mailbox, single flight", () => {
  const ready = [1, 2, 3, 4, 5].map((parcelId) => ({
    parcelId,
    fileName: `f${parcelId}.edi`,
    status: "InBoxReady",
    mailboxId: 54321,
  }));

  /** The ECGrid fake: its inbox listing answers once `gate` settles (every delivery is in). */
  function inbox(gate: Promise<void>) {
    let confirmedIds = new Set<number>();
    const fake = fakeFetch(async (r: RecordedRequest) => {
      const body = r.body as { parcelId?: number; pageNo?: number };
      switch (r.path) {
        case "/v2/parcels/inbox-list":
          await gate;
          return envelope(body.pageNo === 1 ? ready.filter((p) => !confirmedIds.has(p.parcelId)) : []);
        case "/v2/parcels/download":
          return envelope({
            parcelId: body.parcelId,
            fileName: `f${body.parcelId}.edi`,
            content: btoa(`ISA*${body.parcelId}~`),
          });
        case "/v2/parcels/confirm":
          confirmedIds = new Set([...confirmedIds, body.parcelId as number]);
          return envelope(true);
        default:
          return apiError(404, "unexpected");
      }
    });
    const parcels = new Parcels(
      new ECGridCore({
        apiKey: "k",
        baseUrl: "https://ecgrid.test",
        fetch: fake.fetch,
        throttle: false,
        maxRetries: 0,
      }),
    );
    const lists = () => fake.requests.filter((r) => r.path === "/v2/parcels/inbox-list");
    return { ecgrid: { parcels }, lists };
  }

  it("5 concurrent InBox deliveries through a real server → one drain of that mailbox", async () => {
    // The drain's listing waits until all five deliveries have reached onInbox: "concurrent" by
    // construction, not by a timer racing five sockets (which a faster client lost under load).
    let delivered = 0;
    let allIn: () => void = () => undefined;
    const box = inbox(
      new Promise<void>((resolve) => {
        allIn = resolve;
      }),
    );
    const stored: number[] = [];
    const process = processInboxFor(box.ecgrid, ({ parcel }) => void stored.push(parcel.parcelId));
    const handler = createNodeWebhookHandler({
      auth: { type: "basic", username: USER, password: PASSWORD },
      onInbox: (event) => {
        const running = process(event);
        if (++delivered === ready.length) allIn();
        return running;
      },
    });
    const url = await listen(createServer(handler));
    const answers = await Promise.all(ready.map((p) => post(url, { ...guideEvent, parcelId: p.parcelId })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    await handler.idle();
    expect(box.lists()).toHaveLength(1);
    expect(box.lists()[0]?.body).toMatchObject({ mailboxId: 54321 });
    expect(stored.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("an event whose parcel the running drain missed → exactly one more drain; other mailboxes run apart", async () => {
    const calls: (number | undefined)[] = [];
    let resolveFirst: () => void = () => undefined;
    const firstGate = new Promise<void>((r) => {
      resolveFirst = r;
    });
    const results: unknown[] = [];
    const fake = {
      parcels: {
        processInbox: async (_h: unknown, options: { mailboxId?: number } = {}) => {
          calls.push(options.mailboxId);
          const first = calls.length === 1;
          if (first) await firstGate;
          // The first drain's listing predates parcel 2; the follow-up finds it.
          return { confirmed: first ? [1] : [1, 2], failed: [] };
        },
      },
    };
    const onInbox = processInboxFor(fake, () => undefined, { onResult: (r) => results.push(r) });
    const event = (parcelId: number | undefined, mailboxId = 7) =>
      normaliseWebhookEvent({
        callBackEvent: "InBox",
        mailboxId,
        parcelId: parcelId ?? null,
        eventId: 1,
      }) as EcgridWebhookEvent;
    const runs = [onInbox(event(1)), onInbox(event(2)), onInbox(event(1)), onInbox(event(9, 8))];
    resolveFirst();
    await Promise.all(runs);
    expect(calls).toEqual([7, 8, 7]);
    expect(results).toHaveLength(3);
    // A drain failure rejects, so the webhook's onError sees it.
    const failing = processInboxFor(
      { parcels: { processInbox: async () => Promise.reject(new Error("list failed")) } },
      () => undefined,
    );
    await expect(failing(event(1))).rejects.toThrow("list failed");
  });
});

describe("createNodeWebhookHandler behind a body parser", () => {
  it("a stream already consumed does not hang: 400, not a timeout", async () => {
    const handler = createNodeWebhookHandler({ auth: { type: "basic", username: USER, password: PASSWORD } });
    const url = await listen(
      createServer((req, res) => {
        req.resume();
        req.once("end", () => handler(req, res));
      }),
    );
    const response = await post(url, guideEvent);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "invalid_json" });
  });
});
