import { getEventListeners } from "node:events";
import { inspect } from "node:util";
import createClient from "openapi-fetch";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AuthStrategy, apiKeyAuth } from "../src/auth.ts";
import { attachContext, type CallContext } from "../src/call-context.ts";
import { ConnectionError, EdiClientError, TimeoutError, UserAbortError } from "../src/errors.ts";
import { invoke } from "../src/invoke.ts";
import { createLogger } from "../src/logger.ts";
import { failedBeforeSending } from "../src/retry.ts";
import { streamBody } from "../src/streamed-body.ts";
import { createThrottle, type Throttle } from "../src/throttle.ts";
import { type AttemptEvent, createTransport, type TransportOptions } from "../src/transport.ts";
import {
  closedPort,
  type FakeFetch,
  fakeFetch,
  hang,
  json,
  networkError,
  silentLogger,
  startServer,
  status,
  type TestPaths,
  type TestServer,
  withContext,
} from "./helpers.ts";

const URL_ = "https://api.example.test/v2/items";

/** A transport over `fake` with deterministic jitter (random 0.5 → waits of 250, 500, 1000 ms). */
function transport(fake: FakeFetch, options: TransportOptions = {}) {
  return createTransport({
    fetch: fake.fetch,
    logger: silentLogger,
    ...options,
    retry: { random: () => 0.5, ...options.retry },
  });
}

function get(context: CallContext = {}, init: RequestInit = {}): Request {
  return withContext(new Request(URL_, init), context);
}

function post(
  body: BodyInit = JSON.stringify({ name: "invoice", n: 1 }),
  context: CallContext = {},
): Request {
  return withContext(
    new Request(URL_, { method: "POST", body, headers: { "content-type": "application/json" } }),
    context,
  );
}

/** Starts a call and returns its settled outcome (resolved Response or thrown error) without unhandled rejections. */
function start(send: (r: Request) => Promise<Response>, request: Request): Promise<Response | unknown> {
  return send(request).catch((error: unknown) => error);
}

describe("createTransport", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  describe("a successful call", () => {
    it("sends one request and returns the response untouched", async () => {
      const fake = fakeFetch(json([{ id: 1 }], 200, { "x-custom": "yes" }));
      const response = await transport(fake)(get());
      expect(fake.calls).toHaveLength(1);
      expect(fake.calls[0]?.method).toBe("GET");
      expect(fake.calls[0]?.url).toBe(URL_);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-custom")).toBe("yes");
      expect(await response.json()).toEqual([{ id: 1 }]);
    });

    it("adds the client's headers and the call's headers, the call's winning", async () => {
      const fake = fakeFetch(json({}));
      const send = transport(fake, { headers: { "User-Agent": "edi-clients/1", "X-Tenant": "a" } });
      await send(get({ headers: { "X-Tenant": "b", "X-Call": "1" } }));
      const headers = fake.calls[0]?.headers;
      expect(headers?.get("user-agent")).toBe("edi-clients/1");
      expect(headers?.get("x-tenant")).toBe("b");
      expect(headers?.get("x-call")).toBe("1");
    });

    it("uses globalThis.fetch when no fetch is given", async () => {
      const fake = fakeFetch(json({ ok: true }));
      vi.stubGlobal("fetch", fake.fetch);
      const response = await createTransport({ logger: silentLogger })(get());
      expect(await response.json()).toEqual({ ok: true });
      expect(fake.calls).toHaveLength(1);
    });

    it("reports every attempt to onAttempt", async () => {
      const events: AttemptEvent[] = [];
      const failure = networkError("ECONNRESET");
      const fake = fakeFetch(failure, status(503), json({}));
      const outcome = start(
        transport(fake, { onAttempt: (e) => events.push(e) }),
        get({ operation: "listItems" }),
      );
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(200);
      expect(events.map(({ attempt, status, error }) => ({ attempt, status, error }))).toEqual([
        { attempt: 1, status: undefined, error: failure },
        { attempt: 2, status: 503, error: undefined },
        { attempt: 3, status: 200, error: undefined },
      ]);
      for (const event of events) {
        expect(event).toMatchObject({ operation: "listItems", method: "GET", url: URL_ });
        expect(event.durationMs).toBeGreaterThanOrEqual(0);
      }
    });
  });

  describe("retries", () => {
    it("retries a GET on 503 with exponential full-jitter backoff, sending nothing early", async () => {
      const fake = fakeFetch(status(503), status(503), json({ done: true }));
      const outcome = start(transport(fake), get());
      await vi.advanceTimersByTimeAsync(0);
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(249); // first wait: 0.5 × 500
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(499); // second wait: 0.5 × 1000
      expect(fake.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(3);
      expect(((await outcome) as Response).status).toBe(200);
    });

    it("passes an SDK error thrown by the wrapped fetch through without retrying", async () => {
      const refused = new EdiClientError("redirect to another host refused", { operation: "sendMessage" });
      const fake = fakeFetch(refused, json({}));
      const outcome = start(transport(fake), get({ idempotency: "idempotent" }));
      await vi.advanceTimersByTimeAsync(0);
      expect(await outcome).toBe(refused);
      expect(fake.calls).toHaveLength(1);
    });

    it("draws the jitter from retry.random over the whole [0, ceiling) range", async () => {
      const draws = [0, 0.999];
      const fake = fakeFetch(status(500), status(500), json({}));
      const send = transport(fake, { retry: { random: () => draws.shift() ?? 0 } });
      const outcome = start(send, get());
      await vi.advanceTimersByTimeAsync(0); // random 0 → no wait at all
      expect(fake.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(998); // 0.999 × 1000 = 999
      expect(fake.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(3);
      expect(((await outcome) as Response).status).toBe(200);
    });

    it.each([408, 429, 500, 502, 503, 504])("retries a GET answered with %i", async (code) => {
      const fake = fakeFetch(status(code), json({}));
      const outcome = start(transport(fake), get());
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(200);
      expect(fake.calls).toHaveLength(2);
    });

    it.each([400, 401, 403, 404, 409, 422, 501])("returns %i at once", async (code) => {
      const fake = fakeFetch(status(code));
      const response = await transport(fake)(get());
      expect(response.status).toBe(code);
      expect(fake.calls).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("makes 2 retries by default, then returns the last response", async () => {
      const fake = fakeFetch(status(503), status(503), status(503, { "x-last": "1" }), json({}));
      const outcome = start(transport(fake), get());
      await vi.runAllTimersAsync();
      const response = (await outcome) as Response;
      expect(response.status).toBe(503);
      expect(response.headers.get("x-last")).toBe("1");
      expect(await response.text()).toBe("status 503");
      expect(fake.calls).toHaveLength(3);
    });

    it("takes maxRetries from the client, and a per-call override over it", async () => {
      const steps = () => Array.from({ length: 10 }, () => status(503));
      const client = fakeFetch(...steps());
      const clientOutcome = start(transport(client, { retry: { maxRetries: 1 } }), get());
      await vi.runAllTimersAsync();
      await clientOutcome;
      expect(client.calls).toHaveLength(2);

      const none = fakeFetch(...steps());
      const noneOutcome = start(transport(none, { retry: { maxRetries: 5 } }), get({ maxRetries: 0 }));
      await vi.runAllTimersAsync();
      await noneOutcome;
      expect(none.calls).toHaveLength(1);

      const more = fakeFetch(...steps());
      const moreOutcome = start(transport(more), get({ maxRetries: 4, retry: { maxRetries: 1 } }));
      await vi.runAllTimersAsync();
      await moreOutcome;
      expect(more.calls).toHaveLength(5);
    });

    it("applies per-call retry settings", async () => {
      const fake = fakeFetch(status(502), json({}));
      const outcome = start(transport(fake), get({ retry: { baseDelayMs: 100 } }));
      await vi.advanceTimersByTimeAsync(49);
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(2);
      await outcome;
    });

    it("rejects an invalid maxRetries before sending", async () => {
      const fake = fakeFetch(json({}));
      await expect(transport(fake)(get({ maxRetries: -1 }))).rejects.toThrow(RangeError);
      expect(fake.calls).toHaveLength(0);
    });

    it("waits exactly Retry-After seconds on a 429", async () => {
      const fake = fakeFetch(status(429, { "retry-after": "3" }), json({}));
      const outcome = start(transport(fake), get());
      await vi.advanceTimersByTimeAsync(2_999);
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(2);
      expect(((await outcome) as Response).status).toBe(200);
    });

    it("waits until a Retry-After HTTP date", async () => {
      vi.setSystemTime(new Date("2025-06-02T10:00:00Z"));
      const fake = fakeFetch(status(503, { "retry-after": "Mon, 02 Jun 2025 10:00:07 GMT" }), json({}));
      const outcome = start(transport(fake), get());
      await vi.advanceTimersByTimeAsync(6_999);
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(2);
      await outcome;
    });

    it("waits exactly retry-after-ms when given", async () => {
      const fake = fakeFetch(status(429, { "retry-after-ms": "1500", "retry-after": "2" }), json({}));
      const outcome = start(transport(fake), get());
      await vi.advanceTimersByTimeAsync(1_499);
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(2);
      await outcome;
    });

    it("returns the 429 at once when Retry-After exceeds the total delay cap", async () => {
      const fake = fakeFetch(status(429, { "retry-after": "120" }), json({}));
      const response = await transport(fake)(get());
      expect(response.status).toBe(429);
      expect(fake.calls).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("stops when the sum of waits would exceed maxTotalDelayMs", async () => {
      // Waits would be 250 then 500: the second one breaks a 600 ms budget.
      const fake = fakeFetch(status(503), status(503), json({}));
      const outcome = start(transport(fake, { retry: { maxTotalDelayMs: 600, maxRetries: 5 } }), get());
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(503);
      expect(fake.calls).toHaveLength(2);
    });

    it("retries a GET after a network error, then reports a ConnectionError naming the cause", async () => {
      const fake = fakeFetch(
        networkError("ECONNRESET"),
        networkError("ECONNRESET"),
        networkError("ECONNRESET"),
      );
      const outcome = start(transport(fake), get({ operation: "listItems" }));
      await vi.runAllTimersAsync();
      const error = await outcome;
      expect(fake.calls).toHaveLength(3);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).not.toBeInstanceOf(TimeoutError);
      const e = error as ConnectionError;
      expect(e.message).toMatch(/^listItems: connection failed: ECONNRESET \(gave up after 2 retries/);
      expect(e.operation).toBe("listItems");
      expect(e.cause).toBeInstanceOf(TypeError);
    });

    it("describes a failure without a coded cause by its message", async () => {
      const fake = fakeFetch(new Error("socket hang up"));
      const error = await transport(fake)(get({ maxRetries: 0 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as Error).message).toMatch(
        /^connection failed: socket hang up \(gave up after 0 retries/,
      );
    });
  });

  describe("non-idempotent calls", () => {
    it.each([500, 502, 503, 504, 408])("does not retry a POST answered with %i", async (code) => {
      const fake = fakeFetch(status(code), json({}));
      const response = await transport(fake)(post());
      expect(response.status).toBe(code);
      expect(fake.calls).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("retries a POST answered with 429, re-sending the same body", async () => {
      const body = JSON.stringify({ name: "invoice", lines: [1, 2, 3] });
      const fake = fakeFetch(status(429, { "retry-after": "1" }), json({ id: 7 }));
      const outcome = start(transport(fake), post(body));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(((await outcome) as Response).status).toBe(200);
      expect(fake.calls.map((c) => c.body)).toEqual([body, body]);
      expect(fake.calls.map((c) => c.headers.get("content-type"))).toEqual([
        "application/json",
        "application/json",
      ]);
    });

    it("re-sends a binary body byte for byte", async () => {
      const bytes = new Uint8Array([0, 1, 2, 250, 255, 10, 13]);
      const received: Uint8Array[] = [];
      const record = async (request: Request) => {
        received.push(new Uint8Array(await request.arrayBuffer()));
        return received.length === 1 ? status(429) : json({});
      };
      const fake = fakeFetch(record, record);
      const outcome = start(
        transport(fake),
        withContext(new Request(URL_, { method: "POST", body: bytes }), { operation: "upload" }),
      );
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(200);
      expect(received).toEqual([bytes, bytes]);
    });

    it("does not retry a POST after a connection reset (the server may have it)", async () => {
      const fake = fakeFetch(networkError("ECONNRESET"), json({}));
      const error = await transport(fake)(post(undefined, { operation: "sendMessage" })).catch(
        (e: unknown) => e,
      );
      expect(fake.calls).toHaveLength(1);
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as Error).message).toContain("non-idempotent");
    });

    it.each(["ECONNREFUSED", "ENOTFOUND"])("retries a POST after %s (it never left)", async (code) => {
      const fake = fakeFetch(networkError(code), json({ id: 1 }));
      const outcome = start(transport(fake), post());
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(200);
      expect(fake.calls).toHaveLength(2);
      expect(fake.calls[1]?.body).toBe(fake.calls[0]?.body);
    });

    it("does not retry a POST that timed out", async () => {
      const fake = fakeFetch(hang, json({}));
      const outcome = start(
        transport(fake, { timeoutMs: 5_000 }),
        post(undefined, { operation: "uploadFile" }),
      );
      await vi.advanceTimersByTimeAsync(5_000);
      const error = await outcome;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toMatch(
        /^uploadFile: request timed out after 5000 ms \(timed out/,
      );
      await vi.runAllTimersAsync();
      expect(fake.calls).toHaveLength(1);
    });

    it("retries a POST marked idempotent after a 503 and a timeout", async () => {
      const fake = fakeFetch(status(503), hang, json({}));
      const outcome = start(
        transport(fake, { timeoutMs: 1_000 }),
        post(undefined, { idempotency: "idempotent" }),
      );
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(200);
      expect(fake.calls).toHaveLength(3);
    });

    it("does not retry a GET marked non-idempotent after a 503", async () => {
      const fake = fakeFetch(status(503), json({}));
      const response = await transport(fake)(get({ idempotency: "non-idempotent" }));
      expect(response.status).toBe(503);
      expect(fake.calls).toHaveLength(1);
    });

    it.each(["PUT", "PATCH", "DELETE"])("treats %s as non-idempotent by default", async (method) => {
      const fake = fakeFetch(status(503), json({}));
      const response = await transport(fake)(new Request(URL_, { method }));
      expect(response.status).toBe(503);
      expect(fake.calls).toHaveLength(1);
    });

    it.each(["HEAD", "OPTIONS"])("treats %s as idempotent by default", async (method) => {
      const fake = fakeFetch(new Response(null, { status: 503 }), new Response(null, { status: 204 }));
      const outcome = start(transport(fake), new Request(URL_, { method }));
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(204);
      expect(fake.calls).toHaveLength(2);
    });
  });

  describe("timeouts", () => {
    it("aborts an attempt after the default 60 s, not earlier", async () => {
      const fake = fakeFetch(hang);
      const outcome = start(transport(fake), get({ maxRetries: 0 }));
      await vi.advanceTimersByTimeAsync(59_999);
      expect(fake.calls[0]?.signal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls[0]?.signal.aborted).toBe(true);
      const error = await outcome;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as Error).message).toContain("timed out after 60000 ms");
    });

    it("uses the client's timeout, and the call's over it", async () => {
      const client = fakeFetch(hang);
      const clientOutcome = start(transport(client, { timeoutMs: 2_000 }), get({ maxRetries: 0 }));
      await vi.advanceTimersByTimeAsync(1_999);
      expect(client.calls[0]?.signal.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await clientOutcome).toBeInstanceOf(TimeoutError);

      const call = fakeFetch(hang);
      const callOutcome = start(
        transport(call, { timeoutMs: 2_000 }),
        get({ maxRetries: 0, timeoutMs: 300 }),
      );
      await vi.advanceTimersByTimeAsync(300);
      expect(await callOutcome).toBeInstanceOf(TimeoutError);
    });

    it("retries a GET that timed out, each attempt with a fresh timeout", async () => {
      const fake = fakeFetch(hang, hang, json({}));
      const outcome = start(transport(fake, { timeoutMs: 1_000 }), get());
      await vi.advanceTimersByTimeAsync(1_000 + 250 - 1);
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(fake.calls).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1_000 + 500);
      expect(fake.calls).toHaveLength(3);
      expect(((await outcome) as Response).status).toBe(200);
    });

    it("clears the attempt timer once the response arrives", async () => {
      const fake = fakeFetch(json({}));
      await transport(fake)(get());
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  describe("cancellation", () => {
    it("sends nothing when the signal is already aborted", async () => {
      const fake = fakeFetch(json({}));
      const error = await transport(fake)(get({ signal: AbortSignal.abort(), operation: "op" })).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserAbortError);
      expect((error as Error).message).toBe("op: aborted by the caller");
      expect(fake.calls).toHaveLength(0);
    });

    it("turns an abort during the request into UserAbortError without retrying", async () => {
      const controller = new AbortController();
      const fake = fakeFetch(hang, json({}));
      const outcome = start(transport(fake), get({ signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(10);
      const reason = new Error("user pressed cancel");
      controller.abort(reason);
      const error = await outcome;
      expect(error).toBeInstanceOf(UserAbortError);
      expect((error as Error).cause).toBe(reason);
      await vi.runAllTimersAsync();
      expect(fake.calls).toHaveLength(1);
    });

    it("cancels the backoff wait at once", async () => {
      const controller = new AbortController();
      const fake = fakeFetch(status(503, { "retry-after": "30" }), json({}));
      const outcome = start(transport(fake), get({ signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(1_000);
      controller.abort();
      expect(await outcome).toBeInstanceOf(UserAbortError);
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fake.calls).toHaveLength(1);
    });

    it("cancels the wait for a rate-limit slot", async () => {
      const throttle = createThrottle({ limit: 1, windowMs: 60_000 });
      const fake = fakeFetch(json({}), json({}));
      const send = transport(fake, { throttle });
      await vi.advanceTimersByTimeAsync(0);
      const first = start(send, get());
      await vi.advanceTimersByTimeAsync(100);
      expect(((await first) as Response).status).toBe(200);

      const controller = new AbortController();
      const second = start(send, get({ signal: controller.signal, operation: "listItems" }));
      await vi.advanceTimersByTimeAsync(5_000);
      expect(fake.calls).toHaveLength(1);
      controller.abort();
      const error = await second;
      expect(error).toBeInstanceOf(UserAbortError);
      expect((error as Error).message).toBe("listItems: aborted by the caller");
      await vi.advanceTimersByTimeAsync(120_000);
      expect(fake.calls).toHaveLength(1);
      await throttle.stop();
    });

    it("reports a failing throttle as it is, not as an abort", async () => {
      const broken = new Error("This limiter has been stopped.");
      const throttle: Throttle = {
        acquire: vi.fn(async () => {
          throw broken;
        }),
        observe: vi.fn(),
        stop: vi.fn(async () => {}),
      };
      const fake = fakeFetch(json({}));
      const error = await transport(fake, { throttle })(get()).catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(UserAbortError);
      expect(error).toBe(broken);
      expect(fake.calls).toHaveLength(0);
    });

    it("honours the Request's own signal when the context has none", async () => {
      const controller = new AbortController();
      const fake = fakeFetch(status(503), json({}));
      const outcome = start(transport(fake), get({}, { signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(100);
      controller.abort();
      expect(await outcome).toBeInstanceOf(UserAbortError);
      expect(fake.calls).toHaveLength(1);
    });
  });

  describe("credentials", () => {
    it("authorizes every attempt on a copy, leaving the caller's Request without credentials", async () => {
      const fake = fakeFetch(status(503), json({}));
      const request = get();
      const outcome = start(transport(fake, { auth: apiKeyAuth("X-API-Key", "key-123456") }), request);
      await vi.runAllTimersAsync();
      await outcome;
      expect(fake.calls.map((c) => c.headers.get("x-api-key"))).toEqual(["key-123456", "key-123456"]);
      expect(request.headers.has("x-api-key")).toBe(false);
    });

    it("sends calls marked authenticate: false without credentials", async () => {
      const fake = fakeFetch(json({}));
      await transport(fake, { auth: apiKeyAuth("X-API-Key", "key-123456") })(get({ authenticate: false }));
      expect(fake.calls[0]?.headers.has("x-api-key")).toBe(false);
    });

    function renewingAuth(answer = true) {
      let generation = 1;
      const auth = {
        authorize: vi.fn(async (request: Request) => {
          request.headers.set("Authorization", `Bearer t${generation}`);
        }),
        onUnauthorized: vi.fn(async () => {
          generation++;
          return answer;
        }),
        secrets: () => [],
      } satisfies AuthStrategy;
      return auth;
    }

    it("on a 401 renews once and repeats the call with the new credentials", async () => {
      const auth = renewingAuth();
      const fake = fakeFetch(status(401), json({ ok: 1 }));
      const response = await transport(fake, { auth })(post());
      expect(response.status).toBe(200);
      expect(auth.onUnauthorized).toHaveBeenCalledTimes(1);
      expect(fake.calls.map((c) => c.headers.get("authorization"))).toEqual(["Bearer t1", "Bearer t2"]);
      expect(fake.calls[1]?.body).toBe(fake.calls[0]?.body);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("returns a second 401 instead of renewing again", async () => {
      const auth = renewingAuth();
      const fake = fakeFetch(status(401), status(401), json({}));
      const response = await transport(fake, { auth })(get());
      expect(response.status).toBe(401);
      expect(auth.onUnauthorized).toHaveBeenCalledTimes(1);
      expect(fake.calls).toHaveLength(2);
    });

    it("returns the 401 when the strategy cannot renew", async () => {
      const auth = renewingAuth(false);
      const fake = fakeFetch(status(401), json({}));
      const response = await transport(fake, { auth })(get());
      expect(response.status).toBe(401);
      expect(fake.calls).toHaveLength(1);
    });

    it("returns a 401 as is when the strategy has no renewal", async () => {
      const fake = fakeFetch(status(401), json({}));
      const response = await transport(fake, { auth: apiKeyAuth("X-API-Key", "key-123456") })(get());
      expect(response.status).toBe(401);
      expect(fake.calls).toHaveLength(1);
    });

    it("does not count the repeat after a renewal as a retry", async () => {
      const auth = renewingAuth();
      const fake = fakeFetch(status(401), status(503), json({}));
      const outcome = start(transport(fake, { auth }), get({ maxRetries: 1 }));
      await vi.runAllTimersAsync();
      expect(((await outcome) as Response).status).toBe(200);
      expect(fake.calls).toHaveLength(3);
    });
  });

  describe("throttling", () => {
    it("waits for a slot before every attempt and reports every response's headers", async () => {
      const order: string[] = [];
      const throttle: Throttle = {
        acquire: vi.fn(async () => {
          order.push("acquire");
          return {
            settle(response?: { headers: Headers }) {
              order.push(`observe ${response?.headers.get("x-ratelimit-remaining")}`);
            },
          };
        }),
        observe: vi.fn(),
        stop: vi.fn(async () => {}),
      };
      const fake = fakeFetch(
        status(503, { "x-ratelimit-remaining": "9" }),
        json({}, 200, { "x-ratelimit-remaining": "8" }),
      );
      const controller = new AbortController();
      const outcome = start(transport(fake, { throttle }), get({ signal: controller.signal }));
      await vi.runAllTimersAsync();
      await outcome;
      expect(order).toEqual(["acquire", "observe 9", "acquire", "observe 8"]);
      expect(throttle.acquire).toHaveBeenCalledWith(controller.signal);
    });
  });

  describe("throttling with the real throttle", () => {
    let throttle: Throttle | undefined;
    afterEach(async () => {
      vi.useRealTimers();
      await throttle?.stop();
      throttle = undefined;
    });

    it("sends 180 of a burst of 200 calls at once and the rest only after the window", async () => {
      throttle = createThrottle({ limit: 180, windowMs: 60_000 });
      const fake = fakeFetch(...Array.from({ length: 200 }, () => json({})));
      const send = transport(fake, { throttle });
      const outcomes = Array.from({ length: 200 }, () => start(send, get()));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fake.calls).toHaveLength(180);
      await vi.advanceTimersByTimeAsync(58_999);
      expect(fake.calls).toHaveLength(180);
      await vi.advanceTimersByTimeAsync(1_001);
      expect(fake.calls).toHaveLength(200);
      const responses = (await Promise.all(outcomes)) as Response[];
      expect(responses.every((r) => r.status === 200)).toBe(true);
    });

    it("holds the next call until X-RateLimit-Reset when the server says nothing is left", async () => {
      throttle = createThrottle({ limit: 180, windowMs: 60_000 });
      const fake = fakeFetch(
        json({}, 200, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "5" }),
        json({}),
      );
      const send = transport(fake, { throttle });
      const first = start(send, get());
      await vi.advanceTimersByTimeAsync(100);
      expect(((await first) as Response).status).toBe(200);
      const second = start(send, get());
      await vi.advanceTimersByTimeAsync(4_800);
      expect(fake.calls).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fake.calls).toHaveLength(2);
      expect(((await second) as Response).status).toBe(200);
    });
  });

  describe("logging", () => {
    it("logs each attempt at debug level with credentials redacted, and each retry at info", async () => {
      const sink = { error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() };
      const fake = fakeFetch(status(503), json({}));
      const send = transport(fake, {
        logger: createLogger("debug", sink),
        auth: apiKeyAuth("X-API-Key", "super-secret-key-1"),
        headers: { Authorization: "Basic dXNlcjpwYXNz" },
      });
      const outcome = start(send, get({ operation: "listItems" }));
      await vi.runAllTimersAsync();
      await outcome;
      expect(sink.debug).toHaveBeenCalledTimes(2);
      expect(sink.debug).toHaveBeenCalledWith(
        "[edi-clients] attempt",
        expect.objectContaining({
          operation: "listItems",
          attempt: 1,
          status: 503,
          headers: expect.objectContaining({ "x-api-key": "***", authorization: "***" }),
        }),
      );
      expect(sink.info).toHaveBeenCalledWith("[edi-clients] retrying", {
        operation: "listItems",
        attempt: 1,
        delayMs: 250,
        status: 503,
      });
      const everything = inspect([sink.debug.mock.calls, sink.info.mock.calls], { depth: 10 });
      expect(everything).not.toContain("super-secret-key-1");
      expect(everything).not.toContain("dXNlcjpwYXNz");
    });
  });
});

describe("createTransport over real sockets", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("leaves nothing attached to a long-lived caller signal, however many calls use it", async () => {
    server = await startServer((request, res) => {
      res.writeHead(
        request.url === "/flaky" && request.method === "GET" && server?.received.length === 1 ? 503 : 200,
        {
          "content-type": "application/json",
        },
      );
      res.end('{"ok":true}');
    });
    const shutdown = new AbortController();
    const send = createTransport({ logger: silentLogger, retry: { random: () => 0 } });
    for (const path of ["/flaky", "/a", "/b"]) {
      const response = await send(
        withContext(new Request(`${server.url}${path}`), { signal: shutdown.signal }),
      );
      expect(response.url).toBe(`${server.url}${path}`);
      expect(await response.json()).toEqual({ ok: true });
    }
    expect(server.received).toHaveLength(4);
    expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
    const dependants = Object.getOwnPropertySymbols(shutdown.signal).find(
      (s) => s.description === "kDependantSignals",
    );
    expect(
      dependants ? ((shutdown.signal as unknown as Record<symbol, Set<unknown>>)[dependants]?.size ?? 0) : 0,
    ).toBe(0);
  });

  it("reports an abort during the body read as UserAbortError through invoke", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"items":[');
    });
    const caller = new AbortController();
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: createTransport({ logger: silentLogger }),
    });
    const pending = invoke((init) => client.GET("/items", { ...init }), {
      operation: "listItems",
      describeError: () => ({ message: "" }),
      signal: caller.signal,
    });
    setTimeout(() => caller.abort(new Error("shutting down")), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect((error as UserAbortError).message).toBe("listItems: aborted by the caller");
  });

  it("lets the caller abort while the body is still arriving, letting go of its signal", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"records":['); // …and never finishes
    });
    const caller = new AbortController();
    const send = createTransport({ logger: silentLogger });
    const response = send(withContext(new Request(`${server.url}/slow`), { signal: caller.signal }));
    setTimeout(() => caller.abort(new Error("shutting down")), 50);
    await expect(response).rejects.toBeInstanceOf(UserAbortError);
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("lets the caller abort a streamed body, as a UserAbortError, letting go of its signal", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("first chunk");
    });
    const caller = new AbortController();
    const send = createTransport({ logger: silentLogger });
    const response = await send(
      withContext(new Request(`${server.url}/slow`), {
        signal: caller.signal,
        stream: streamBody,
        operation: "dl",
      }),
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("first chunk");
    const next = reader.read();
    caller.abort(new Error("shutting down"));
    const error = await next.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect((error as UserAbortError).message).toBe("dl: aborted by the caller");
    expect(getEventListeners(caller.signal, "abort")).toHaveLength(0);
  });

  it("retries a non-idempotent POST when the connection is refused, then reports ECONNREFUSED", async () => {
    const port = await closedPort();
    const events: AttemptEvent[] = [];
    const send = createTransport({
      logger: silentLogger,
      retry: { random: () => 0 },
      onAttempt: (e) => events.push(e),
    });
    const request = withContext(
      new Request(`http://127.0.0.1:${port}/messages`, { method: "POST", body: '{"a":1}' }),
      { operation: "sendMessage" },
    );
    const error = await send(request).catch((e: unknown) => e);
    expect(events).toHaveLength(3);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(
      /^sendMessage: connection failed: ECONNREFUSED \(gave up after 2/,
    );
    expect(failedBeforeSending((error as Error).cause)).toBe(true);
  });

  it("does not retry a POST whose connection was reset after the server read it, but retries a GET", async () => {
    server = await startServer((_request, res) => {
      res.socket?.destroy();
    });
    const send = createTransport({ logger: silentLogger, retry: { random: () => 0 } });

    const postError = await send(
      withContext(new Request(`${server.url}/messages`, { method: "POST", body: "EDI" }), {}),
    ).catch((e: unknown) => e);
    expect(postError).toBeInstanceOf(ConnectionError);
    expect(failedBeforeSending((postError as Error).cause)).toBe(false);
    expect(server.received.filter((r) => r.method === "POST")).toHaveLength(1);

    const getError = await send(new Request(`${server.url}/messages`)).catch((e: unknown) => e);
    expect(getError).toBeInstanceOf(ConnectionError);
    expect(server.received.filter((r) => r.method === "GET")).toHaveLength(3);
  });

  it("re-sends an identical JSON body through openapi-fetch after a 503", async () => {
    server = await startServer((request, res, index) => {
      res.writeHead(index === 0 ? 503 : 200, { "content-type": "application/json" });
      res.end(
        index === 0
          ? '{"message":"busy"}'
          : JSON.stringify({ id: 1, name: "echo", size: request.body.length }),
      );
    });
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: createTransport({ logger: silentLogger, retry: { random: () => 0 } }),
    });
    const body = { name: "Grüße – invoice", tags: ["a", "b"] };
    const { data, response } = await client.POST("/items", {
      body,
      middleware: [attachContext({ operation: "createItem", idempotency: "idempotent" })],
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ id: 1, name: "echo" });
    expect(server.received).toHaveLength(2);
    const [first, second] = server.received;
    expect(first?.body.toString("utf8")).toBe(JSON.stringify(body));
    expect(second?.body.equals(first?.body ?? Buffer.alloc(0))).toBe(true);
    expect(second?.headers["content-type"]).toBe("application/json");
  });

  it("does not re-send a POST through openapi-fetch after a 503 when it is non-idempotent", async () => {
    server = await startServer((_request, res) => {
      res.writeHead(503, { "content-type": "application/json" });
      res.end('{"message":"busy"}');
    });
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: createTransport({ logger: silentLogger, retry: { random: () => 0 } }),
    });
    const { error, response } = await client.POST("/items", { body: { name: "x", tags: [] } });
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: "busy" });
    expect(server.received).toHaveLength(1);
  });

  it("re-sends an identical Uint8Array body with its Content-Type after a 503", async () => {
    server = await startServer((request, res, index) => {
      res.writeHead(index === 0 ? 503 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify({ bytes: request.body.length }));
    });
    const client = createClient<TestPaths>({
      baseUrl: server.url,
      fetch: createTransport({ logger: silentLogger, retry: { random: () => 0 } }),
    });
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const { data } = await client.POST("/upload", {
      body: bytes as unknown as string,
      bodySerializer: (b) => b,
      headers: { "Content-Type": "application/octet-stream" },
      middleware: [attachContext({ idempotency: "idempotent" })],
    });
    expect(data).toEqual({ bytes: bytes.length });
    expect(server.received).toHaveLength(2);
    for (const received of server.received) {
      expect(received.headers["content-type"]).toBe("application/octet-stream");
      expect(received.body.equals(Buffer.from(bytes))).toBe(true);
    }
  });
});
