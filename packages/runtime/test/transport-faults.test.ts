// Faults an outside prober found on real sockets: lost timeouts after a garbage collection, bodies
// that stall or are cut off, many callers on one signal, a closed client, a budget shared with
// another consumer. Every test talks to a node:http server on 127.0.0.1.

import { cutOff, stall } from "@edi-clients/test-helpers/faults";
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import {
  ClientClosedError,
  ConnectionError,
  EdiClientError,
  RateLimitError,
  TimeoutError,
  UserAbortError,
} from "../src/errors.ts";
import { invoke } from "../src/invoke.ts";
import { streamBody } from "../src/streamed-body.ts";
import { createThrottle } from "../src/throttle.ts";
import { createTransport } from "../src/transport.ts";
import { silentLogger, startServer, type TestPaths, type TestServer, withContext } from "./helpers.ts";

const gc = (globalThis as { gc?: () => void }).gc;

/** Forces a full garbage collection every few ms while `run` is pending (needs --expose-gc). */
async function underGc<T>(run: () => Promise<T>): Promise<T> {
  if (!gc) throw new Error("these tests need node --expose-gc (vitest.shared.ts sets execArgv)");
  const timer = setInterval(gc, 10);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}

/** Settles with the value or the error, and how long it took. */
async function timed<T>(run: () => Promise<T>): Promise<{ result: T | unknown; ms: number }> {
  const started = performance.now();
  const result = await run().catch((error: unknown) => error);
  return { result, ms: performance.now() - started };
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const silent = () => startServer(() => {}); // accepts, reads the request, never answers

describe("timeouts and aborts survive garbage collection", () => {
  it("times out a silent server after timeoutMs while GC runs", async () => {
    server = await silent();
    const send = createTransport({ logger: silentLogger, timeoutMs: 300, retry: { maxRetries: 0 } });
    const { result, ms } = await underGc(() =>
      timed(() => send(withContext(new Request(`${server?.url}/x`), { operation: "whoami" }))),
    );
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as TimeoutError).message).toMatch(/^whoami: request timed out after 300 ms/);
    expect(ms).toBeLessThan(5_000);
  });

  it("aborts a call to a silent server when the caller aborts while GC runs", async () => {
    server = await silent();
    const send = createTransport({ logger: silentLogger, timeoutMs: 60_000 });
    const caller = new AbortController();
    setTimeout(() => caller.abort(new Error("shutdown")), 200);
    const { result, ms } = await underGc(() =>
      timed(() => send(withContext(new Request(`${server?.url}/x`), { signal: caller.signal }))),
    );
    expect(result).toBeInstanceOf(UserAbortError);
    expect(ms).toBeLessThan(5_000);
  });

  it("times out even when a custom fetch ignores the signal it is given", async () => {
    server = await silent();
    const sockets: Promise<Response>[] = [];
    const send = createTransport({
      logger: silentLogger,
      timeoutMs: 200,
      retry: { maxRetries: 0 },
      // Drops init: nothing would ever abort this request.
      fetch: (request) => {
        const pending = globalThis.fetch(request);
        sockets.push(pending.catch(() => new Response(null)));
        return pending;
      },
    });
    const { result, ms } = await timed(() => send(withContext(new Request(`${server?.url}/x`), {})));
    expect(result).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(5_000);
    await server.close(); // ends the abandoned request
    server = undefined;
    await Promise.all(sockets);
  });
});

describe("the timeout covers the body", () => {
  /** Headers and the start of a JSON body at once, then nothing. */
  const stallingBody = () =>
    startServer((_request, res) => {
      stall(res, '{"items":[');
    });

  it("fails a GET whose body stalls with a TimeoutError after retrying it, under GC", async () => {
    server = await stallingBody();
    const send = createTransport({
      logger: silentLogger,
      timeoutMs: 250,
      retry: { maxRetries: 1, baseDelayMs: 1 },
    });
    const { result, ms } = await underGc(() =>
      timed(() => send(withContext(new Request(`${server?.url}/items`), { operation: "listItems" }))),
    );
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as Error).message).toMatch(/^listItems: request timed out after 250 ms/);
    expect(server.received).toHaveLength(2);
    expect(ms).toBeLessThan(5_000);
  });

  it("does not repeat a POST whose answer stalled: the server has it", async () => {
    server = await stallingBody();
    const send = createTransport({ logger: silentLogger, timeoutMs: 250 });
    const request = withContext(new Request(`${server.url}/upload`, { method: "POST", body: "ISA*00~" }), {
      operation: "upload",
    });
    const { result } = await timed(() => send(request));
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as Error).message).toMatch(/non-idempotent/);
    expect(server.received).toHaveLength(1);
  });

  it("bounds each wait for the next chunk of a streamed body, as a TimeoutError", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("chunk 1");
      const more = setTimeout(() => res.write("chunk 2"), 150);
      res.on("close", () => clearTimeout(more));
    });
    const send = createTransport({ logger: silentLogger, timeoutMs: 400 });
    const response = await send(
      withContext(new Request(`${server.url}/file`), { operation: "download", stream: streamBody }),
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const text = (chunk: ReadableStreamReadResult<Uint8Array>) => new TextDecoder().decode(chunk.value);
    expect(text(await reader.read())).toBe("chunk 1");
    expect(text(await reader.read())).toBe("chunk 2");
    const { result, ms } = await underGc(() => timed(() => reader.read()));
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as Error).message).toBe("download: the response body stalled for 400 ms");
    expect(ms).toBeGreaterThanOrEqual(350);
    expect(ms).toBeLessThan(5_000);
  });
});

describe("a body cut off in the middle", () => {
  /** Promises 100 bytes, sends 11 and drops the connection — on the first request only. */
  const truncatingOnce = () =>
    startServer((_request, res, index) => {
      if (index === 0) {
        cutOff(res, '[{"id":1,"n', { length: 100 });
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end('[{"id":1,"name":"ok"}]');
    });

  it("retries an idempotent read and returns the whole answer through openapi-fetch", async () => {
    server = await truncatingOnce();
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: createTransport({ logger: silentLogger, retry: { baseDelayMs: 1 } }),
    });
    const { data } = await invoke((init) => client.GET("/items", { ...init }), {
      operation: "listItems",
      describeError: () => ({ message: "" }),
    });
    expect(data).toEqual([{ id: 1, name: "ok" }]);
    expect(server.received).toHaveLength(2);
  });

  it("reports a typed ConnectionError, not a raw TypeError, for a POST, and sends it once", async () => {
    server = await truncatingOnce();
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: createTransport({ logger: silentLogger }),
    });
    const error = await invoke((init) => client.POST("/items", { ...init, body: { name: "po", tags: [] } }), {
      operation: "createItem",
      describeError: () => ({ message: "" }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/^createItem: the response body was cut off: .*non-idempotent/);
    expect((error as ConnectionError).operation).toBe("createItem");
    expect(server.received).toHaveLength(1);
  });

  it("reports a streamed body cut off as a ConnectionError", async () => {
    server = await truncatingOnce();
    const send = createTransport({ logger: silentLogger });
    const response = await send(
      withContext(new Request(`${server.url}/f`), { operation: "dl", stream: streamBody }),
    );
    const error = await response.text().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^dl: the response body was cut off/);
  });
});

describe("many callers on one signal", () => {
  it("waits for rate-limit slots for 50 calls sharing one signal without a listener warning", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("[]");
    });
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const shared = new AbortController();
      const send = createTransport({
        logger: silentLogger,
        throttle: createThrottle({ limit: 10, windowMs: 200 }),
      });
      const calls = Array.from({ length: 50 }, () =>
        send(withContext(new Request(`${server?.url}/items`), { signal: shared.signal })),
      );
      const responses = await Promise.all(calls);
      expect(responses.every((r) => r.status === 200)).toBe(true);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });
});

describe("a closed client", () => {
  it("rejects waiting and later calls with a ClientClosedError naming the operation", async () => {
    server = await startServer((_request, res) => res.end("[]"));
    const throttle = createThrottle({ limit: 1, windowMs: 60_000 });
    const send = createTransport({ logger: silentLogger, throttle });
    await send(withContext(new Request(`${server.url}/a`), {}));
    const waiting = send(withContext(new Request(`${server.url}/b`), { operation: "listItems" })).catch(
      (e: unknown) => e,
    );
    await throttle.stop();
    const error = await waiting;
    expect(error).toBeInstanceOf(ClientClosedError);
    expect(error).toBeInstanceOf(EdiClientError);
    expect((error as ClientClosedError).operation).toBe("listItems");
    expect((error as Error).message).toBe("listItems: the client was closed: no more requests are sent");
    expect(server.received).toHaveLength(1);
  });

  it("sends nothing once the closed signal fired, even without a throttle", async () => {
    server = await startServer((_request, res) => res.end("[]"));
    const closed = new AbortController();
    const send = createTransport({ logger: silentLogger, closed: closed.signal });
    closed.abort();
    await expect(send(withContext(new Request(`${server.url}/a`), {}))).rejects.toBeInstanceOf(
      ClientClosedError,
    );
    expect(server.received).toHaveLength(0);
  });
});

describe("a budget shared with another consumer", () => {
  /**
   * A fixed-window limiter like the real APIs: `limit` requests per `windowMs`, counted per key
   * across every consumer; the other consumer has spent `spent` of the current window and spends
   * `spentLater` at the start of every later one, and the current window began `offsetMs` ago
   * (the client starts in the middle of it). Answers with X-RateLimit-Remaining /
   * X-RateLimit-Reset (seconds, fractional) and 429 + Retry-After.
   */
  async function limitedServer(
    limit: number,
    windowMs: number,
    spent: number,
    offsetMs = 0,
    spentLater = spent,
  ) {
    let windowStart = Date.now() - offsetMs;
    let used = spent;
    const statuses: number[] = [];
    const started = await startServer((_request, res) => {
      const now = Date.now();
      if (now - windowStart >= windowMs) {
        windowStart += Math.floor((now - windowStart) / windowMs) * windowMs;
        used = spentLater;
      }
      const resetSeconds = ((windowStart + windowMs - now) / 1000).toFixed(3);
      used++;
      const allowed = used <= limit;
      statuses.push(allowed ? 200 : 429);
      res.writeHead(allowed ? 200 : 429, {
        "content-type": "application/json",
        "x-ratelimit-limit": String(limit),
        "x-ratelimit-remaining": String(Math.max(0, limit - used)),
        "x-ratelimit-reset": resetSeconds,
        ...(allowed ? {} : { "retry-after": resetSeconds }),
      });
      res.end(allowed ? "[]" : '{"message":"rate limit exceeded"}');
    });
    return { ...started, statuses };
  }

  it("follows the server's Remaining and Reset so that 60 concurrent calls all succeed", async () => {
    // The other consumer takes 10 of every 20; the client starts 400 ms into a 1 s window.
    const limited = await limitedServer(20, 1_000, 10, 400);
    server = limited;
    const send = createTransport({
      logger: silentLogger,
      throttle: createThrottle({ limit: 20, windowMs: 1_000 }),
    });
    const results = await Promise.all(
      Array.from({ length: 60 }, () =>
        send(withContext(new Request(`${limited.url}/items`), { operation: "listItems" })).then(
          (r) => r.status,
          (e: unknown) => (e instanceof RateLimitError ? 429 : e),
        ),
      ),
    );
    const rejected = limited.statuses.filter((s) => s === 429).length;
    console.info(`shared budget: 60 calls, ${limited.statuses.length} requests, ${rejected} answered 429`);
    expect(results.filter((s) => s !== 200)).toEqual([]);
    // The first burst, sent before any answer told of the other consumer, is turned away in part
    // (20 slots believed free, 10 really left): 10 × 429. After that the client follows the
    // server and learns each new window from one request before sending more (throttle.test.ts
    // proves that step on its own). Allow one more burst for a starved event loop outliving the
    // wait for that first answer; the client before these fixes got 30 here.
    expect(rejected).toBeLessThanOrEqual(20);
  });

  it("retries a 429 (and a POST: the server turned it away unprocessed) within the rate-limit budget", async () => {
    const limited = await limitedServer(3, 500, 3, 0, 0);
    server = limited;
    // maxRetries only counts failures the server may have acted on; a 429 is not one.
    const send = createTransport({ logger: silentLogger, retry: { maxRetries: 1 } });
    const request = withContext(new Request(`${limited.url}/upload`, { method: "POST", body: "ISA*00~" }), {
      operation: "upload",
    });
    const response = await send(request);
    expect(response.status).toBe(200);
    expect(limited.statuses[0]).toBe(429);
    expect(limited.statuses.at(-1)).toBe(200);
  });
});
