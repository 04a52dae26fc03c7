// Issue 13 (per-call overhead): the client core prepares a request (URL, method, headers, body)
// instead of building a Request. With the default fetch it goes out as fetch(url, init), so undici
// builds the call's only Request; a custom fetch still gets a Request; retries and redirect hops
// each get headers of their own.
import { fakeFetch, json, status } from "@edi-clients/test-helpers/fetch";
import { sendJson, startServer } from "@edi-clients/test-helpers/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CoreOptions } from "../src/client-core.ts";
import type { Operation } from "../src/operation.ts";
import { type DirectInit, PreparedRequest } from "../src/prepared-request.ts";
import { createRedirectFetch } from "../src/redirect.ts";
import { putThing as createThing, thingsCore } from "./things-core.ts";

const KEY = "sk-prepared-7731";
const core = (options: CoreOptions = {}) => thingsCore({ throttle: false, ...options }, KEY);

afterEach(() => vi.unstubAllGlobals());

describe("with the default fetch: fetch(url, init), no Request of ours", () => {
  it("sends the URL as a string and method, headers, body, redirect and signal in init", async () => {
    const seen: [unknown, DirectInit | undefined][] = [];
    vi.stubGlobal("fetch", async (input: unknown, init?: DirectInit) => {
      seen.push([input, init]);
      return json({ ok: true });
    });
    const { data } = await core().request(createThing, { params: { path: { id: 7 } }, body: { name: "x" } });
    expect(data).toEqual({ ok: true });
    expect(seen).toHaveLength(1);
    const [input, init] = seen[0] as [unknown, DirectInit];
    expect(input).toBe("https://things.example/things/7");
    expect(init.method).toBe("POST");
    expect(init.body).toBe('{"name":"x"}');
    expect(init.redirect).toBe("manual");
    expect(init.signal).toBeInstanceOf(AbortSignal);
    const headers = new Headers(init.headers);
    expect(headers.get("x-api-key")).toBe(KEY);
    expect(headers.get("content-type")).toBe("application/json");
    expect(headers.get("accept")).toBe("application/json");
  });

  it("gives each attempt headers of its own and the same body", async () => {
    const seen: DirectInit[] = [];
    vi.stubGlobal("fetch", async (_input: unknown, init: DirectInit) => {
      seen.push(init);
      return seen.length === 1 ? status(503) : json({ ok: true });
    });
    await core().request(createThing, { params: { path: { id: 1 } }, body: { n: 1 } });
    expect(seen).toHaveLength(2);
    expect(seen[1]?.headers).not.toBe(seen[0]?.headers);
    expect(seen.map((init) => init.body)).toEqual(['{"n":1}', '{"n":1}']);
    expect(seen.map((init) => new Headers(init.headers).get("x-api-key"))).toEqual([KEY, KEY]);
  });

  it("refuses a body on a GET at once, as new Request() did, sending nothing", async () => {
    const fetch = vi.fn();
    vi.stubGlobal("fetch", fetch);
    const getThing = { ...createThing, id: "getThing", method: "GET" } as const satisfies Operation;
    await expect(core().request(getThing, { params: { path: { id: 1 } }, body: { n: 1 } })).rejects.toThrow(
      "Request with GET/HEAD method cannot have body.",
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("with a fetch of the caller's: a Request, as before", () => {
  it("gets one Request per attempt, built from the prepared parts", async () => {
    const fake = fakeFetch(status(503), json({ ok: true }));
    await core({ fetch: fake.fetch }).request(createThing, { params: { path: { id: 2 } }, body: { n: 2 } });
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      "POST https://things.example/things/2",
      "POST https://things.example/things/2",
    ]);
    expect(fake.calls.map((c) => c.headers.get("x-api-key"))).toEqual([KEY, KEY]);
  });
});

describe("the redirect guard with a prepared request", () => {
  it("follows an allowed hop with the same method, headers and body, each hop a prepared request of its own", async () => {
    const sent: [string, DirectInit][] = [];
    const guard = createRedirectFetch({
      fetch: () => Promise.reject(new Error("a Request was built")),
      direct: async (url, init) => {
        sent.push([url, init]);
        return sent.length === 1
          ? new Response(null, { status: 307, headers: { location: "https://things.example/moved" } })
          : json({ ok: true });
      },
      policy: () => true,
    });
    const headers = new Headers({ "X-API-Key": KEY, "Content-Type": "text/plain" });
    const signal = new AbortController().signal;
    const response = await guard(new PreparedRequest("http://things.example/a", "PUT", headers, "body"), {
      signal,
    });
    expect(response.status).toBe(200);
    expect(sent.map(([url, init]) => `${init.method} ${url} ${String(init.body)}`)).toEqual([
      "PUT http://things.example/a body",
      "PUT https://things.example/moved body",
    ]);
    expect(sent.map(([, init]) => new Headers(init.headers).get("x-api-key"))).toEqual([KEY, KEY]);
    expect(sent[1]?.[1].headers).not.toBe(sent[0]?.[1].headers);
    expect(sent.every(([, init]) => init.signal === signal && init.redirect === "manual")).toBe(true);
  });

  it("without a direct fetch, hands the caller's fetch a Request", async () => {
    const requests: Request[] = [];
    const guard = createRedirectFetch({
      fetch: async (request) => {
        requests.push(request);
        return json({ ok: true });
      },
    });
    await guard(new PreparedRequest("https://things.example/a", "POST", new Headers(), "x"));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toBeInstanceOf(Request);
    expect(requests[0]?.redirect).toBe("manual");
    expect(await requests[0]?.text()).toBe("x");
  });

  it("with the real fetch: a 307 hop between two loopback servers re-sends method, headers and body", async () => {
    const target = await startServer((_request, res) => sendJson(res, { ok: true }));
    const origin = await startServer((_request, res) => {
      res.writeHead(307, { location: `${target.url}/moved` });
      res.end();
    });
    try {
      const guard = createRedirectFetch({
        fetch: () => Promise.reject(new Error("a Request was built")),
        direct: (url, init) => globalThis.fetch(url, init),
        // Tests only: a second local port stands in for the https upgrade of the same host.
        policy: () => true,
      });
      const headers = new Headers({ "X-API-Key": KEY, "Content-Type": "application/json" });
      const response = await guard(new PreparedRequest(`${origin.url}/start`, "POST", headers, '{"n":1}'), {
        signal: new AbortController().signal,
      });
      expect(await response.json()).toEqual({ ok: true });
      const [first] = origin.received;
      const [second] = target.received;
      expect([first?.method, first?.url, second?.method, second?.url]).toEqual([
        "POST",
        "/start",
        "POST",
        "/moved",
      ]);
      expect([first?.headers["x-api-key"], second?.headers["x-api-key"]]).toEqual([KEY, KEY]);
      expect([String(first?.body), String(second?.body)]).toEqual(['{"n":1}', '{"n":1}']);
      expect(second?.headers["content-length"]).toBe("7");
    } finally {
      await origin.close();
      await target.close();
    }
  });
});
