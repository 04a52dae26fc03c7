// Keys and callbacks against a real node:http server on 127.0.0.1 answering each variant the
// sources document (specs/ecgrid/NOTES.md `X10-KEYS-1`/`-2`, `X10-CB-1`…`-6`): the reference pages'
// records, ECGridOS' objects in the casings its JSON may use (`callBackEventID`, `NetworkID`), the
// guide's names (`callBackQueueId`, `callBackUrl`), in both success envelopes. Every method must
// return its one stable shape, send the evidence body, and never put a key's value in an error.
import type { ServerResponse } from "node:http";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { type ReceivedRequest, startServer, type TestServer } from "@edi-clients/test-helpers/server";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError, ECGrid, ResponseShapeError, ValidationError } from "../src/index.js";

const API_KEY = "keys-cb-key-7e1d";
const SECRET_VALUE = "ftp-pa55-9d3f7c";

const ENVELOPES = [
  ["pages' envelope", (data: unknown) => ({ success: true, data, errorCode: "", message: null })],
  [
    "seed-001 envelope",
    (data: unknown) => ({ httpStatus: 200, message: "", traceId: "00-t-1", success: true, data }),
  ],
] as const;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A client against a loopback server answering `bodies` in order (the last one repeats). */
async function client(...answers: { status?: number; body: unknown }[]): Promise<ECGrid> {
  server = await startServer((_request: ReceivedRequest, res: ServerResponse, index: number) => {
    const { status = 200, body } = answers[Math.min(index, answers.length - 1)] as {
      status?: number;
      body: unknown;
    };
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  });
  return new ECGrid({
    baseUrl: server.url,
    apiKey: API_KEY,
    logger: silentLogger,
    throttle: false,
    maxRetries: 0,
  });
}
const sent = (i = 0) => JSON.parse((server?.received[i]?.body ?? Buffer.from("null")).toString()) as unknown;
const urlOf = (i = 0) => `${server?.received[i]?.method} ${server?.received[i]?.url}`;

async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
}

const ref = { systemObject: "Mailbox", objectId: 142, key: "ftp:status", visibility: "Shared" } as const;

describe.each(ENVELOPES)("keys in the %s", (_name, envelope) => {
  const evidence = {
    key: "ftp:status",
    value: SECRET_VALUE,
    meta: "setup",
    visibility: "Shared",
    created: "2026-05-01T10:00:00Z",
    expires: "2026-06-01T10:00:00Z",
    networkId: 7,
    mailboxId: 142,
    userId: 31,
    sessionId: "s-1",
  };
  const normalised = { ...evidence };

  it.each([
    ["ECGridOS KeyValue in camelCase", evidence],
    [
      "ECGridOS KeyValue in its System.Text.Json casing (networkID, mailboxID, userID, sessionID)",
      {
        ...evidence,
        networkId: undefined,
        networkID: 7,
        mailboxId: undefined,
        mailboxID: 142,
        userId: undefined,
        userID: 31,
        sessionId: undefined,
        sessionID: "s-1",
      },
    ],
    [
      "ECGridOS KeyValue in PascalCase",
      {
        Key: "ftp:status",
        Value: SECRET_VALUE,
        Meta: "setup",
        Visibility: "Shared",
        Created: "2026-05-01T10:00:00Z",
        Expires: "2026-06-01T10:00:00Z",
        NetworkID: 7,
        MailboxID: 142,
        UserID: 31,
        SessionID: "s-1",
      },
    ],
  ])("get() reads %s as one KeyValue and sends the evidence body", async (_variant, data) => {
    const ecgrid = await client({ body: envelope(data) });
    await expect(ecgrid.keys.get(ref)).resolves.toMatchObject(normalised);
    expect(urlOf()).toBe("POST /v2/keys/get-key");
    expect(sent()).toEqual(ref);
  });

  it("get() reads the reference pages' API-key record too", async () => {
    const page = {
      keyId: 9001,
      userId: 12345,
      key: "ek_live_abc",
      visibility: "Private",
      created: "2025-01-15T10:30:00Z",
    };
    const ecgrid = await client({ body: envelope(page) });
    await expect(ecgrid.keys.get(ref)).resolves.toEqual(page);
  });

  it("get() keeps an unknown visibility and unknown fields", async () => {
    const ecgrid = await client({ body: envelope({ key: "k", visibility: "Team", extra: [1] }) });
    await expect(ecgrid.keys.get(ref)).resolves.toEqual({ key: "k", visibility: "Team", extra: [1] });
  });

  it.each([
    ["a bare array", (items: unknown[]) => items],
    ["a {keys, count} object", (items: unknown[]) => ({ keys: items, count: items.length })],
  ])("list() reads %s and sends {systemObject, objectId}", async (_variant, wrap) => {
    const ecgrid = await client({
      body: envelope(wrap([evidence, { Key: "ftp:loginname", Value: "acme" }])),
    });
    const keys = await ecgrid.keys.list({ systemObject: "Mailbox", objectId: 142 });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatchObject(normalised);
    expect(keys[1]).toMatchObject({ key: "ftp:loginname", value: "acme" });
    expect(sent()).toEqual({ systemObject: "Mailbox", objectId: 142 });
  });

  it.each([
    ["true (ECGridOS KeySet)", true, true],
    ["the stored record", evidence, normalised],
  ])("create() resolves to %s and sends the evidence body", async (_variant, data, expected) => {
    const ecgrid = await client({ body: envelope(data) });
    const input = { ...ref, value: SECRET_VALUE, meta: "setup", daysToLive: 30 };
    const result = await ecgrid.keys.create(input);
    if (expected === true) expect(result).toBe(true);
    else expect(result).toMatchObject(expected as object);
    expect(sent()).toEqual(input);
  });

  it.each([
    [true, true],
    [false, false],
    [null, true],
  ])("delete() answering %s resolves to %s", async (data, expected) => {
    const ecgrid = await client({ body: envelope(data) });
    await expect(ecgrid.keys.delete(ref)).resolves.toBe(expected);
    expect(urlOf()).toBe("DELETE /v2/keys");
    expect(sent()).toEqual(ref);
  });

  it("a record that is no object is a ResponseShapeError with the type only", async () => {
    const ecgrid = await client({ body: envelope(SECRET_VALUE) });
    const error = (await rejectionOf(ecgrid.keys.get(ref))) as ResponseShapeError;
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ operation: "keysGetKey", field: "/data", received: "string" });
    expect(error.message).not.toContain(SECRET_VALUE);
  });

  it("create() answering false is a ResponseShapeError, not a silent success", async () => {
    const ecgrid = await client({ body: envelope(false) });
    const error = await rejectionOf(ecgrid.keys.create({ ...ref, value: SECRET_VALUE }));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(String(error)).not.toContain(SECRET_VALUE);
  });
});

describe("a key's value is a secret (R6)", () => {
  it("is scrubbed from the error when the server echoes it", async () => {
    const echo = `Value '${SECRET_VALUE}' is too long for key ftp:status`;
    const ecgrid = await client({ status: 400, body: { success: false, message: echo, detail: echo } });
    const error = (await rejectionOf(ecgrid.keys.create({ ...ref, value: SECRET_VALUE }))) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(JSON.stringify({ message: error.message, detail: error.detail, body: error.body })).not.toContain(
      SECRET_VALUE,
    );
    expect(error.message).toContain("too long");
  });

  it("is never quoted in a ValidationError, and nothing is sent", async () => {
    const ecgrid = await client({ body: {} });
    const error = (await rejectionOf(
      ecgrid.keys.create({ ...ref, objectId: 0, value: SECRET_VALUE }),
    )) as Error;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).not.toContain(SECRET_VALUE);
    expect(server?.received).toHaveLength(0);
  });
});

describe.each(ENVELOPES)("callbacks in the %s", (_name, envelope) => {
  const created = {
    url: "https://app.example.com/hook",
    event: "Parcel",
    mailboxId: 12345,
    httpAuthType: "Basic",
    username: "hook",
    password: "hook-pass-1",
  } as const;

  it.each([
    [
      "the reference page's CallbackInfo {callbackId, url, event, …}",
      {
        callbackId: 7001,
        url: "https://app.example.com/hook",
        event: "Parcel",
        mailboxId: 12345,
        networkId: 7,
        httpAuthType: "Basic",
        status: "Active",
      },
    ],
    [
      "ECGridOS CallBackEventIDInfo (callBackEventID, URL, systemObject, httpAuthentication)",
      {
        callBackEventID: 7001,
        networkID: 7,
        mailboxID: 12345,
        systemObject: "Parcel",
        direction: "InBox",
        URL: "https://app.example.com/hook",
        httpAuthentication: { type: "Basic", user: "hook" },
        status: "Active",
      },
    ],
    [
      "the callbacks guide's {callBackQueueId, callBackUrl, callBackEvent, status}",
      {
        callBackQueueId: 7001,
        callBackUrl: "https://app.example.com/hook",
        callBackEvent: "InBox",
        status: "Active",
        event: "Parcel",
        mailboxId: 12345,
        networkId: 7,
        httpAuthType: "Basic",
      },
    ],
  ])("create() reads %s as one Callback", async (_variant, data) => {
    const ecgrid = await client({ body: envelope(data) });
    const callback = await ecgrid.callbacks.create(created);
    expect(callback).toMatchObject({
      callbackId: 7001,
      url: "https://app.example.com/hook",
      event: "Parcel",
      mailboxId: 12345,
      networkId: 7,
      httpAuthType: "Basic",
      status: "Active",
    });
    expect(sent()).toEqual(created);
  });

  it("create() without any callback id is a ResponseShapeError at /data/callbackId", async () => {
    const ecgrid = await client({
      body: envelope({ url: "https://app.example.com/hook", status: "Active" }),
    });
    const error = (await rejectionOf(ecgrid.callbacks.create(created))) as ResponseShapeError;
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({
      operation: "callbacksCreateCallback",
      field: "/data/callbackId",
      received: "missing",
    });
  });

  it("a status object becomes its code, an unknown status stays", async () => {
    const ecgrid = await client(
      {
        body: envelope({
          callBackEventId: 1,
          status: { code: "Suspended", description: "paused", statusDate: "2026-05-02" },
        }),
      },
      { body: envelope({ callbackId: 2, status: "Quarantined" }) },
    );
    await expect(ecgrid.callbacks.create(created)).resolves.toMatchObject({
      callbackId: 1,
      status: "Suspended",
      statusDescription: "paused",
      statusDate: "2026-05-02",
    });
    await expect(ecgrid.callbacks.create(created)).resolves.toMatchObject({
      callbackId: 2,
      status: "Quarantined",
    });
  });

  it.each([
    ["the callback record", { callbackId: 7001, url: "https://app.example.com/v2" }],
    ["true (ECGridOS CallBackEventSetStatus)", true],
  ])("update() resolves to %s", async (_variant, data) => {
    const ecgrid = await client({ body: envelope(data) });
    const result = await ecgrid.callbacks.update({ callbackId: 7001, status: "Suspended" });
    if (data === true) expect(result).toBe(true);
    else expect(result).toMatchObject({ callbackId: 7001, url: "https://app.example.com/v2" });
  });

  it.each([
    [
      "the page's paged object with delivery events",
      {
        totalRecords: 1,
        pageNo: 1,
        recordsPerPage: 100,
        events: [
          { callbackEventId: 88001, callbackId: 7001, event: "Parcel", mailboxId: 12345, status: "Active" },
        ],
      },
      { callbackEventId: 88001, callbackId: 7001 },
    ],
    [
      "ECGridOS' array of registrations (CallBackEventListEx)",
      [
        {
          callBackEventID: 7001,
          systemObject: "Parcel",
          direction: "InBox",
          URL: "https://app.example.com/hook",
          mailboxID: 12345,
          status: "Active",
        },
      ],
      {
        callbackEventId: 7001,
        callbackId: 7001,
        event: "Parcel",
        direction: "InBox",
        url: "https://app.example.com/hook",
      },
    ],
  ])("eventList() reads %s and sends the scope", async (_variant, data, first) => {
    const ecgrid = await client({ body: envelope(data) });
    const page = await ecgrid.callbacks.eventList({ networkId: 7, mailboxId: 0, showInactive: true });
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({ ...first, mailboxId: 12345, status: "Active" });
    expect(sent()).toEqual({ networkId: 7, mailboxId: 0, showInactive: true });
  });

  it("eventList() iterates ECGridOS' unpaged registrations", async () => {
    const ecgrid = await client({ body: envelope([{ callBackEventId: 1 }, { CallBackEventID: 2 }]) });
    const ids: number[] = [];
    for await (const event of ecgrid.callbacks.eventList({ networkId: 7, mailboxId: 142 }))
      ids.push(event.callbackEventId);
    expect(ids).toEqual([1, 2]);
    expect(sent()).toMatchObject({ networkId: 7, mailboxId: 142, pageNo: 1 });
  });

  it("getEvent() reads ECGridOS' registration with its queue, each entry normalised", async () => {
    const ecgrid = await client({
      body: envelope({
        callBackEventID: 7001,
        systemObject: "Parcel",
        callBackQueue: [
          {
            callBackQueueID: 9000000001,
            date: "2026-05-03T08:00:00Z",
            status: "Error",
            callsRemaining: 2,
            callBackLog: [{ returnCode: 200 }, { returnCode: 503, message: "down" }],
          },
        ],
      }),
    });
    const event = await ecgrid.callbacks.getEvent({ callbackEventId: 7001, queueCount: 5 });
    expect(event).toMatchObject({ callbackEventId: 7001, callbackId: 7001, event: "Parcel" });
    expect(event.queue?.[0]).toMatchObject({
      callbackQueueId: 9000000001,
      queuedAt: "2026-05-03T08:00:00Z",
      status: "Error",
      callsRemaining: 2,
      lastHttpStatus: 503,
    });
    expect(sent()).toEqual({ callbackEventId: 7001, queueCount: 5 });
  });

  it("getEvent() keeps the page's event id apart from its callbackId", async () => {
    const ecgrid = await client({
      body: envelope({ callbackEventId: 88001, callbackId: 7001, attempts: 1, payload: {} }),
    });
    await expect(ecgrid.callbacks.getEvent({ callbackEventId: 88001 })).resolves.toMatchObject({
      callbackEventId: 88001,
      callbackId: 7001,
      attempts: 1,
    });
  });

  it.each([
    [
      "the page's paged object {…, queueEntries}",
      {
        totalRecords: 3,
        pageNo: 1,
        recordsPerPage: 100,
        queueEntries: [
          {
            callbackId: 7001,
            url: "https://app.example.com/hook",
            queuedAt: "2026-05-03T08:00:00Z",
            attempts: 1,
            status: "Active",
            lastHttpStatus: 200,
          },
        ],
      },
      { callbackId: 7001, lastHttpStatus: 200, status: "Active" },
    ],
    [
      "ECGridOS' array of CallBackQueueIDInfo (lite registration, log)",
      [
        {
          callBackQueueID: 9000000001,
          date: "2026-05-03T08:00:00Z",
          callBackEvent: { callBackEventID: 7001, URL: "https://app.example.com/hook" },
          status: "Pending",
          callBackLog: [{ returnCode: 200 }],
        },
      ],
      { callbackQueueId: 9000000001, callbackId: 7001, lastHttpStatus: 200, status: "Pending" },
    ],
  ])("queueList() reads %s and sends the scope with the view", async (_variant, data, first) => {
    const ecgrid = await client({ body: envelope(data) });
    const page = await ecgrid.callbacks.queueList({
      networkId: 7,
      mailboxId: 142,
      view: "failed",
      maxDays: 30,
    });
    expect(page.queueEntries[0]).toMatchObject({
      ...first,
      url: "https://app.example.com/hook",
      queuedAt: "2026-05-03T08:00:00Z",
    });
    expect(sent()).toEqual({ networkId: 7, mailboxId: 142, view: "failed", maxDays: 30 });
  });

  it("getQueueEntry() sends the queue-entry id as callbackId and reads both shapes", async () => {
    const ecgrid = await client(
      { body: envelope({ callBackQueueId: 9000000001, status: "Completed", test: true }) },
      { body: envelope({ callbackId: 7001, lastHttpStatus: 200, status: "Active" }) },
    );
    await expect(ecgrid.callbacks.getQueueEntry(9000000001)).resolves.toMatchObject({
      callbackQueueId: 9000000001,
      status: "Completed",
      test: true,
    });
    expect(urlOf()).toBe("GET /v2/callbacks/get-queue-by-id?callbackId=9000000001");
    await expect(ecgrid.callbacks.getQueueEntry(0)).resolves.toMatchObject({
      callbackId: 7001,
      lastHttpStatus: 200,
    });
  });

  it("a queue entry with no id at all is a ResponseShapeError", async () => {
    const ecgrid = await client({ body: envelope({ status: "Pending" }) });
    const error = await rejectionOf(ecgrid.callbacks.getQueueEntry(1));
    expect(error).toMatchObject({ operation: "callbacksGetQueueById", field: "/data/callBackQueueId" });
  });

  it.each([
    [
      "the page's test result",
      {
        callbackId: 7001,
        url: "https://app.example.com/hook",
        httpStatus: 200,
        responseBody: "OK",
        testedAt: "2026-05-07T09:00:00Z",
      },
      {},
    ],
    [
      "ECGridOS CallBackQueueIDInfo (CallBackTest)",
      {
        callBackQueueId: 9000000002,
        date: "2026-05-07T09:00:00Z",
        test: true,
        callBackLog: [{ returnCode: 200, message: "OK" }],
      },
      { callbackQueueId: 9000000002 },
    ],
  ])("test() reads %s as one CallbackTestResult", async (_variant, data, extra) => {
    const ecgrid = await client({ body: envelope(data) });
    const result = await ecgrid.callbacks.test({ callbackId: 7001, parcelId: 987654321 });
    expect(result).toMatchObject({
      callbackId: 7001,
      httpStatus: 200,
      responseBody: "OK",
      testedAt: "2026-05-07T09:00:00Z",
      ...extra,
    });
    expect(sent()).toEqual({ callbackId: 7001, parcelId: 987654321 });
  });

  it.each([
    [true, true],
    [null, true],
    [false, false],
  ])("delete() answering %s resolves to %s", async (data, expected) => {
    const ecgrid = await client({ body: envelope(data) });
    await expect(ecgrid.callbacks.delete({ callbackId: 7001 })).resolves.toBe(expected);
  });
});
