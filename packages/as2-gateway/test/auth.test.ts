// Token handling: POST /v1/authorize, the bare token in Authorization, renewal before expiry and
// once on 401 (single flight), a ready token, and no credential in errors, logs or inspect output.
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  As2Gateway,
  AuthenticationError,
  type IssuedToken,
  NotFoundError,
  Secret,
  ValidationError,
} from "../src/index.js";
import { fakeClient, json, type RecordedRequest } from "./helpers.js";

const credentials = { username: "edi-ops@acme-corp.com", password: "pazzword-42" };
const partners = (request: RecordedRequest) =>
  request.url.pathname === "/v1/partner" ? json([]) : undefined;

/** A server issuing tok-1, tok-2, … with the given lifetime, and accepting only the newest token. */
function tokenServer(lifetimeMs = 24 * 3600_000) {
  let issued = 0;
  return (request: RecordedRequest) => {
    if (request.url.pathname === "/v1/authorize") {
      issued++;
      return json({ token: `tok-${issued}`, expiry: Date.now() + lifetimeMs });
    }
    if (request.headers.get("authorization") !== `tok-${issued}`)
      return json({ message: "Unauthorized" }, 401);
    return partners(request) ?? json({ message: "nope" }, 404);
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("signing in with credentials", () => {
  it("authorizes once with username/password and sends the token without a scheme", async () => {
    const { client, calls } = fakeClient(tokenServer(), { token: undefined, credentials });
    await client.partners.list();
    await client.stations.list().catch(() => undefined);
    const [login, first] = calls;
    expect(login?.url.pathname).toBe("/v1/authorize");
    expect(JSON.parse(login?.text ?? "")).toEqual(credentials);
    expect(login?.headers.get("authorization")).toBeNull();
    expect(first?.headers.get("authorization")).toBe("tok-1");
    expect(calls.filter((c) => c.url.pathname === "/v1/authorize")).toHaveLength(1);
  });

  it("renews once for many concurrent calls (single flight)", async () => {
    const { client, calls } = fakeClient(tokenServer(), { token: undefined, credentials });
    await Promise.all(Array.from({ length: 8 }, () => client.partners.list()));
    expect(calls.filter((c) => c.url.pathname === "/v1/authorize")).toHaveLength(1);
    expect(calls.filter((c) => c.url.pathname === "/v1/partner")).toHaveLength(8);
  });

  it("renews before the returned expiry (epoch ms), not after", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_718_000_000_000);
    const { client, calls } = fakeClient(tokenServer(10 * 60_000), { token: undefined, credentials });
    const logins = () => calls.filter((c) => c.url.pathname === "/v1/authorize").length;
    await client.partners.list();
    vi.setSystemTime(1_718_000_000_000 + 8 * 60_000); // 2 min before expiry: still fine
    await client.partners.list();
    expect(logins()).toBe(1);
    vi.setSystemTime(1_718_000_000_000 + 9 * 60_000 + 1); // inside the 60 s skew
    await client.partners.list();
    expect(logins()).toBe(2);
    expect(calls.at(-1)?.headers.get("authorization")).toBe("tok-2");
  });

  it("renews once on a 401 and repeats the call with the new token", async () => {
    let revoked = false;
    const server = tokenServer();
    const { client, calls } = fakeClient(
      (request, i) => {
        // The first token is revoked server-side after one use.
        if (request.headers.get("authorization") === "tok-1" && revoked)
          return json({ message: "Unauthorized" }, 401);
        if (request.url.pathname === "/v1/partner") revoked = true;
        return server(request) ?? json({}, 500 + i);
      },
      { token: undefined, credentials },
    );
    await client.partners.list();
    await client.partners.list();
    expect(calls.map((c) => `${c.url.pathname} ${c.headers.get("authorization")}`)).toEqual([
      "/v1/authorize null",
      "/v1/partner tok-1",
      "/v1/partner tok-1",
      "/v1/authorize null",
      "/v1/partner tok-2",
    ]);
  });

  it("gives up with AuthenticationError when the renewed token is refused too", async () => {
    const { client, calls } = fakeClient(
      (request) =>
        request.url.pathname === "/v1/authorize"
          ? json({ token: "tok", expiry: Date.now() + 3600_000 })
          : json({ message: "Unauthorized" }, 401),
      { token: undefined, credentials },
    );
    await expect(client.partners.list()).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls.map((c) => c.url.pathname)).toEqual([
      "/v1/authorize",
      "/v1/partner",
      "/v1/authorize",
      "/v1/partner",
    ]);
  });

  it("reports bad credentials without the password, even when the server echoes it", async () => {
    const { client } = fakeClient(
      () => json({ message: `Invalid username or password (${credentials.password})` }, 401),
      {
        token: undefined,
        credentials: { username: credentials.username, password: new Secret(credentials.password) },
      },
    );
    const error = await client.partners.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toBe("authorize: 401 Invalid username or password (***)");
    expect(inspect(error)).not.toContain(credentials.password);
  });

  it("scrubs the current token from error texts", async () => {
    const { client } = fakeClient(
      (request) =>
        request.url.pathname === "/v1/authorize"
          ? json({ token: "tok-very-secret", expiry: Date.now() + 3600_000 })
          : json({ message: `No message for token ${request.headers.get("authorization")}` }, 404),
      { token: undefined, credentials },
    );
    const error = await client.sent.get("<a@b>").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe("getSentMessage: 404 No message for token ***");
  });

  it("auth.token() gives the token in use and auth.clear() forces a new sign-in", async () => {
    const { client, calls } = fakeClient(tokenServer(), { token: undefined, credentials });
    expect(await client.auth.token()).toBe("tok-1");
    client.auth.clear();
    await client.partners.list();
    expect(calls.filter((c) => c.url.pathname === "/v1/authorize")).toHaveLength(2);
    expect(calls.at(-1)?.headers.get("authorization")).toBe("tok-2");
  });

  it("auth.authorize() exchanges credentials without storing the token, and checks them first", async () => {
    const { client, calls } = fakeClient(tokenServer());
    expect((await client.auth.authorize(credentials)).token).toBe("tok-1");
    expect(calls[0]?.headers.get("authorization")).toBeNull();
    // Rejected, never thrown at the call site.
    let result: unknown;
    expect(() => {
      result = client.auth.authorize({ username: "", password: "x" });
    }).not.toThrow();
    await expect(result).rejects.toBeInstanceOf(ValidationError);
    await expect(client.auth.authorize({ username: "a@b", password: new Secret("") })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(client.auth.authorize({ username: "a@b", password: 5 } as never)).rejects.toThrow(
      "authorize: username and password must be non-empty strings",
    );
    await expect(client.auth.authorize(null as never)).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(1);
  });
});

describe("a ready token or a token provider", () => {
  it("sends a ready token as-is and does not try to renew it on 401", async () => {
    const { client, calls } = fakeClient(() => json({ message: "Unauthorized" }, 401), {
      token: "ready-token",
    });
    await expect(client.partners.list()).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls.map((c) => c.headers.get("authorization"))).toEqual(["ready-token"]);
    expect(await client.auth.token()).toBeUndefined();
  });

  it("uses a custom token provider the same way (bare token, renewal on 401)", async () => {
    let n = 0;
    const provider = { obtain: vi.fn(async (): Promise<IssuedToken> => ({ accessToken: `vault-${++n}` })) };
    const { client, calls } = fakeClient(
      (request) =>
        request.headers.get("authorization") === "vault-2"
          ? json([])
          : json({ message: "Unauthorized" }, 401),
      { token: undefined, tokenProvider: provider },
    );
    await client.partners.list();
    expect(provider.obtain).toHaveBeenCalledTimes(2);
    expect(calls.map((c) => c.headers.get("authorization"))).toEqual(["vault-1", "vault-2"]);
  });
});

describe("configuration and secrecy", () => {
  it("needs exactly one way to authenticate, with non-empty values", () => {
    expect(() => new As2Gateway()).toThrow(/needs one of credentials, token or tokenProvider/);
    expect(() => new As2Gateway({ token: "a", credentials })).toThrow(/only one of/);
    expect(() => new As2Gateway({ token: " " })).toThrow(ValidationError);
    expect(() => new As2Gateway({ credentials: { username: "", password: "x" } })).toThrow(/username/);
    expect(() => new As2Gateway({ credentials: { username: "a@b", password: "" } })).toThrow(/password/);
  });

  it("shows no credential in toString, JSON or util.inspect of the client and its parts", async () => {
    const { client } = fakeClient(tokenServer(), { token: undefined, credentials });
    await client.partners.list();
    const views = [
      String(client),
      JSON.stringify(client),
      inspect(client, { depth: 10, showHidden: true }),
      inspect(client.core, { depth: 10 }),
      JSON.stringify(client.core),
      String(client.core),
      inspect(client.received),
      inspect(client.core.tokens),
      JSON.stringify({ nested: client }),
    ];
    for (const view of views) {
      expect(view).not.toContain(credentials.password);
      expect(view).not.toContain("tok-1");
    }
    expect(String(client)).toBe("As2Gateway(***)");
    expect(inspect(client.received)).toBe("ReceivedMessages(***)");
  });

  it("redacts Authorization in debug logs", async () => {
    const lines: unknown[] = [];
    const logger = { error() {}, warn() {}, info() {}, debug: (...args: unknown[]) => lines.push(args) };
    const { client } = fakeClient(tokenServer(), { token: undefined, credentials, logger });
    await client.partners.list();
    const text = JSON.stringify(lines);
    expect(text).toContain('"authorization":"***"');
    expect(text).not.toContain("tok-1");
    expect(text).not.toContain(credentials.password);
  });
});
