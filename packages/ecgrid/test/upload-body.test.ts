// parcels.upload sends a large body as a Blob of parts (issue 13 item 4): the same JSON value as the
// whole-text serialisation, without a second copy of the Base64 as one JSON text. On a real socket:
// what the server receives, and the same bytes again when a 429 makes the transport send it twice.
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { startServer, type TestServer } from "@edi-clients/test-helpers/server";
import { afterEach, describe, expect, it } from "vitest";
import { base64JsonBody } from "../src/core/json-body.js";
import { ECGrid } from "../src/index.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const FILE = Buffer.from(Array.from({ length: 150_000 }, (_, i) => (i * 7 + 3) & 0xff));

describe("base64JsonBody", () => {
  it("is the body's JSON value, the content as a part of its own", async () => {
    const body = {
      fileName: 'po "850".edi',
      mailboxId: 7,
      content: FILE.toString("base64"),
      bytes: FILE.length,
    };
    const blob = base64JsonBody(body);
    expect(blob).toBeInstanceOf(Blob);
    expect((blob as Blob).type).toBe("application/json");
    expect(JSON.parse(await (blob as Blob).text())).toEqual(body);
    const only = base64JsonBody({ content: FILE.toString("base64") }) as Blob;
    expect(JSON.parse(await only.text())).toEqual({ content: FILE.toString("base64") });
  });

  it("serialises a small body, or one without a string content, as usual", () => {
    for (const body of [
      { fileName: "a.edi", content: "QUJD", bytes: 3 },
      { fileName: "a.edi" },
      { content: 5 },
    ]) {
      expect(base64JsonBody(body)).toBe(JSON.stringify(body));
    }
  });
});

describe("parcels.upload of a large file", () => {
  it("sends the body's JSON, and the same bytes again when a 429 turns the first attempt away", async () => {
    server = await startServer((req, res, index) => {
      if (req.url === "/v2/parcels/upload" && index === 0) {
        res.writeHead(429, { "content-type": "application/json", "retry-after": "0" });
        res.end(JSON.stringify({ success: false, message: "slow down" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ success: true, data: 123 }));
    });
    const ecgrid = new ECGrid({
      baseUrl: server.url,
      apiKey: "key-123456",
      logger: silentLogger,
      reconcile: false,
      retry: { baseDelayMs: 1 },
    });
    expect(await ecgrid.parcels.upload({ fileName: "po_850.edi", content: FILE, mailboxId: 7 })).toBe(123);
    const uploads = server.received.filter((r) => r.url === "/v2/parcels/upload");
    expect(uploads).toHaveLength(2);
    const [first, second] = uploads;
    expect(first?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(first?.body.toString() ?? "")).toEqual({
      fileName: "po_850.edi",
      mailboxId: 7,
      content: FILE.toString("base64"),
      bytes: FILE.length,
    });
    // Sent as the parts: the content last (JSON.stringify of the body would put `bytes` after it).
    expect(
      first?.body.toString().endsWith(`"bytes":${FILE.length},"content":"${FILE.toString("base64")}"}`),
    ).toBe(true);
    expect(Buffer.compare(first?.body ?? Buffer.alloc(0), second?.body ?? Buffer.alloc(1))).toBe(0);
  });
});
