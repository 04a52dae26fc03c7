// Opt-in response validation (validateResponses + responseValidator from
// @edi-clients/ecgrid/validation): Prism's answers for every operation of the spec conform; a drifting body
// (through a real loopback server) gives the exact path, expected and received type; off / warn /
// throw; and no planted credential or payload value ever reaches a report, an error or a log.
import { inspect } from "node:util";
import { loopbackScope } from "@edi-clients/test-helpers/faults";
import { expectNoneIn, spyLogger as recordingLogger, silentLogger } from "@edi-clients/test-helpers/leaks";
import { sendJson, startServer } from "@edi-clients/test-helpers/server";
import { rejectionOf } from "@edi-clients/test-helpers/settle";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { answered as answeredOf, type SweepResult, sweep } from "../../../scripts/prism-sweep.mjs";
import { OPERATIONS } from "../src/generated/operations.js";
import {
  ApiError,
  ECGrid,
  type ECGridOptions,
  ResponseValidationError,
  ValidationError,
} from "../src/index.js";
import { validatedOperations, validateResponse } from "../src/validation.js";

/** Every operationId of the spec, from the generated table (core.test.ts pins the table to the spec). */
const OPERATION_IDS = Object.keys(OPERATIONS).sort();

const prismUrl = inject("prismUrls").ecgrid as string;
const API_KEY = "planted-api-key-3f9a1c";
const PAYLOAD = "planted-payload-ACME-4711";
const PLANTED = [API_KEY, PAYLOAD, "4711"];

const scope = loopbackScope();

function client(options: ECGridOptions) {
  return scope.track(
    new ECGrid({ apiKey: API_KEY, logger: silentLogger, throttle: false, maxRetries: 0, ...options }),
  );
}

const rejection = (call: PromiseLike<unknown>) => rejectionOf<ResponseValidationError>(call);
const expectNoPlanted = (text: string) => expectNoneIn(text, PLANTED);

let sweepResults: SweepResult[];
let user: unknown;
beforeAll(async () => {
  sweepResults = await sweep("ecgrid", prismUrl, { "X-API-Key": "test-key" });
  const me = answeredOf(sweepResults).find((r) => r.operation === "usersGetMe");
  user = (me?.body as { data?: unknown } | undefined)?.data;
});

/** A loopback server: /v2/users/me answers a valid user in a drifting envelope; anything else a drifting 404. */
async function driftingServer(): Promise<string> {
  const server = await startServer((req, res) => {
    if (req.url === "/v2/users/me") {
      // traceId must be a string, httpStatus an integer: both arrive as the other type.
      return sendJson(res, { success: true, data: user, traceId: 4711, httpStatus: PAYLOAD, echo: API_KEY });
    }
    return sendJson(res, { success: false, message: { planted: PAYLOAD }, traceId: "t-1" }, 404);
  });
  return scope.track(server).url;
}

const DRIFT = [
  { path: "/httpStatus", expected: "integer", received: "string" },
  { path: "/traceId", expected: "string", received: "integer" },
];

describe("the generated ECGrid validators", () => {
  it("cover every operation of the spec", () => {
    expect([...validatedOperations].sort()).toEqual(OPERATION_IDS);
  });

  it("accept Prism's answer to every operation (one request per operation, built from the spec)", () => {
    const answered = answeredOf(sweepResults);
    expect(answered.map((r) => r.operation).sort()).toEqual(OPERATION_IDS);
    for (const result of answered) {
      expect(result.status, `${result.operation} answered ${result.status}`).toBeLessThan(300);
      expect(validateResponse(result.operation, result.status, result.body), result.operation).toEqual([]);
    }
  });

  it("reject the same bodies once broken (not vacuous), with path, expected and received type", () => {
    expect(user).toBeTypeOf("object");
    expect(validateResponse("usersGetMe", 200, { success: "true", data: user })).toEqual([
      { path: "/success", expected: "boolean", received: "string" },
    ]);
    expect(validateResponse("usersGetMe", 200, { success: true })).toEqual([
      { path: "/data", expected: "required property", received: "missing" },
    ]);
    expect(validateResponse("usersGetMe", 401, "<html>")).toEqual([
      { path: "", expected: "object", received: "string" },
    ]);
    expect(validateResponse("noSuchOperation", 200, {})).toEqual([]);
  });

  it("pass wrapper calls against Prism in throw mode", async () => {
    const ecgrid = client({
      baseUrl: prismUrl,
      validateResponses: "throw",
      responseValidator: validateResponse,
    });
    await ecgrid.users.me();
    await ecgrid.parcels.upload({ fileName: "po_850.edi", content: "ISA*00*~" });
  });
});

describe("validateResponses through a loopback server that drifts", () => {
  it("off (default): the call resolves, nothing is logged", async () => {
    const { logger, warn } = recordingLogger();
    const ecgrid = client({ baseUrl: await driftingServer(), logger, responseValidator: validateResponse });
    await expect(ecgrid.users.me()).resolves.toBeDefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it("warn: one warning per drifting response with operation and issues, no values; the call resolves", async () => {
    const { logger, warn } = recordingLogger();
    const ecgrid = client({
      baseUrl: await driftingServer(),
      logger,
      validateResponses: "warn",
      responseValidator: validateResponse,
    });
    await expect(ecgrid.users.me()).resolves.toBeDefined();
    expect(warn).toHaveBeenCalledTimes(1);
    const [message, fields] = warn.mock.calls[0] as [string, Record<string, unknown>];
    expect(message).toContain("usersGetMe");
    expect(message).toContain("/traceId: expected string, received integer");
    expect(fields).toEqual({ operation: "usersGetMe", status: 200, issues: DRIFT });
    expectNoPlanted(JSON.stringify(warn.mock.calls));
    expectNoPlanted(inspect(warn.mock.calls, { depth: 10 }));
  });

  it("throw: a ResponseValidationError with operation, status and the exact issues — no values", async () => {
    const ecgrid = client({
      baseUrl: await driftingServer(),
      validateResponses: "throw",
      responseValidator: validateResponse,
    });
    const error = await rejection(ecgrid.users.me());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ operation: "usersGetMe", status: 200, issues: DRIFT });
    expectNoPlanted(error.message);
    expectNoPlanted(JSON.stringify(error));
    expectNoPlanted(inspect(error, { depth: 10 }));
  });

  it("checks error bodies too: throw mode keeps the ApiError as the cause, warn logs once", async () => {
    const baseUrl = await driftingServer();
    const ecgrid = client({ baseUrl, validateResponses: "throw", responseValidator: validateResponse });
    const error = await rejection(ecgrid.users.get(5));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.status).toBe(404);
    expect(error.issues).toEqual([{ path: "/message", expected: "string", received: "object" }]);
    expect(error.cause).toBeInstanceOf(ApiError);
    expectNoPlanted(error.message);
    expectNoPlanted(JSON.stringify(error));

    const { logger, warn } = recordingLogger();
    const warned = client({
      baseUrl,
      logger,
      validateResponses: "warn",
      responseValidator: validateResponse,
    });
    await expect(warned.users.get(5)).rejects.toBeInstanceOf(ApiError);
    expect(warn).toHaveBeenCalledTimes(1);
    expectNoPlanted(JSON.stringify(warn.mock.calls));
  });
});

describe("validateResponses options", () => {
  it("a mode other than off without a validator is a ValidationError naming the import", () => {
    for (const validateResponses of ["warn", "throw"] as const) {
      expect(() => new ECGrid({ apiKey: "k", validateResponses })).toThrow(ValidationError);
      expect(() => new ECGrid({ apiKey: "k", validateResponses })).toThrow(
        /@edi-clients\/ecgrid\/validation/,
      );
    }
    expect(() => new ECGrid({ apiKey: "k", validateResponses: "loud" as "warn" })).toThrow(
      /validateResponses must be one of off, warn, throw/,
    );
    expect(() => new ECGrid({ apiKey: "k", validateResponses: "off" })).not.toThrow();
  });
});
