// The pure parts of `doctor`: running a plan with an injected sender and validator, the report,
// its text form and the exit status. No network.
import { ConnectionError, InternalServerError } from "@edi-clients/ecgrid";
import { describe, expect, it } from "vitest";
import { assertIdempotentPlan, doctorHelp } from "../src/doctor/command.js";
import { ecgridFailure } from "../src/doctor/ecgrid-plan.js";
import {
  type Answer,
  buildReport,
  type DoctorStep,
  EXIT_DRIFT,
  EXIT_FAILED,
  exitCodeOf,
  formatReport,
  hostOf,
  runDoctor,
  type StepResult,
  UNREACHABLE,
  type Validator,
} from "../src/doctor/engine.js";
import { dataOf, field, firstItem, positiveId, stringId } from "../src/doctor/read.js";

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  status,
  text: JSON.stringify(body),
  headers: new Headers(headers),
});

const steps: DoctorStep[] = [
  {
    operation: "list",
    method: "POST",
    path: "/list",
    readOnly: "list",
    capture: (b, c) => {
      c.id = positiveId(field(firstItem(b), "id"));
    },
  },
  {
    operation: "detail",
    method: "GET",
    path: "/items/{id}",
    readOnly: "detail",
    request: (c) => (typeof c.id === "number" ? { path: { id: c.id } } : { skip: "no item" }),
  },
];

/** A validator that wants `data` to be an array of objects with a numeric `id`. */
const validate: Validator = (operation, _status, body) => {
  const data = dataOf(body);
  if (operation === "list" && !Array.isArray(data))
    return [{ path: "/data", expected: "array", received: typeof data }];
  if (operation === "detail" && typeof field(data, "id") !== "number")
    return [{ path: "/data/id", expected: "integer", received: typeof field(data, "id") }];
  return [];
};

describe("doctor engine", () => {
  it("calls each step, feeding IDs from a list to its detail call, and reports ok", async () => {
    const sent: unknown[] = [];
    const results = await runDoctor(steps, {
      validate,
      send: async (step, request) => {
        sent.push([step.operation, request]);
        return step.operation === "list"
          ? json(200, { success: true, data: [{ id: 42, name: "secret-payload" }] })
          : json(200, { success: true, data: { id: 42 } });
      },
    });
    expect(sent).toEqual([
      ["list", {}],
      ["detail", { path: { id: 42 } }],
    ]);
    expect(results).toEqual([
      { operation: "list", method: "POST", path: "/list", outcome: "ok", status: 200 },
      { operation: "detail", method: "GET", path: "/items/{id}", outcome: "ok", status: 200 },
    ]);
    expect(exitCodeOf(results)).toBe(0);
  });

  it("skips a detail call when its list is empty, and still exits 0", async () => {
    const results = await runDoctor(steps, { validate, send: async () => json(200, { data: [] }) });
    expect(results[1]).toMatchObject({ outcome: "skipped", reason: "no item" });
    expect(exitCodeOf(results)).toBe(0);
  });

  it("reports drift with the validator's issues, and a body that is not JSON or missing", async () => {
    const answers: Answer[] = [
      json(200, { data: { id: 1 } }),
      { status: 200, text: "<html>", headers: new Headers() },
    ];
    const results = await runDoctor(
      [...steps, { operation: "empty", method: "GET", path: "/empty", readOnly: "x" }],
      {
        validate,
        send: async (step) =>
          step.operation === "empty"
            ? { status: 200, text: undefined, headers: new Headers() }
            : (answers.shift() as Answer),
      },
    );
    expect(results.map((r) => r.outcome)).toEqual(["drifted", "skipped", "drifted"]);
    expect(results[0]?.issues).toEqual([{ path: "/data", expected: "array", received: "object" }]);
    expect(results[2]?.issues).toEqual([{ path: "", expected: "a JSON body", received: "missing" }]);
    const html = await runDoctor([steps[0] as DoctorStep], {
      validate,
      send: async () => ({ status: 200, text: "<html>", headers: new Headers() }),
    });
    expect(html[0]?.issues).toEqual([{ path: "", expected: "a JSON body", received: "not JSON" }]);
    expect(exitCodeOf(results)).toBe(EXIT_DRIFT);
  });

  it("a capture that throws on a strange body does not stop the run", async () => {
    const results = await runDoctor(
      [
        {
          ...(steps[0] as DoctorStep),
          capture: () => {
            throw new Error("boom");
          },
        },
        steps[1] as DoctorStep,
      ],
      { validate, send: async () => json(200, { data: [] }) },
    );
    expect(results.map((r) => r.outcome)).toEqual(["ok", "skipped"]);
  });

  it("reports failures: status, typed error name and traceId; success: false; thrown API errors", async () => {
    const results = await runDoctor(
      [
        { operation: "a", method: "GET", path: "/a", readOnly: "x" },
        { operation: "b", method: "GET", path: "/b", readOnly: "x" },
        { operation: "c", method: "GET", path: "/c", readOnly: "x" },
        { operation: "d", method: "GET", path: "/d", readOnly: "x" },
        { operation: "e", method: "GET", path: "/e", readOnly: "x" },
      ],
      {
        validate,
        failureOf: ecgridFailure,
        send: async (step) => {
          if (step.operation === "a") return json(500, { success: false, traceId: "trace-500-a" });
          if (step.operation === "b") return json(401, { message: "who?" }, { "x-request-id": "req-1" });
          if (step.operation === "c") return json(200, { success: false, traceId: "t c", data: null });
          if (step.operation === "d") return { status: 404, text: "not found", headers: new Headers() };
          throw new InternalServerError({ status: 503, message: "x", traceId: "trace-e" });
        },
      },
    );
    expect(results.map(({ operation, method, path, ...r }) => r)).toEqual([
      { outcome: "failed", status: 500, error: "InternalServerError", traceId: "trace-500-a" },
      { outcome: "failed", status: 401, error: "AuthenticationError", traceId: "req-1" },
      // A trace ID that does not look like one (here: a space) is not reported.
      { outcome: "failed", status: 200, error: "success: false" },
      { outcome: "failed", status: 404, error: "NotFoundError" },
      { outcome: "failed", status: 503, error: "InternalServerError", traceId: "trace-e" },
    ]);
    expect(exitCodeOf(results)).toBe(EXIT_FAILED);
  });

  it("after a connection error, skips the rest instead of waiting for each one's retries", async () => {
    let calls = 0;
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    const results = await runDoctor(
      [{ operation: "v", method: "GET", path: "/v", readOnly: "x" }, ...steps],
      {
        validate,
        send: async () => {
          calls++;
          throw new ConnectionError("fetch failed", {
            cause: new TypeError("fetch failed", { cause: refused }),
          });
        },
      },
    );
    expect(calls).toBe(1);
    expect(results[0]).toMatchObject({ outcome: "failed", error: "ConnectionError", code: "ECONNREFUSED" });
    expect(results.slice(1).map((r) => [r.outcome, r.reason])).toEqual([
      ["skipped", UNREACHABLE],
      ["skipped", UNREACHABLE],
    ]);
    const aggregate = await runDoctor([{ operation: "v", method: "GET", path: "/v", readOnly: "x" }], {
      validate,
      send: async () => {
        const attempts = new AggregateError([
          new Error("v6"),
          Object.assign(new Error("v4"), { code: "ETIMEDOUT" }),
        ]);
        throw new ConnectionError("fetch failed", {
          cause: new TypeError("fetch failed", { cause: attempts }),
        });
      },
    });
    expect(aggregate[0]).toMatchObject({ error: "ConnectionError", code: "ETIMEDOUT" });
    const other = await runDoctor([{ operation: "v", method: "GET", path: "/v", readOnly: "x" }], {
      validate,
      send: async () => {
        throw "not an error";
      },
    });
    expect(other[0]).toMatchObject({ outcome: "failed", error: "Error" });
  });
});

describe("doctor report", () => {
  const results: StepResult[] = [
    { operation: "authVersion", method: "GET", path: "/v2/auth/version", outcome: "ok", status: 200 },
    {
      operation: "usersGetMe",
      method: "GET",
      path: "/v2/users/me",
      outcome: "drifted",
      status: 200,
      issues: [
        { path: "/data/userId", expected: "integer", received: "string" },
        { path: "", expected: "object", received: "array" },
      ],
    },
    {
      operation: "parcelsGetParcel",
      method: "GET",
      path: "/v2/parcels/{id}",
      outcome: "failed",
      status: 500,
      error: "InternalServerError",
      traceId: "abc-123",
    },
    {
      operation: "x",
      method: "GET",
      path: "/x",
      outcome: "failed",
      error: "ConnectionError",
      code: "ECONNREFUSED",
    },
    { operation: "y", method: "GET", path: "/y", outcome: "skipped", reason: "no parcel" },
  ];

  it("is one JSON document: tool version, API, host only, summary, exit status, results", () => {
    const report = buildReport(results, {
      version: "1.2.3",
      command: "ecgrid doctor",
      api: "ECGrid REST API v2.6",
      baseUrl: "https://user:pw@rest.example.com:8443/some/path?key=secret",
      node: "v22.0.0",
    });
    expect(report).toEqual({
      tool: "edi-clients",
      version: "1.2.3",
      command: "ecgrid doctor",
      api: "ECGrid REST API v2.6",
      host: "rest.example.com:8443",
      node: "v22.0.0",
      summary: { ok: 1, drifted: 1, failed: 2, skipped: 1 },
      exitCode: EXIT_FAILED | EXIT_DRIFT,
      results,
    });
    expect(JSON.stringify(report)).not.toMatch(/pw|secret|some\/path/);
    expect(hostOf("not a url")).toBe("(invalid URL)");
    expect(buildReport([], { version: "1", command: "c", api: "a", baseUrl: "https://h" }).node).toBe(
      process.version,
    );
  });

  it("as text: a header, one line per operation and per issue, a summary with the exit status", () => {
    const lines = formatReport(
      buildReport(results, {
        version: "1.2.3",
        command: "ecgrid doctor",
        api: "ECGrid",
        baseUrl: "https://h.example",
      }),
    );
    expect(lines[0]).toBe("edi-clients 1.2.3 ecgrid doctor · ECGrid · h.example");
    expect(lines.slice(1, -1)).toEqual([
      "authVersion       GET /v2/auth/version  ok (200)",
      "usersGetMe        GET /v2/users/me      DRIFTED: /data/userId expected integer, got string",
      "                                                 (body) expected object, got array",
      "parcelsGetParcel  GET /v2/parcels/{id}  FAILED: status 500, InternalServerError, traceId abc-123",
      "x                 GET /x                FAILED: ConnectionError, ECONNREFUSED",
      "y                 GET /y                skipped: no parcel",
    ]);
    expect(lines.at(-1)).toMatch(
      /^1 ok, 1 drifted, 2 failed, 1 skipped — some calls failed; the server differs .* \(exit 3\)$/,
    );
    const ok = formatReport(
      buildReport([results[0] as StepResult], { version: "1", command: "c", api: "a", baseUrl: "https://h" }),
    );
    expect(ok.at(-1)).toBe(
      "1 ok, 0 drifted, 0 failed, 0 skipped — the server answers as the spec says (exit 0)",
    );
  });

  it("exit status: 0 clean (skips included), 1 failed, 2 drifted, 3 both", () => {
    const [ok, drifted, failed, , skipped] = results as [
      StepResult,
      StepResult,
      StepResult,
      StepResult,
      StepResult,
    ];
    expect(exitCodeOf([ok, skipped])).toBe(0);
    expect(exitCodeOf([ok, failed])).toBe(1);
    expect(exitCodeOf([ok, drifted])).toBe(2);
    expect(exitCodeOf([drifted, failed])).toBe(3);
  });

  it("help lists every call and the exit statuses", () => {
    const help = doctorHelp(steps);
    expect(help).toMatch(/list\s+POST \/list/);
    expect(help).toMatch(/detail\s+GET \/items\/\{id\}/);
    expect(help).toMatch(/Exit status:\n {2}0 .*\n {2}1 .*failed.*\n {2}2 .*differs.*\n {2}3 {2}both/);
  });

  it("refuses a plan with a non-idempotent or unknown operation before sending", () => {
    expect(() => assertIdempotentPlan(steps, { list: "idempotent", detail: "idempotent" })).not.toThrow();
    expect(() => assertIdempotentPlan(steps, { list: "idempotent", detail: "non-idempotent" })).toThrow(
      /refuses to call detail: not idempotent/,
    );
    expect(() => assertIdempotentPlan(steps, { list: "idempotent" })).toThrow(/detail/);
  });
});

describe("reading IDs from untrusted answers", () => {
  it("finds the first item of an array or of the first array inside data, by any spelling", () => {
    expect(firstItem({ data: [{ parcelID: 5 }] })).toEqual({ parcelID: 5 });
    expect(firstItem({ data: { totalRecords: 1, parcelIDInfoList: [{ a: 1 }] } })).toEqual({ a: 1 });
    expect(firstItem({ records: [{ b: 1 }] })).toEqual({ b: 1 });
    expect(firstItem({ data: "x" })).toBeUndefined();
    expect(firstItem({ data: { n: 1 } })).toBeUndefined();
    expect(field({ ParcelId: 7 }, "parcelId")).toBe(7);
    expect(field([1], "x")).toBeUndefined();
    expect(positiveId("12")).toBe(12);
    expect(positiveId(0)).toBeUndefined();
    expect(positiveId(1.5)).toBeUndefined();
    expect(stringId("<m@x>")).toBe("<m@x>");
    expect(stringId("")).toBeUndefined();
    expect(stringId(3)).toBeUndefined();
  });
});
