// Opt-in response validation (validateResponses + responseValidator from
// @edi-clients/as2-gateway/validation): Prism's answers for every operation conform; a drifting body
// (through a real loopback server) gives the exact path, expected and received type; off / warn /
// throw; and no planted credential or payload value ever reaches a report, an error or a log.
import { inspect } from "node:util";
import { loopbackScope } from "@edi-clients/test-helpers/faults";
import { expectNoneIn, spyLogger as recordingLogger } from "@edi-clients/test-helpers/leaks";
import { rejectionOf } from "@edi-clients/test-helpers/settle";
import { describe, expect, inject, it } from "vitest";
import { answered as answeredOf, sweep } from "../../../scripts/prism-sweep.mjs";
import {
  ApiError,
  As2Gateway,
  type As2GatewayOptions,
  ResponseValidationError,
  ValidationError,
} from "../src/index.js";
import { validatedOperations, validateResponse } from "../src/validation.js";
import { sendJson, silentLogger, startServer } from "./helpers.js";

const prismUrl = inject("prismUrls")["as2-gateway"] as string;
const PASSWORD = "planted-Pa55word!";
const TOKEN = "planted-token-eyJhbGciOi";
const PAYLOAD = "planted-payload-GLOBEX-4711";
const PLANTED = [PASSWORD, TOKEN, PAYLOAD, "4711"];

const scope = loopbackScope();

function client(options: As2GatewayOptions) {
  return scope.track(
    new As2Gateway({
      token: TOKEN,
      logger: silentLogger,
      throttle: false,
      maxRetries: 0,
      ...options,
    }),
  );
}

const rejection = (call: PromiseLike<unknown>) => rejectionOf<ResponseValidationError>(call);
const expectNoPlanted = (text: string) => expectNoneIn(text, PLANTED);

/** The loopback server: authorize answers with a drifting body that carries planted values. */
async function driftingServer() {
  const server = await startServer((request, res) => {
    if (request.url.startsWith("/v1/authorize")) {
      // expiry as a string, token as a number: both drift; the payload value must never be shown.
      return sendJson(res, { token: 4711, expiry: PAYLOAD, extra: PASSWORD });
    }
    if (request.url.startsWith("/v1/partner")) {
      // An error body that drifts too: `message` must be a string.
      return sendJson(res, { message: { secret: TOKEN } }, 500);
    }
    return sendJson(res, { message: "not found" }, 404);
  });
  return scope.track(server);
}

const DRIFT = [
  { path: "/token", expected: "string", received: "integer" },
  { path: "/expiry", expected: "integer", received: "string" },
];

describe("the generated validators", () => {
  it("cover every JSON-answering operation of the spec", () => {
    expect(validatedOperations).toContain("authorize");
    expect(validatedOperations).toContain("listPartners");
    expect(validatedOperations.length).toBeGreaterThanOrEqual(20);
  });

  it("accept Prism's answer to every operation (one request per operation, built from the spec)", async () => {
    const results = await sweep("as2-gateway", prismUrl, { Authorization: "tok-123" });
    const answered = answeredOf(results);
    // The one operation with a non-JSON request body (multipart send) is covered below via the wrapper.
    expect(answered.length).toBeGreaterThanOrEqual(25);
    for (const result of answered) {
      expect(result.status, `${result.operation} answered ${result.status}`).toBeLessThan(300);
      expect(validateResponse(result.operation, result.status, result.body), result.operation).toEqual([]);
    }
    // Not vacuous: the same bodies, broken, do not pass.
    const partners = answered.find((r) => r.operation === "listPartners");
    expect(
      validateResponse("listPartners", 200, { ...(partners?.body as object), records: "x" }),
    ).not.toEqual([]);
  });

  it("pass wrapper calls against Prism in throw mode (send, lists, get, auth)", async () => {
    const as2 = client({
      baseUrl: prismUrl,
      token: undefined,
      credentials: { username: "edi-ops@acme-corp.com", password: "pazzword" },
      validateResponses: "throw",
      responseValidator: validateResponse,
    });
    await as2.partners.list();
    await as2.stations.list();
    await as2.messages.send({
      stationId: "ACME_EDI_PROD",
      partnerId: "GLOBEX_AS2",
      file: { name: "invoice.edi", content: "ISA*00*~" },
    });
  });

  it("return [] for an unknown operation or a status without a JSON schema", () => {
    expect(validateResponse("noSuchOperation", 200, 5)).toEqual([]);
    expect(validateResponse("authorize", 200, { token: "t", expiry: 1 })).toEqual([]);
    // 404 is described by the shared GenericResponse on this operation.
    expect(validateResponse("listPartners", 500, { message: 1 })).toEqual([
      { path: "/message", expected: "string", received: "integer" },
    ]);
  });
});

describe("validateResponses through a loopback server that drifts", () => {
  it("off (default): the call resolves, nothing is logged", async () => {
    const server = await driftingServer();
    const { logger, warn } = recordingLogger();
    const as2 = client({ baseUrl: server.url, logger, responseValidator: validateResponse });
    await expect(
      as2.auth.authorize({ username: "u@example.com", password: PASSWORD }),
    ).resolves.toBeDefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it("warn: one warning per drifting response with operation and issues, no values; the call resolves", async () => {
    const server = await driftingServer();
    const { logger, warn } = recordingLogger();
    const as2 = client({
      baseUrl: server.url,
      logger,
      validateResponses: "warn",
      responseValidator: validateResponse,
    });
    await as2.auth.authorize({ username: "u@example.com", password: PASSWORD });
    expect(warn).toHaveBeenCalledTimes(1);
    const [message, fields] = warn.mock.calls[0] as [string, Record<string, unknown>];
    expect(message).toContain("authorize");
    expect(message).toContain("/expiry: expected integer, received string");
    expect(fields).toEqual({ operation: "authorize", status: 200, issues: DRIFT });
    expectNoPlanted(JSON.stringify(warn.mock.calls));
    expectNoPlanted(inspect(warn.mock.calls, { depth: 10 }));
  });

  it("throw: a ResponseValidationError with operation, status and the exact issues — no values", async () => {
    const server = await driftingServer();
    const as2 = client({
      baseUrl: server.url,
      validateResponses: "throw",
      responseValidator: validateResponse,
    });
    const error = await rejection(as2.auth.authorize({ username: "u@example.com", password: PASSWORD }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({ operation: "authorize", status: 200, issues: DRIFT });
    expect(error.message).toContain("/token: expected string, received integer");
    expectNoPlanted(error.message);
    expectNoPlanted(JSON.stringify(error));
    expectNoPlanted(inspect(error, { depth: 10 }));
  });

  it("checks error bodies too: throw mode keeps the ApiError as the cause", async () => {
    const server = await driftingServer();
    const as2 = client({
      baseUrl: server.url,
      validateResponses: "throw",
      responseValidator: validateResponse,
    });
    const error = await rejection(as2.partners.list());
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues).toEqual([{ path: "/message", expected: "string", received: "object" }]);
    expect(error.status).toBe(500);
    expect(error.cause).toBeInstanceOf(ApiError);
    expectNoPlanted(error.message);
    expectNoPlanted(JSON.stringify(error));

    const { logger, warn } = recordingLogger();
    const warned = client({
      baseUrl: server.url,
      logger,
      validateResponses: "warn",
      responseValidator: validateResponse,
    });
    await expect(warned.partners.list()).rejects.toBeInstanceOf(ApiError);
    expect(warn).toHaveBeenCalledTimes(1);
    expectNoPlanted(JSON.stringify(warn.mock.calls));
  });
});

describe("validateResponses options", () => {
  it("a mode other than off without a validator is a ValidationError naming the import", () => {
    for (const validateResponses of ["warn", "throw"] as const) {
      expect(() => new As2Gateway({ token: "t", validateResponses })).toThrow(ValidationError);
      expect(() => new As2Gateway({ token: "t", validateResponses })).toThrow(
        /@edi-clients\/as2-gateway\/validation/,
      );
    }
    expect(() => new As2Gateway({ token: "t", validateResponses: "loud" as "warn" })).toThrow(
      /validateResponses must be one of off, warn, throw/,
    );
    expect(() => new As2Gateway({ token: "t", responseValidator: 5 as never })).toThrow(
      /responseValidator must be a function/,
    );
    expect(() => new As2Gateway({ token: "t", validateResponses: "off" })).not.toThrow();
  });
});
