// Every operation of the spec, called through the As2Gateway wrapper against Prism
// (request validation on: a request that breaks the spec would get 422, so a passing call also
// proves the wrapper builds spec-conformant requests).
import { afterEach, describe, expect, inject, it } from "vitest";
import { loadSpec } from "../../../scripts/spec-operations.mjs";
import {
  As2Gateway,
  type As2GatewayOptions,
  archiveFiles,
  NotFoundError,
  OPERATIONS,
  RateLimitError,
  UnprocessableEntityError,
} from "../src/index.js";
import { silentLogger } from "./helpers.js";

const baseUrl = inject("prismUrls")["as2-gateway"] as string;
const sentId = "<1049338276.58.1718102712345@as2gateway.com>";
const receivedId = "<OPENAS2-11062024094512+0000-4821@GLOBEX_AS2_ACME_EDI_PROD>";
const remittanceId = "<mendelson_opensource_AS2-1718100455210-17@INITECH_AS2_ACME_EDI_PROD>";
const covered = new Set<string>();

const clients: As2Gateway[] = [];
function client(options: As2GatewayOptions = {}) {
  const c = new As2Gateway({ baseUrl, token: "tok-123", logger: silentLogger, ...options });
  // Record which operations went out, to check at the end that every one was exercised.
  const original = c.core.send.bind(c.core);
  c.core.send = ((operation, ...rest) => {
    covered.add(operation);
    return original(operation, ...rest);
  }) as typeof c.core.send;
  clients.push(c);
  return c;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

describe("As2Gateway against Prism: auth", () => {
  it("signs in with credentials (authorize) before the first call and sends the token", async () => {
    const as2 = client({
      token: undefined,
      credentials: { username: "edi-ops@acme-corp.com", password: "pazzword" },
    });
    const partners = await as2.partners.list();
    expect(partners.map((p) => p.as2Identifier)).toEqual(["GLOBEX_AS2", "INITECH_AS2_TEST"]);
    expect(await as2.auth.token()).toMatch(/^eyJ/);
  });

  it("authorize() returns the token and its expiry in epoch ms", async () => {
    const result = await client().auth.authorize({ username: "edi-ops@acme-corp.com", password: "pazzword" });
    expect(result.token).toMatch(/^eyJ/);
    expect(result.expiry).toBe(1718188712345);
  });
});

describe("As2Gateway against Prism: send", () => {
  it("sends one raw file and returns the AS2 message ID from the Link header", async () => {
    const result = await client().messages.send({
      stationId: "ACME_EDI_PROD",
      partnerId: "GLOBEX_AS2",
      file: { name: "invoice.edi", content: "ISA*00*~" },
      subject: "INVOICE 1",
      partnerType: "production",
      profile: "walmart-invoices",
    });
    expect(result).toEqual({
      as2MessageId: sentId,
      link: `https://api.as2gateway.com/v1/message/sent/${sentId}`,
      message: "Successfully added a new outbound entry",
    });
  });

  it("sends several files as multipart", async () => {
    const result = await client().messages.send({
      stationId: "ACME_EDI_PROD",
      partnerId: "GLOBEX_AS2",
      files: [
        { name: "a.xml", content: "<a/>" },
        { name: "b.csv", content: new Blob(["x,y"]) },
      ],
    });
    expect(result.as2MessageId).toBe(sentId);
  });
});

describe("As2Gateway against Prism: lists", () => {
  it("lists received messages (one page, and iterated)", async () => {
    const as2 = client();
    const page = await as2.received.list({ unreadOnly: true, pageOffset: 0, pageLength: 10, sortDir: "asc" });
    expect(page.totalRecords).toBe(2);
    const all = await as2.received.list({ unreadOnly: true, partnerType: "production" }).toArray();
    expect(all.map((m) => m.as2MessageId)).toEqual(page.records.map((m) => m.as2MessageId));
  });

  it("lists sent, failed and queued messages", async () => {
    const as2 = client();
    expect((await as2.sent.list({ stationAS2Id: "ACME_EDI_PROD" })).totalRecords).toBe(57);
    expect((await as2.failed.list({ subject: "x" })).records).toHaveLength(2);
    expect((await as2.queued.list({ query: "GLOBEX" })).records[0]?.mdnStatus).toBe("Pending");
    expect(await as2.sent.list({}, { limit: 1 }).toArray()).toHaveLength(1);
    expect(await as2.failed.list({ pageLength: 50 }).toArray()).toHaveLength(2);
    expect(await as2.queued.list({}, { prefetch: true }).toArray()).toHaveLength(1);
  });

  it("a request that breaks the spec is refused before sending; sent anyway, Prism's 422 is an UnprocessableEntityError", async () => {
    const as2 = client();
    await expect(as2.sent.list({ sortCol: "nonsense" as never })).rejects.toThrow(
      /listSentMessages: sortCol must be one of/,
    );
    // The same request past the input rules (the core's send path, no input to check).
    const sent = as2.core.send("listSentMessages", "idempotent", (init) =>
      as2.raw.GET("/v1/message/sent", { params: { query: { sortCol: "nonsense" as never } }, ...init }),
    );
    await expect(sent).rejects.toBeInstanceOf(UnprocessableEntityError);
  });
});

describe("As2Gateway against Prism: single messages", () => {
  it("gets received (markAsRead), sent, failed and queued messages", async () => {
    const as2 = client();
    expect((await as2.received.get(receivedId, { markAsRead: true })).subject).toBe(
      "EDI 850 Purchase Order 4500012345",
    );
    expect((await as2.sent.get(sentId)).deliveryStatus).toBe("Delivered");
    expect((await as2.failed.get(sentId)).mdnStatus).toBe("No MDN");
    expect((await as2.queued.get(sentId)).attachments).toBeUndefined();
  });

  it("maps 404 to NotFoundError with the server's message", async () => {
    const error = await client()
      .sent.get(sentId, { headers: { Prefer: "code=404" } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toContain("Cannot find an AS2 message");
  });

  it("marks a received message unread", async () => {
    expect((await client().received.markUnread(receivedId)).message).toMatch(/as unread$/);
  });
});

describe("As2Gateway against Prism: attachments and MDNs", () => {
  it("downloads received attachments: first, by index, all (with markAsRead)", async () => {
    const as2 = client();
    const first = await as2.received.attachment(receivedId);
    expect(first.name).toBe("invoice_20240611.xml");
    expect(first.text()).toContain("<items");
    const second = await as2.received.attachment(receivedId, 1, { markAsRead: true });
    expect(second.name).toBe("invoice_20240611.xml");
    const all = await as2.received.attachment(receivedId, "all");
    expect(all.name).toBe("attachments.zip");
    expect(all.text()).toMatch(/^PK/);
  });

  it("downloads sent attachments: first (as a stream), by index, all", async () => {
    const as2 = client();
    const stream = await as2.sent.attachmentStream(sentId);
    expect(stream.name).toBe("invoice_20240611.xml");
    expect(await new Response(stream.stream).text()).toContain("<items");
    expect((await as2.sent.attachment(sentId, 0)).bytes.length).toBeGreaterThan(0);
    expect((await as2.sent.attachment(sentId, "all")).name).toBe("attachments.zip");
  });

  it("downloads the MDN of received and sent messages", async () => {
    const as2 = client();
    const received = await as2.received.mdn(receivedId, { markAsRead: false });
    expect(received.name).toBe("mdn.txt");
    expect(received.text()).toContain("disposition-notification");
    const sent = await as2.sent.mdnStream(sentId);
    expect(sent.name).toBe("mdn.txt");
    expect(await new Response(sent.stream).text()).toContain("Original-Message-ID");
  });

  it("batch-downloads attachments; a 206 answer carries the truncation index", async () => {
    const as2 = client();
    const full = await as2.received.downloadBatchArchive([receivedId, sentId], { markAsRead: true });
    expect(full.status).toBe(200);
    expect(full.truncatedAt).toBeUndefined();
    const partial = await as2.received.downloadBatchArchive([receivedId, sentId], {
      headers: { Prefer: "code=206" },
    });
    expect(partial.status).toBe(206);
    expect(partial.truncatedAt).toEqual({ messageIndex: 1, attachmentIndex: 2 });
  });

  // The spec's zip example is a real archive (one folder per message of the received list):
  // the batch download and processReceived work end to end on the project's own mock.
  const mockArchive = {
    [receivedId]: ["PO_4500012345.edi"],
    [remittanceId]: ["remittance_0611.csv", "remittance_0611.pdf"],
  };

  it("batch-downloads the mock's archive: every attachment of every message", async () => {
    const batch = await client().received.downloadBatch([receivedId, remittanceId]);
    expect(batch.unmatched).toEqual([]);
    expect(batch.messages.map((m) => [m.as2MessageId, m.ok && m.attachments.map((f) => f.name)])).toEqual(
      Object.entries(mockArchive),
    );
    const [po] = batch.messages[0]?.ok ? batch.messages[0].attachments : [];
    expect(po?.text()).toMatch(/^ISA\*00\*.*~ST\*850\*0001~BEG\*00\*SA\*4500012345\*\*20240611~.*IEA\*1\*/s);
    const all = await client().received.attachment(receivedId, "all");
    expect(archiveFiles(all.bytes).map((f) => f.name)).toEqual(Object.values(mockArchive).flat());
  });

  it("processes the mock's inbox: every message handled with its attachments, then marked read", async () => {
    const handled: [string, (string | undefined)[]][] = [];
    const result = await client().messages.processReceived(({ message, attachments }) => {
      handled.push([message.as2MessageId, attachments.map((f) => f.name)]);
    });
    expect(result.failed).toEqual([]);
    expect(result.succeeded).toEqual(Object.keys(mockArchive));
    expect(handled).toEqual(Object.entries(mockArchive));
  });
});

describe("As2Gateway against Prism: queue control, cleanup, partners, stations", () => {
  it("stops and resumes retrying of a queued message", async () => {
    const as2 = client();
    expect((await as2.queued.stop(sentId)).message).toMatch(/^Successfully stopped retrying/);
    expect((await as2.queued.retry(sentId)).message).toMatch(/^Successfully started retrying/);
  });

  it("deletes one message and many", async () => {
    const as2 = client();
    expect((await as2.cleanup.delete("sent", sentId)).message).toBe("Deleted 1 messages");
    const many = await as2.failed.deleteMany([sentId, receivedId]);
    expect(many.responses).toEqual([{ message: "Deleted 3 messages" }]);
    expect((await as2.queued.deleteStopped(sentId)).message).toBe("Deleted 1 messages");
  });

  it("lists and searches partners and stations", async () => {
    const as2 = client();
    expect((await as2.partners.list({ query: "GLOBEX" }))[0]?.encryptionAlgorithm).toBe("AES256_CBC");
    expect((await as2.stations.list({ query: "ACME" })).map((s) => s.as2Identifier)).toEqual([
      "ACME_EDI_PROD",
      "ACME_EDI_TEST",
    ]);
  });

  it("turns a 429 into RateLimitError with the server's Retry-After when retries are off", async () => {
    const error = await client({ maxRetries: 0 })
      .stations.list({}, { headers: { Prefer: "code=429" } })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(10_000);
  });
});

describe("coverage of the spec", () => {
  it("exercised every operation of the spec (and of the generated table) through the wrapper", () => {
    const all = loadSpec("as2-gateway")
      .operations.map(([id]) => id)
      .sort();
    expect(all.length).toBeGreaterThan(0);
    expect(Object.keys(OPERATIONS).sort()).toEqual(all);
    expect([...covered].sort()).toEqual(all);
  });
});
