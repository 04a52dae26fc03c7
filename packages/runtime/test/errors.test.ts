import { inspect } from "node:util";
import { expectNoSecret } from "@edi-clients/test-helpers/leaks";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  apiErrorFor,
  BadRequestError,
  ConflictError,
  ConnectionError,
  EdiClientError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  parseRetryAfterMs,
  RateLimitError,
  RedirectError,
  ResponseParseError,
  ServiceUnavailableError,
  TimeoutError,
  UnprocessableEntityError,
  UserAbortError,
  ValidationError,
} from "../src/errors.ts";

describe("apiErrorFor", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, ServiceUnavailableError],
    [504, InternalServerError],
    [599, InternalServerError],
  ] as const)("maps %i to %s", (status, Ctor) => {
    const error = apiErrorFor({ status, message: "m" });
    expect(error).toBeInstanceOf(Ctor);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(EdiClientError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(Ctor.name);
    expect(error.status).toBe(status);
  });

  it.each([405, 408, 410, 418, 451])("uses the plain ApiError for an unmapped client status %i", (status) => {
    const error = apiErrorFor({ status, message: "m" });
    expect(error.constructor).toBe(ApiError);
    expect(error.name).toBe("ApiError");
  });

  it("carries status, message, detail, traceId, errorInfo, operation, headers and body", () => {
    const headers = new Headers({ "x-trace": "1" });
    const body = { Message: "bad", ErrorInfo: { code: 7 } };
    const error = apiErrorFor({
      status: 404,
      operation: "getMailbox",
      message: "Not Found",
      detail: "mailbox 12 does not exist",
      traceId: "trace-42",
      errorInfo: { code: 7 },
      headers,
      body,
    });
    expect(error.message).toBe("getMailbox: 404 Not Found — mailbox 12 does not exist (traceId trace-42)");
    expect(error.operation).toBe("getMailbox");
    expect(error.detail).toBe("mailbox 12 does not exist");
    expect(error.traceId).toBe("trace-42");
    expect(error.errorInfo).toEqual({ code: 7 });
    expect(error.headers?.get("x-trace")).toBe("1");
    expect(error.body).toEqual(body);
  });

  it("normalises absent optional fields to null and leaves them out of the message", () => {
    const error = apiErrorFor({ status: 400, message: "Bad Request", detail: null, traceId: undefined });
    expect(error.message).toBe("400 Bad Request");
    expect(error.detail).toBeNull();
    expect(error.traceId).toBeNull();
    expect(error.errorInfo).toBeNull();
    expect(error.operation).toBeUndefined();
    expect(error.headers).toBeUndefined();
  });
});

describe("RateLimitError.retryAfterMs", () => {
  it("reads the server's hint from the headers", () => {
    const error = apiErrorFor({
      status: 429,
      message: "Too Many",
      headers: new Headers({ "retry-after": "7" }),
    });
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(7_000);
  });

  it("is undefined without headers or without a hint", () => {
    expect(new RateLimitError({ status: 429, message: "x" }).retryAfterMs).toBeUndefined();
    expect(
      new RateLimitError({ status: 429, message: "x", headers: new Headers() }).retryAfterMs,
    ).toBeUndefined();
  });
});

describe("other error classes", () => {
  it("keep their names, operation and cause", () => {
    const cause = new Error("root");
    const cases: [EdiClientError, string][] = [
      [new EdiClientError("a"), "EdiClientError"],
      [new ValidationError("b", { operation: "op" }), "ValidationError"],
      [new ConnectionError("c", { cause }), "ConnectionError"],
      [new TimeoutError("d", { cause }), "TimeoutError"],
      [new UserAbortError("e"), "UserAbortError"],
      [new ResponseParseError({ status: 200, message: "f" }), "ResponseParseError"],
    ];
    for (const [error, name] of cases) {
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf(EdiClientError);
    }
    expect(new ValidationError("b", { operation: "op" }).operation).toBe("op");
    expect(new ConnectionError("c", { cause }).cause).toBe(cause);
    expect(new EdiClientError("a").cause).toBeUndefined();
    expect("cause" in new EdiClientError("a")).toBe(false);
  });

  it("make a timeout a kind of connection error, and a parse error a kind of API error", () => {
    expect(new TimeoutError("t")).toBeInstanceOf(ConnectionError);
    expect(new ResponseParseError({ status: 200, message: "p" })).toBeInstanceOf(ApiError);
    expect(new UserAbortError("u")).not.toBeInstanceOf(ConnectionError);
  });
});

describe("parseRetryAfterMs", () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);
  const parse = (init: Record<string, string>) => parseRetryAfterMs(new Headers(init), now);

  it("reads Retry-After as seconds, fractions included", () => {
    expect(parse({ "retry-after": "3" })).toBe(3_000);
    expect(parse({ "retry-after": " 0 " })).toBe(0);
    expect(parse({ "retry-after": "1.5" })).toBe(1_500);
  });

  it("reads Retry-After as an HTTP date relative to now, never negative", () => {
    expect(parse({ "retry-after": new Date(now + 7_000).toUTCString() })).toBe(7_000);
    expect(parse({ "retry-after": new Date(now - 60_000).toUTCString() })).toBe(0);
  });

  it("prefers retry-after-ms, clamps it at 0, and ignores it when unparseable", () => {
    expect(parse({ "retry-after-ms": "1500", "retry-after": "9" })).toBe(1_500);
    expect(parse({ "retry-after-ms": "-20" })).toBe(0);
    expect(parse({ "retry-after-ms": "soon", "retry-after": "2" })).toBe(2_000);
    expect(parse({ "retry-after-ms": " ", "retry-after": "2" })).toBe(2_000);
  });

  it("is undefined when absent, blank or unparseable", () => {
    expect(parse({})).toBeUndefined();
    expect(parse({ "retry-after": "  " })).toBeUndefined();
    expect(parse({ "retry-after": "later, please" })).toBeUndefined();
  });

  it("uses the current time by default", () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const ms = parseRetryAfterMs(new Headers({ "retry-after": inTenSeconds }));
    expect(ms).toBeGreaterThan(8_000);
    expect(ms).toBeLessThanOrEqual(10_000);
  });
});

describe("credentials never shown by an ApiError", () => {
  const KEY = "key-planted-0001";
  const TOKEN = "tok-planted-0002";
  const PASSWORD = "Pw-planted-0003!";
  const planted = () =>
    apiErrorFor({
      status: 429,
      operation: "parcelsUpload",
      message: `rejected key ${KEY}`,
      detail: `token ${TOKEN} password ${PASSWORD}`,
      traceId: `trace-${TOKEN}`,
      errorInfo: { echoed: [PASSWORD], [KEY]: 1 },
      headers: new Headers({
        "retry-after": "2",
        "set-cookie": "session=abc123secret",
        "x-api-key": KEY,
        "www-authenticate": `Bearer error="invalid_token" token=${TOKEN}`,
      }),
      body: { message: `rejected key ${KEY}`, nested: { list: [TOKEN, PASSWORD] } },
      secrets: [KEY, TOKEN, PASSWORD],
    });

  it("scrubs the given secrets from message, stack, fields, body and header values", () => {
    const error = planted();
    const headers = [JSON.stringify([...(error.headers?.entries() ?? [])]), inspect(error.headers)];
    expectNoSecret(error, [KEY, TOKEN, PASSWORD, "abc123secret"], headers);
    expect(error.message).toBe(
      "parcelsUpload: 429 rejected key *** — token *** password *** (traceId trace-***)",
    );
  });

  it("redacts credential headers in inspect and JSON, and keeps the others readable", () => {
    const error = planted() as RateLimitError;
    expect(error.headers?.get("retry-after")).toBe("2");
    expect(error.retryAfterMs).toBe(2000);
    expect(error.headers?.get("set-cookie")).toBe("***");
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toMatchObject({
      name: "RateLimitError",
      status: 429,
      operation: "parcelsUpload",
      traceId: "trace-***",
      headers: { "retry-after": "2", "set-cookie": "***", "x-api-key": "***" },
      body: { message: "rejected key ***", nested: { list: ["***", "***"] } },
    });
    const shown = inspect(error);
    expect(shown).toContain("RateLimitError");
    expect(shown).toContain("'retry-after': '2'");
    expect(shown).toContain("status: 429");
  });

  it("redacts credential headers even when no secrets were given", () => {
    const error = apiErrorFor({
      status: 500,
      message: "boom",
      headers: new Headers({ authorization: "Bearer raw-token-1234", "set-cookie": "s=raw-cookie" }),
    });
    for (const text of [inspect(error), JSON.stringify(error), inspect(error.headers)]) {
      expect(text).not.toContain("raw-token-1234");
      expect(text).not.toContain("raw-cookie");
    }
    expect(inspect(error, { depth: -1 })).not.toContain("{");
    expect(JSON.stringify(apiErrorFor({ status: 400, message: "m" }))).not.toContain("headers");
  });
});

describe("RedirectError", () => {
  it("is an EdiClientError carrying the operation and the refused Location", () => {
    const error = new RedirectError("refused", { operation: "op", location: "https://x.test/" });
    expect(error).toBeInstanceOf(EdiClientError);
    expect(error.name).toBe("RedirectError");
    expect(error.operation).toBe("op");
    expect(error.location).toBe("https://x.test/");
    expect(new RedirectError("r").location).toBeUndefined();
  });
});
