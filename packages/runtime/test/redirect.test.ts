// The redirect guard both clients send through: which redirects it follows (a function of two
// URLs), and how it re-sends or refuses, with a scripted fetch. The clients' own tests cover it
// end to end with real loopback servers.
import { describe, expect, it } from "vitest";
import { allowLeak } from "../../../scripts/vitest-credential-guard.ts";
import { RedirectError } from "../src/errors.ts";
import { createRedirectFetch, isHttpsUpgrade, withRedirectOperation } from "../src/redirect.ts";
import { json } from "./helpers.ts";

/** A fetch answered by `answer`, recording what it was sent (bodies read). */
function recorder(answer: (request: Request, index: number) => Response) {
  const calls: { method: string; url: string; body: string; apiKey: string | null }[] = [];
  const fetch = async (request: Request) => {
    const body = request.body ? await request.text() : "";
    calls.push({ method: request.method, url: request.url, body, apiKey: request.headers.get("x-api-key") });
    return answer(request, calls.length - 1);
  };
  return { fetch, calls };
}

const moved = (status: number, location: string) => new Response("moved", { status, headers: { location } });

describe("isHttpsUpgrade", () => {
  it.each([
    ["http://api.as2gateway.com/v1/x", "https://api.as2gateway.com/v1/x", true],
    ["http://api.as2gateway.com/v1/x", "https://API.as2gateway.com:443/v1/other?q=1", true],
    ["http://api.as2gateway.com:8080/v1/x", "https://api.as2gateway.com/v1/x", true],
    ["http://api.as2gateway.com/v1/x", "https://evil.example/v1/x", false],
    ["http://api.as2gateway.com/v1/x", "https://api.as2gateway.com.evil.example/v1/x", false],
    ["http://api.as2gateway.com/v1/x", "https://api.as2gateway.com:8443/v1/x", false],
    ["http://api.as2gateway.com/v1/x", "http://api.as2gateway.com/v1/y", false],
    ["https://api.as2gateway.com/v1/x", "http://api.as2gateway.com/v1/x", false],
    ["https://api.as2gateway.com/v1/x", "https://api.as2gateway.com/v1/y", false],
    ["https://rest.ecgrid.io/v2/x", "https://rest.ecgrid.io.evil.example/v2/x", false],
    ["http://api.as2gateway.com/v1/x", "https://user:pw@api.as2gateway.com/v1/x", false],
  ])("%s → %s: %s", (from, to, allowed) => {
    expect(isHttpsUpgrade(new URL(from), new URL(to))).toBe(allowed);
  });
});

describe("createRedirectFetch", () => {
  it("returns non-redirect answers and redirects without Location untouched", async () => {
    const fake = recorder((_, i) => (i === 0 ? json({ ok: 1 }) : new Response(null, { status: 307 })));
    const redirecting = createRedirectFetch({ fetch: fake.fetch });
    expect((await redirecting(new Request("http://h/a"))).status).toBe(200);
    expect((await redirecting(new Request("http://h/b"))).status).toBe(307);
  });

  it("sends with redirect: manual, so fetch itself never follows", async () => {
    const modes: string[] = [];
    const redirecting = createRedirectFetch({
      fetch: async (request) => {
        modes.push(request.redirect);
        return json({});
      },
    });
    await redirecting(new Request("https://h/a"));
    expect(modes).toEqual(["manual"]);
  });

  it.each([301, 302, 303, 307, 308])(
    "refuses a %i to another origin before anything (key, body) is sent there",
    async (status) => {
      const fake = recorder((request) =>
        new URL(request.url).host === "api.test" ? moved(status, "https://elsewhere.test/steal") : json({}),
      );
      const redirecting = createRedirectFetch({ fetch: fake.fetch });
      const request = new Request("https://api.test/v2/auth/login", {
        method: "POST",
        headers: { "x-api-key": "key-planted-0001" },
        body: '{"password":"pw-planted-0001"}',
      });
      const error = await redirecting(request).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect((error as RedirectError).message).toContain(`refusing to follow a ${status} redirect`);
      expect((error as RedirectError).location).toBe("https://elsewhere.test/steal");
      expect(fake.calls.map((c) => c.url)).toEqual(["https://api.test/v2/auth/login"]);
    },
  );

  it("takes a rate-limit slot (beforeHop) for every extra hop and gives up after maxRedirects", async () => {
    const fake = recorder(() => moved(307, "/again"));
    let hops = 0;
    const redirecting = createRedirectFetch({
      fetch: fake.fetch,
      policy: () => true,
      maxRedirects: 2,
      beforeHop: () => {
        hops++;
      },
    });
    const error = await redirecting(new Request("http://h/start", { method: "POST", body: "x" })).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(RedirectError);
    expect(error.message).toMatch(/gave up after 2 redirects/);
    expect(hops).toBe(2);
    expect(fake.calls.map((c) => c.body)).toEqual(["x", "x", "x"]);
  });

  it("passes the attempt's signal (given next to the Request) to every hop and to beforeHop", async () => {
    const seen: (AbortSignal | undefined)[] = [];
    let hopSignal: AbortSignal | undefined;
    const redirecting = createRedirectFetch({
      fetch: async (request, init) => {
        seen.push(init?.signal);
        return new URL(request.url).protocol === "http:" ? moved(307, "https://h/a") : json({});
      },
      beforeHop: (signal) => {
        hopSignal = signal;
      },
    });
    const attempt = new AbortController();
    await redirecting(new Request("http://h/a", { method: "POST", body: "x" }), { signal: attempt.signal });
    expect(seen).toEqual([attempt.signal, attempt.signal]);
    expect(hopSignal).toBe(attempt.signal);
  });

  it("settles a permit beforeHop resolves with, with the hop's answer (or none when it failed)", async () => {
    const settled: (number | undefined)[] = [];
    const permit = () => ({ settle: (r?: { status: number }) => settled.push(r?.status) });
    let n = 0;
    const redirecting = createRedirectFetch({
      fetch: async () => {
        n++;
        if (n === 1) return moved(307, "https://h/b");
        if (n === 2) return json({});
        throw new TypeError("fetch failed");
      },
      beforeHop: permit,
    });
    await redirecting(new Request("http://h/a"));
    expect(settled).toEqual([200]);
    n = 0;
    await expect(
      createRedirectFetch({
        fetch: async () => (++n === 1 ? moved(307, "https://h/b") : Promise.reject(new TypeError("down"))),
        beforeHop: permit,
      })(new Request("http://h/a")),
    ).rejects.toThrow("down");
    expect(settled).toEqual([200, undefined]);
  });

  it("refuses an invalid Location", async () => {
    const fake = recorder(() => moved(307, "http://[::1"));
    await expect(createRedirectFetch({ fetch: fake.fetch })(new Request("http://h/a"))).rejects.toThrow(
      /invalid URL/,
    );
  });

  it("follows an http → https upgrade, and 301/302/303 only for bodiless GET/HEAD", async () => {
    const fake = recorder((request) =>
      new URL(request.url).pathname === "/moved"
        ? moved(302, "https://h/there")
        : json({ at: request.url, method: request.method }),
    );
    const redirecting = createRedirectFetch({ fetch: fake.fetch });
    expect(await (await redirecting(new Request("http://h/moved"))).json()).toEqual({
      at: "https://h/there",
      method: "GET",
    });
    await expect(redirecting(new Request("http://h/moved", { method: "POST", body: "x" }))).rejects.toThrow(
      /only 307\/308 keep the method and body/,
    );
  });
});

describe("withRedirectOperation", () => {
  it("names the operation of a RedirectError that has none, scrubbing its Location", () => {
    // Leaky on purpose: what withRedirectOperation scrubs.
    const bare = allowLeak(
      new RedirectError("refusing to follow", { location: "https://x.test/?k=key-planted-0001" }),
    );
    const named = withRedirectOperation(bare, "parcelsUpload", ["key-planted-0001"]) as RedirectError;
    expect(named).toBeInstanceOf(RedirectError);
    expect(named.operation).toBe("parcelsUpload");
    expect(named.message).toBe("parcelsUpload: refusing to follow");
    expect(named.location).toBe("https://x.test/?k=***");
    const echoedHost = allowLeak(
      new RedirectError("refusing a redirect to https://key-planted-0001.evil.test", {
        location: "https://key-planted-0001.evil.test/",
      }),
    );
    const scrubbed = withRedirectOperation(echoedHost, "op", ["key-planted-0001"]) as RedirectError;
    expect(scrubbed.message).toBe("op: refusing a redirect to https://***.evil.test");
    expect((withRedirectOperation(new RedirectError("r"), "op") as RedirectError).location).toBeUndefined();
  });

  it("returns any other error, and a RedirectError that has an operation, as it is", () => {
    const other = new Error("boom");
    const done = new RedirectError("op: r", { operation: "op" });
    expect(withRedirectOperation(other, "x")).toBe(other);
    expect(withRedirectOperation(done, "x")).toBe(done);
  });
});
