// Network faults through the whole AS2 client, on a node:http server on 127.0.0.1: a silent server
// while garbage collections run, bodies that stall or are cut off, a closed client.

import { cutOff, stall } from "@edi-clients/test-helpers/faults";
import { settledUnderGc } from "@edi-clients/test-helpers/settle";
import { afterEach, describe, expect, it } from "vitest";
import {
  As2Gateway,
  ClientClosedError,
  ConnectionError,
  EdiClientError,
  TimeoutError,
  UserAbortError,
} from "../src/index.js";
import { message, page, sendJson, silentLogger, startServer, type TestServer } from "./helpers.js";

const ID = "<fault-1@partner.example>";

let server: TestServer | undefined;
let client: As2Gateway | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

function connect(url: string, timeoutMs = 300) {
  client = new As2Gateway({
    baseUrl: url,
    token: "tok-123456",
    logger: silentLogger,
    timeoutMs,
    maxRetries: 0,
  });
  return client;
}

describe("AS2 Gateway client under faults", () => {
  it("times out a silent server after timeoutMs while garbage collections run", async () => {
    server = await startServer(() => {});
    const as2 = connect(server.url);
    const { result, ms } = await settledUnderGc(() => as2.received.list());
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as TimeoutError).operation).toBe("listReceivedMessages");
    expect(ms).toBeLessThan(5_000);
  });

  it("times out a download whose body stalls, as a TimeoutError", async () => {
    server = await startServer((_req, res) => {
      stall(res, "ISA*00*", "application/octet-stream");
    });
    const as2 = connect(server.url);
    const { result } = await settledUnderGc(() => as2.sent.attachment(ID, 0));
    expect(result).toBeInstanceOf(TimeoutError);
  });

  it("bounds each chunk of a streamed download and types the failure", async () => {
    server = await startServer((_req, res) => {
      stall(res, "ISA*00*", "application/octet-stream");
    });
    const as2 = connect(server.url);
    const download = await as2.sent.attachmentStream(ID, 0);
    const reader = download.stream.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("ISA*00*");
    const { result } = await settledUnderGc(() => reader.read());
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as Error).message).toMatch(/stalled for 300 ms/);
  });

  it("turns an abort during a streamed read into a UserAbortError", async () => {
    server = await startServer((_req, res) => {
      stall(res, "ISA*00*", "application/octet-stream");
    });
    const as2 = connect(server.url, 60_000);
    const caller = new AbortController();
    const download = await as2.sent.attachmentStream(ID, 0, { signal: caller.signal });
    const reader = download.stream.getReader();
    await reader.read();
    const next = reader.read().catch((e: unknown) => e);
    caller.abort(new Error("shutting down"));
    expect(await next).toBeInstanceOf(UserAbortError);
  });

  it("retries a list whose body was cut off, and returns the whole page", async () => {
    const records = [message({ as2MessageId: ID })];
    server = await startServer((_req, res, index) => {
      if (index === 0) {
        cutOff(res, '{"totalRecords":1,"rec', { length: 500 });
        return;
      }
      sendJson(res, page(records));
    });
    client = new As2Gateway({ baseUrl: server.url, token: "tok-123456", logger: silentLogger });
    const result = await client.received.list();
    expect(result.records?.map((r) => r.as2MessageId)).toEqual([ID]);
    expect(server.received).toHaveLength(2);
  });

  it("reports a cut-off download body as a ConnectionError, not a raw TypeError", async () => {
    server = await startServer((_req, res) => {
      cutOff(res, "ISA*00*", { length: 500, contentType: "application/octet-stream" });
    });
    const as2 = connect(server.url, 5_000);
    const error = await as2.sent.attachment(ID, 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/the response body was cut off/);
  });

  it.each([
    ["with its rate limiter", true],
    ["without a rate limiter", false],
  ])(
    "rejects calls after close() with a ClientClosedError, sending nothing (%s)",
    async (_name, throttled) => {
      server = await startServer((_req, res) => sendJson(res, page([])));
      const as2 = new As2Gateway({
        baseUrl: server.url,
        token: "tok-123456",
        logger: silentLogger,
        ...(throttled ? {} : { throttle: false as const }),
      });
      await as2.close();
      const error = await as2.received.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ClientClosedError);
      expect(error).toBeInstanceOf(EdiClientError);
      expect((error as ClientClosedError).operation).toBe("listReceivedMessages");
      expect(server.received).toHaveLength(0);
    },
  );
});
