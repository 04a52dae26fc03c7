// Issue 13: what the transport builds per call. A body is sent again per attempt from the value
// openapi-fetch serialised (TransportRequest), never by reading or cloning the Request; the answer
// is read once and handed on without a second Response; nothing is logged or copied for a debug
// line nobody reads.
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConnectionError } from "../src/errors.ts";
import { createLogger } from "../src/logger.ts";
import { createRedirectFetch } from "../src/redirect.ts";
import { createTransport, TransportRequest } from "../src/transport.ts";
import {
  fakeFetch,
  json,
  silentLogger,
  startServer,
  status,
  type TestPaths,
  type TestServer,
  withContext,
} from "./helpers.ts";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const noDelay = { baseDelayMs: 0, random: () => 0 };

describe("request bodies", () => {
  it("sends a TransportRequest itself first, then its string body again without reading the Request", async () => {
    const fake = fakeFetch(status(503), json({ id: 1 }));
    const send = createTransport({ fetch: fake.fetch, logger: silentLogger, retry: noDelay });
    const request = withContext(
      new TransportRequest("https://api.test/items", { method: "POST", body: '{"name":"a"}' }),
      { idempotency: "idempotent" },
    );
    expect(request.redirect).toBe("manual");
    const response = await send(request);
    expect(await response.json()).toEqual({ id: 1 });
    expect(fake.calls.map((c) => c.body)).toEqual(['{"name":"a"}', '{"name":"a"}']);
    // The first attempt is the Request openapi-fetch built (no copy); the retry one of its own.
    expect(fake.calls.map((c) => c.request === request)).toEqual([true, false]);
  });

  it("sends a bodiless TransportRequest itself on its first attempt only, a caller's plain Request never", async () => {
    const fake = fakeFetch(status(503), json({}), status(503), json({}));
    const send = createTransport({ fetch: fake.fetch, logger: silentLogger, retry: noDelay });
    const own = withContext(new TransportRequest("https://api.test/items"), {});
    await send(own);
    const plain = withContext(new Request("https://api.test/items"), {});
    await send(plain);
    expect(fake.calls.map((c) => c.request === own)).toEqual([true, false, false, false]);
    // The first attempt's Request keeps what it was sent with.
    expect(fake.calls[0]?.request.headers).not.toBe(fake.calls[1]?.request.headers);
    expect(fake.calls.slice(2).every((c) => c.request !== plain && c.request.redirect === "manual")).toBe(
      true,
    );
  });

  it("re-sends a Blob body and reads any other body (a stream) once, as bytes", async () => {
    const fake = fakeFetch(status(503), json({}), status(503), json({}));
    const send = createTransport({ fetch: fake.fetch, logger: silentLogger, retry: noDelay });
    const blob = new Blob(["ISA*00~"], { type: "application/edi-x12" });
    await send(
      withContext(new TransportRequest("https://api.test/u", { method: "POST", body: blob }), {
        idempotency: "idempotent",
      }),
    );
    const stream = new Blob(["chunked"]).stream();
    await send(
      withContext(
        new Request("https://api.test/u", { method: "POST", body: stream, duplex: "half" } as RequestInit),
        {
          idempotency: "idempotent",
        },
      ),
    );
    expect(fake.calls.map((c) => c.body)).toEqual(["ISA*00~", "ISA*00~", "chunked", "chunked"]);
  });

  it("follows a 307 through the redirect guard with the body the transport kept, not a clone", async () => {
    server = await startServer((request, res, index) => {
      if (index === 0) {
        res.writeHead(307, { location: "/items-moved" });
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ got: request.body.toString() }));
    });
    const clone = vi.spyOn(Request.prototype, "clone");
    try {
      const send = createTransport({
        logger: silentLogger,
        fetch: createRedirectFetch({ fetch: (r, init) => globalThis.fetch(r, init), policy: () => true }),
      });
      const client = createClient<TestPaths>({ baseUrl: server.url, fetch: send, Request: TransportRequest });
      const { data } = await client.POST("/items", { body: { name: "a", tags: [] } });
      expect(data).toEqual({ got: '{"name":"a","tags":[]}' });
      expect(server.received.map((r) => r.body.toString())).toEqual([
        '{"name":"a","tags":[]}',
        '{"name":"a","tags":[]}',
      ]);
      expect(clone).not.toHaveBeenCalled();
    } finally {
      clone.mockRestore();
    }
  });
});

describe("the answer", () => {
  it("is the response itself, its body read once, no second Response", async () => {
    const answer = json({ ok: true });
    const send = createTransport({ fetch: fakeFetch(answer).fetch, logger: silentLogger });
    const response = await send(withContext(new Request("https://api.test/items"), {}));
    expect(response).toBe(answer);
    expect(response.bodyUsed).toBe(false);
    const twin = response.clone();
    expect(await response.json()).toEqual({ ok: true });
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    expect(() => response.clone()).toThrow(TypeError);
    expect(await twin.text()).toBe('{"ok":true}');
  });

  it("still offers the body as a stream, bytes, a Blob and an ArrayBuffer", async () => {
    const answers = () => json({ n: 1 });
    const send = createTransport({
      fetch: async () => answers(),
      logger: silentLogger,
    });
    const get = () => send(withContext(new Request("https://api.test/items"), {}));
    expect(await new Response((await get()).body).text()).toBe('{"n":1}');
    expect(new TextDecoder().decode(await (await get()).arrayBuffer())).toBe('{"n":1}');
    const blob = await (await get()).blob();
    expect([blob.type, await blob.text()]).toEqual(["application/json", '{"n":1}']);
    const streamed = await get();
    const body = streamed.body;
    expect(streamed.body).toBe(body);
    await body?.getReader().read();
    expect(streamed.bodyUsed).toBe(true);
    await expect(streamed.json()).rejects.toThrow(TypeError);
  });
});

describe("an answer of another class", () => {
  it("(a custom fetch's own Response subclass) is handed on as a Response of its own, body intact", async () => {
    class Polyfilled extends Response {}
    const answer = new Polyfilled('{"ok":1}', {
      status: 201,
      headers: { "content-type": "application/json" },
    });
    const send = createTransport({ fetch: async () => answer, logger: silentLogger });
    const response = await send(withContext(new Request("https://api.test/items"), {}));
    expect(response).not.toBe(answer);
    expect(Object.getPrototypeOf(answer)).toBe(Polyfilled.prototype);
    expect([response.status, response.headers.get("content-type")]).toEqual([201, "application/json"]);
    expect(await response.json()).toEqual({ ok: 1 });
  });
});

describe("a global Response replaced after the runtime loaded", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("(as @hono/node-server does) still hands on answers with their status, headers and body", async () => {
    const Native = Response;
    // Like @hono/node-server's lightweight Response: own fields, undici's prototype for instanceof.
    class Lightweight {
      readonly #inner: Response;
      constructor(body?: BodyInit | null, init?: ResponseInit) {
        this.#inner = new Native(body, init);
      }
      get status() {
        return this.#inner.status;
      }
      get headers() {
        return this.#inner.headers;
      }
    }
    Object.setPrototypeOf(Lightweight.prototype, Native.prototype);
    vi.stubGlobal("Response", Lightweight);
    const answer = new Native('{"ok":2}', { status: 200, headers: { "content-type": "application/json" } });
    const send = createTransport({ fetch: async () => answer, logger: silentLogger });
    const response = await send(withContext(new Request("https://api.test/items"), {}));
    expect([response.status, response.headers.get("content-type")]).toEqual([200, "application/json"]);
    expect(await response.json()).toEqual({ ok: 2 });
    const other = new Native('{"ok":3}', { status: 201 });
    Object.setPrototypeOf(other, class extends Native {}.prototype);
    const second = await createTransport({ fetch: async () => other, logger: silentLogger })(
      withContext(new Request("https://api.test/items"), {}),
    );
    expect([second.status, await second.json()]).toEqual([201, { ok: 3 }]);
  });
});

describe("a large answer", () => {
  const MiB = 1024 * 1024;
  const payload = Buffer.alloc(3 * MiB, 0x61);

  it("is read into one buffer of its declared length, intact", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-length": String(payload.length),
      });
      res.end(payload);
    });
    const send = createTransport({ logger: silentLogger });
    const response = await send(withContext(new Request(`${server.url}/big`), {}));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(bytes.byteLength).toBe(payload.length);
    expect(Buffer.from(bytes).equals(payload)).toBe(true);
  });

  it("cut off halfway is a failed attempt: retried when idempotent, a ConnectionError when not", async () => {
    server = await startServer((_request, res, index) => {
      res.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-length": String(payload.length),
      });
      if (index === 0 || index === 2) {
        res.write(payload.subarray(0, 1.5 * MiB), () => res.destroy());
        return;
      }
      res.end(payload);
    });
    const send = createTransport({ logger: silentLogger, retry: noDelay });
    const read = await send(withContext(new Request(`${server.url}/big`), { idempotency: "idempotent" }));
    expect((await read.arrayBuffer()).byteLength).toBe(payload.length);
    const error = await send(
      withContext(new Request(`${server.url}/big`, { method: "POST", body: "x" }), { operation: "upload" }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/^upload: the response body was cut off/);
    expect(server.received).toHaveLength(3);
  });
});

describe("logging", () => {
  it("builds no debug line (and no redacted header copy) when debug is off", async () => {
    const debug = vi.fn();
    const headers = vi.spyOn(Headers.prototype, "entries");
    try {
      const logger = { ...createLogger("warn", { ...silentLogger, debug }) };
      const send = createTransport({ fetch: fakeFetch(json({})).fetch, logger });
      await send(withContext(new Request("https://api.test/items", { headers: { "x-api-key": "k" } }), {}));
      expect(debug).not.toHaveBeenCalled();
      expect(headers).not.toHaveBeenCalled();
    } finally {
      headers.mockRestore();
    }
  });

  it("says which levels it logs, and still logs attempts at debug", async () => {
    expect(createLogger("warn").enabled?.("debug")).toBe(false);
    expect(createLogger("warn").enabled?.("warn")).toBe(true);
    expect(createLogger("off").enabled?.("error")).toBe(false);
    const debug = vi.fn();
    const send = createTransport({
      fetch: fakeFetch(json({})).fetch,
      logger: createLogger("debug", { ...silentLogger, debug }),
    });
    await send(withContext(new Request("https://api.test/items", { headers: { "x-api-key": "k" } }), {}));
    expect(debug).toHaveBeenCalledWith(
      "[edi-clients] attempt",
      expect.objectContaining({
        attempt: 1,
        status: 200,
        headers: expect.objectContaining({ "x-api-key": "***" }),
      }),
    );
  });
});
