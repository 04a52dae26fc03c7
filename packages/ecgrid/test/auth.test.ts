import { inspect } from "node:util";
import { AuthenticationError } from "@edi-clients/runtime";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.useRealTimers();
});

import { ECGridCore } from "../src/core/client.js";
import { Auth } from "../src/resources/auth.js";
import { Parcels } from "../src/resources/parcels.js";
import { apiError, envelope, fakeFetch, type RecordedRequest } from "./support/fake-fetch.js";

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** A fake ECGrid that issues tokens tok-1, tok-2, … and accepts only the newest one. */
function fakeServer(options: { expiresAt?: () => string; failRefresh?: boolean } = {}) {
  let issued = 0;
  let valid = "";
  const issue = () => {
    valid = `tok-${++issued}`;
    return envelope({ token: valid, expiresAt: (options.expiresAt ?? inAnHour)(), userId: 7 });
  };
  const fake = fakeFetch((r: RecordedRequest) => {
    if (r.path === "/v2/auth/login") return issue();
    if (r.path === "/v2/auth/refresh") {
      if (options.failRefresh || (r.body as { token: string }).token !== valid)
        return apiError(401, "token expired");
      return issue();
    }
    if (r.path === "/v2/auth/version") return envelope({ version: "2.6" });
    if (r.headers.get("authorization") !== `Bearer ${valid}`) return apiError(401, "invalid token");
    if (r.path === "/v2/auth/logout") {
      valid = "";
      return envelope(null);
    }
    return envelope({ parcelId: 1 });
  });
  const core = new ECGridCore({
    credentials: { login: "jsmith@example.com", password: "Sup3r$ecret!" },
    baseUrl: "https://ecgrid.test",
    fetch: fake.fetch,
    throttle: false,
  });
  const calls = (path: string) => fake.requests.filter((r) => r.path === path).length;
  return {
    core,
    parcels: new Parcels(core),
    auth: new Auth(core),
    requests: fake.requests,
    calls,
    expire: () => {
      valid = "server-side-revoked";
    },
  };
}

describe("username/password sign-in", () => {
  it("logs in once for many concurrent calls and sends the JWT as Bearer", async () => {
    const s = fakeServer();
    await Promise.all(Array.from({ length: 10 }, () => s.parcels.get(1)));
    expect(s.calls("/v2/auth/login")).toBe(1);
    expect(s.requests.find((r) => r.path === "/v2/auth/login")?.body).toEqual({
      login: "jsmith@example.com",
      password: "Sup3r$ecret!",
    });
    const sent = s.requests.filter((r) => r.path === "/v2/parcels/1");
    expect(sent.every((r) => r.headers.get("authorization") === "Bearer tok-1")).toBe(true);
    expect(sent.every((r) => !r.headers.has("x-api-key"))).toBe(true);
  });

  it("refreshes the token a minute before expiry, before sending, rotating to the new token", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const s = fakeServer();
    await s.parcels.get(1);
    vi.setSystemTime(Date.now() + 3_600_000 - 61_000);
    await s.parcels.get(1);
    expect(s.calls("/v2/auth/refresh")).toBe(0);
    vi.setSystemTime(Date.now() + 2_000);
    await s.parcels.get(1);
    vi.useRealTimers();
    expect(s.requests.map((r) => r.path)).toEqual([
      "/v2/auth/login",
      "/v2/parcels/1",
      "/v2/parcels/1",
      "/v2/auth/refresh",
      "/v2/parcels/1",
    ]);
    expect(s.requests[3]?.body).toEqual({ token: "tok-1" });
    expect(s.requests[4]?.headers.get("authorization")).toBe("Bearer tok-2");
  });

  it("on a 401 renews once (single flight) and repeats each call", async () => {
    const s = fakeServer();
    await s.parcels.get(1);
    s.expire();
    await Promise.all(Array.from({ length: 5 }, () => s.parcels.get(1)));
    // refresh with the revoked token fails, so the client signs in again — exactly once
    expect(s.calls("/v2/auth/refresh")).toBe(1);
    expect(s.calls("/v2/auth/login")).toBe(2);
    expect(s.calls("/v2/parcels/1")).toBe(1 + 5 + 5);
  });

  it("fails with AuthenticationError when the credentials are refused", async () => {
    const fake = fakeFetch(() => apiError(401, "Invalid login or password."));
    const parcels = new Parcels(
      new ECGridCore({
        credentials: { login: "a", password: "wrong" },
        baseUrl: "https://x.test",
        fetch: fake.fetch,
        throttle: false,
      }),
    );
    const error = await parcels.get(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).operation).toBe("authLogin");
    expect(fake.requests).toHaveLength(1);
  });

  it("logout revokes the session and the next call signs in again", async () => {
    const s = fakeServer();
    await s.parcels.get(1);
    await s.auth.logout();
    expect(s.core.tokens?.refreshToken).toBeUndefined();
    await s.parcels.get(1);
    expect(s.calls("/v2/auth/login")).toBe(2);
    expect(s.requests.find((r) => r.path === "/v2/auth/logout")?.headers.get("authorization")).toBe(
      "Bearer tok-1",
    );
  });

  it("sends version without credentials", async () => {
    const s = fakeServer();
    await expect(s.auth.version()).resolves.toEqual({ version: "2.6" });
    expect(s.calls("/v2/auth/login")).toBe(0);
    expect(s.requests[0]?.headers.has("authorization")).toBe(false);
  });

  it("keeps credentials out of String, JSON and inspect output", async () => {
    const s = fakeServer();
    await s.parcels.get(1);
    const shown = [
      String(s.core.tokens),
      JSON.stringify(s.core.tokens),
      inspect(s.core.tokens),
      inspect(s.core, { depth: 5 }),
    ];
    for (const text of shown) {
      expect(text).not.toContain("tok-1");
      expect(text).not.toContain("Sup3r$ecret!");
    }
  });
});

describe("a custom token provider", () => {
  it("sends its token as Bearer and asks it again after a 401", async () => {
    const issued = ["vault-token-1", "vault-token-2"];
    const obtain = vi.fn(async () => ({ accessToken: issued.shift() as string }));
    const fake = fakeFetch((r, i) =>
      i === 0
        ? apiError(401, "token revoked")
        : envelope({ parcelId: 1, seen: r.headers.get("authorization") }),
    );
    const parcels = new Parcels(
      new ECGridCore({
        tokenProvider: { obtain },
        baseUrl: "https://ecgrid.test",
        fetch: fake.fetch,
        throttle: false,
      }),
    );
    await expect(parcels.get(1)).resolves.toMatchObject({ seen: "Bearer vault-token-2" });
    expect(fake.requests.map((r) => r.headers.get("authorization"))).toEqual([
      "Bearer vault-token-1",
      "Bearer vault-token-2",
    ]);
    expect(obtain).toHaveBeenCalledTimes(2);
  });
});

describe("credentials in errors", () => {
  it("scrubs the password when the login answer echoes it", async () => {
    const fake = fakeFetch(() => apiError(401, "Invalid password Sup3r$ecret! for jsmith"));
    const parcels = new Parcels(
      new ECGridCore({
        credentials: { login: "jsmith", password: "Sup3r$ecret!" },
        baseUrl: "https://ecgrid.test",
        fetch: fake.fetch,
        throttle: false,
      }),
    );
    const error = (await parcels.get(1).catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(`${error.message} ${JSON.stringify(error.body)}`).not.toContain("Sup3r$ecret!");
  });
});
