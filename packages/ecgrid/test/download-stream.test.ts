// parcels.download reads its answer as it arrives (issue 13 item 4): a long Base64 `content` is
// decoded on the way and never parsed as one JSON text. Through the whole client on a node:http
// server, in small chunks: the same file and the same failures as the whole-body path — invalid
// Base64 a ValidationError, a body that is not JSON a ResponseParseError, an HTTP error an ApiError
// with the server's body, a cut-off body retried (a download is safe to repeat) and then a
// ConnectionError, a stalled one a TimeoutError.
import type { ServerResponse } from "node:http";
import {
  ApiError,
  ConnectionError,
  ResponseParseError,
  TimeoutError,
  UserAbortError,
  ValidationError,
} from "@edi-clients/runtime";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { type ReceivedRequest, startServer, type TestServer } from "@edi-clients/test-helpers/server";
import { settledUnderGc } from "@edi-clients/test-helpers/settle";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ECGrid } from "../src/index.js";
import { validateResponse } from "../src/validation.js";

let server: TestServer | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await server?.close();
  server = undefined;
});

async function serve(handle: (req: ReceivedRequest, res: ServerResponse, index: number) => void) {
  server = await startServer(handle);
  return new ECGrid({
    baseUrl: server.url,
    apiKey: "key-123456",
    logger: silentLogger,
    retry: { baseDelayMs: 1 },
    timeoutMs: 2_000,
  });
}

/** Writes `body` in chunks of `size` bytes, a turn of the event loop apart. */
function writeInChunks(
  res: ServerResponse,
  body: string,
  size: number,
  headers: Record<string, string> = {},
) {
  const bytes = Buffer.from(body);
  res.writeHead(200, {
    "content-type": "application/json",
    "content-length": String(bytes.length),
    ...headers,
  });
  let at = 0;
  const next = () => {
    if (res.destroyed) return;
    if (at >= bytes.length) {
      res.end();
      return;
    }
    res.write(bytes.subarray(at, at + size));
    at += size;
    setImmediate(next);
  };
  next();
}

/** Promises all of `body`, sends 150 kB of it, then drops the connection or goes silent. */
function sendPart(res: ServerResponse, body: string, then: "cut" | "stall") {
  res.writeHead(200, { "content-type": "application/json", "content-length": String(body.length) });
  res.write(body.slice(0, 150_000));
  if (then === "cut") setTimeout(() => res.socket?.destroy(), 20);
}

const FILE = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 131 + 7) & 0xff));

function answer(content: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    success: true,
    data: { parcelId: 42, fileName: "po_850.edi", content, bytes: FILE.length, ...extra },
  });
}

describe("parcels.download read as it arrives", () => {
  it("decodes a long content in chunks, with JSON escapes and line breaks, never parsing it whole", async () => {
    // The Base64 as a .NET service may write it: `\/` for "/", a CRLF every 76 characters.
    const wrapped = FILE.toString("base64").replace(/.{76}/g, "$&\r\n");
    const body = answer(wrapped).replaceAll("/", "\\/");
    const ecgrid = await serve((_req, res) => writeInChunks(res, body, 7_001));
    const parse = vi.spyOn(JSON, "parse");
    const file = await ecgrid.parcels.download(42);
    expect(file.parcelId).toBe(42);
    expect(file.fileName).toBe("po_850.edi");
    expect(Buffer.compare(file.bytes, FILE)).toBe(0);
    // The answer was parsed as a small text: the 270 kB content never went through JSON.parse.
    const texts = parse.mock.calls.map(([text]) => String(text));
    const answers = texts.filter((text) => text.includes("po_850.edi"));
    expect(answers).toHaveLength(1);
    expect(answers[0]?.length).toBeLessThan(1_000);
    const sample = FILE.toString("base64").slice(50_000, 50_040);
    expect(texts.some((text) => text.includes(sample))).toBe(false);
  });

  it.each([
    ["page", (c: string) => answer(c)],
    ["guide", (c: string) => answer(c, { contentEncoding: "Base64", size: FILE.length })],
    [
      "ecgridos",
      (c: string) =>
        JSON.stringify({
          success: true,
          data: { parcelID: 42, fileName: "po_850.edi", contentBase64String: c },
        }),
    ],
  ])("reads the %s variant", async (_name, shape) => {
    const ecgrid = await serve((_req, res) => writeInChunks(res, shape(FILE.toString("base64")), 65_536));
    expect(Buffer.compare((await ecgrid.parcels.download(42)).bytes, FILE)).toBe(0);
  });

  it("passes response validation: the answer checked has a string where the content was", async () => {
    server = await startServer((_req, res) => writeInChunks(res, answer(FILE.toString("base64")), 65_536));
    const ecgrid = new ECGrid({
      baseUrl: server.url,
      apiKey: "key-123456",
      logger: silentLogger,
      validateResponses: "throw",
      responseValidator: validateResponse,
    });
    expect(Buffer.compare((await ecgrid.parcels.download(42)).bytes, FILE)).toBe(0);
  });

  it("still refuses a content declared in another encoding", async () => {
    const body = answer(FILE.toString("base64"), { contentEncoding: "hex" });
    const ecgrid = await serve((_req, res) => writeInChunks(res, body, 65_536));
    await expect(ecgrid.parcels.download(42)).rejects.toThrow(/contentEncoding/);
  });

  it("fails invalid Base64 with the ValidationError of the whole-body path", async () => {
    const content = `${FILE.toString("base64").slice(0, 100_000)}-_${FILE.toString("base64").slice(100_000)}`;
    const ecgrid = await serve((_req, res) => writeInChunks(res, answer(content), 8_192));
    const error = await ecgrid.parcels.download(42).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe("parcel 42: the downloaded content is not valid Base64");
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it("fails a body that is not JSON (inside the long string too) with a ResponseParseError", async () => {
    const base64 = FILE.toString("base64");
    const bodies = [
      `<html><body>${"x".repeat(100_000)}</body></html>`,
      answer(`${base64.slice(0, 100_000)}\n${base64.slice(100_000)}`).replace("\\n", "\n"),
      answer(base64).slice(0, -3),
    ];
    for (const body of bodies) {
      const ecgrid = await serve((_req, res) => writeInChunks(res, body, 16_384));
      const error = await ecgrid.parcels.download(42).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as ResponseParseError).status).toBe(200);
      await server?.close();
    }
  });

  it("fails an HTTP error with the ApiError of the server's body", async () => {
    const ecgrid = await serve((_req, res) => {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ success: false, errorCode: "NotFound", message: "no parcel 42", data: null }));
    });
    const error = await ecgrid.parcels.download(42).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toMatch(/no parcel 42/);
    expect((error as ApiError).errorInfo).toMatchObject({ errorCode: "NotFound" });
  });

  it("retries a download cut off in the middle of its content, then returns the whole file", async () => {
    const body = answer(FILE.toString("base64"));
    const ecgrid = await serve((_req, res, index) => {
      if (index === 0) sendPart(res, body, "cut");
      else writeInChunks(res, body, 65_536);
    });
    expect(Buffer.compare((await ecgrid.parcels.download(42)).bytes, FILE)).toBe(0);
    expect(server?.received).toHaveLength(2);
  });

  it("fails a download cut off on every attempt with a ConnectionError", async () => {
    const body = answer(FILE.toString("base64"));
    const ecgrid = await serve((_req, res) => sendPart(res, body, "cut"));
    const error = await ecgrid.parcels.download(42, { maxRetries: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/the response body was cut off/);
    expect(server?.received).toHaveLength(2);
  });

  it("times out a content that stalls, and stops when the caller aborts, under GC", async () => {
    const body = answer(FILE.toString("base64"));
    const ecgrid = await serve((_req, res) => sendPart(res, body, "stall"));
    const stalled = await settledUnderGc(() =>
      ecgrid.parcels.download(42, { timeoutMs: 300, maxRetries: 0 }),
    );
    expect(stalled.result).toBeInstanceOf(TimeoutError);
    expect(stalled.ms).toBeLessThan(5_000);
    const caller = new AbortController();
    setTimeout(() => caller.abort(new Error("Ctrl-C")), 200);
    const aborted = await settledUnderGc(() => ecgrid.parcels.download(42, { signal: caller.signal }));
    expect(aborted.result).toBeInstanceOf(UserAbortError);
    expect(aborted.ms).toBeLessThan(5_000);
  });
});
