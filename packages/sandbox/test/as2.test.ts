// The AS2 Gateway half driven through @edi-clients/as2-gateway (responses validated, "throw").
import {
  AuthenticationError,
  MessageFailedError,
  NotFoundError,
  unzipEntries,
} from "@edi-clients/as2-gateway";
import { validateResponse } from "@edi-clients/as2-gateway/validation";
import { describe, expect, it } from "vitest";
import { checkSeed, DEFAULT_AS2_SEED, DEFAULT_SEED } from "../src/index.ts";
import {
  AS2_PASSWORD,
  AS2_USER,
  as2Client,
  as2Sandbox,
  DOWN_PARTNER,
  OWN_STATION,
  PARTNER,
  STATION,
  token,
} from "./as2support.ts";

const EDI =
  "ISA*00*          *00*          *ZZ*ACME           *ZZ*GLOBEX         *260507*0800*U*00401*000000001*0*P*>~";
const FAST = { initialDelayMs: 1, timeoutMs: 10_000 };

describe("AS2 sign-in", () => {
  it("issues a token with an expiry on the sandbox clock and requires it", async () => {
    const { sandbox, advance } = await as2Sandbox({ as2: { tokenTtlMs: 60_000 } });
    const as2 = as2Client(sandbox);
    const issued = await as2.auth.authorize({ username: AS2_USER, password: AS2_PASSWORD });
    expect(issued.expiry).toBeGreaterThan(Date.now() + 50_000);
    expect((await as2.stations.list()).map((s) => s.as2Identifier)).toEqual([
      "ACME_EDI_PROD",
      "ACME_EDI_TEST",
    ]);
    expect((await as2.stations.list({ query: "test" })).map((s) => s.as2Identifier)).toEqual([
      "ACME_EDI_TEST",
    ]);
    expect((await as2.partners.list({ query: "glob" })).map((p) => p.as2Identifier)).toEqual([PARTNER]);

    const fixed = as2Client(sandbox, { credentials: undefined, token: issued.token });
    expect((await fixed.sent.list()).totalRecords).toBe(0);
    advance(61_000);
    await expect(fixed.sent.list()).rejects.toBeInstanceOf(AuthenticationError);
    const wrong = as2Client(sandbox, { credentials: { username: AS2_USER, password: "nope" } });
    await expect(wrong.sent.list()).rejects.toBeInstanceOf(AuthenticationError);
    const none = await fetch(`${sandbox.as2Url}/v1/message/sent`);
    expect(none.status).toBe(401);
    expect(validateResponse("listSentMessages", 401, await none.json())).toEqual([]);
  });
});

describe("AS2 send", () => {
  it("queues a send, then sends it with an MDN; Link names the sent message", async () => {
    const { sandbox, advance } = await as2Sandbox();
    const as2 = as2Client(sandbox);
    const sent = await as2.messages.send({
      stationId: STATION,
      partnerId: PARTNER,
      file: { name: "po-1.edi", content: EDI },
    });
    expect(sent.link).toBe(`${sandbox.as2Url}/v1/message/sent/${sent.as2MessageId}`);
    const id = sent.as2MessageId as string;
    expect(id).toMatch(/^<.+@.+>$/);
    const queued = await as2.queued.list();
    expect(queued.records.map((m) => m.as2MessageId)).toEqual([id]);
    expect((await as2.queued.get(id)).mdnStatus).toBe("Pending");
    expect((await as2.sent.list()).totalRecords).toBe(0);

    advance(1_000);
    const message = await as2.messages.waitForSent(id, FAST);
    expect(message).toMatchObject({
      as2MessageId: id,
      receiverId: PARTNER,
      senderId: STATION,
      subject: "ACME EDI",
    });
    expect(message.mdnStatus).toBe("Received");
    expect(message.mdnMessage?.content).toContain(`Original-Message-ID: ${id}`);
    expect(message.attachments).toEqual([{ name: "po-1.edi", size: EDI.length }]);
    expect((await as2.queued.list()).totalRecords).toBe(0);
    const mdn = await as2.sent.mdn(id);
    expect(mdn.name).toMatch(/\.mdn$/);
    expect(mdn.text()).toContain("Disposition: automatic-action/MDN-sent-automatically; processed");
    const file = await as2.sent.attachment(id, 0);
    expect(file.name).toBe("po-1.edi");
    expect(file.text()).toBe(EDI);
    expect((await as2.sent.attachment(id)).text()).toBe(EDI);
    await expect(as2.sent.attachment(id, 3)).rejects.toBeInstanceOf(NotFoundError);
    expect((await as2.sent.list({ partnerAS2Id: PARTNER, subject: "ACME EDI" })).totalRecords).toBe(1);
    expect((await as2.sent.list({ stationAS2Id: OWN_STATION })).totalRecords).toBe(0);
  });

  it("sends several files as multipart, with a subject, and serves them as one archive", async () => {
    const { sandbox, advance } = await as2Sandbox();
    const as2 = as2Client(sandbox);
    const { as2MessageId } = await as2.messages.send({
      stationId: STATION,
      partnerId: PARTNER,
      subject: "two files",
      files: [
        { name: "a.edi", content: "AAA" },
        { name: "b.xml", content: "<b/>" },
      ],
    });
    advance(1_000);
    const id = as2MessageId as string;
    const message = await as2.messages.waitForSent(id, FAST);
    expect(message.subject).toBe("two files");
    expect(message.attachments?.map((a) => a.name)).toEqual(["a.edi", "b.xml"]);
    expect((await as2.sent.attachment(id, 1)).text()).toBe("<b/>");
    const archive = await as2.sent.attachment(id, "all");
    expect(unzipEntries(archive.bytes).map((e) => [e.path, new TextDecoder().decode(e.bytes)])).toEqual([
      ["a.edi", "AAA"],
      ["b.xml", "<b/>"],
    ]);
    expect((await as2.sent.list({ sortCol: "subject", sortDir: "asc" })).records).toHaveLength(1);
  });
});

describe("AS2 receive", () => {
  it("delivers a send to an own station into received; processReceived reads it once", async () => {
    const { sandbox, advance } = await as2Sandbox();
    const as2 = as2Client(sandbox);
    const { as2MessageId } = await as2.messages.send({
      stationId: STATION,
      partnerId: OWN_STATION,
      file: { name: "inv.edi", content: EDI },
    });
    advance(1_000);
    await as2.messages.waitForSent(as2MessageId as string, FAST);
    const inbox = await as2.received.list({ unreadOnly: true });
    expect(inbox.totalRecords).toBe(1);
    const received = inbox.records[0];
    expect(received).toMatchObject({ receiverId: STATION, senderId: OWN_STATION });
    expect(received?.attachments).toEqual([{ name: "inv.edi", size: EDI.length }]);

    const seen: string[] = [];
    const result = await as2.messages.processReceived(({ attachments }) => {
      for (const a of attachments) seen.push(`${a.name}:${new TextDecoder().decode(a.bytes)}`);
    });
    expect(seen).toEqual([`inv.edi:${EDI}`]);
    expect(result.succeeded).toEqual([received?.as2MessageId]);
    expect((await as2.received.list({ unreadOnly: true })).totalRecords).toBe(0);
    expect((await as2.received.list()).totalRecords).toBe(1);

    const id = received?.as2MessageId as string;
    await as2.received.markUnread(id);
    expect((await as2.received.list({ unreadOnly: true })).totalRecords).toBe(1);
    expect((await as2.received.attachment(id, 0, { markAsRead: true })).text()).toBe(EDI);
    expect((await as2.received.list({ unreadOnly: true })).totalRecords).toBe(0);
    await as2.received.markUnread(id);
    expect((await as2.received.mdn(id, { markAsRead: true })).text()).toContain(id);
    expect((await as2.received.get(id)).as2MessageId).toBe(id);
    expect(unzipEntries((await as2.received.attachment(id, "all")).bytes)).toHaveLength(1);
    await expect(as2.received.get("<nope@sandbox>")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages received messages by page number", async () => {
    const { sandbox, advance } = await as2Sandbox();
    const as2 = as2Client(sandbox);
    for (let n = 0; n < 3; n++) {
      await as2.messages.send({
        stationId: STATION,
        partnerId: OWN_STATION,
        file: { name: `f${n}.edi`, content: EDI },
      });
      advance(10);
    }
    advance(1_000);
    const first = await as2.received.list({ pageOffset: 0, pageLength: 2, sortDir: "asc" });
    const second = await as2.received.list({ pageOffset: 1, pageLength: 2, sortDir: "asc" });
    expect(first.totalRecords).toBe(3);
    expect([...first.records, ...second.records].map((m) => m.attachments?.[0]?.name)).toEqual([
      "f0.edi",
      "f1.edi",
      "f2.edi",
    ]);
    const all: string[] = [];
    for await (const m of as2.received.list({ pageLength: 2 })) all.push(m.as2MessageId);
    expect(all).toHaveLength(3);
    expect((await as2.received.list({ partnerType: "test" })).totalRecords).toBe(0);
  });

  it("batch-downloads with the 10 MB truncation (206) continued by the client", async () => {
    const { sandbox, advance } = await as2Sandbox();
    const as2 = as2Client(sandbox);
    const big = new Uint8Array(4 * 1024 * 1024).fill(65);
    for (let n = 0; n < 3; n++) {
      await as2.messages.send({
        stationId: STATION,
        partnerId: OWN_STATION,
        file: { name: `big${n}.bin`, content: big },
      });
      advance(10);
    }
    advance(1_000);
    const ids = (await as2.received.list({ sortDir: "asc" })).records.map((m) => m.as2MessageId);
    const raw = await fetch(`${sandbox.as2Url}/v1/message/received/batch/attachments`, {
      method: "POST",
      headers: { Authorization: await token(sandbox), "Content-Type": "application/json" },
      body: JSON.stringify([...ids, "<missing@sandbox>"]),
    });
    expect(raw.status).toBe(206);
    expect(raw.headers.get("x-batch-truncation-index")).toBe("(1,0)");
    expect(unzipEntries(new Uint8Array(await raw.arrayBuffer()))).toHaveLength(2);

    const { messages } = await as2.received.downloadBatch([...ids, "<missing@sandbox>"], {
      markAsRead: true,
    });
    expect(messages.map((m) => m.ok)).toEqual([true, true, true, false]);
    expect((await as2.received.list({ unreadOnly: true })).totalRecords).toBe(0);
  });
});

describe("AS2 partner down", () => {
  it("fails each attempt into the failure log, stops, retries on request, and stops after 10", async () => {
    const { sandbox, advance } = await as2Sandbox({ as2: { retryIntervalMs: 1_000 } });
    const as2 = as2Client(sandbox);
    const { as2MessageId } = await as2.messages.send({
      stationId: STATION,
      partnerId: DOWN_PARTNER,
      file: { name: "x.edi", content: EDI },
    });
    const id = as2MessageId as string;
    advance(1_000);
    expect((await as2.queued.list({ query: id })).totalRecords).toBe(1);
    expect((await as2.failed.list()).records.map((m) => [m.as2MessageId, m.deliveryStatus])).toEqual([
      [id, "Not Delivered"],
    ]);
    expect((await as2.failed.get(id)).receiverId).toBe(DOWN_PARTNER);
    await as2.queued.stop(id);
    expect((await as2.queued.list()).totalRecords).toBe(0);
    await expect(as2.messages.waitForSent(id, FAST)).rejects.toBeInstanceOf(MessageFailedError);

    await as2.queued.retry(id);
    expect((await as2.queued.list()).totalRecords).toBe(1);
    for (let n = 0; n < 12; n++) {
      advance(1_000);
      await as2.failed.list();
    }
    expect((await as2.failed.list({ as2MessageId: id, pageLength: 100 })).totalRecords).toBe(11);
    expect((await as2.queued.list()).totalRecords).toBe(0);
    await expect(as2.queued.get(id)).rejects.toBeInstanceOf(NotFoundError);

    await as2.queued.deleteStopped(id);
    await expect(as2.queued.retry(id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await as2.cleanup.deleteMany("failed", [id])).responses).toEqual([
      { message: "Deleted 11 messages" },
    ]);
    expect((await as2.failed.list()).totalRecords).toBe(0);
  });
});

describe("AS2 deletes and bad requests", () => {
  it("deletes single and bulk", async () => {
    const { sandbox, advance } = await as2Sandbox();
    const as2 = as2Client(sandbox);
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      const sent = await as2.messages.send({
        stationId: STATION,
        partnerId: PARTNER,
        file: { name: `d${n}.edi`, content: EDI },
      });
      ids.push(sent.as2MessageId as string);
    }
    advance(1_000);
    expect((await as2.sent.list()).totalRecords).toBe(3);
    await as2.sent.delete(ids[0] as string);
    await expect(as2.sent.delete(ids[0] as string)).rejects.toBeInstanceOf(NotFoundError);
    await as2.sent.deleteMany(ids.slice(1));
    expect((await as2.sent.list()).totalRecords).toBe(0);
    const queued = await as2.messages.send({
      stationId: STATION,
      partnerId: PARTNER,
      file: { name: "q.edi", content: EDI },
    });
    await as2.cleanup.delete("queued", queued.as2MessageId as string);
    expect((await as2.queued.list()).totalRecords).toBe(0);
  });

  it("answers invalid requests with 400 and a GenericResponse", async () => {
    const { sandbox } = await as2Sandbox();
    const auth = { Authorization: await token(sandbox) };
    const cases: [string, string, RequestInit][] = [
      ["listReceivedMessages", "/v1/message/received?pageLength=101", {}],
      ["listReceivedMessages", "/v1/message/received?unreadOnly=yes", {}],
      ["listSentMessages", "/v1/message/sent?sortCol=bogus", {}],
      ["getReceivedMessage", "/v1/message/received/%3Cx%3E?markAsRead=1", {}],
      ["deleteMessage", "/v1/bogus/%3Cx%3E", { method: "DELETE" }],
      [
        "deleteMessages",
        "/v1/sent",
        { method: "DELETE", body: "[1]", headers: { "Content-Type": "application/json" } },
      ],
      [
        "deleteMessages",
        "/v1/sent",
        { method: "DELETE", body: "{", headers: { "Content-Type": "application/json" } },
      ],
      ["deleteMessages", "/v1/sent", { method: "DELETE" }],
      ["sendMessage", `/v1/message/${STATION}/${PARTNER}`, { method: "POST", body: "x" }],
      ["sendMessage", `/v1/message/NOPE/${PARTNER}`, { method: "POST", body: "x", headers: { Name: "a" } }],
      ["sendMessage", `/v1/message/${STATION}/NOPE`, { method: "POST", body: "x", headers: { Name: "a" } }],
      ["downloadReceivedAttachmentByIndex", "/v1/message/received/%3Cx%3E/attachments/-1", {}],
    ];
    for (const [operation, path, init] of cases) {
      const response = await fetch(`${sandbox.as2Url}${path}`, {
        ...init,
        headers: { ...auth, ...(init.headers as Record<string, string>) },
      });
      const body = (await response.json()) as { message: string };
      expect([path, response.status]).toEqual([path, 400]);
      expect(body.message).toBeTypeOf("string");
      expect(validateResponse(operation as never, 400, body)).toEqual([]);
    }
    const login = await fetch(`${sandbox.as2Url}/v1/authorize`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "not-an-email", password: "x" }),
    });
    expect(login.status).toBe(400);
    const unknown = await fetch(`${sandbox.as2Url}/v2/nothing`, { headers: auth });
    expect(unknown.status).toBe(404);
  });
});

describe("AS2 seed and start-up", () => {
  it("checks the as2 part of a seed and serves a seed's own account", async () => {
    const base = structuredClone(DEFAULT_SEED);
    expect(() => checkSeed({ ...base, as2: { username: "x" } })).toThrow(/username and a password/);
    expect(() => checkSeed({ ...base, as2: { username: "a@b.example", password: "p" } })).toThrow(
      /must be arrays/,
    );
    const own = {
      ...base,
      as2: { ...DEFAULT_AS2_SEED, username: "me@own.example", password: "pw", partners: [] },
    };
    const { sandbox } = await as2Sandbox({ seed: checkSeed(own) });
    const as2 = as2Client(sandbox, { credentials: { username: "me@own.example", password: "pw" } });
    expect(await as2.partners.list()).toEqual([]);
  });

  it("does not start (and frees the ECGrid port) when the AS2 port is taken", async () => {
    const { sandbox: first } = await as2Sandbox();
    const port = Number(new URL(first.as2Url).port);
    await expect(as2Sandbox({ as2: { port } })).rejects.toThrow(/EADDRINUSE/);
  });
});
