// Sending: raw single-file uploads (bytes, string, Blob, stream) with Name and Content-Type,
// multipart for several files, the checks made before any request, and the Link header.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { As2Gateway, MAX_TOTAL_BYTES, type SendInput, ValidationError } from "../src/index.js";
import {
  fakeClient,
  json,
  type RecordedRequest,
  sendJson,
  silentLogger,
  startServer,
  type TestServer,
} from "./helpers.js";

const ID = "<1049338276.58.1718102712345@as2gateway.com>";
const accepted = (link = `https://api.as2gateway.com/v1/message/sent/${ID}`) =>
  json({ message: "Successfully added a new outbound entry" }, 202, { link });
const target = { stationId: "ACME_EDI_PROD", partnerId: "GLOBEX_AS2" };

function streamOf(...chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(typeof c === "string" ? new TextEncoder().encode(c) : c);
      controller.close();
    },
  });
}

async function formOf(request: RecordedRequest): Promise<FormData> {
  return new Response(request.body as BodyInit, {
    headers: { "content-type": request.headers.get("content-type") ?? "" },
  }).formData();
}

describe("single file (raw body)", () => {
  it("sends bytes unchanged with Name, the extension's MIME type and the query options", async () => {
    const { client, calls } = fakeClient(() => accepted());
    const bytes = new Uint8Array([0x49, 0x53, 0x41, 0x2a, 0x00, 0xff, 0x0a]);
    const result = await client.messages.send({
      ...target,
      file: { name: "PO_4500012345.edi", content: bytes },
      subject: "EDI 850",
      partnerType: "test",
      profile: "walmart",
    });
    expect(result).toEqual({
      as2MessageId: ID,
      link: `https://api.as2gateway.com/v1/message/sent/${ID}`,
      message: "Successfully added a new outbound entry",
    });
    const [request] = calls;
    expect(request?.method).toBe("POST");
    expect(request?.url.pathname).toBe("/v1/message/ACME_EDI_PROD/GLOBEX_AS2");
    expect(Object.fromEntries(request?.url.searchParams ?? [])).toEqual({
      subject: "EDI 850",
      partnerType: "test",
      profile: "walmart",
    });
    expect(request?.headers.get("name")).toBe("PO_4500012345.edi");
    expect(request?.headers.get("content-type")).toBe("application/edi-x12");
    expect(request?.body).toEqual(bytes);
  });

  it("percent-encodes station and partner IDs in the path", async () => {
    const { client, calls } = fakeClient(() => accepted());
    await client.messages.send({
      stationId: "ACME EDI/1",
      partnerId: "GLOBEX#2",
      file: { name: "a.txt", content: "x" },
    });
    expect(calls[0]?.url.pathname).toBe("/v1/message/ACME%20EDI%2F1/GLOBEX%232");
  });

  it.each([
    ["a string (UTF-8)", { name: "note.txt", content: "héllo" }, "text/plain", "héllo"],
    [
      "an ArrayBuffer",
      { name: "data.json", content: new TextEncoder().encode('{"a":1}').buffer },
      "application/json",
      '{"a":1}',
    ],
    [
      "a Blob with its own type",
      { name: "x.bin", content: new Blob(["<x/>"], { type: "text/xml" }) },
      "text/xml",
      "<x/>",
    ],
    [
      "a Blob with an explicit mimeType",
      {
        name: "x.xml",
        content: new Blob(["<x/>"], { type: "text/xml" }),
        mimeType: "application/edi-consent",
      },
      "application/edi-consent",
      "<x/>",
    ],
    ["a ReadableStream", { name: "big.csv", content: streamOf("a,b\n", "1,2\n") }, "text/csv", "a,b\n1,2\n"],
    ["an unknown extension", { name: "photo.png", content: "P" }, "application/octet-stream", "P"],
  ])("sends %s", async (_, file, type, text) => {
    const { client, calls } = fakeClient(() => accepted());
    await client.messages.send({ ...target, file: file as SendInput["file"] });
    expect(calls[0]?.headers.get("content-type")).toBe(type);
    expect(calls[0]?.text).toBe(text);
  });

  it("returns an undefined ID (not an error: the message was accepted) when the Link header is missing", async () => {
    const { client } = fakeClient(() => json({ message: "Successfully added a new outbound entry" }, 202));
    const result = await client.messages.send({ ...target, file: { name: "a.edi", content: "x" } });
    expect(result).toEqual({
      as2MessageId: undefined,
      link: null,
      message: "Successfully added a new outbound entry",
    });
  });
});

describe("several files (multipart)", () => {
  it("sends one `file` part per file with its name, type and content, and a boundary Content-Type", async () => {
    const { client, calls } = fakeClient(() => accepted());
    await client.messages.send({
      ...target,
      files: [
        { name: "invoice.xml", content: "<invoice/>" },
        { name: "invoice.pdf", content: new Uint8Array([0x25, 0x50, 0x44, 0x46]) },
        { name: "notes", content: streamOf("free text"), mimeType: "text/plain" },
      ],
    });
    const request = calls[0] as RecordedRequest;
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.headers.get("name")).toBeNull();
    const form = await formOf(request);
    expect([...form.keys()]).toEqual(["file", "file", "file"]);
    const parts = form.getAll("file") as File[];
    expect(parts.map((p) => [p.name, p.type])).toEqual([
      ["invoice.xml", "application/xml"],
      ["invoice.pdf", "application/pdf"],
      ["notes", "text/plain"],
    ]);
    expect(await parts[0]?.text()).toBe("<invoice/>");
    expect(new Uint8Array(await (parts[1] as File).arrayBuffer())).toEqual(
      new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    );
    expect(await parts[2]?.text()).toBe("free text");
  });

  it("allows any file name in multipart, even one the Name header could not carry", async () => {
    const { client, calls } = fakeClient(() => accepted());
    await client.messages.send({ ...target, files: [{ name: "счёт-фактура.xml", content: "<x/>" }] });
    expect(((await formOf(calls[0] as RecordedRequest)).get("file") as File).name).toBe("счёт-фактура.xml");
  });

  it("accepts exactly 10 files of exactly 10 MB in total", async () => {
    const { client, calls } = fakeClient(() => accepted());
    const size = MAX_TOTAL_BYTES / 10;
    const files = Array.from({ length: 10 }, (_, i) => ({
      name: `f${i}.edi`,
      content: new Uint8Array(size),
    }));
    await client.messages.send({ ...target, files });
    expect(calls).toHaveLength(1);
  });
});

describe("checks before any request", () => {
  const big = new Uint8Array(MAX_TOTAL_BYTES / 2 + 1);
  it.each<[string, Partial<SendInput>, RegExp]>([
    [
      "11 files",
      { files: Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, content: "x" })) },
      /at most 10 files per message, got 11/,
    ],
    ["no files", { files: [] }, /at least one file is required/],
    [
      "duplicate names",
      {
        files: [
          { name: "a.edi", content: "1" },
          { name: "a.edi", content: "2" },
        ],
      },
      /unique within a message: "a.edi" appears twice/,
    ],
    [
      "over 10 MB in total",
      {
        files: [
          { name: "a", content: big },
          { name: "b", content: new Blob([big]) },
        ],
      },
      /10485762 bytes, over the 10 MB limit per message \(10485760 bytes\)/,
    ],
    [
      "a stream over what is left of 10 MB",
      {
        files: [
          { name: "a", content: big },
          { name: "b", content: streamOf(big) },
        ],
      },
      /file "b": the stream exceeds what is left of the 10 MB limit/,
    ],
    [
      "a single stream over 10 MB",
      { file: { name: "a", content: streamOf(big, big) } },
      /the stream exceeds/,
    ],
    ["a missing station ID", { stationId: "" }, /stationId must be a non-blank string, got an empty string/],
    ["a blank partner ID", { partnerId: "  " }, /partnerId must be a non-blank string, got a blank string/],
    [
      "both file and files",
      { file: { name: "a", content: "x" }, files: [{ name: "b", content: "y" }] },
      /exactly one of `file`/,
    ],
    ["neither file nor files", { file: undefined }, /exactly one of `file`/],
    ["files that is not an array", { file: undefined, files: "a.edi" as never }, /`files` must be an array/],
    [
      "a name the Name header cannot carry",
      { file: { name: "счёт.xml", content: "x" } },
      /ISO-8859-1 only.*multipart/,
    ],
    ["a name with a line break", { file: { name: "a\r\nX-Evil: 1", content: "x" } }, /control characters/],
    ["an empty name", { file: { name: " ", content: "x" } }, /file #1 needs a non-empty name/],
    ["a file that is not an object", { files: [null as never] }, /file #1 must be an object/],
    [
      "a malformed mimeType",
      { file: { name: "a", content: "x", mimeType: "text" } },
      /mimeType must look like "type\/subtype"/,
    ],
    [
      "content of the wrong kind",
      { file: { name: "a", content: 42 as never } },
      /content must be a Uint8Array, ArrayBuffer, Blob, string or ReadableStream/,
    ],
    [
      "a bad partnerType",
      { partnerType: "Production" as never },
      /partnerType must be one of production, test, got "Production"/,
    ],
    ["a subject that is not a string", { subject: 7 as never }, /subject must be a string/],
  ])("rejects %s with a ValidationError naming the limit, without sending", async (_, change, pattern) => {
    const { client, calls } = fakeClient(() => accepted());
    const input = { ...target, file: { name: "default.edi", content: "x" }, ...change } as SendInput;
    if ("files" in change && !("file" in change)) delete (input as { file?: unknown }).file;
    const error = await client.messages.send(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(pattern);
    expect((error as ValidationError).operation).toBe("sendMessage");
    expect(calls).toHaveLength(0);
  });

  it("rejects an input that is not an object", async () => {
    const { client } = fakeClient(() => accepted());
    await expect(client.messages.send(null as never)).rejects.toThrow(/the input must be an object/);
  });
});

describe("against a local HTTP server", () => {
  let server: TestServer;
  let client: As2Gateway;
  beforeAll(async () => {
    server = await startServer((_, res) =>
      sendJson(res, { message: "Successfully added a new outbound entry" }, 202, {
        link: `https://api.as2gateway.com/v1/message/sent/${ID}`,
      }),
    );
    client = new As2Gateway({ baseUrl: server.url, token: "tok", logger: silentLogger, reconcile: false });
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it("parses the raw <…@…> ID from a real Link header and sends a Content-Length (streams are buffered)", async () => {
    const result = await client.messages.send({
      ...target,
      file: { name: "po.edi", content: streamOf("ISA*", "00~") },
    });
    expect(result.as2MessageId).toBe(ID);
    const request = server.received.at(-1);
    expect(request?.headers["content-length"]).toBe("7");
    expect(request?.headers["transfer-encoding"]).toBeUndefined();
    expect(request?.body.toString()).toBe("ISA*00~");
  });
});
