// Credentials against a hostile or broken server, over real loopback sockets: echoed secrets never
// reach an error (message, stack, JSON, inspect) or a log line, redirects never carry the API key or
// the password elsewhere, plain http to another host is refused before anything is sent, and an
// aborted sign-in stops its login request instead of retrying it in the background.
import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  EdiClientError,
  RedirectError,
  UserAbortError,
  ValidationError,
} from "@edi-clients/runtime";
import { loopbackScope } from "@edi-clients/test-helpers/faults";
import { expectNoSecret, recordingLogger } from "@edi-clients/test-helpers/leaks";
import type { TestServer } from "@edi-clients/test-helpers/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ECGrid, type ECGridOptions } from "../src/index.js";

const KEY = "ecg-key-PLANTED-0001";
const PASSWORD = "Pw-PLANTED-0002!";
const TOKEN = "jwt-PLANTED-0003";
const NEW_PASSWORD = "NewPw-PLANTED-0004!";
const RECOVERY = "Recovery-PLANTED-0005";

const { serve } = loopbackScope();
afterEach(() => {
  vi.useRealTimers();
});

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** ECGrid's failure envelope, on whatever HTTP status. */
const failure = (message: string, extra: Record<string, unknown> = {}) => ({
  httpStatus: 400,
  success: false,
  message,
  detail: null,
  traceId: "trace-leak",
  ...extra,
});

const ok = (data: unknown) => ({ httpStatus: 200, success: true, message: "", traceId: "t", data });
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

function client(server: TestServer, options: ECGridOptions = {}) {
  const { logger, lines } = recordingLogger();
  const ecgrid = new ECGrid({
    baseUrl: server.url,
    throttle: false,
    logger,
    logLevel: "debug",
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...(options.credentials || options.tokenProvider ? {} : { apiKey: KEY }),
    ...options,
  });
  return { ecgrid, lines };
}

describe("success:false on HTTP 200 echoing a credential", () => {
  it("scrubs the API key from message, detail, body, JSON, inspect, stack and logs", async () => {
    const server = await serve((_req, res) =>
      send(
        res,
        200,
        failure(`API key ${KEY} is not allowed here`, {
          httpStatus: 403,
          detail: `key=${KEY}`,
          errorInfo: { echoed: { key: KEY } },
        }),
      ),
    );
    const { ecgrid, lines } = client(server);
    const error = await ecgrid.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, traceId: "trace-leak", operation: "usersGetMe" });
    expect((error as ApiError).message).toBe(
      "usersGetMe: 403 API key *** is not allowed here — key=*** (traceId trace-leak)",
    );
    expect((error as ApiError).body).toMatchObject({ errorInfo: { echoed: { key: "***" } } });
    expectNoSecret(error, [KEY], lines);
  });

  it("scrubs the sign-in password and the token a signed-in client uses", async () => {
    const server = await serve((req, res) => {
      if (req.url === "/v2/auth/login") return send(res, 200, ok({ token: TOKEN, expiresAt: inAnHour() }));
      send(res, 200, failure(`session ${TOKEN} of user with password ${PASSWORD} is locked`));
    });
    const { ecgrid, lines } = client(server, { credentials: { login: "jsmith", password: PASSWORD } });
    const error = await ecgrid.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).message).toBe(
      "usersGetMe: 400 session *** of user with password *** is locked (traceId trace-leak)",
    );
    expectNoSecret(error, [TOKEN, PASSWORD], lines);
  });
});

describe("a refresh after a 401 that echoes the token it was given", () => {
  it("still scrubs the old token (the 401 retired it before the refresh answered)", async () => {
    const server = await serve((req, res) => {
      if (req.url === "/v2/auth/login") return send(res, 200, ok({ token: TOKEN, expiresAt: inAnHour() }));
      if (req.url === "/v2/auth/refresh") {
        const { token } = JSON.parse(req.body.toString()) as { token: string };
        return send(res, 200, failure(`token ${token} is malformed`));
      }
      send(res, 401, failure("token revoked", { httpStatus: 401 }));
    });
    const { ecgrid, lines } = client(server, { credentials: { login: "jsmith", password: PASSWORD } });
    const error = await ecgrid.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as ApiError).operation).toBe("authRefreshToken");
    expect((error as ApiError).message).toContain("token *** is malformed");
    expect(server.received.map((r) => r.url)).toEqual(["/v2/auth/login", "/v2/users/me", "/v2/auth/refresh"]);
    expectNoSecret(error, [TOKEN, PASSWORD], lines);
  });

  it("still scrubs it when the refresh is refused and the new sign-in fails echoing it", async () => {
    let logins = 0;
    const server = await serve((req, res) => {
      if (req.url === "/v2/auth/login") {
        if (++logins === 1) return send(res, 200, ok({ token: TOKEN, expiresAt: inAnHour() }));
        return send(res, 403, failure(`account locked; last token ${TOKEN}`, { httpStatus: 403 }));
      }
      if (req.url === "/v2/auth/refresh")
        return send(res, 401, failure(`${TOKEN} expired`, { httpStatus: 401 }));
      send(res, 401, failure("token revoked", { httpStatus: 401 }));
    });
    const { ecgrid, lines } = client(server, { credentials: { login: "jsmith", password: PASSWORD } });
    const error = await ecgrid.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).operation).toBe("authLogin");
    expect((error as ApiError).status).toBe(403);
    expectNoSecret(error, [TOKEN, PASSWORD], lines);
  });
});

describe("response headers on errors", () => {
  it("are redacted in inspect and JSON, echoed secrets scrubbed, and Retry-After still readable", async () => {
    const server = await serve((_req, res) =>
      send(res, 429, failure("slow down", { httpStatus: 429 }), {
        "retry-after": "0",
        "set-cookie": "session=cookie-PLANTED-0005; HttpOnly",
        "x-api-key": KEY,
        "x-echo": `you sent ${KEY}`,
      }),
    );
    const { ecgrid, lines } = client(server, { maxRetries: 0 });
    const error = (await ecgrid.users.me().catch((e: unknown) => e)) as ApiError;
    // util.inspect used to print the raw Headers, cookie and echoed key included.
    expectNoSecret(error, [KEY, "cookie-PLANTED-0005"], lines);
    expect(error.status).toBe(429);
    expect(error.headers?.get("retry-after")).toBe("0");
    expect(error.headers?.get("x-echo")).toBe("you sent ***");
    expect(JSON.parse(JSON.stringify(error)).headers).toMatchObject({
      "set-cookie": "***",
      "x-api-key": "***",
      "retry-after": "0",
    });
    expect(inspect(error.headers)).not.toContain("cookie-PLANTED-0005");
  });
});

describe("passwords given to one call", () => {
  const echoing = () =>
    serve((req, res) => {
      const body = req.body.toString();
      // A server that quotes the request back in its failure, on 200 (envelope) and as an HTTP error.
      if (req.url?.includes("password") || req.url === "/v2/users")
        return send(res, 400, failure(`bad request ${body}`));
      send(res, 200, failure(`could not apply ${body}`));
    });

  const cases: [string, (e: ECGrid) => PromiseLike<unknown>, string[]][] = [
    [
      "auth.changePassword (old and new password)",
      (e) => e.auth.changePassword({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
      [PASSWORD, NEW_PASSWORD],
    ],
    [
      "users.updatePassword",
      (e) => e.users.updatePassword({ userId: 7, newPassword: NEW_PASSWORD }),
      [NEW_PASSWORD],
    ],
    [
      "users.create",
      (e) => e.users.create({ login: "new.user", password: NEW_PASSWORD, email: "n@example.com" }),
      [NEW_PASSWORD],
    ],
    [
      "callbacks.create",
      (e) =>
        e.callbacks.create({
          url: "https://hooks.example.com/ecgrid",
          event: "Parcel",
          httpAuthType: "Basic",
          username: "hook",
          password: NEW_PASSWORD,
        }),
      [NEW_PASSWORD],
    ],
    [
      "callbacks.update",
      (e) => e.callbacks.update({ callbackId: 3, password: NEW_PASSWORD }),
      [NEW_PASSWORD],
    ],
    [
      "users.create (password and recovery answer)",
      (e) =>
        e.users.create({
          login: "new.user",
          password: NEW_PASSWORD,
          email: "n@example.com",
          recoveryAnswer: RECOVERY,
        }),
      [NEW_PASSWORD, RECOVERY],
    ],
    [
      "users.updatePassword (new password and recovery answers)",
      (e) =>
        e.users.updatePassword({
          userId: 7,
          newPassword: NEW_PASSWORD,
          currentRecoveryAnswer: RECOVERY,
          recoveryAnswer: `${RECOVERY}-new`,
        }),
      [NEW_PASSWORD, RECOVERY, `${RECOVERY}-new`],
    ],
    [
      "comms.create (HTTP password)",
      (e) =>
        e.comms.create({ mailboxId: 5, commType: "as2", identifier: "ACME-AS2", httpPassword: NEW_PASSWORD }),
      [NEW_PASSWORD],
    ],
    [
      "comms.update (HTTP password)",
      (e) => e.comms.update({ commId: 5, httpPassword: NEW_PASSWORD }),
      [NEW_PASSWORD],
    ],
    [
      "certificates.addPrivate",
      (e) =>
        e.certificates.addPrivate({ commId: 5, certType: "X509", cert: "TUlJQw==", password: NEW_PASSWORD }),
      [NEW_PASSWORD],
    ],
  ];

  it.each(cases)("%s: scrubbed from that call's error", async (_name, run, secrets) => {
    const server = await echoing();
    const { ecgrid, lines } = client(server);
    const error = await Promise.resolve(run(ecgrid)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain("***");
    expectNoSecret(error, [...secrets, KEY], lines);
  });
});

describe("redirects", () => {
  /** Where a redirect points: records whatever reaches it. */
  const elsewhere = () => serve((_req, res) => send(res, 200, ok({ stolen: true })));

  it.each([302, 307])(
    "refuses a cross-origin %i: the other server never sees the API key",
    async (status) => {
      const other = await elsewhere();
      const api = await serve((req, res) => {
        res.writeHead(status, { location: `${other.url}${req.url}` });
        res.end();
      });
      const { ecgrid, lines } = client(api);
      const error = await ecgrid.users.me().catch((e: unknown) => e);
      // Before anything else: nothing (no X-API-Key) reached the other origin.
      expect(other.received).toHaveLength(0);
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toBeInstanceOf(EdiClientError);
      expect((error as RedirectError).operation).toBe("usersGetMe");
      expect((error as RedirectError).message).toMatch(
        new RegExp(
          `^usersGetMe: refusing to follow a ${status} redirect from http://127\\.0\\.0\\.1:\\d+ to`,
        ),
      );
      expect((error as RedirectError).location).toBe(`${other.url}/v2/users/me`);
      expect(api.received).toHaveLength(1);
      expectNoSecret(error, [KEY], lines);
    },
  );

  it("refuses a 307 on login: the password is not posted to the other server", async () => {
    const other = await elsewhere();
    const api = await serve((req, res) => {
      res.writeHead(307, { location: `${other.url}${req.url}` });
      res.end();
    });
    const { ecgrid, lines } = client(api, { credentials: { login: "jsmith", password: PASSWORD } });
    const error = await ecgrid.users.me().catch((e: unknown) => e);
    // Before anything else: the password was not re-posted to the other origin.
    expect(other.received).toHaveLength(0);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).operation).toBe("authLogin");
    expect(api.received.map((r) => r.url)).toEqual(["/v2/auth/login"]);
    expectNoSecret(error, [PASSWORD], lines);
  });
});

describe("the one redirect that is followed", () => {
  it("is an http → https upgrade of the same host: method, key and body re-sent there", async () => {
    const seen: string[] = [];
    const fetch = async (request: Request) => {
      seen.push(
        `${request.method} ${request.url} ${request.headers.get("x-api-key")} ${await request.text()}`,
      );
      return request.url.startsWith("http:")
        ? new Response(null, { status: 307, headers: { location: request.url.replace("http:", "https:") } })
        : Response.json(ok([]));
    };
    const ecgrid = new ECGrid({
      apiKey: KEY,
      baseUrl: "http://localhost",
      fetch,
      throttle: { limit: 5 },
    });
    await expect(ecgrid.users.list({ pageNo: 1 })).resolves.toEqual([]);
    expect(seen).toEqual([
      `POST http://localhost/v2/users/list ${KEY} {"pageNo":1}`,
      `POST https://localhost/v2/users/list ${KEY} {"pageNo":1}`,
    ]);
  });
});

describe("plain http base URLs", () => {
  it("refuses http to another host at construction, naming the option, before any request", () => {
    const fetch = vi.fn();
    const create = () => new ECGrid({ apiKey: KEY, baseUrl: "http://rest.ecgrid.io", fetch });
    expect(create).toThrow(ValidationError);
    expect(create).toThrow(/^ECGrid: baseUrl uses plain http to rest\.ecgrid\.io.*allowInsecureHttp: true/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each(["ftp://rest.ecgrid.io", "rest.ecgrid.io", "https://user:pw@rest.ecgrid.io"])(
    "refuses the base URL %j",
    (baseUrl) => {
      expect(() => new ECGrid({ apiKey: KEY, baseUrl })).toThrow(ValidationError);
    },
  );

  it("accepts https, loopback http, and other http only with allowInsecureHttp: true", async () => {
    expect(() => new ECGrid({ apiKey: KEY })).not.toThrow();
    expect(() => new ECGrid({ apiKey: KEY, baseUrl: "http://localhost:4010" })).not.toThrow();
    const fetch = vi.fn(async () => Response.json(ok({ userId: 1 })));
    const ecgrid = new ECGrid({
      apiKey: KEY,
      baseUrl: "http://ecgrid.internal",
      allowInsecureHttp: true,
      fetch,
      throttle: false,
    });
    await expect(ecgrid.users.me()).resolves.toEqual({ userId: 1 });
  });
});

describe("aborting during sign-in", () => {
  /** A login endpoint that answers only after `delayMs` (never, by default); records when each answer's connection closed. */
  async function slowLogin(delayMs = Number.POSITIVE_INFINITY) {
    const closed: number[] = [];
    const server = await serve((req, res) => {
      res.on("close", () => closed.push(Date.now()));
      if (req.url !== "/v2/auth/login") return send(res, 200, ok({ userId: 7 }));
      if (Number.isFinite(delayMs)) {
        setTimeout(() => send(res, 200, ok({ token: TOKEN, expiresAt: inAnHour() })), delayMs);
      }
    });
    return { server, closed, logins: () => server.received.filter((r) => r.url === "/v2/auth/login").length };
  }

  it("stops the login request at once: one request, its connection closed, no retries after", async () => {
    const login = await slowLogin();
    const { ecgrid } = client(login.server, {
      credentials: { login: "jsmith", password: PASSWORD },
      // Short attempts: a sign-in left running would time out and retry within the test.
      timeoutMs: 200,
    });
    const caller = new AbortController();
    const started = Date.now();
    const call = ecgrid.users.me({ signal: caller.signal });
    setTimeout(() => caller.abort(new Error("shutting down")), 100);
    const error = await Promise.resolve(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
    await vi.waitFor(() => expect(login.closed).toHaveLength(1), { timeout: 1_000 });
    expect((login.closed[0] ?? Number.POSITIVE_INFINITY) - started).toBeLessThan(1_000);
    // Longer than an attempt's timeout plus backoff: a login still running would have retried by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(login.logins()).toBe(1);
    expectNoSecret(error, [PASSWORD]);
  });

  it("keeps a sign-in shared by two calls going when only one of them aborts", async () => {
    const login = await slowLogin(300);
    const { ecgrid } = client(login.server, { credentials: { login: "jsmith", password: PASSWORD } });
    const impatient = new AbortController();
    const first = Promise.resolve(ecgrid.users.me({ signal: impatient.signal })).catch((e: unknown) => e);
    const second = ecgrid.users.me();
    setTimeout(() => impatient.abort(new Error("gave up")), 50);
    expect(await first).toBeInstanceOf(UserAbortError);
    await expect(second).resolves.toEqual({ userId: 7 });
    expect(login.logins()).toBe(1);
  });
});

describe("typed errors throughout", () => {
  it("a refused sign-in is an AuthenticationError with operation and traceId, the password scrubbed", async () => {
    const server = await serve((_req, res) =>
      send(
        res,
        401,
        failure(`login jsmith / ${PASSWORD} refused`, { httpStatus: 401, traceId: "trace-401" }),
      ),
    );
    const { ecgrid, lines } = client(server, { credentials: { login: "jsmith", password: PASSWORD } });
    const error = await ecgrid.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, traceId: "trace-401", operation: "authLogin" });
    expectNoSecret(error, [PASSWORD], lines);
  });
});
