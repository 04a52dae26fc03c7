// Every public method checks its input before any request, and rejects — never throws at the call
// site — with a ValidationError naming the parameter and its limit. A table of every method of
// every resource (a completeness check compares it with the prototypes), each called through a
// fake fetch that records requests: nothing may be sent.
import { describe, expect, it } from "vitest";
import { type As2Gateway, ValidationError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

type Options = Record<string, unknown> | undefined;
/** Calls a method with `v` where its AS2 message ID goes (`o`: the call options). */
type Call = (c: As2Gateway, v: never, o: Options) => unknown;

const ID = "<a1@as2gateway.com>";

/** Methods whose first argument is an AS2 message ID (a URL path segment: never blank). */
const idCases: Record<string, Call> = {
  "received.get": (c, v, o) => c.received.get(v, o),
  "received.markUnread": (c, v, o) => c.received.markUnread(v, o),
  "received.attachment": (c, v, o) => c.received.attachment(v, undefined, o),
  "received.attachmentStream": (c, v, o) => c.received.attachmentStream(v, 1, o),
  "received.mdn": (c, v, o) => c.received.mdn(v, o),
  "received.mdnStream": (c, v, o) => c.received.mdnStream(v, o),
  "received.delete": (c, v, o) => c.received.delete(v, o),
  "received.deleteMany": (c, v, o) => c.received.deleteMany([v], o),
  "received.downloadBatch": (c, v, o) => c.received.downloadBatch([v], o),
  "received.downloadBatchArchive": (c, v, o) => c.received.downloadBatchArchive([v], o),
  "sent.get": (c, v, o) => c.sent.get(v, o),
  "sent.attachment": (c, v, o) => c.sent.attachment(v, "all", o),
  "sent.attachmentStream": (c, v, o) => c.sent.attachmentStream(v, undefined, o),
  "sent.mdn": (c, v, o) => c.sent.mdn(v, o),
  "sent.mdnStream": (c, v, o) => c.sent.mdnStream(v, o),
  "sent.delete": (c, v, o) => c.sent.delete(v, o),
  "sent.deleteMany": (c, v, o) => c.sent.deleteMany([v], o),
  "failed.get": (c, v, o) => c.failed.get(v, o),
  "failed.delete": (c, v, o) => c.failed.delete(v, o),
  "failed.deleteMany": (c, v, o) => c.failed.deleteMany([v], o),
  "queued.get": (c, v, o) => c.queued.get(v, o),
  "queued.stop": (c, v, o) => c.queued.stop(v, o),
  "queued.retry": (c, v, o) => c.queued.retry(v, o),
  "queued.delete": (c, v, o) => c.queued.delete(v, o),
  "queued.deleteMany": (c, v, o) => c.queued.deleteMany([v], o),
  "queued.deleteStopped": (c, v, o) => c.queued.deleteStopped(v, o),
  "queued.deleteManyStopped": (c, v, o) => c.queued.deleteManyStopped([v], o),
  "cleanup.delete": (c, v, o) => c.cleanup.delete("sent", v, o),
  "cleanup.deleteMany": (c, v, o) => c.cleanup.deleteMany("failed", [v], o),
  "messages.waitForSent": (c, v, o) => c.messages.waitForSent(v, { initialDelayMs: 0, ...o }),
};

/** The other methods: a valid call, and bad inputs with (part of) the message each must give. */
const otherCases: Record<string, { valid: Call; bad: [Call, string | RegExp][] }> = {
  "received.list": {
    valid: (c, _, o) => c.received.list({ pageOffset: 0, pageLength: 100, unreadOnly: true }, o),
    bad: [
      [
        (c) => c.received.list({ pageLength: 0 }),
        "listReceivedMessages: pageLength must be an integer from 1 to 100, got 0",
      ],
      [
        (c) => c.received.list({ pageOffset: -1 }),
        "listReceivedMessages: pageOffset must be an integer >= 0, got -1",
      ],
      [(c) => c.received.list({ unreadOnly: "yes" } as never), 'unreadOnly must be true or false, got "yes"'],
      [
        (c) => c.received.list(null as never),
        "listReceivedMessages: the query parameters must be an object, got null",
      ],
      // Iterating checks the same, plus its own options, on the first next().
      [
        (c) => c.received.list({ pageLength: 101 })[Symbol.asyncIterator](),
        "listReceivedMessages: pageLength must be an integer from 1 to 100",
      ],
      [
        (c) => c.received.list({ sortCol: "size" } as never)[Symbol.asyncIterator](),
        "sortCol must be one of persistedTimestamp, receiverId",
      ],
      [
        (c) => c.received.list(null as never)[Symbol.asyncIterator](),
        "listReceivedMessages: the query parameters must be an object, got null",
      ],
      [
        (c) => c.received.list({}, null as never)[Symbol.asyncIterator](),
        "listReceivedMessages: options must be an object, got null",
      ],
      [
        (c) => c.received.list({}, null as never),
        "listReceivedMessages: options must be an object, got null",
      ],
    ],
  },
  "sent.list": {
    valid: (c, _, o) => c.sent.list({ sortDir: "asc" }, o),
    bad: [
      [(c) => c.sent.list({ pageLength: 1.5 }), "pageLength must be an integer from 1 to 100, got 1.5"],
      [
        (c) => c.sent.list({ partnerType: "prod" } as never)[Symbol.asyncIterator](),
        'partnerType must be one of production, test, got "prod"',
      ],
    ],
  },
  "failed.list": {
    valid: (c, _, o) => c.failed.list({}, o),
    bad: [
      [
        (c) => c.failed.list({ subject: 1 } as never),
        "listFailedMessages: subject must be a string, got a number",
      ],
      [
        (c) => c.failed.list({}, { limit: -1 })[Symbol.asyncIterator](),
        "listFailedMessages: limit must be an integer >= 0, got -1",
      ],
    ],
  },
  "queued.list": {
    valid: (c, _, o) => c.queued.list({ query: "GLOBEX" }, o),
    bad: [
      [(c) => c.queued.list({ pageOffset: Number.NaN }), "pageOffset must be an integer >= 0, got NaN"],
      [
        (c) => c.queued.list({ pageOffset: -1 })[Symbol.asyncIterator](),
        "listQueuedMessages: pageOffset must be an integer >= 0, got -1",
      ],
    ],
  },
  "partners.list": {
    valid: (c, _, o) => c.partners.list({ query: "GLOBEX" }, o),
    bad: [
      [(c) => c.partners.list({ query: 5 } as never), "listPartners: query must be a string, got a number"],
    ],
  },
  "stations.list": {
    valid: (c, _, o) => c.stations.list({}, o),
    bad: [
      [
        (c) => c.stations.list("ACME" as never),
        'listStations: the query parameters must be an object, got "ACME"',
      ],
    ],
  },
  "messages.send": {
    valid: (c, _, o) =>
      c.messages.send({ stationId: "ACME", partnerId: "GLOBEX", file: { name: "a.edi", content: "x" } }, o),
    bad: [
      [
        (c) =>
          c.messages.send({ stationId: " ", partnerId: "GLOBEX", file: { name: "a.edi", content: "x" } }),
        "sendMessage: stationId must be a non-blank string, got a blank string",
      ],
      [(c) => c.messages.send(null as never), "sendMessage: the input must be an object"],
    ],
  },
  "messages.processReceived": {
    valid: (c) => c.messages.processReceived(() => undefined),
    bad: [
      [
        (c) => c.messages.processReceived("store" as never),
        'processReceived: handler must be a function, got "store"',
      ],
      [
        (c) => c.messages.processReceived(() => undefined, null as never),
        "processReceived: options must be an object",
      ],
      [
        (c) => c.messages.processReceived(() => undefined, { filters: 1 } as never),
        "processReceived: filters must be an object",
      ],
      [
        (c) => c.messages.processReceived(() => undefined, { pageSize: 0 }),
        "pageLength must be an integer from 1 to 100",
      ],
      [
        (c) => c.messages.processReceived(() => undefined, { concurrency: 0 }),
        "concurrency must be an integer >= 1",
      ],
    ],
  },
  "messages.watchReceived": {
    // One pass (stopped by its own progress callback); bad input rejects `done`.
    valid: (c) => {
      const stop = new AbortController();
      return c.messages.watchReceived(() => undefined, { signal: stop.signal, onPass: () => stop.abort() })
        .done;
    },
    bad: [
      [
        (c) => c.messages.watchReceived("store" as never).done,
        'watchReceived: handler must be a function, got "store"',
      ],
      [
        (c) => c.messages.watchReceived(() => undefined, null as never).done,
        "watchReceived: options must be an object",
      ],
      [
        (c) => c.messages.watchReceived(() => undefined, { pageSize: 0 }).done,
        "pageLength must be an integer from 1 to 100",
      ],
      [
        (c) => c.messages.watchReceived(() => undefined, { intervalMs: -1 }).done,
        "watchReceived: intervalMs must be",
      ],
    ],
  },
  "auth.authorize": {
    valid: (c, _, o) => c.auth.authorize({ username: "edi@acme.test", password: "pw" }, o),
    bad: [
      [
        (c) => c.auth.authorize({ username: "edi@acme.test" } as never),
        "authorize: username and password must be non-empty",
      ],
    ],
  },
};

/** Methods without any input. */
const noInput = ["auth.clear", "auth.token"];

function client() {
  return fakeClient((request) =>
    request.url.pathname === "/v1/authorize"
      ? json({ token: "t", expiresAt: Date.now() + 3_600_000 })
      : json({ totalRecords: 0, records: [] }),
  );
}

/** What the caller awaits: the promise or ApiCall, or the first `next()` of an iterator. */
function settle(result: unknown): Promise<unknown> {
  const value = result as Partial<AsyncIterable<unknown>> & Partial<PromiseLike<unknown>>;
  const iterate = value[Symbol.asyncIterator];
  if (typeof value.then !== "function" && typeof iterate === "function") return iterate.call(value).next();
  return Promise.resolve(result);
}

async function rejection(run: () => unknown): Promise<ValidationError> {
  let result: Promise<unknown> = Promise.resolve();
  expect(() => {
    result = settle(run());
  }, "threw synchronously").not.toThrow();
  const error = await result.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

describe("every public method is covered here", () => {
  it("lists each method of each resource exactly once", () => {
    const { client: as2 } = client();
    // Every public method, inherited ones too (received and sent share one implementation).
    const methodsOf = (resource: object): string[] => {
      const names = new Set<string>();
      for (let p = Object.getPrototypeOf(resource); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
        for (const m of Object.getOwnPropertyNames(p)) if (m !== "constructor") names.add(m);
      return [...names];
    };
    const methods = Object.entries(as2)
      .filter(([name]) => name !== "core" && name !== "raw")
      .flatMap(([name, resource]) => methodsOf(resource).map((m) => `${name}.${m}`));
    const covered = [...Object.keys(idCases), ...Object.keys(otherCases), ...noInput];
    expect([...covered].sort()).toEqual([...methods].sort());
  });
});

const BAD_IDS: [unknown, string][] = [
  ["", "got an empty string"],
  ["   ", "got a blank string"],
  [undefined, "got undefined"],
  [null, "got null"],
  [42, "got a number"],
];

describe.each(Object.entries(idCases))("%s", (_, call) => {
  it("rejects a blank or missing AS2 message ID before any request", async () => {
    const { client: as2, calls } = client();
    for (const [value, got] of BAD_IDS) {
      const error = await rejection(() => call(as2, value as never, undefined));
      expect(error.message).toMatch(/^\w+: /);
      expect(error.message).toMatch(/: (as2MessageId|as2MessageIds\[0\]) must be a non-blank string, got /);
      expect(error.message).toContain(got);
    }
    expect(calls).toHaveLength(0);
  });
});

describe.each(Object.entries(otherCases))("%s", (_, c) => {
  it("rejects bad input before any request, and sends valid input", async () => {
    const { client: as2, calls } = client();
    for (const [bad, message] of c.bad) {
      const error = await rejection(() => bad(as2, undefined as never, undefined));
      if (typeof message === "string") expect(error.message).toContain(message);
      else expect(error.message).toMatch(message);
    }
    expect(calls).toHaveLength(0);
    await settle(c.valid(as2, undefined as never, undefined)).catch((e: unknown) =>
      expect(e).not.toBeInstanceOf(ValidationError),
    );
    expect(calls.length).toBeGreaterThan(0);
  });
});

describe("indexes, categories and the token signal", () => {
  it("auth.token() rejects a signal that is not an AbortSignal", async () => {
    const { client: as2 } = client();
    expect((await rejection(() => as2.auth.token("stop" as never))).message).toBe(
      'token: signal must be an AbortSignal, got "stop"',
    );
  });

  it('rejects an attachment index that is not an integer >= 0 or "all"', async () => {
    const { client: as2, calls } = client();
    for (const index of [-1, 1.5, Number.NaN, "first"]) {
      await rejection(() => as2.received.attachment(ID, index as never));
      await rejection(() => as2.sent.attachmentStream(ID, index as never));
    }
    expect(calls).toHaveLength(0);
  });

  it("rejects an unknown category for single and bulk deletes", async () => {
    const { client: as2, calls } = client();
    for (const type of ["inbox", "", null]) {
      expect((await rejection(() => as2.cleanup.delete(type as never, ID))).message).toMatch(
        /^deleteMessage: messageType must be one of received, sent, queued, stopped, failed, got /,
      );
      await rejection(() => as2.cleanup.deleteMany(type as never, []));
    }
    expect(calls).toHaveLength(0);
  });
});

const BAD_OPTIONS: [Record<string, unknown>, string][] = [
  [{ timeoutMs: -5 }, "timeoutMs must be a number of milliseconds > 0"],
  [{ timeoutMs: Number.NaN }, "timeoutMs must be"],
  [{ timeoutMs: 0 }, "timeoutMs must be"],
  [{ maxRetries: -1 }, "maxRetries must be an integer >= 0, got -1"],
  [{ maxRetries: 0.5 }, "maxRetries must be an integer >= 0, got 0.5"],
  [{ signal: "stop" }, "signal must be an AbortSignal"],
  [{ headers: { "X-Trace": 7 } }, "headers must be an object of string values"],
];

const withOptions: [string, Call][] = [
  ...Object.entries(idCases)
    .filter(([name]) => name !== "messages.waitForSent")
    .map(([name, call]): [string, Call] => [name, (c, _, o) => call(c, ID as never, o)]),
  ...Object.entries(otherCases)
    .filter(([name]) => name !== "messages.processReceived" && name !== "messages.watchReceived")
    .map(([name, c]): [string, Call] => [name, c.valid]),
  // A list that is iterated checks them on the first next(), before its first page.
  ...(["received", "sent", "failed", "queued"] as const).map((name): [string, Call] => [
    `${name}.list, iterated`,
    (c, _, o) => c[name].list({}, o)[Symbol.asyncIterator](),
  ]),
];

describe("call options are checked once for every method", () => {
  it.each(withOptions)("%s rejects bad options before any request", async (_, call) => {
    const { client: as2, calls } = client();
    for (const [options, message] of BAD_OPTIONS) {
      const error = await rejection(() => call(as2, undefined as never, options));
      expect(error.message).toMatch(/^\w+: /);
      expect(error.message).toContain(message);
    }
    expect(calls).toHaveLength(0);
  });
});

describe("client options are checked at construction", () => {
  it.each([
    [{ timeoutMs: -5 }, "As2Gateway: timeoutMs must be a number of milliseconds > 0"],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, "As2Gateway: timeoutMs must be"],
    [{ maxRetries: -1 }, "As2Gateway: maxRetries must be an integer >= 0, got -1"],
    [{ tokenRefreshSkewMs: Number.NaN }, "As2Gateway: tokenRefreshSkewMs must be a number of milliseconds"],
    [{ throttle: { windowMs: -1 } }, "As2Gateway: throttle.windowMs must be"],
    [{ fetch: "https://proxy" }, "As2Gateway: fetch must be a function"],
  ])("%j", (options, message) => {
    expect(() => fakeClient(() => json({}), options as never)).toThrow(ValidationError);
    expect(() => fakeClient(() => json({}), options as never)).toThrow(message);
  });
});
