// `readBody` in the call context (issue 13 item 4): a caller's reader takes a 2xx body inside the
// attempt, instead of the transport's own read. The attempt's guarantees must hold for it as for a
// buffered body: the timeout covers it, a cut-off body is retried when the call is idempotent and
// a ConnectionError otherwise, error answers are read as ever. Real sockets on 127.0.0.1.
import { cutOff, stall } from "@edi-clients/test-helpers/faults";
import { afterEach, describe, expect, it } from "vitest";
import { ConnectionError, TimeoutError } from "../src/errors.ts";
import { createTransport } from "../src/transport.ts";
import { silentLogger, startServer, type TestServer, withContext } from "./helpers.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A reader that upper-cases the body, counting its calls. */
function upperReader() {
  const seen: string[] = [];
  return {
    seen,
    async readBody(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
      const text = await new Response(body).text();
      seen.push(text);
      return new TextEncoder().encode(text.toUpperCase());
    },
  };
}

describe("a caller's readBody", () => {
  it("reads a 2xx body and its result is the body the caller reads", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"a":');
      setTimeout(() => res.end('"b"}'), 10);
    });
    const reader = upperReader();
    const send = createTransport({ logger: silentLogger });
    const response = await send(withContext(new Request(`${server.url}/x`), { readBody: reader.readBody }));
    expect(await response.text()).toBe('{"A":"B"}');
    expect(reader.seen).toEqual(['{"a":"b"}']);
  });

  it("is not used for an error answer, nor for a body-less one", async () => {
    server = await startServer((request, res) => {
      if (request.url === "/empty") {
        res.writeHead(204);
        res.end();
        return;
      }
      res.writeHead(404, { "content-type": "application/json" });
      res.end('{"message":"no such parcel"}');
    });
    const reader = upperReader();
    const send = createTransport({ logger: silentLogger, retry: { maxRetries: 0 } });
    const missing = await send(withContext(new Request(`${server.url}/x`), { readBody: reader.readBody }));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('{"message":"no such parcel"}');
    const empty = await send(withContext(new Request(`${server.url}/empty`), { readBody: reader.readBody }));
    expect(empty.status).toBe(204);
    expect(reader.seen).toEqual([]);
  });

  it("retries an idempotent call whose body was cut off while the reader read it", async () => {
    server = await startServer((_request, res, index) => {
      if (index === 0) {
        cutOff(res, '{"content":"QUJD', { length: 100 });
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"content":"ok"}');
    });
    const reader = upperReader();
    const send = createTransport({ logger: silentLogger, retry: { baseDelayMs: 1 } });
    const response = await send(
      withContext(new Request(`${server.url}/x`, { method: "POST", body: "{}" }), {
        operation: "download",
        idempotency: "idempotent",
        readBody: reader.readBody,
      }),
    );
    expect(await response.text()).toBe('{"CONTENT":"OK"}');
    expect(server.received).toHaveLength(2);
  });

  it("reports a cut-off body of a call that is not retried as a ConnectionError", async () => {
    server = await startServer((_request, res) => {
      cutOff(res, '{"content":"QUJD', { length: 100 });
    });
    const send = createTransport({ logger: silentLogger });
    const error = await send(
      withContext(new Request(`${server.url}/x`, { method: "POST", body: "{}" }), {
        operation: "upload",
        readBody: upperReader().readBody,
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^upload: the response body was cut off/);
    expect(server.received).toHaveLength(1);
  });

  it("times out a body that stalls while the reader reads it", async () => {
    server = await startServer((_request, res) => {
      stall(res, '{"content":"QUJD');
    });
    const send = createTransport({ logger: silentLogger, timeoutMs: 300, retry: { maxRetries: 0 } });
    const error = await send(
      withContext(new Request(`${server.url}/x`), {
        operation: "download",
        readBody: upperReader().readBody,
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/^download: request timed out after 300 ms/);
  });
});
