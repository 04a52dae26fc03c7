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
    expect(error.headers).toBe(headers);
    expect(error.body).toBe(body);
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
