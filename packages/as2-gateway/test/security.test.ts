// Credentials against a hostile or broken server, over real loopback sockets: error headers and
// echoed passwords never reach an error or a log line, plain http to another host is refused before
// anything is sent, and an aborted sign-in stops its authorize request instead of retrying it.
// (Redirects: redirect.test.ts.)

import { loopbackScope } from "@edi-clients/test-helpers/faults";
import { expectNoSecret, recordingLogger } from "@edi-clients/test-helpers/leaks";
import { describe, expect, it, vi } from "vitest";
import {
  ApiError,
  As2Gateway,
  type As2GatewayOptions,
  AuthenticationError,
  UserAbortError,
  ValidationError,
} from "../src/index.js";
import { sendJson, type TestServer } from "./helpers.js";

const TOKEN = "as2-token-PLANTED-0001";
const PASSWORD = "Pw-PLANTED-0002!";
const OTHER_PASSWORD = "Other-PLANTED-0003!";

const scope = loopbackScope();
const serve = scope.serve;

function client(server: TestServer, options: As2GatewayOptions = {}) {
  const { logger, lines } = recordingLogger();
  const as2 = new As2Gateway({
    baseUrl: server.url,
    throttle: false,
    logger,
    logLevel: "debug",
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...(options.credentials || options.tokenProvider ? {} : { token: TOKEN }),
    ...options,
  });
  scope.track(as2);
  return { as2, lines };
}

describe("response headers on errors", () => {
  it("are redacted in inspect and JSON, echoed tokens scrubbed, Retry-After still readable", async () => {
    const server = await serve((_req, res) =>
      sendJson(res, { message: "slow down" }, 429, {
        "retry-after": "0",
        "set-cookie": "AWSALB=cookie-PLANTED-0004; Path=/",
        "x-echo-authorization": TOKEN,
      }),
    );
    const { as2, lines } = client(server, { maxRetries: 0 });
    const error = (await as2.stations.list().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    // util.inspect used to print the raw Headers, cookie and echoed token included.
    expectNoSecret(error, [TOKEN, "cookie-PLANTED-0004"], lines);
    expect(error).toMatchObject({ status: 429, operation: "listStations" });
    expect(error.headers?.get("retry-after")).toBe("0");
    expect(JSON.parse(JSON.stringify(error)).headers).toMatchObject({
      "set-cookie": "***",
      "x-echo-authorization": "***",
    });
  });
});

describe("auth.authorize() on a client created with a token", () => {
  it("scrubs the password given to that call from its error, though the client never knew it", async () => {
    const server = await serve((req, res) =>
      sendJson(res, { message: `invalid credentials ${req.body.toString()}` }, 401),
    );
    const { as2, lines } = client(server);
    const error = await as2.auth
      .authorize({ username: "edi@acme.com", password: OTHER_PASSWORD })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).operation).toBe("authorize");
    expect((error as AuthenticationError).message).toContain('"password":"***"');
    expectNoSecret(error, [OTHER_PASSWORD, TOKEN], lines);
  });
});

describe("plain http base URLs", () => {
  it("refuses http to another host at construction, naming the option, before any request", () => {
    const fetch = vi.fn();
    const create = () => new As2Gateway({ token: TOKEN, baseUrl: "http://api.as2gateway.com", fetch });
    expect(create).toThrow(ValidationError);
    expect(create).toThrow(/^As2Gateway: baseUrl uses plain http to api\.as2gateway\.com.*allowInsecureHttp/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each(["ws://api.as2gateway.com", "api.as2gateway.com", "https://u:p@api.as2gateway.com"])(
    "refuses the base URL %j",
    (baseUrl) => {
      expect(() => new As2Gateway({ token: TOKEN, baseUrl })).toThrow(ValidationError);
    },
  );

  it("accepts https, loopback http, and other http only with allowInsecureHttp: true", () => {
    expect(() => new As2Gateway({ token: TOKEN, throttle: false })).not.toThrow();
    expect(
      () => new As2Gateway({ token: TOKEN, baseUrl: "http://[::1]:4010", throttle: false }),
    ).not.toThrow();
    expect(
      () =>
        new As2Gateway({
          token: TOKEN,
          baseUrl: "http://as2.internal",
          allowInsecureHttp: true,
          throttle: false,
        }),
    ).not.toThrow();
  });
});

describe("aborting during sign-in", () => {
  it("stops the authorize request at once: one request, its connection closed, no retries after", async () => {
    const closed: number[] = [];
    const server = await serve((_req, res) => {
      res.on("close", () => closed.push(Date.now()));
      // …never answers.
    });
    const { as2, lines } = client(server, {
      credentials: { username: "edi@acme.com", password: PASSWORD },
      // Short attempts: a sign-in left running would time out and retry within the test.
      timeoutMs: 200,
    });
    const caller = new AbortController();
    const started = Date.now();
    const call = as2.stations.list({}, { signal: caller.signal });
    setTimeout(() => caller.abort(new Error("shutting down")), 100);
    const error = await Promise.resolve(call).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(Date.now() - started).toBeLessThan(1_000);
    await vi.waitFor(() => expect(closed).toHaveLength(1), { timeout: 1_000 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(server.received.map((r) => r.url)).toEqual(["/v1/authorize"]);
    expectNoSecret(error, [PASSWORD], lines);
  });
});
