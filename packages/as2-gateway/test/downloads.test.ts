// Single-message calls against a local node:http server: the AS2 message ID (with <, > and @)
// must arrive percent-encoded in the path, and downloads come back with their file names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, As2Gateway, archiveFiles, NotFoundError, ValidationError } from "../src/index.js";
import {
  message,
  type ServerRequest,
  sendJson,
  silentLogger,
  startServer,
  type TestServer,
  zip,
} from "./helpers.js";

const ID = "<OPENAS2-11062024094512+0000-4821@GLOBEX_AS2_ACME_EDI_PROD>";
const ENCODED = "%3COPENAS2-11062024094512%2B0000-4821%40GLOBEX_AS2_ACME_EDI_PROD%3E";
const archive = zip({ "po.edi": "ISA*PO~", "po.pdf": new Uint8Array([0x25, 0x50]) });

let server: TestServer;
let client: As2Gateway;
const last = (): ServerRequest => server.received.at(-1) as ServerRequest;

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = req.url.split("?")[0] as string;
    if (path.includes("missing"))
      return sendJson(res, { message: `Cannot find an AS2 message with ID <missing@x>` }, 404);
    if (path.includes("plain-error")) {
      res.writeHead(502, { "content-type": "text/html" });
      return res.end("<html>Bad gateway</html>");
    }
    if (path.endsWith("/attachments/all")) {
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-length": String(archive.length),
        "content-disposition": "attachment; filename=attachments.zip",
      });
      return res.end(Buffer.from(archive));
    }
    if (path.endsWith("/attachments/3")) {
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-length": "0",
        "content-disposition": "attachment; filename=empty.txt",
      });
      return res.end();
    }
    if (/\/attachments(\/\d+)?$/.test(path)) {
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-disposition": `attachment; filename="fallback.edi"; filename*=UTF-8''Bestellung%20%C3%BC.edi`,
      });
      return res.end(`attachment of ${path}`);
    }
    if (path.endsWith("/mdn")) {
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-disposition": 'attachment; filename="mdn.txt"',
      });
      return res.end("Disposition: automatic-action/MDN-sent-automatically; processed");
    }
    if (/\/(markUnread|stop|retry)$/.test(path)) return sendJson(res, { message: `ok ${path}` });
    return sendJson(res, message({ as2MessageId: ID }));
  });
  client = new As2Gateway({ baseUrl: server.url, token: "tok", logger: silentLogger });
});

afterAll(async () => {
  await client.close();
  await server.close();
});

describe("message IDs in paths", () => {
  it.each([
    ["received.get", () => client.received.get(ID), `/v1/message/received/${ENCODED}`],
    [
      "received.get markAsRead",
      () => client.received.get(ID, { markAsRead: true }),
      `/v1/message/received/${ENCODED}?markAsRead=true`,
    ],
    ["sent.get", () => client.sent.get(ID), `/v1/message/sent/${ENCODED}`],
    ["failed.get", () => client.failed.get(ID), `/v1/message/failed/${ENCODED}`],
    ["queued.get", () => client.queued.get(ID), `/v1/message/queued/${ENCODED}`],
    ["markUnread", () => client.received.markUnread(ID), `/v1/message/received/${ENCODED}/markUnread`],
    ["stop", () => client.queued.stop(ID), `/v1/message/queued/${ENCODED}/stop`],
    ["retry", () => client.queued.retry(ID), `/v1/message/queued/${ENCODED}/retry`],
  ])("%s round-trips the ID percent-encoded", async (_, call, url) => {
    await call();
    expect(last().url).toBe(url);
    expect(decodeURIComponent(url.split("/")[4]?.split("?")[0] ?? "")).toBe(ID);
  });
});

describe("attachments", () => {
  it("downloads the first attachment with its RFC 5987 file name", async () => {
    const file = await client.received.attachment(ID);
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/attachments`);
    expect(file.name).toBe("Bestellung ü.edi");
    expect(file.contentType).toBe("application/octet-stream");
    expect(file.text()).toBe(`attachment of /v1/message/received/${ENCODED}/attachments`);
  });

  it("downloads by index, marking as read when asked", async () => {
    await client.received.attachment(ID, 2, { markAsRead: true });
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/attachments/2?markAsRead=true`);
    await client.sent.attachment(ID, 0);
    expect(last().url).toBe(`/v1/message/sent/${ENCODED}/attachments/0`);
  });

  it("downloads all attachments as an archive that archiveFiles unpacks", async () => {
    const all = await client.sent.attachment(ID, "all");
    expect(last().url).toBe(`/v1/message/sent/${ENCODED}/attachments/all`);
    expect(all.name).toBe("attachments.zip");
    expect(archiveFiles(all.bytes).map((f) => [f.name, f.bytes.length])).toEqual([
      ["po.edi", 7],
      ["po.pdf", 2],
    ]);
    await client.received.attachment(ID, "all", { markAsRead: false });
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/attachments/all?markAsRead=false`);
  });

  it("streams an attachment without buffering it", async () => {
    const download = await client.received.attachmentStream(ID, 1);
    expect(download.name).toBe("Bestellung ü.edi");
    expect(await new Response(download.stream).text()).toBe(
      `attachment of /v1/message/received/${ENCODED}/attachments/1`,
    );
    const sent = await client.sent.attachmentStream(ID, "all", {});
    expect(sent.size).toBe(archive.length);
    expect(new Uint8Array(await new Response(sent.stream).arrayBuffer())).toEqual(archive);
    await client.sent.attachmentStream(ID);
    expect(last().url).toBe(`/v1/message/sent/${ENCODED}/attachments`);
    await client.received.attachmentStream(ID, "all", { markAsRead: true });
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/attachments/all?markAsRead=true`);
  });

  it("gives an empty file (not undefined) for an empty body, as bytes and as a stream", async () => {
    const file = await client.received.attachment(ID, 3);
    expect(file.bytes).toEqual(new Uint8Array(0));
    expect(file.name).toBe("empty.txt");
    const stream = await client.sent.attachmentStream(ID, 3);
    expect(await new Response(stream.stream).text()).toBe("");
  });

  it.each([-1, 1.5, "first", Number.NaN])("rejects the index %s before any request", async (index) => {
    const before = server.received.length;
    await expect(client.received.attachment(ID, index as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(client.sent.attachmentStream(ID, index as never)).rejects.toThrow(
      /attachment index must be an integer >= 0 or "all"/,
    );
    expect(server.received.length).toBe(before);
  });
});

describe("MDNs", () => {
  it("downloads received and sent MDNs, in memory and as streams", async () => {
    const received = await client.received.mdn(ID, { markAsRead: true });
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/mdn?markAsRead=true`);
    expect(received.name).toBe("mdn.txt");
    expect(received.text()).toMatch(/^Disposition:/);
    const stream = await client.received.mdnStream(ID);
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/mdn`);
    expect(await new Response(stream.stream).text()).toMatch(/processed$/);
    expect((await client.sent.mdn(ID)).name).toBe("mdn.txt");
    expect(last().url).toBe(`/v1/message/sent/${ENCODED}/mdn`);
    await new Response((await client.sent.mdnStream(ID)).stream).text();
    expect(last().url).toBe(`/v1/message/sent/${ENCODED}/mdn`);
  });
});

describe("received and sent: one implementation, each direction's own operations", () => {
  const shared: [
    string,
    (folder: As2Gateway["sent"] | As2Gateway["received"], options: never) => Promise<unknown>,
    string,
  ][] = [
    ["get", (f, o) => f.get(ID, o), ""],
    ["attachment (first)", (f, o) => f.attachment(ID, undefined, o), "/attachments"],
    ["attachment (index)", (f, o) => f.attachment(ID, 1, o), "/attachments/1"],
    ["attachment (all)", (f, o) => f.attachment(ID, "all", o), "/attachments/all"],
    [
      "attachmentStream",
      async (f, o) => new Response((await f.attachmentStream(ID, 2, o)).stream).text(),
      "/attachments/2",
    ],
    ["mdn", (f, o) => f.mdn(ID, o), "/mdn"],
    ["mdnStream", async (f, o) => new Response((await f.mdnStream(ID, o)).stream).text(), "/mdn"],
  ];

  it.each(shared)(
    "%s: received marks read when asked, sent never sends markAsRead",
    async (_, call, tail) => {
      await call(client.received, { markAsRead: true } as never);
      expect(last().url).toBe(`/v1/message/received/${ENCODED}${tail}?markAsRead=true`);
      await call(client.received, undefined as never);
      expect(last().url).toBe(`/v1/message/received/${ENCODED}${tail}`);
      await call(client.sent, undefined as never);
      expect(last().url).toBe(`/v1/message/sent/${ENCODED}${tail}`);
      // Untyped callers: the sent operations take no markAsRead; it is never put on their query.
      await call(client.sent, { markAsRead: true } as never);
      expect(last().url).toBe(`/v1/message/sent/${ENCODED}${tail}`);
    },
  );

  it("errors name each direction's own operation", async () => {
    const missing = "<missing@x>";
    const names = async (run: () => Promise<unknown>) =>
      ((await run().catch((e: unknown) => e)) as NotFoundError).operation;
    expect(await names(() => client.received.get(missing))).toBe("getReceivedMessage");
    expect(await names(() => client.sent.get(missing))).toBe("getSentMessage");
    expect(await names(() => client.received.attachment(missing, 1))).toBe(
      "downloadReceivedAttachmentByIndex",
    );
    expect(await names(() => client.sent.attachment(missing, "all"))).toBe("downloadAllSentAttachments");
    expect(await names(() => client.sent.mdnStream(missing))).toBe("downloadSentMdn");
    expect(await names(() => client.received.attachmentStream(missing))).toBe(
      "downloadFirstReceivedAttachment",
    );
  });
});

describe("errors and checks", () => {
  it("maps 404 to NotFoundError with the server's message", async () => {
    const error = await client.received.attachment("<missing@x>").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe(
      "downloadFirstReceivedAttachment: 404 Cannot find an AS2 message with ID <missing@x>",
    );
  });

  it("describes a non-JSON error body instead of failing to parse it", async () => {
    const strict = new As2Gateway({ baseUrl: server.url, token: "tok", logger: silentLogger, maxRetries: 0 });
    const error = await strict.sent.mdn("<plain-error@x>").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(502);
    expect((error as Error).message).toMatch(/the server sent an HTML page: <html>Bad gateway<\/html>/);
    await strict.close();
  });

  it.each([
    ["received.get", () => client.received.get(" ")],
    ["sent.get", () => client.sent.get("")],
    ["failed.get", () => client.failed.get(undefined as never)],
    ["queued.stop", () => client.queued.stop("")],
    ["markUnread", () => client.received.markUnread("")],
  ])("%s rejects a blank ID before any request", async (_, call) => {
    const before = server.received.length;
    let result: unknown;
    expect(() => {
      result = call();
    }).not.toThrow();
    await expect(result).rejects.toThrow(/^\w+: as2MessageId must be a non-blank string, got /);
    expect(server.received.length).toBe(before);
  });

  it("download helpers reject a blank ID too", async () => {
    await expect(client.received.mdn("")).rejects.toBeInstanceOf(ValidationError);
    await expect(client.sent.attachment("", "all")).rejects.toBeInstanceOf(ValidationError);
    await expect(client.received.attachmentStream("", 1)).rejects.toBeInstanceOf(ValidationError);
  });
});
