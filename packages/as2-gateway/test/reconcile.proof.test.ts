// Proof (issue 14 item 4): a send whose body reached AS2 Gateway but whose answer was lost is found
// in the queued / sent / failed lists and resolves with the right AS2 message ID — never a second
// message to the partner, never an older message with the same attachments. A loopback fault
// server on 127.0.0.1 (node:http) stands in for AS2 Gateway: it stores every send it accepts (the
// server-side copies counted here), then answers, resets the connection, hangs past the client's
// timeout or answers 500, as each test tells it; its lists show a stored message only once its
// visibility delay has passed, and a message can move from queued to sent. Real time, bounded:
// windows of 0.3–2 s, looks every 100 ms.
import { answerFault, type Fault, loopbackScope, stores } from "@edi-clients/test-helpers/faults";
import { recordingLogger } from "@edi-clients/test-helpers/leaks";
import { describe, expect, it } from "vitest";
import {
  As2Gateway,
  type As2GatewayOptions,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  OutcomeUnknownError,
  TimeoutError,
} from "../src/index.js";
import { sendJson } from "./helpers.js";

interface Stored {
  as2MessageId: string;
  persistedTimestamp: number;
  senderId: string;
  receiverId: string;
  subject?: string;
  attachments: { name: string; size: number }[];
  list: "queued" | "sent" | "failed";
  visibleAt: number;
}

/** What the server does with the next send; a stored message starts in `list` (default queued). */
interface ListFault extends Fault {
  list?: Stored["list"];
}

const scope = loopbackScope();

const SEND = /^\/v1\/message\/([^/?]+)\/([^/?]+)$/;

async function fakeAs2() {
  const stored: Stored[] = [];
  const faults: ListFault[] = [];
  let next = 1;
  const server = await scope.start(async (req, res) => {
    const url = new URL(req.url, "http://fake.test");
    const send = req.method === "POST" ? SEND.exec(url.pathname) : null;
    if (send) {
      const fault = faults.shift() ?? { answer: "ok" };
      const type = String(req.headers["content-type"] ?? "");
      let attachments: Stored["attachments"];
      if (type.startsWith("multipart/form-data")) {
        const form = await new Response(new Uint8Array(req.body), {
          headers: { "content-type": type },
        }).formData();
        attachments = form.getAll("file").map((f) => ({ name: (f as File).name, size: (f as File).size }));
      } else {
        attachments = [{ name: String(req.headers.name), size: req.body.length }];
      }
      const as2MessageId = `<${next++}.${Date.now()}@fake.as2>`;
      if (stores(fault)) {
        stored.push({
          as2MessageId,
          persistedTimestamp: Date.now(),
          senderId: decodeURIComponent(send[1] as string),
          receiverId: decodeURIComponent(send[2] as string),
          ...(url.searchParams.has("subject") ? { subject: url.searchParams.get("subject") as string } : {}),
          attachments,
          list: fault.list ?? "queued",
          visibleAt: Date.now() + (fault.visibleAfterMs ?? 0),
        });
      }
      return answerFault(scope, res, fault.answer, {
        ok: {
          status: 202,
          body: { message: "Successfully added a new outbound entry" },
          headers: { link: `https://api.as2gateway.com/v1/message/sent/${as2MessageId}` },
        },
        400: { body: { message: "Unknown partner" } },
        500: { body: { message: "An unexpected error occurred" } },
      });
    }
    const list = /^\/v1\/message\/(queued|sent|failed)$/.exec(url.pathname)?.[1];
    if (req.method === "GET" && list) {
      const q = url.searchParams;
      const now = Date.now();
      const records = stored
        .filter((m) => m.list === list && now >= m.visibleAt)
        .filter((m) =>
          list === "queued"
            ? !q.has("query") ||
              [m.receiverId, m.senderId, m.as2MessageId, m.subject].includes(q.get("query") ?? "")
            : (!q.has("partnerAS2Id") || m.receiverId === q.get("partnerAS2Id")) &&
              (!q.has("stationAS2Id") || m.senderId === q.get("stationAS2Id")),
        )
        .sort((a, b) => b.persistedTimestamp - a.persistedTimestamp);
      const page = Number(q.get("pageOffset") ?? 0);
      const size = Number(q.get("pageLength") ?? 10);
      return sendJson(res, {
        totalRecords: records.length,
        records: records.slice(page * size, (page + 1) * size).map(({ list: _l, visibleAt: _v, ...m }) => ({
          ...m,
          compressed: false,
          encrypted: true,
          signed: true,
          mdnStatus: "Pending",
          partnerType: "Production",
        })),
      });
    }
    sendJson(res, { message: "Not found" }, 404);
  });
  const count = (match: (r: { method: string; url: string }) => boolean) =>
    server.received.filter(match).length;
  return {
    url: server.url,
    stored,
    faults,
    copies: () => stored.length,
    sends: () => count((r) => r.method === "POST" && SEND.test(r.url.split("?")[0] as string)),
    listings: () => count((r) => r.method === "GET"),
  };
}

function client(url: string, options: As2GatewayOptions = {}) {
  const { logger, lines } = recordingLogger();
  const as2 = new As2Gateway({
    baseUrl: url,
    token: "tok-proof-secret-987",
    logger,
    throttle: false,
    timeoutMs: 300,
    reconcile: { windowMs: 2_000, intervalMs: 100 },
    ...options,
  });
  scope.track(as2);
  return { as2, lines };
}

const single = {
  stationId: "ACME",
  partnerId: "GLOBEX",
  file: { name: "po.edi", content: "ISA*00*~ST*850~" },
};
const multi = {
  stationId: "ACME",
  partnerId: "GLOBEX",
  subject: "orders",
  files: [
    { name: "a.edi", content: "ISA*A~" },
    { name: "b.edi", content: "ISA*BB~" },
  ],
};

describe("AS2 Gateway messages.send: the body reached the server, the answer was lost", () => {
  it.each([
    ["the connection is reset", "reset", ConnectionError],
    ["the server hangs past the client's timeout", "hang", TimeoutError],
    ["the server answers 500", "500", InternalServerError],
  ] as const)(
    "%s → resolves with the stored message's ID, reconciled; one copy",
    async (_name, answer, Failure) => {
      const fake = await fakeAs2();
      const { as2, lines } = client(fake.url);
      fake.faults.push({ answer });
      const result = await as2.messages.send(single);
      expect(fake.copies()).toBe(1);
      expect(result.as2MessageId).toBe(fake.stored[0]?.as2MessageId);
      expect(result.reconciled?.after).toBeInstanceOf(Failure);
      expect(result.reconciled?.checks).toBe(1);
      expect(result.link).toBeNull();
      expect(fake.sends()).toBe(1);
      // The snapshot (queued, sent, failed) before the send, and one look (the same three) after it.
      expect(fake.listings()).toBe(6);
      const log = lines.join("\n");
      expect(log).toMatch(
        /sendMessage: reconciled — queued, sent and failed messages from ACME to GLOBEX with "po\.edi" \(15 bytes\)/,
      );
      expect(log).not.toContain("tok-proof-secret-987");
    },
  );

  it("matches several attachments (multipart) by names and sizes, and the subject", async () => {
    const fake = await fakeAs2();
    const { as2 } = client(fake.url);
    fake.faults.push({ answer: "reset", list: "sent" });
    const result = await as2.messages.send(multi);
    expect(result.as2MessageId).toBe(fake.stored[0]?.as2MessageId);
    expect(result.reconciled).toBeDefined();
    expect(fake.copies()).toBe(1);
  });

  it("finds a message that shows only after a delay within the window", async () => {
    const fake = await fakeAs2();
    const { as2 } = client(fake.url);
    fake.faults.push({ answer: "500", visibleAfterMs: 600, list: "failed" });
    const result = await as2.messages.send(single);
    expect(result.as2MessageId).toBe(fake.stored[0]?.as2MessageId);
    expect(result.reconciled?.checks).toBeGreaterThan(1);
    expect(result.reconciled?.elapsedMs).toBeGreaterThanOrEqual(400);
    expect(result.reconciled?.elapsedMs).toBeLessThan(2_000);
    expect(fake.sends()).toBe(1);
  });

  it("rejects with OutcomeUnknownError saying what it checked and for how long when the message never shows", async () => {
    const fake = await fakeAs2();
    const { as2 } = client(fake.url, { reconcile: { windowMs: 500, intervalMs: 100 } });
    fake.faults.push({ answer: "hang", visibleAfterMs: 60_000 });
    const started = Date.now();
    const error = (await as2.messages.send(single).catch((e: unknown) => e)) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("sendMessage");
    expect(error.cause).toBeInstanceOf(TimeoutError);
    expect(error.checked).toMatch(
      /^queued, sent and failed messages from ACME to GLOBEX with "po\.edi" \(15 bytes\) since /,
    );
    expect(error.checks).toBeGreaterThanOrEqual(3);
    expect(error.elapsedMs).toBeGreaterThanOrEqual(500);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.message).not.toContain("tok-proof");
    expect(fake.copies()).toBe(1);
    expect(fake.sends()).toBe(1);
  });

  it("never takes an identical message sent before the call for this one, even once it moved on", async () => {
    const fake = await fakeAs2();
    const { as2 } = client(fake.url, { reconcile: { windowMs: 500, intervalMs: 100 } });
    const earlier = await as2.messages.send(single);
    fake.faults.push({ answer: "500", store: false });
    // The earlier message is delivered (queued → sent) while this call looks.
    setTimeout(() => {
      for (const m of fake.stored) m.list = "sent";
    }, 150);
    const error = await as2.messages.send(single).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(fake.copies()).toBe(1);
    fake.faults.push({ answer: "reset" });
    const result = await as2.messages.send(single);
    expect(result.as2MessageId).not.toBe(earlier.as2MessageId);
    expect(result.as2MessageId).toBe(fake.stored[1]?.as2MessageId);
  });

  it("does not match a message to another partner or with other attachments", async () => {
    const fake = await fakeAs2();
    const { as2 } = client(fake.url, { reconcile: { windowMs: 300, intervalMs: 100 } });
    await as2.messages.send({ ...single, partnerId: "INITECH" });
    await as2.messages.send({ ...single, file: { name: "po.edi", content: "ISA*00*~ST*850~X" } });
    fake.faults.push({ answer: "500", store: false });
    await expect(as2.messages.send(single)).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(fake.copies()).toBe(2);
  });

  it('sends again exactly once with onUnknownOutcome: "resend" when the message never showed', async () => {
    const fake = await fakeAs2();
    const { as2 } = client(fake.url, {
      reconcile: { windowMs: 300, intervalMs: 100 },
      onUnknownOutcome: "resend",
    });
    fake.faults.push({ answer: "reset", store: false });
    const result = await as2.messages.send(single);
    expect(fake.sends()).toBe(2);
    expect(fake.copies()).toBe(1);
    expect(result.as2MessageId).toBe(fake.stored[0]?.as2MessageId);
    expect(result.reconciled).toBeUndefined();
    fake.faults.push({ answer: "500", store: false }, { answer: "500", store: false });
    await expect(as2.messages.send(single)).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(fake.sends()).toBe(4);
  });

  it("does not reconcile a 4xx, and reconcile: false keeps the transport's error", async () => {
    const fake = await fakeAs2();
    const { as2 } = client(fake.url);
    fake.faults.push({ answer: "400" });
    await expect(as2.messages.send(single)).rejects.toBeInstanceOf(BadRequestError);
    expect(fake.listings()).toBe(3);
    fake.faults.push({ answer: "reset" });
    await expect(as2.messages.send(single, { reconcile: false })).rejects.toBeInstanceOf(ConnectionError);
    expect(fake.listings()).toBe(3);
    expect(fake.sends()).toBe(2);
  });

  it("refuses bad reconcile settings before any request, naming the limit", async () => {
    const fake = await fakeAs2();
    expect(() => client(fake.url, { reconcile: { intervalMs: 0 } })).toThrow(
      /^As2Gateway: reconcile\.intervalMs must be a number of milliseconds from 1 to 600000, got 0$/,
    );
    const { as2 } = client(fake.url);
    await expect(as2.messages.send(single, { reconcile: { windowMs: 3_600_001 } })).rejects.toThrow(
      /^messages\.send: reconcile\.windowMs must be a number of milliseconds from 1 to 3600000/,
    );
    expect(scope.server?.received).toHaveLength(0);
  });
});
