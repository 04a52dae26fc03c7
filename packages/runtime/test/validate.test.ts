import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors.ts";
import {
  allOptional,
  arrayOf,
  boolean,
  checkCallOptions,
  checkClientOptions,
  checkFields,
  checkInput,
  checkValue,
  describeValue,
  INT32_MAX,
  INT64_MAX,
  integer,
  MAX_TIMER_MS,
  oneOf,
  optional,
  string,
} from "../src/validate.ts";

function messageOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error("expected a ValidationError");
}

describe("checkValue", () => {
  it.each([
    [-1, "parcelId must be a positive integer, got -1"],
    [0, "parcelId must be a positive integer, got 0"],
    [Number.NaN, "parcelId must be a positive integer, got NaN"],
    [1.5, "parcelId must be a positive integer, got 1.5"],
    [Number.POSITIVE_INFINITY, "parcelId must be a positive integer, got Infinity"],
    ["abc", 'parcelId must be a positive integer, got "abc"'],
    ["12", 'parcelId must be a positive integer, got "12"'],
    [null, "parcelId must be a positive integer, got null"],
    [undefined, "parcelId must be a positive integer, got undefined"],
    [12n, "parcelId must be a positive integer, got 12n"],
    [{}, "parcelId must be a positive integer, got an object"],
    [[1], "parcelId must be a positive integer, got an array"],
    [INT64_MAX + 2, `parcelId must be an integer from 1 to ${INT64_MAX}, got ${INT64_MAX + 2}`],
  ])("rejects id %s naming the parameter and the limit", (value, message) => {
    expect(messageOf(() => checkValue("parcelId", value, integer(1, INT64_MAX), "op"))).toBe(
      `op: ${message}`,
    );
  });

  it("accepts the limits of an integer and its documented special values", () => {
    for (const value of [1, INT32_MAX]) checkValue("id", value, integer());
    expect(() => checkValue("id", INT32_MAX + 1, integer())).toThrow(
      `id must be an integer from 1 to ${INT32_MAX}, got ${INT32_MAX + 1}`,
    );
    checkValue("networkId", 0, integer(1, INT32_MAX, { 0: "all" }));
    expect(() => checkValue("networkId", -1, integer(1, INT32_MAX, { 0: "all" }))).toThrow(
      "networkId must be a positive integer or 0 (all), got -1",
    );
    expect(() => checkValue("pageLength", 101, integer(1, 100))).toThrow(
      "pageLength must be an integer from 1 to 100, got 101",
    );
    expect(() => checkValue("index", -1, integer(0))).toThrow("index must be an integer >= 0, got -1");
    expect(() => checkValue("years", 0, integer(2))).toThrow("years must be an integer >= 2, got 0");
  });

  it("lets undefined through only for optional rules", () => {
    checkValue("mailboxId", undefined, optional(integer()));
    expect(() => checkValue("mailboxId", null, optional(integer()))).toThrow(ValidationError);
  });

  it("checks strings without quoting them back (a misplaced password stays out of messages)", () => {
    checkValue("note", "", string());
    expect(messageOf(() => checkValue("note", "", string(1)))).toBe(
      "note must be a non-empty string, got an empty string",
    );
    expect(messageOf(() => checkValue("code", "ab", string(3)))).toBe(
      "code must be a string of at least 3 characters, got a string too short",
    );
    expect(messageOf(() => checkValue("password", 12345, string()))).toBe(
      "password must be a string, got a number",
    );
    expect(messageOf(() => checkValue("id", "  ", { type: "string", nonBlank: true }))).toBe(
      "id must be a non-blank string, got a blank string",
    );
    expect(messageOf(() => checkValue("id", null, { type: "string", nonBlank: true }))).toBe(
      "id must be a non-blank string, got null",
    );
    // A one-character delimiter may be whitespace: minLength counts characters, not content.
    checkValue("segmentTerminator", "\n", string(1));
  });

  it("checks booleans, enums and arrays", () => {
    checkValue("flag", false, boolean());
    expect(() => checkValue("flag", "true", boolean())).toThrow('flag must be true or false, got "true"');
    checkValue("dir", "asc", oneOf(["asc", "desc"]));
    expect(() => checkValue("dir", "up", oneOf(["asc", "desc"]))).toThrow(
      'dir must be one of asc, desc, got "up"',
    );
    const ids = arrayOf({ type: "string", nonBlank: true }, 2);
    checkValue("ids", ["a", "b"], ids);
    expect(() => checkValue("ids", "a", ids)).toThrow('ids must be an array, got "a"');
    expect(() => checkValue("ids", ["a", "b", "c"], ids)).toThrow("ids must hold at most 2 items, got 3");
    expect(() => checkValue("ids", ["a", ""], ids)).toThrow(
      "ids[1] must be a non-blank string, got an empty string",
    );
    checkValue("ids", [1, 2, 3], arrayOf(integer()));
  });

  it("describes values shortly", () => {
    expect(describeValue("x".repeat(50))).toBe(`"${"x".repeat(40)}"…`);
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(true)).toBe("true");
  });
});

describe("checkFields and checkInput", () => {
  const rules = { parcelId: integer(1, INT64_MAX), note: string(1) };

  it("rejects a missing or non-object container when a field is required", () => {
    expect(messageOf(() => checkFields(null, rules, "parcelsAcknowledgmentNote", "the request body"))).toBe(
      "parcelsAcknowledgmentNote: the request body must be an object, got null",
    );
    expect(() => checkFields(undefined, rules)).toThrow("the input must be an object, got undefined");
    expect(() => checkFields([1], rules)).toThrow(ValidationError);
    checkFields(undefined, allOptional(rules));
    checkFields({ parcelId: 1, note: "n", extra: "kept for the server" }, rules);
  });

  it("checks path, query and body, and a body that is one value", () => {
    const op = {
      path: { id: integer() },
      query: { flag: optional(boolean()) },
      body: arrayOf(string(1), 100),
    };
    checkInput("op", op, { path: { id: 1 }, query: {}, body: ["a"] });
    expect(() => checkInput("op", op, { path: { id: -1 }, body: [] })).toThrow(
      "op: id must be a positive integer, got -1",
    );
    expect(() => checkInput("op", op, { path: { id: 1 }, query: { flag: 1 }, body: [] })).toThrow(
      "op: flag must be true or false, got 1",
    );
    expect(() => checkInput("op", op, { path: { id: 1 } })).toThrow(
      "op: the request body must be an array, got undefined",
    );
    expect(() => checkInput("op", op)).toThrow("op: the path parameters must be an object, got undefined");
    checkInput("op", undefined, { body: "anything" });
    checkInput("op", { body: { x: optional(integer()) } });
  });
});

describe("checkCallOptions", () => {
  it.each([
    [{ timeoutMs: -5 }, `timeoutMs must be a number of milliseconds > 0 and <= ${MAX_TIMER_MS}, got -5`],
    [{ timeoutMs: 0 }, "timeoutMs must be a number of milliseconds > 0"],
    [{ timeoutMs: Number.NaN }, "got NaN"],
    [{ timeoutMs: Number.POSITIVE_INFINITY }, "got Infinity"],
    [{ timeoutMs: MAX_TIMER_MS + 1 }, `got ${MAX_TIMER_MS + 1}`],
    [{ timeoutMs: "100" }, 'got "100"'],
    [{ maxRetries: -1 }, "maxRetries must be an integer >= 0, got -1"],
    [{ maxRetries: 1.5 }, "maxRetries must be an integer >= 0, got 1.5"],
    [{ maxRetries: Number.NaN }, "maxRetries must be an integer >= 0, got NaN"],
    [{ maxRetries: Number.POSITIVE_INFINITY }, "got Infinity"],
    [{ maxRetries: "2" }, 'got "2"'],
    [{ signal: {} }, "signal must be an AbortSignal, got an object"],
    [{ headers: { "X-Trace": 1 } }, "headers must be an object of string values"],
    [{ headers: "X-Trace: 1" }, "headers must be an object of string values"],
    [{ retry: 3 }, "retry must be an object, got 3"],
    [{ retry: { maxRetries: -1 } }, "retry.maxRetries must be an integer >= 0, got -1"],
    [{ retry: { maxRateLimitRetries: 0.5 } }, "retry.maxRateLimitRetries must be an integer >= 0"],
    [
      { retry: { baseDelayMs: -1 } },
      `retry.baseDelayMs must be a number of milliseconds from 0 to ${MAX_TIMER_MS}`,
    ],
    [{ retry: { retryStatuses: [429, 1000] } }, "retry.retryStatuses[1] must be an integer from 100 to 599"],
    [{ retry: { random: 0.5 } }, "retry.random must be a function, got 0.5"],
    [null, "options must be an object, got null"],
    [5, "options must be an object, got 5"],
  ])("rejects %j", (options, message) => {
    expect(messageOf(() => checkCallOptions(options, "parcelsGetParcel"))).toContain(message);
    expect(messageOf(() => checkCallOptions(options, "parcelsGetParcel"))).toMatch(/^parcelsGetParcel: /);
  });

  it("accepts what the docs allow", () => {
    checkCallOptions(undefined);
    checkCallOptions({});
    checkCallOptions({
      timeoutMs: 0.5,
      maxRetries: 0,
      signal: new AbortController().signal,
      headers: { "X-Trace": "1" },
      retry: { maxRetries: 3, baseDelayMs: 0, maxDelayMs: 1000, retryStatuses: [503], random: Math.random },
    });
    checkCallOptions({ timeoutMs: MAX_TIMER_MS, headers: new Headers({ a: "b" }), retry: { other: 1 } });
    // A signal from another realm or a polyfill.
    checkCallOptions({ signal: { aborted: false, addEventListener: () => undefined } });
  });
});

describe("checkClientOptions", () => {
  it.each([
    [{ timeoutMs: -5 }, "ECGrid: timeoutMs must be a number of milliseconds > 0"],
    [{ maxRetries: -1 }, "ECGrid: maxRetries must be an integer >= 0, got -1"],
    [{ retry: { maxDelayMs: Number.NaN } }, "ECGrid: retry.maxDelayMs must be a number of milliseconds"],
    [{ fetch: "https://x" }, "ECGrid: fetch must be a function"],
    [{ onAttempt: 1 }, "ECGrid: onAttempt must be a function"],
    [{ logger: "console" }, "ECGrid: logger must be an object"],
    [{ logLevel: "verbose" }, 'ECGrid: logLevel must be one of off, error, warn, info, debug, got "verbose"'],
    [{ baseUrl: 8080 }, "ECGrid: baseUrl must be a string, got 8080"],
    [{ throttle: true }, "ECGrid: throttle must be false or an object, got true"],
    [{ throttle: { limit: 0 } }, "ECGrid: throttle.limit must be a positive integer, got 0"],
    [{ throttle: { windowMs: 0 } }, "ECGrid: throttle.windowMs must be a number of milliseconds > 0"],
    [{ tokenRefreshSkewMs: -1 }, "ECGrid: tokenRefreshSkewMs must be a number of milliseconds from 0"],
    ["key", 'ECGrid: options must be an object, got "key"'],
  ])("rejects %j at construction", (options, message) => {
    expect(messageOf(() => checkClientOptions(options, "ECGrid"))).toContain(message);
  });

  it("accepts valid options", () => {
    checkClientOptions(undefined, "ECGrid");
    checkClientOptions(
      {
        baseUrl: "https://x",
        timeoutMs: 1000,
        maxRetries: 0,
        fetch: globalThis.fetch,
        logLevel: "debug",
        logger: console,
        throttle: { limit: 10, windowMs: 1000 },
        tokenRefreshSkewMs: 0,
      },
      "ECGrid",
    );
    checkClientOptions({ throttle: false }, "ECGrid");
  });
});
