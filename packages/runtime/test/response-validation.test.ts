import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import {
  type CompiledValidator,
  type CompiledValidatorError,
  createResponseValidator,
  issuesOf,
  jsonTypeOf,
} from "../src/compiled-validators.ts";
import { ApiError, EdiClientError, ValidationError } from "../src/errors.ts";
import { invoke } from "../src/invoke.ts";
import {
  formatIssues,
  type ResponseIssue,
  ResponseValidationError,
  responseCheck,
} from "../src/response-validation.ts";

const err = (
  keyword: string,
  instancePath: string,
  params: Record<string, unknown> = {},
  schemaPath = "#",
): CompiledValidatorError => ({ keyword, instancePath, params, schemaPath });

/** A compiled validator double that fails with `errors` unless the body is `{ ok: true }`. */
function compiled(errors: CompiledValidatorError[]): CompiledValidator {
  const validate: CompiledValidator = (data) => {
    const ok = (data as { ok?: boolean } | null)?.ok === true;
    validate.errors = ok ? null : errors;
    return ok;
  };
  return validate;
}

const logger = () => ({ error: vi.fn(), warn: vi.fn(), info: vi.fn(), debug: vi.fn() });
const ISSUE: ResponseIssue = { path: "/a", expected: "integer", received: "string" };

describe("jsonTypeOf", () => {
  it("names the JSON type, never the value", () => {
    expect([undefined, null, [], 1, 1.5, "s", true, {}].map(jsonTypeOf)).toEqual([
      "missing",
      "null",
      "array",
      "integer",
      "number",
      "string",
      "boolean",
      "object",
    ]);
  });
});

describe("issuesOf", () => {
  const body = { a: "secret-value", list: [{ s: 1 }], "we/ird~": 2, nested: { n: null } };

  it("describes each keyword with a JSON path, the expectation and the received type", () => {
    expect(
      issuesOf(
        [
          err("type", "/a", { type: "integer" }),
          err("type", "/nested/n", { type: "string,number" }),
          err("required", "/list/0", { missingProperty: "id" }),
          err("dependentRequired", "", { missingProperty: "b" }),
          err("additionalProperties", "", { additionalProperty: "we/ird~" }),
          err("unevaluatedProperties", "", { unevaluatedProperty: "a" }),
          err("enum", "/a", { allowedValues: ["A", "B", "C", "D", "E", "F", "G", "H", "I"] }),
          err("enum", "/list/0/s", { allowedValues: [] }),
          err("const", "/a", { allowedValue: "X" }),
          err("format", "/a", { format: "date-time" }),
          err("format", "/gone", { format: "date" }),
          err("minLength", "/a", { limit: 3 }),
          err("maxLength", "/a", { limit: 5 }),
          err("minItems", "/list", { limit: 2 }),
          err("maxItems", "/list", { limit: 0 }),
          err("minimum", "/list/0/s", { comparison: ">=", limit: 2 }),
          err("pattern", "/a", { pattern: "^[0-9]+$" }),
          err("not", "/a"),
        ],
        body,
      ),
    ).toEqual([
      { path: "/a", expected: "integer", received: "string" },
      { path: "/nested/n", expected: "string or number", received: "null" },
      { path: "/list/0/id", expected: "required property", received: "missing" },
      { path: "/b", expected: "required property", received: "missing" },
      { path: "/we~1ird~0", expected: "no such property", received: "integer" },
      { path: "/a", expected: "no such property", received: "string" },
      { path: "/a", expected: "string (one of A, B, C, D, E, F, G, H, …)", received: "string" },
      { path: "/list/0/s", expected: "value (one of )", received: "integer" },
      { path: "/a", expected: 'string ("X")', received: "string" },
      { path: "/a", expected: "string (format date-time)", received: "string" },
      { path: "/gone", expected: "string (format date)", received: "missing" },
      { path: "/a", expected: "string of at least 3 characters", received: "string" },
      { path: "/a", expected: "string of at most 5 characters", received: "string" },
      { path: "/list", expected: "array of at least 2 items", received: "array" },
      { path: "/list", expected: "array of at most 0 items", received: "array" },
      { path: "/list/0/s", expected: "number >= 2", received: "integer" },
      { path: "/a", expected: "string matching ^[0-9]+$", received: "string" },
      { path: "/a", expected: 'a value passing "not"', received: "string" },
    ]);
  });

  it("folds the branches of a failed oneOf/anyOf into one issue, naming the shapes", () => {
    const data = { data: { parcelId: "x" }, other: 1 };
    expect(
      issuesOf(
        [
          err("type", "/other", { type: "string" }),
          err("type", "/data", { type: "integer" }),
          err("type", "/data/parcelId", { type: "integer" }),
          err("oneOf", "/data", { passingSchemas: null }),
        ],
        data,
      ),
    ).toEqual([
      { path: "/other", expected: "string", received: "integer" },
      {
        path: "/data",
        expected: "one of the documented shapes (integer | object); closest: /data/parcelId integer",
        received: "object",
      },
    ]);
    // Several branches matching (oneOf) has no branch errors; nested anyOf folds into the outer one.
    expect(
      issuesOf(
        [err("oneOf", "/data", { passingSchemas: [0, 1] }), err("type", "/x", { type: "string" })],
        data,
      ),
    ).toEqual([
      { path: "/data", expected: "exactly one of the documented shapes (several match)", received: "object" },
      { path: "/x", expected: "string", received: "missing" },
    ]);
    expect(issuesOf([err("anyOf", "/data/parcelId"), err("anyOf", "/data")], data)).toEqual([
      { path: "/data", expected: "one of the documented shapes", received: "object" },
    ]);
  });

  it("drops repeated issues (allOf parts repeating a constraint)", () => {
    const twice = [
      err("required", "", { missingProperty: "data" }),
      err("required", "", { missingProperty: "data" }),
    ];
    expect(issuesOf(twice, {})).toEqual([
      { path: "/data", expected: "required property", received: "missing" },
    ]);
  });
});

describe("createResponseValidator", () => {
  const validators = {
    op: {
      "200": compiled([err("type", "/a", { type: "integer" })]),
      "4XX": compiled([err("type", "", { type: "object" })]),
      default: compiled([err("required", "", { missingProperty: "message" })]),
    },
    partial: { "201": compiled([]) },
  };
  const validate = createResponseValidator(validators);

  it("picks the exact status, then its range, then default", () => {
    expect(validate("op", 200, { a: "x" })).toEqual([ISSUE]);
    expect(validate("op", 200, { ok: true })).toEqual([]);
    expect(validate("op", 404, "text")).toEqual([{ path: "", expected: "object", received: "string" }]);
    expect(validate("op", 500, {})).toEqual([
      { path: "/message", expected: "required property", received: "missing" },
    ]);
  });

  it("is [] for an unknown operation or status, and never reads inherited keys", () => {
    expect(validate("nope", 200, {})).toEqual([]);
    expect(validate("toString", 200, {})).toEqual([]);
    expect(validate("partial", 500, {})).toEqual([]);
    const noErrors: CompiledValidator = () => false;
    expect(createResponseValidator({ op: { "200": noErrors } })("op", 200, {})).toEqual([]);
  });
});

describe("ResponseValidationError", () => {
  it("is an EdiClientError with operation, status, issues and no values in any rendering", () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({ ...ISSUE, path: `/a/${i}` }));
    const error = new ResponseValidationError("op", 200, issues, { cause: new Error("inner") });
    expect(error).toBeInstanceOf(EdiClientError);
    expect(error.name).toBe("ResponseValidationError");
    expect(error.message).toBe(
      "op: the 200 response does not match the spec (7 issues): /a/0: expected integer, received string; " +
        "/a/1: expected integer, received string; /a/2: expected integer, received string; " +
        "/a/3: expected integer, received string; /a/4: expected integer, received string; … 2 more",
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "ResponseValidationError",
      message: error.message,
      operation: "op",
      status: 200,
      issues,
    });
    const single = new ResponseValidationError(undefined, 500, [
      { path: "", expected: "object", received: "null" },
    ]);
    expect(single.message).toBe(
      "the 500 response does not match the spec (1 issue): (body): expected object, received null",
    );
    expect(inspect(single)).toContain("ResponseValidationError");
  });

  it("formatIssues lists the first few", () => {
    expect(formatIssues([ISSUE, ISSUE], 1)).toBe("/a: expected integer, received string; … 1 more");
  });
});

describe("responseCheck (client options)", () => {
  const validator = vi.fn((_op: string, _status: number, body: unknown) =>
    (body as { ok?: boolean }).ok ? [] : [ISSUE],
  );

  it("off (the default) needs no validator and checks nothing", () => {
    expect(responseCheck({}, "C", "@x/validation")).toBeUndefined();
    expect(
      responseCheck({ validateResponses: "off", responseValidator: validator }, "C", "@x/v"),
    ).toBeUndefined();
  });

  it("refuses an unknown mode, a non-function validator, and a mode without a validator", () => {
    expect(() => responseCheck({ validateResponses: "on" as "warn" }, "C", "@x/v")).toThrow(ValidationError);
    expect(() => responseCheck({ responseValidator: {} as never }, "C", "@x/v")).toThrow(
      "C: responseValidator must be a function, got an object",
    );
    expect(() => responseCheck({ validateResponses: "throw" }, "C", "@x/validation")).toThrow(
      'C: validateResponses "throw" needs responseValidator: import { validateResponse } from "@x/validation"',
    );
  });

  it("warn logs one warning per drifting response; throw throws with the cause", () => {
    const log = logger();
    const warn = responseCheck({ validateResponses: "warn", responseValidator: validator }, "C", "@x/v", log);
    warn?.("op", 200, { ok: true });
    warn?.(undefined, 200, {});
    expect(log.warn).not.toHaveBeenCalled();
    warn?.("op", 200, { secret: "s3cr3t" });
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledWith(
      "op: the 200 response does not match the spec (1 issue): /a: expected integer, received string",
      { operation: "op", status: 200, issues: [ISSUE] },
    );
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain("s3cr3t");

    const check = responseCheck({ validateResponses: "throw", responseValidator: validator }, "C", "@x/v");
    const cause = new Error("api");
    let thrown: unknown;
    try {
      check?.("op", 404, {}, cause);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ResponseValidationError);
    expect((thrown as ResponseValidationError).cause).toBe(cause);
    expect((thrown as ResponseValidationError).status).toBe(404);
  });

  it("a validator that fails: warn mode logs and goes on, throw mode rethrows; a non-array is no drift", () => {
    const broken = () => {
      throw new Error("boom");
    };
    const log = logger();
    responseCheck(
      { validateResponses: "warn", responseValidator: broken },
      "C",
      "@x/v",
      log,
    )?.("op", 200, {});
    expect(log.warn).toHaveBeenCalledWith("op: the response validator failed", {
      operation: "op",
      status: 200,
    });
    const check = responseCheck({ validateResponses: "throw", responseValidator: broken }, "C", "@x/v");
    expect(() => check?.("op", 200, {})).toThrow("boom");
    const odd = responseCheck(
      { validateResponses: "throw", responseValidator: () => null as never },
      "C",
      "@x/v",
    );
    expect(() => odd?.("op", 200, {})).not.toThrow();
  });
});

describe("invoke runs the check on success and error bodies", () => {
  const describeError = () => ({ message: "failed" });
  const run = (status: number, body: unknown) => async () => {
    const response = new Response(JSON.stringify(body), { status });
    return status < 400 ? { data: body, response } : { error: body, response };
  };

  it("passes operation, status and the parsed body; an error response's ApiError is the cause", async () => {
    const checkResponse = vi.fn();
    await invoke(run(200, { a: 1 }), { operation: "op", describeError, checkResponse });
    expect(checkResponse).toHaveBeenCalledWith("op", 200, { a: 1 });
    await expect(
      invoke(run(404, { m: 1 }), { operation: "op", describeError, checkResponse }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(checkResponse).toHaveBeenLastCalledWith("op", 404, { m: 1 }, expect.any(ApiError));
  });

  it("a throwing check rejects the call with its error", async () => {
    const check = responseCheck(
      { validateResponses: "throw", responseValidator: () => [ISSUE] },
      "C",
      "@x/v",
    );
    const error = await invoke(run(500, { m: 1 }), {
      operation: "op",
      describeError,
      checkResponse: check,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.cause).toBeInstanceOf(ApiError);
  });
});
