import { readFileSync } from "node:fs";
import {
  type ApiError,
  AuthenticationError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ServiceUnavailableError,
  ValidationError,
} from "@edi-clients/runtime";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { ECGridCore } from "../src/core/client.js";
import { OPERATIONS } from "../src/generated/operations.js";
import { Parcels } from "../src/resources/parcels.js";
import {
  apiError,
  connectionRefused,
  connectionReset,
  envelope,
  fakeFetch,
  json,
} from "./support/fake-fetch.js";

const fast = { baseDelayMs: 1, maxDelayMs: 2 };

function parcelsWith(
  responder: Parameters<typeof fakeFetch>[0],
  options: Partial<ConstructorParameters<typeof ECGridCore>[0]> = {},
) {
  const fake = fakeFetch(responder);
  const core = new ECGridCore({
    apiKey: "key-1234567890",
    baseUrl: "https://ecgrid.test",
    fetch: fake.fetch,
    throttle: false,
    retry: fast,
    // The fakes answer every request alike; reconciling an upload (an outbox listing before it,
    // looks after an ambiguous failure) is proven against a server in test/reconcile.proof.test.ts.
    reconcile: false,
    ...options,
  });
  return { parcels: new Parcels(core), core, requests: fake.requests };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("client options", () => {
  it("needs exactly one way to authenticate", () => {
    vi.stubEnv("ECGRID_API_KEY", "");
    expect(() => new ECGridCore({})).toThrow(ValidationError);
    expect(() => new ECGridCore({})).toThrow(/apiKey \(or ECGRID_API_KEY\), credentials or tokenProvider/);
    expect(() => new ECGridCore({ apiKey: "k", credentials: { login: "a", password: "b" } })).toThrow(
      /only one of/,
    );
  });

  it("reads ECGRID_API_KEY from the environment and sends it as X-API-Key", async () => {
    vi.stubEnv("ECGRID_API_KEY", "env-key-123");
    const fake = fakeFetch(() => envelope({ parcelId: 1 }));
    const parcels = new Parcels(
      new ECGridCore({ baseUrl: "https://ecgrid.test", fetch: fake.fetch, throttle: false }),
    );
    await parcels.get(1);
    expect(fake.requests[0]?.headers.get("x-api-key")).toBe("env-key-123");
  });
});

describe("envelope and errors", () => {
  it("returns the envelope's data and the raw response on request", async () => {
    const { parcels } = parcelsWith(() => envelope({ parcelId: 42, fileName: "a.edi" }, {}));
    const call = parcels.get(42);
    const { data, response } = await call.withResponse();
    expect(data).toEqual({ parcelId: 42, fileName: "a.edi" });
    expect(response.status).toBe(200);
    await expect(call).resolves.toEqual({ parcelId: 42, fileName: "a.edi" });
  });

  it("turns success:false on HTTP 200 into an error carrying message, traceId and operation", async () => {
    const { parcels } = parcelsWith(() =>
      json(200, {
        httpStatus: 404,
        success: false,
        message: "No parcel",
        detail: "gone",
        traceId: "T-9",
        errorInfo: null,
      }),
    );
    const error = await parcels.get(7).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      traceId: "T-9",
      detail: "gone",
      operation: "parcelsGetParcel",
    });
    expect(String((error as Error).message)).toContain("parcelsGetParcel: 404 No parcel");
  });

  it("maps the legacy { success, errorCode, message } shape too", async () => {
    const { parcels } = parcelsWith(() =>
      json(401, { success: false, errorCode: "InvalidAPIKey", message: "Bad key", data: null }),
    );
    const error = await parcels.get(1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, errorInfo: { errorCode: "InvalidAPIKey" } });
  });

  it("explains an HTML error page with the status and a short excerpt", async () => {
    const page = `<html><body><h1>502 Bad Gateway</h1>${"x".repeat(500)}</body></html>`;
    const { parcels } = parcelsWith(
      () =>
        new Response(page, {
          status: 502,
          statusText: "Bad Gateway",
          headers: { "Content-Type": "text/html" },
        }),
      { maxRetries: 0 },
    );
    const error = (await parcels.get(1).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.message).toContain("HTML page: <html><body><h1>502 Bad Gateway</h1>");
    expect(error.message.length).toBeLessThan(400);
  });

  it("reports malformed JSON on a success status as ResponseParseError", async () => {
    const { parcels } = parcelsWith(
      () =>
        new Response('{"success": true, "data": {', {
          status: 200,
          headers: { "Content-Type": "application/json" },
        }),
    );
    const error = (await parcels.get(1).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('not valid JSON: {"success": true, "data": {');
  });

  it("never puts the API key into an error, even when the server echoes it", async () => {
    const { parcels } = parcelsWith(() => apiError(400, "Key key-1234567890 is not allowed here"));
    const error = (await parcels.get(1).catch((e: unknown) => e)) as ApiError;
    expect(error.message).not.toContain("key-1234567890");
    expect(error.message).toContain("Key *** is not allowed");
  });
});

describe("retries follow the operation's idempotency", () => {
  it("classifies every operation of the spec; uploads and sends are non-idempotent, list POSTs idempotent", () => {
    const spec = parse(readFileSync(new URL("../../../specs/ecgrid/openapi.yaml", import.meta.url), "utf8"));
    const specIds = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>)
      .flatMap((item) => Object.values(item).map((operation) => operation?.operationId))
      .filter((id): id is string => typeof id === "string");
    expect(specIds.length).toBeGreaterThan(0);
    expect(Object.keys(OPERATIONS).sort()).toEqual([...specIds].sort());
    for (const operation of Object.values(OPERATIONS)) expect(typeof operation.idempotent).toBe("boolean");
    for (const op of [
      "parcelsUploadParcel",
      "parcelsSendTestFile",
      "interchangesResendInterchange",
      "parcelsCancelParcel",
    ] as const) {
      expect(OPERATIONS[op].idempotent).toBe(false);
    }
    for (const op of [
      "parcelsInboxList",
      "idsFindId",
      "parcelsDownloadParcel",
      "networksGetContact",
    ] as const) {
      expect(OPERATIONS[op].idempotent).toBe(true);
    }
  });

  it("reports every attempt to onAttempt, retries included", async () => {
    const events: { operation?: string; attempt: number; status?: number }[] = [];
    const { parcels } = parcelsWith((_, i) => (i === 0 ? apiError(503, "busy") : envelope([])), {
      onAttempt: (e) => events.push({ operation: e.operation, attempt: e.attempt, status: e.status }),
    });
    await parcels.inboxList({});
    expect(events).toEqual([
      { operation: "parcelsInboxList", attempt: 1, status: 503 },
      { operation: "parcelsInboxList", attempt: 2, status: 200 },
    ]);
  });

  it("retries a read POST after 503 and returns the later success", async () => {
    const { parcels, requests } = parcelsWith((_, i) =>
      i === 0 ? apiError(503, "busy") : envelope([{ parcelId: 1 }]),
    );
    await expect(parcels.inboxList({ mailboxId: 1 })).resolves.toEqual([{ parcelId: 1 }]);
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body).toEqual(requests[0]?.body);
  });

  it("does not re-send an upload after a 5xx: the file may already be in ECGrid", async () => {
    const { parcels, requests } = parcelsWith(() => apiError(503, "busy"));
    await expect(parcels.upload({ fileName: "po.edi", content: "ISA*00*" })).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(requests).toHaveLength(1);
  });

  it("does not re-send an upload after the connection dropped mid-request", async () => {
    const { parcels, requests } = parcelsWith(() => connectionReset());
    await expect(parcels.upload({ fileName: "po.edi", content: "ISA*00*" })).rejects.toThrow(
      /connection failed/,
    );
    expect(requests).toHaveLength(1);
  });

  it("re-sends an upload that provably never arrived (refused connection, 429) with the same body", async () => {
    const { parcels, requests } = parcelsWith((_, i) =>
      i === 0 ? connectionRefused() : i === 1 ? apiError(429, "slow down") : envelope(987654322),
    );
    await expect(parcels.upload({ fileName: "po.edi", content: "ISA*00*" })).resolves.toBe(987654322);
    expect(requests).toHaveLength(3);
    expect(requests[2]?.body).toEqual(requests[0]?.body);
  });

  it("gives up on 429 with a RateLimitError that tells how long to wait", async () => {
    const { parcels } = parcelsWith(() => apiError(429, "Rate limit exceeded.", {}), { maxRetries: 0 });
    const limited = parcelsWith(
      () => json(429, { success: false, message: "slow", traceId: "t" }, { "Retry-After": "30" }),
      {
        maxRetries: 0,
      },
    );
    await expect(parcels.get(1)).rejects.toBeInstanceOf(RateLimitError);
    const error = (await limited.parcels.get(1).catch((e: unknown) => e)) as RateLimitError;
    expect(error.retryAfterMs).toBe(30_000);
  });
});

describe("parcel helpers", () => {
  it("uploads bytes, strings and Blobs as Base64 with the byte count", async () => {
    const { parcels, requests } = parcelsWith(() => envelope(5));
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    await parcels.upload({ fileName: "a.bin", content: bytes, mailboxId: 1001 });
    await parcels.upload({ fileName: "b.edi", content: "ISA*ü" });
    await parcels.upload({ fileName: "c.edi", content: new Blob(["GS*"]) });
    expect(requests.map((r) => r.body)).toEqual([
      { fileName: "a.bin", mailboxId: 1001, content: "AAEC+v8=", bytes: 5 },
      { fileName: "b.edi", content: btoa("ISA*\u00c3\u00bc"), bytes: 6 },
      { fileName: "c.edi", content: btoa("GS*"), bytes: 3 },
    ]);
  });

  it("rejects an empty file name or empty content before any request", async () => {
    const { parcels, requests } = parcelsWith(() => envelope(5));
    await expect(parcels.upload({ fileName: " ", content: "x" })).rejects.toThrow(
      /fileName must be a non-empty string/,
    );
    await expect(parcels.upload({ fileName: "a.edi", content: new Uint8Array() })).rejects.toThrow(
      /at least 1 byte/,
    );
    expect(requests).toHaveLength(0);
  });

  it("rejects recordsPerPage outside 1–500 before any request", async () => {
    const { parcels, requests } = parcelsWith(() => envelope([]));
    await expect(parcels.inboxList({ recordsPerPage: 501 })).rejects.toThrow(
      "recordsPerPage must be an integer from 1 to 500, got 501",
    );
    await expect(parcels.inboxList({ pageNo: 0 })).rejects.toThrow(
      "pageNo must be a positive integer, got 0",
    );
    // A list never throws where it is called: iterating rejects on the first next().
    expect(() => parcels.inboxList({ recordsPerPage: 0 })).not.toThrow();
    await expect(parcels.inboxList({ recordsPerPage: 0 }).toArray()).rejects.toThrow(ValidationError);
    expect(requests).toHaveLength(0);
  });

  it("decodes a download and reports invalid Base64 clearly", async () => {
    const { parcels } = parcelsWith((r) =>
      (r.body as { parcelId: number }).parcelId === 1
        ? envelope({ parcelId: 1, fileName: "x.edi", content: btoa("ISA*00*~") })
        : envelope({ parcelId: 2, content: "not base64!!" }),
    );
    const file = await parcels.download(1);
    expect(file.text()).toBe("ISA*00*~");
    expect(file.bytes).toBeInstanceOf(Uint8Array);
    await expect(parcels.download(2)).rejects.toThrow("parcel 2: the downloaded content is not valid Base64");
  });

  it("iterates pages until a short page, sending pageNo 1, 2, 3", async () => {
    const pages = [[{ parcelId: 1 }, { parcelId: 2 }], [{ parcelId: 3 }, { parcelId: 4 }], [{ parcelId: 5 }]];
    const { parcels, requests } = parcelsWith((r) =>
      envelope(pages[(r.body as { pageNo: number }).pageNo - 1] ?? []),
    );
    const ids: number[] = [];
    for await (const p of parcels.inboxList({ status: "InBoxReady", recordsPerPage: 2 }))
      ids.push(p.parcelId);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect(requests.map((r) => r.body)).toEqual([
      { status: "InBoxReady", pageNo: 1, recordsPerPage: 2 },
      { status: "InBoxReady", pageNo: 2, recordsPerPage: 2 },
      { status: "InBoxReady", pageNo: 3, recordsPerPage: 2 },
    ]);
  });
});

describe("rate-limit budget per credential", () => {
  it("makes two clients with the same API key share one budget, and a third key use its own", async () => {
    vi.useFakeTimers();
    try {
      const fake = fakeFetch(() => envelope({ parcelId: 1 }));
      const key = `shared-key-${Math.random()}`;
      const make = (apiKey: string) =>
        new Parcels(
          new ECGridCore({
            apiKey,
            baseUrl: "https://ecgrid.test",
            fetch: fake.fetch,
            throttle: { limit: 2, windowMs: 60_000 },
          }),
        );
      const [a, b, other] = [make(key), make(key), make(`${key}-other`)];
      const done: string[] = [];
      for (const [name, parcels] of [
        ["a", a],
        ["b", b],
        ["a", a],
        ["other", other],
        ["other", other],
      ] as const) {
        void parcels.get(1).then(() => done.push(name));
      }
      await vi.advanceTimersByTimeAsync(1_000);
      expect(done.sort()).toEqual(["a", "b", "other", "other"]);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(done.filter((n) => n === "a")).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
