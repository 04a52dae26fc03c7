import { getEventListeners } from "node:events";
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { apiKeyAuth, type IssuedToken, TokenAuth, type TokenProvider } from "../src/auth.ts";
import { AuthenticationError, ConnectionError } from "../src/errors.ts";
import { Secret } from "../src/secret.ts";
import { createTransport } from "../src/transport.ts";
import { fakeFetch, json, silentLogger, status } from "./helpers.ts";

const URL_ = "https://gateway.example.test/api/v1/messages";

/** A provider whose obtain() issues obtained-access-1, -2, … and refresh() refreshed-access-1, -2, … */
function provider(options: { lifetimeMs?: number; now?: () => number } = {}) {
  let obtained = 0;
  let refreshed = 0;
  const now = options.now ?? Date.now;
  const issue = (kind: string, n: number): IssuedToken => ({
    accessToken: `${kind}-access-${n}`,
    refreshToken: `${kind}-refresh-${n}`,
    expiresAt: options.lifetimeMs === undefined ? undefined : now() + options.lifetimeMs,
  });
  return {
    obtain: vi.fn(async (_signal?: AbortSignal) => issue("obtained", ++obtained)),
    refresh: vi.fn(async (_refreshToken: string, _signal?: AbortSignal) => issue("refreshed", ++refreshed)),
  } satisfies TokenProvider;
}

async function header(
  auth: { authorize(r: Request): Promise<void> },
  name = "authorization",
): Promise<string | null> {
  const request = new Request(URL_);
  await auth.authorize(request);
  return request.headers.get(name);
}

describe("apiKeyAuth", () => {
  it("sets the key in the named header", async () => {
    const auth = apiKeyAuth("X-API-Key", "ecgrid-key-0001");
    expect(await header(auth, "x-api-key")).toBe("ecgrid-key-0001");
    expect(auth.secrets()).toEqual(["ecgrid-key-0001"]);
    expect(auth.onUnauthorized).toBeUndefined();
  });

  it("accepts a Secret", async () => {
    const auth = apiKeyAuth("X-API-Key", new Secret("from-a-vault-1"));
    expect(await header(auth, "x-api-key")).toBe("from-a-vault-1");
  });

  it.each(["", "   "])("refuses an empty key %j, without echoing it", (key) => {
    expect(() => apiKeyAuth("X-API-Key", key)).toThrow(new TypeError("X-API-Key: the API key is empty"));
  });

  it("does not show the key when printed", () => {
    const auth = apiKeyAuth("X-API-Key", "ecgrid-key-0001");
    expect(JSON.stringify(auth)).not.toContain("ecgrid-key-0001");
    expect(String(auth)).not.toContain("ecgrid-key-0001");
    expect(inspect(auth, { depth: 10, showHidden: true })).not.toContain("ecgrid-key-0001");
  });
});

describe("TokenAuth", () => {
  it("obtains a token on first use, sends it as a Bearer token, and reuses it", async () => {
    const p = provider();
    const auth = new TokenAuth({ provider: p });
    expect(await header(auth)).toBe("Bearer obtained-access-1");
    expect(await header(auth)).toBe("Bearer obtained-access-1");
    expect(await auth.token()).toBe("obtained-access-1");
    expect(p.obtain).toHaveBeenCalledTimes(1);
    expect(p.refresh).not.toHaveBeenCalled();
  });

  it("supports a custom header and format", async () => {
    const auth = new TokenAuth({ provider: provider(), headerName: "X-Token", format: (t) => `Token ${t}` });
    expect(await header(auth, "x-token")).toBe("Token obtained-access-1");
  });

  it("renews the refreshSkewMs before expiry, not earlier", async () => {
    let now = 1_000_000;
    const p = provider({ lifetimeMs: 3_600_000, now: () => now });
    const auth = new TokenAuth({ provider: p, now: () => now, refreshSkewMs: 60_000 });
    expect(await auth.token()).toBe("obtained-access-1");
    now += 3_600_000 - 60_000 - 1;
    expect(await auth.token()).toBe("obtained-access-1");
    now += 1;
    expect(await auth.token()).toBe("refreshed-access-1");
    expect(p.refresh).toHaveBeenCalledWith("obtained-refresh-1", expect.any(AbortSignal));
    expect(p.obtain).toHaveBeenCalledTimes(1);
  });

  it("uses a 60 s skew and the real clock by default", async () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(0);
      const p = provider({ lifetimeMs: 3_600_000 });
      const auth = new TokenAuth({ provider: p });
      await auth.token();
      vi.setSystemTime(3_600_000 - 60_000 - 1);
      await auth.token();
      expect(p.refresh).not.toHaveBeenCalled();
      vi.setSystemTime(3_600_000 - 60_000);
      expect(await auth.token()).toBe("refreshed-access-1");
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps a token without expiresAt until a 401", async () => {
    const p = provider();
    const auth = new TokenAuth({ provider: p, now: () => Number.MAX_SAFE_INTEGER });
    await auth.token();
    await auth.token();
    expect(p.obtain).toHaveBeenCalledTimes(1);
  });

  it("obtains exactly once for 10 concurrent calls on an expired token", async () => {
    let now = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const p = {
      obtain: vi.fn(async () => {
        await gate;
        return { accessToken: "fresh-token-1", expiresAt: now + 600_000 };
      }),
    };
    const auth = new TokenAuth({ provider: p, now: () => now });
    const headers = Promise.all(Array.from({ length: 10 }, () => header(auth)));
    await Promise.resolve();
    release();
    expect(await headers).toEqual(Array.from({ length: 10 }, () => "Bearer fresh-token-1"));
    expect(p.obtain).toHaveBeenCalledTimes(1);
    now = 600_000; // expired again: one more renewal for the next wave, not ten
    await Promise.all(Array.from({ length: 10 }, () => auth.token()));
    expect(p.obtain).toHaveBeenCalledTimes(2);
  });

  it("refreshes exactly once for 10 concurrent calls, and rotates the refresh token", async () => {
    let now = 0;
    const p = provider({ lifetimeMs: 120_000, now: () => now });
    const auth = new TokenAuth({ provider: p, now: () => now });
    await auth.token();
    expect(auth.refreshToken).toBe("obtained-refresh-1");

    now = 100_000;
    const tokens = await Promise.all(Array.from({ length: 10 }, () => auth.token()));
    expect(new Set(tokens)).toEqual(new Set(["refreshed-access-1"]));
    expect(p.refresh).toHaveBeenCalledTimes(1);
    expect(p.refresh).toHaveBeenLastCalledWith("obtained-refresh-1", expect.any(AbortSignal));
    expect(auth.refreshToken).toBe("refreshed-refresh-1");

    now = 200_000;
    await auth.token();
    expect(p.refresh).toHaveBeenCalledTimes(2);
    expect(p.refresh).toHaveBeenLastCalledWith("refreshed-refresh-1", expect.any(AbortSignal));
    expect(p.obtain).toHaveBeenCalledTimes(1);
  });

  it("keeps the old refresh token when the API does not rotate it", async () => {
    let now = 0;
    const p = {
      obtain: vi.fn(async () => ({
        accessToken: "a-1",
        refreshToken: "long-lived-refresh",
        expiresAt: now + 1,
      })),
      refresh: vi.fn(async (_refreshToken: string) => ({ accessToken: `a-${now}`, expiresAt: now + 1 })),
    };
    const auth = new TokenAuth({ provider: p, now: () => now, refreshSkewMs: 0 });
    await auth.token();
    now = 10;
    expect(await auth.token()).toBe("a-10");
    now = 20;
    expect(await auth.token()).toBe("a-20");
    expect(p.refresh.mock.calls.map((c) => c[0])).toEqual(["long-lived-refresh", "long-lived-refresh"]);
    expect(auth.refreshToken).toBe("long-lived-refresh");
  });

  it("obtains again when the refresh token is rejected with an AuthenticationError", async () => {
    let now = 0;
    const p = provider({ lifetimeMs: 120_000, now: () => now });
    p.refresh.mockRejectedValueOnce(
      new AuthenticationError({ status: 401, message: "refresh token revoked" }),
    );
    const auth = new TokenAuth({ provider: p, now: () => now });
    await auth.token();
    now = 100_000;
    expect(await auth.token()).toBe("obtained-access-2");
    expect(p.refresh).toHaveBeenCalledTimes(1);
    expect(p.obtain).toHaveBeenCalledTimes(2);
  });

  it("lets any other refresh failure through, and tries again on the next call", async () => {
    let now = 0;
    const p = provider({ lifetimeMs: 120_000, now: () => now });
    const outage = new ConnectionError("connection failed: ECONNRESET");
    p.refresh.mockRejectedValueOnce(outage);
    const auth = new TokenAuth({ provider: p, now: () => now });
    await auth.token();
    now = 100_000;
    await expect(auth.token()).rejects.toBe(outage);
    expect(p.obtain).toHaveBeenCalledTimes(1);
    expect(await auth.token()).toBe("refreshed-access-1");
  });

  it("obtains when the provider cannot refresh", async () => {
    let now = 0;
    const full = provider({ lifetimeMs: 120_000, now: () => now });
    const p: TokenProvider = { obtain: full.obtain };
    const auth = new TokenAuth({ provider: p, now: () => now });
    await auth.token();
    now = 100_000;
    expect(await auth.token()).toBe("obtained-access-2");
  });

  it("fails with AuthenticationError when the provider returns no token", async () => {
    const auth = new TokenAuth({ provider: { obtain: async () => ({ accessToken: "" }) } });
    const error = await auth.token().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
  });

  it("lets a caller stop waiting without failing the others waiting on the same renewal", async () => {
    let release: (token: IssuedToken) => void = () => undefined;
    const obtain = vi.fn(() => new Promise<IssuedToken>((resolve) => (release = resolve)));
    const auth = new TokenAuth({ provider: { obtain } });
    const impatient = new AbortController();
    const first = auth.token(impatient.signal);
    const second = auth.token();
    impatient.abort(new Error("caller gave up"));
    await expect(first).rejects.toThrow("caller gave up");
    release({ accessToken: "shared-1" });
    await expect(second).resolves.toBe("shared-1");
    expect(obtain).toHaveBeenCalledTimes(1);
  });

  it("renews a token shorter-lived than the skew half-way, not on every call", async () => {
    let now = 0;
    const p = provider({ lifetimeMs: 30_000, now: () => now });
    const auth = new TokenAuth({ provider: p, now: () => now, refreshSkewMs: 60_000 });
    expect(await auth.token()).toBe("obtained-access-1");
    now = 14_999;
    expect(await auth.token()).toBe("obtained-access-1");
    now = 15_000;
    expect(await auth.token()).toBe("refreshed-access-1");
    expect(p.obtain).toHaveBeenCalledTimes(1);
    expect(p.refresh).toHaveBeenCalledTimes(1);
  });

  it("clear() forgets every token: the next call obtains a new one", async () => {
    const p = provider();
    const auth = new TokenAuth({ provider: p });
    await auth.token();
    auth.clear();
    expect(auth.refreshToken).toBeUndefined();
    // Forgotten, but still scrubbed: a late error may echo them.
    expect(auth.secrets()).toEqual(["obtained-access-1", "obtained-refresh-1"]);
    expect(await auth.token()).toBe("obtained-access-2");
    expect(p.refresh).not.toHaveBeenCalled();
  });

  it("lists the tokens it holds as secrets", async () => {
    const auth = new TokenAuth({ provider: provider() });
    expect(auth.secrets()).toEqual([]);
    await auth.token();
    expect(auth.secrets()).toEqual(["obtained-access-1", "obtained-refresh-1"]);
    const bare = new TokenAuth({ provider: { obtain: async () => ({ accessToken: "only-access" }) } });
    await bare.token();
    expect(bare.secrets()).toEqual(["only-access"]);
  });

  it("never shows its tokens in String(), JSON.stringify or util.inspect", async () => {
    const auth = new TokenAuth({ provider: provider() });
    await auth.token();
    for (const text of [
      String(auth),
      `${auth}`,
      JSON.stringify({ auth }),
      inspect(auth, { depth: 10, showHidden: true }),
      inspect({ nested: { auth } }, { depth: 10 }),
    ]) {
      expect(text).toContain("TokenAuth(***)");
      expect(text).not.toContain("obtained-access-1");
      expect(text).not.toContain("obtained-refresh-1");
    }
  });

  describe("secrets of tokens given up", () => {
    it("keeps scrubbing the token a 401 retired while its refresh runs (the refresh may echo it)", async () => {
      let seen: string[] = [];
      let issued = 0;
      const auth: TokenAuth = new TokenAuth({
        provider: {
          obtain: async () => ({ accessToken: `old-access-${++issued}`, refreshToken: "old-refresh-1" }),
          refresh: async () => {
            seen = auth.secrets();
            return { accessToken: "new-access-1", refreshToken: "new-refresh-1" };
          },
        },
      });
      const request = new Request(URL_);
      await auth.authorize(request);
      await auth.onUnauthorized(request);
      expect(seen).toEqual(["old-access-1", "old-refresh-1"]);
      expect(auth.secrets()).toEqual(["new-access-1", "new-refresh-1", "old-access-1", "old-refresh-1"]);
    });

    it("keeps the last 8 retired values, once each, and a refresh token that did not rotate once", async () => {
      let n = 0;
      const auth = new TokenAuth({
        provider: { obtain: async () => ({ accessToken: `access-${++n}`, refreshToken: "fixed-refresh" }) },
        refreshSkewMs: 0,
      });
      for (let i = 0; i < 12; i++) {
        await auth.token();
        auth.clear();
      }
      const secrets = auth.secrets();
      expect(secrets).toHaveLength(8);
      expect(new Set(secrets).size).toBe(8);
      expect(secrets).toContain("access-12");
      expect(secrets).toContain("fixed-refresh");
      expect(secrets).not.toContain("access-1");
    });
  });

  describe("aborting a sign-in", () => {
    /** A provider whose obtain() waits until released or aborted, recording the signal it got. */
    function slowProvider() {
      const signals: (AbortSignal | undefined)[] = [];
      let release: (token: IssuedToken) => void = () => undefined;
      const obtain = vi.fn(
        (signal?: AbortSignal) =>
          new Promise<IssuedToken>((resolve, reject) => {
            signals.push(signal);
            release = resolve;
            signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
          }),
      );
      return { provider: { obtain }, signals, release: (token: IssuedToken) => release(token) };
    }

    /** Callers A and B waiting on one slow sign-in; A has aborted. */
    async function twoWaitingAfterAGaveUp() {
      const slow = slowProvider();
      const auth = new TokenAuth({ provider: slow.provider });
      const a = new AbortController();
      const b = new AbortController();
      const first = auth.token(a.signal);
      const second = auth.token(b.signal);
      a.abort(new Error("A gave up"));
      await expect(first).rejects.toThrow("A gave up");
      return { slow, auth, b, second };
    }

    it("aborts the provider's sign-in once every waiting caller has aborted", async () => {
      const { slow, b, second } = await twoWaitingAfterAGaveUp();
      expect(slow.signals[0]?.aborted).toBe(false);
      b.abort(new Error("B gave up"));
      await expect(second).rejects.toThrow("B gave up");
      expect(slow.signals[0]?.aborted).toBe(true);
      expect(slow.provider.obtain).toHaveBeenCalledTimes(1);
    });

    it("lets the renewal finish for a caller that did not abort, and starts afresh after an abort", async () => {
      const { slow, auth, second } = await twoWaitingAfterAGaveUp();
      slow.release({ accessToken: "shared-1" });
      await expect(second).resolves.toBe("shared-1");
      expect(slow.signals[0]?.aborted).toBe(false);

      auth.clear();
      const c = new AbortController();
      const third = auth.token(c.signal);
      c.abort(new Error("C gave up"));
      await expect(third).rejects.toThrow("C gave up");
      // The aborted renewal is not joined by the next caller: it gets a new one.
      const fourth = auth.token();
      expect(slow.provider.obtain).toHaveBeenCalledTimes(3);
      slow.release({ accessToken: "fresh-3" });
      await expect(fourth).resolves.toBe("fresh-3");
    });

    it("keeps one abort listener on a signal shared by many waiting calls, and none after", async () => {
      const slow = slowProvider();
      const auth = new TokenAuth({ provider: slow.provider });
      const shared = new AbortController();
      const waiting = Array.from({ length: 20 }, () => auth.token(shared.signal));
      expect(getEventListeners(shared.signal, "abort")).toHaveLength(1);
      slow.release({ accessToken: "shared-1" });
      expect(await Promise.all(waiting)).toEqual(Array(20).fill("shared-1"));
      expect(getEventListeners(shared.signal, "abort")).toHaveLength(0);
    });

    it("starts no sign-in for a caller that had already aborted", async () => {
      const slow = slowProvider();
      const auth = new TokenAuth({ provider: slow.provider });
      await expect(auth.token(AbortSignal.abort(new Error("too late")))).rejects.toThrow("too late");
      expect(slow.provider.obtain).not.toHaveBeenCalled();
    });

    it("passes the renewal's signal to refresh() as well", async () => {
      const p = provider();
      const auth = new TokenAuth({ provider: p });
      const request = new Request(URL_);
      await auth.authorize(request);
      await auth.onUnauthorized(request, new AbortController().signal);
      expect(p.refresh.mock.calls[0]?.[1]).toBeInstanceOf(AbortSignal);
      expect(p.obtain.mock.calls[0]?.[0]).toBeInstanceOf(AbortSignal);
    });
  });

  describe("onUnauthorized", () => {
    it("renews (with the refresh token) when the rejected request carried the current token", async () => {
      const p = provider();
      const auth = new TokenAuth({ provider: p });
      const request = new Request(URL_);
      await auth.authorize(request);
      expect(await auth.onUnauthorized(request)).toBe(true);
      expect(p.refresh).toHaveBeenCalledWith("obtained-refresh-1", expect.any(AbortSignal));
      expect(await header(auth)).toBe("Bearer refreshed-access-1");
    });

    it("does not renew again when another call already did", async () => {
      const p = provider();
      const auth = new TokenAuth({ provider: p });
      const a = new Request(URL_);
      const b = new Request(URL_);
      await auth.authorize(a);
      await auth.authorize(b);
      expect(await auth.onUnauthorized(a)).toBe(true);
      expect(await auth.onUnauthorized(b)).toBe(true);
      expect(p.refresh).toHaveBeenCalledTimes(1);
      expect(p.obtain).toHaveBeenCalledTimes(1);
    });

    it("renews once for 10 concurrent 401s", async () => {
      const p = provider();
      const auth = new TokenAuth({ provider: p });
      const requests = Array.from({ length: 10 }, () => new Request(URL_));
      for (const r of requests) await auth.authorize(r);
      expect(await Promise.all(requests.map((r) => auth.onUnauthorized(r)))).toEqual(Array(10).fill(true));
      expect(p.refresh).toHaveBeenCalledTimes(1);
      expect(p.obtain).toHaveBeenCalledTimes(1);
    });

    it("obtains a token when it held none", async () => {
      const p = provider();
      const auth = new TokenAuth({ provider: p });
      expect(await auth.onUnauthorized(new Request(URL_))).toBe(true);
      expect(p.obtain).toHaveBeenCalledTimes(1);
    });
  });

  describe("through the transport", () => {
    it("renews exactly once for 10 concurrent calls on an expired token", async () => {
      let now = 0;
      const p = provider({ lifetimeMs: 3_600_000, now: () => now });
      const auth = new TokenAuth({ provider: p, now: () => now });
      await auth.token();
      now = 3_600_000;
      const fake = fakeFetch(...Array.from({ length: 10 }, () => json({ ok: true })));
      const send = createTransport({ fetch: fake.fetch, auth, logger: silentLogger });
      const responses = await Promise.all(Array.from({ length: 10 }, () => send(new Request(URL_))));
      expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
      expect(p.refresh).toHaveBeenCalledTimes(1);
      expect(p.obtain).toHaveBeenCalledTimes(1);
      expect(new Set(fake.calls.map((c) => c.headers.get("authorization")))).toEqual(
        new Set(["Bearer refreshed-access-1"]),
      );
    });

    it("on a 401 renews once and repeats; a second 401 is returned, not looped on", async () => {
      const p = provider();
      const auth = new TokenAuth({ provider: p });
      const fake = fakeFetch(status(401), status(401), json({}));
      const send = createTransport({ fetch: fake.fetch, auth, logger: silentLogger });
      const response = await send(new Request(URL_, { method: "POST", body: "EDI" }));
      expect(response.status).toBe(401);
      expect(fake.calls.map((c) => c.headers.get("authorization"))).toEqual([
        "Bearer obtained-access-1",
        "Bearer refreshed-access-1",
      ]);
      expect(fake.calls.map((c) => c.body)).toEqual(["EDI", "EDI"]);
      expect(p.obtain).toHaveBeenCalledTimes(1);
      expect(p.refresh).toHaveBeenCalledTimes(1);
    });

    it("succeeds when the repeated call is accepted", async () => {
      const auth = new TokenAuth({ provider: provider() });
      const fake = fakeFetch(status(401), json({ id: 3 }));
      const send = createTransport({ fetch: fake.fetch, auth, logger: silentLogger });
      const response = await send(new Request(URL_));
      expect(await response.json()).toEqual({ id: 3 });
    });
  });
});
