// Batch download of attachments: real zip archives (built with fflate) from a local server, with
// `.error` entries, 206 continuation and the server-side markAsRead rule.
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { As2Gateway, BatchMessageError, ResponseParseError, ValidationError } from "../src/index.js";
import {
  message,
  type ServerRequest,
  sendJson,
  silentLogger,
  startServer,
  type TestServer,
  zip,
  zipOrdered,
} from "./helpers.js";

const A = "<a.1@partner-a.example>";
const B = "<b.2@partner-b.example>";
const C = "<c.3@partner-c.example>";

type Script = (req: ServerRequest, res: ServerResponse) => void;
let script: Script[] = [];
let server: TestServer;
let client: As2Gateway;

function archive(res: ServerResponse, bytes: Uint8Array, status = 200, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    "content-type": "application/octet-stream",
    "content-length": String(bytes.length),
    ...headers,
  });
  res.end(Buffer.from(bytes));
}
const batchRequests = () => server.received.filter((r) => r.url.includes("/batch/attachments"));
const bodyOf = (r: ServerRequest | undefined) => JSON.parse(r?.body.toString() ?? "null");

beforeAll(async () => {
  server = await startServer((req, res) => {
    const next = script.shift();
    if (!next) return sendJson(res, { message: `unexpected ${req.method} ${req.url}` }, 500);
    next(req, res);
  });
  client = new As2Gateway({ baseUrl: server.url, token: "tok", logger: silentLogger, maxRetries: 0 });
});
beforeEach(() => {
  script = [];
  server.received.length = 0;
});
afterAll(async () => {
  await client.close();
  await server.close();
});

describe("downloadBatch", () => {
  it("unpacks one folder per message and surfaces a .error file as that message's error", async () => {
    script.push((_, res) =>
      archive(
        res,
        zip({
          [`${A}/po.edi`]: "ISA*A~",
          [`${A}/po.pdf`]: "%PDF",
          [`${B}/.error`]: "Cannot find attachments for message <b.2@partner-b.example>",
          [`${C}/remit.csv`]: "1,2",
          "stray.txt": "?",
        }),
      ),
    );
    const result = await client.received.downloadBatch([A, B, C, A], { markAsRead: true });
    expect(batchRequests()[0]?.url).toBe("/v1/message/received/batch/attachments?markAsRead=true");
    expect(bodyOf(batchRequests()[0])).toEqual([A, B, C]);
    expect(result.requests).toBe(1);
    expect(result.unmatched).toEqual(["stray.txt"]);
    const [a, b, c] = result.messages;
    expect(a?.ok && a.attachments.map((f) => [f.name, f.text()])).toEqual([
      ["po.edi", "ISA*A~"],
      ["po.pdf", "%PDF"],
    ]);
    expect(b?.ok).toBe(false);
    const error = (b as { error: BatchMessageError }).error;
    expect(error).toBeInstanceOf(BatchMessageError);
    expect(error.as2MessageId).toBe(B);
    expect(error.message).toBe(`${B}: Cannot find attachments for message <b.2@partner-b.example>`);
    expect(c?.ok && c.attachments.map((f) => f.name)).toEqual(["remit.csv"]);
  });

  it("on 206 keeps the complete messages and fetches the rest from the partial one on", async () => {
    script.push(
      (_, res) =>
        archive(res, zip({ [`${A}/1.edi`]: "a1", [`${A}/2.edi`]: "a2", [`${B}/1.edi`]: "b1" }), 206, {
          "x-batch-truncation-index": "(1,0)",
        }),
      (_, res) => archive(res, zip({ [`${B}/1.edi`]: "b1", [`${B}/2.edi`]: "b2", [`${C}/1.edi`]: "c1" })),
    );
    const result = await client.received.downloadBatch([A, B, C], { markAsRead: true });
    expect(batchRequests().map(bodyOf)).toEqual([
      [A, B, C],
      [B, C],
    ]);
    // The server marks only fully archived messages: asking again with the flag lets it mark B and C.
    expect(batchRequests().map((r) => r.url.split("?")[1])).toEqual(["markAsRead=true", "markAsRead=true"]);
    expect(result.requests).toBe(2);
    expect(result.messages.map((m) => (m.ok ? m.attachments.map((f) => f.text()) : m.error.message))).toEqual(
      [["a1", "a2"], ["b1", "b2"], ["c1"]],
    );
  });

  it("follows several truncations in a row", async () => {
    script.push(
      (_, res) => archive(res, zip({ [`${A}/1`]: "a" }), 206, { "x-batch-truncation-index": "(1,0)" }),
      (_, res) =>
        archive(res, zip({ [`${B}/1`]: "b", [`${C}/1`]: "c-part" }), 206, {
          "x-batch-truncation-index": "(1,0)",
        }),
      (_, res) => archive(res, zip({ [`${C}/1`]: "c", [`${C}/2`]: "c2" })),
    );
    const result = await client.received.downloadBatch([A, B, C]);
    expect(batchRequests().map(bodyOf)).toEqual([[A, B, C], [B, C], [C]]);
    expect(result.messages.map((m) => m.ok && m.attachments.length)).toEqual([1, 1, 2]);
  });

  it("a message that answers as no object while a truncated one is completed is a ResponseParseError (fuzz seed 130833258)", async () => {
    script.push(
      (_, res) => archive(res, new Uint8Array(0), 206, { "x-batch-truncation-index": "(0,0)" }),
      (_, res) => sendJson(res, null),
    );
    const error = await client.received.downloadBatch([A, B]).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toMatch(
      /getReceivedMessage: .*the message is not an object \(got null\)/,
    );
  });

  it("received.get refuses an answer that is not a message object", async () => {
    for (const body of [null, [], "text", 7]) {
      script.push((_, res) => sendJson(res, body));
      await expect(client.received.get(A)).rejects.toBeInstanceOf(ResponseParseError);
    }
  });

  it("completes a first message that alone exceeds 10 MB one attachment at a time", async () => {
    script.push(
      (_, res) =>
        archive(res, zip({ [`${A}/0.edi`]: "a0", [`${A}/1.edi`]: "a1" }), 206, {
          "x-batch-truncation-index": "(0,1)",
        }),
      (_, res) =>
        sendJson(
          res,
          message({ as2MessageId: A, attachments: [0, 1, 2, 3].map((i) => ({ name: `${i}.edi`, size: 2 })) }),
        ),
      (_, res) =>
        archive(res, new TextEncoder().encode("a2"), 200, {
          "content-disposition": "attachment; filename=2.edi",
        }),
      (_, res) =>
        archive(res, new TextEncoder().encode("a3"), 200, {
          "content-disposition": "attachment; filename=3.edi",
        }),
      (_, res) => archive(res, zip({ [`${B}/x.edi`]: "b" })),
    );
    const result = await client.received.downloadBatch([A, B], { markAsRead: true });
    const enc = encodeURIComponent(A);
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v1/message/received/batch/attachments?markAsRead=true",
      `GET /v1/message/received/${enc}`,
      `GET /v1/message/received/${enc}/attachments/2`,
      // The last piece carries markAsRead: A is complete only now.
      `GET /v1/message/received/${enc}/attachments/3?markAsRead=true`,
      "POST /v1/message/received/batch/attachments?markAsRead=true",
    ]);
    expect(bodyOf(server.received[4])).toEqual([B]);
    expect(result.requests).toBe(5);
    expect(result.messages[0]?.ok && result.messages[0].attachments.map((f) => [f.name, f.text()])).toEqual([
      ["0.edi", "a0"],
      ["1.edi", "a1"],
      ["2.edi", "a2"],
      ["3.edi", "a3"],
    ]);
  });

  it("marks an oversized first message read separately when the archive already held all of it", async () => {
    script.push(
      (_, res) => archive(res, zip({ [`${A}/0.edi`]: "a0" }), 206, { "x-batch-truncation-index": "(0,0)" }),
      (_, res) => sendJson(res, message({ as2MessageId: A, attachments: [{ name: "0.edi", size: 2 }] })),
      (_, res) => sendJson(res, message({ as2MessageId: A })),
    );
    const result = await client.received.downloadBatch([A], { markAsRead: true });
    expect(server.received.map((r) => r.url.split("?")[1])).toEqual([
      "markAsRead=true",
      undefined,
      "markAsRead=true",
    ]);
    expect(result.messages[0]?.ok && result.messages[0].attachments).toHaveLength(1);
  });

  it("reports an oversized first message with a .error file as that message's error", async () => {
    script.push(
      (_, res) =>
        archive(res, zip({ [`${A}/.error`]: "boom" }), 206, { "x-batch-truncation-index": "(0,0)" }),
      (_, res) => archive(res, zip({ [`${B}/b`]: "b" })),
    );
    const result = await client.received.downloadBatch([A, B]);
    expect(result.messages.map((m) => m.ok)).toEqual([false, true]);
  });

  it("keeps attachments that share a name, matches folders without brackets, and flags missing folders", async () => {
    const bytes = await zipOrdered([
      ["a.1@partner-a.example/same.txt", "first"],
      ["a.1@partner-a.example/same.txt", "second"],
      ["_c.3@partner-c.example_/x", "sanitized"],
    ]);
    script.push((_, res) => archive(res, bytes));
    const result = await client.received.downloadBatch([A, B, C]);
    expect(result.messages[0]?.ok && result.messages[0].attachments.map((f) => f.text())).toEqual([
      "first",
      "second",
    ]);
    expect(result.messages[1]?.ok === false && result.messages[1].error.message).toMatch(
      /no folder for this message/,
    );
    expect(result.messages[2]?.ok && result.messages[2].attachments[0]?.text()).toBe("sanitized");
  });

  it("treats an empty archive as holding no folders", async () => {
    script.push((_, res) => archive(res, new Uint8Array(0)));
    const result = await client.received.downloadBatch([A]);
    expect(result.messages[0]?.ok).toBe(false);
  });

  it.each<[string, Script, RegExp]>([
    [
      "a 206 without the header",
      (_, res) => archive(res, zip({ [`${A}/1`]: "a" }), 206),
      /without a usable X-Batch-Truncation-Index \(got null for 2 IDs\)/,
    ],
    [
      "a truncation index past the list",
      (_, res) => archive(res, zip({}), 206, { "x-batch-truncation-index": "(5,0)" }),
      /got "\(5,0\)" for 2 IDs/,
    ],
    [
      "a body that is not a zip",
      (_, res) => archive(res, new TextEncoder().encode("PK...not really")),
      /not a valid zip archive/,
    ],
  ])("fails with ResponseParseError on %s", async (_, answer, pattern) => {
    script.push(answer);
    const error = await client.received.downloadBatch([A, B]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toMatch(pattern);
  });

  it("checks the IDs before any request: at most 100, non-empty strings", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `<m${i}@x>`);
    await expect(client.received.downloadBatch(many)).rejects.toThrow(
      /at most 100 AS2 message IDs per request, got 101/,
    );
    await expect(client.received.downloadBatch([A, ""])).rejects.toBeInstanceOf(ValidationError);
    await expect(client.received.downloadBatch("abc" as never)).rejects.toThrow(/must be an array/);
    await expect(client.received.downloadBatchArchive([])).rejects.toThrow(/at least one AS2 message ID/);
    expect(await client.received.downloadBatch([])).toEqual({ messages: [], requests: 0, unmatched: [] });
    expect(server.received).toHaveLength(0);
  });

  it("downloadBatchArchive returns the raw archive of one request", async () => {
    const bytes = zip({ [`${A}/1`]: "a" });
    script.push((_, res) => archive(res, bytes, 206, { "x-batch-truncation-index": "(0,0)" }));
    const raw = await client.received.downloadBatchArchive([A, A]);
    expect(raw).toEqual({
      as2MessageIds: [A],
      status: 206,
      archive: bytes,
      truncatedAt: { messageIndex: 0, attachmentIndex: 0 },
    });
    expect(server.received[0]?.url).toBe("/v1/message/received/batch/attachments");
  });
});
