import { inspect } from "node:util";
import { fakeFetch, json, status } from "@edi-clients/test-helpers/fetch";
import { expectNoSecret, silentLogger } from "@edi-clients/test-helpers/leaks";
import { describe, expect, it } from "vitest";
import { apiKeyAuth } from "../src/auth.ts";
import { ClientCore, type ClientProfile } from "../src/client-core.ts";
import { ApiError, ClientClosedError, ServiceUnavailableError, ValidationError } from "../src/errors.ts";
import type { Operation } from "../src/operation.ts";
import { integer } from "../src/validate.ts";

const KEY = "sk-live-planted-4f9c2e";

const getThing = {
  id: "getThing",
  method: "GET",
  path: "/things/{id}",
  idempotent: true,
} as const satisfies Operation;
const createThing = {
  id: "createThing",
  method: "POST",
  path: "/things",
  idempotent: false,
} as const satisfies Operation;

const PROFILE: ClientProfile = {
  name: "Things",
  defaultBaseUrl: "https://things.example",
  rateLimit: { limit: 100, windowMs: 1_000 },
  validationEntry: "things/validation",
  headers: { Accept: "application/json" },
  describeError: (_status, body) => ({
    message: String((body as { message?: unknown })?.message ?? "failed"),
  }),
  inputs: { getThing: { path: { id: integer() } }, createThing: {} },
  checkBody: (body) => {
    if ((body as { ok?: boolean })?.ok === false) throw new ValidationError("the body says it failed");
  },
};

// The generated `paths` / `operations` types are per API; the core itself is generic over them.
// biome-ignore lint/suspicious/noExplicitAny: a test API without generated types
type AnyCore = ClientCore<any, any>;

function core(fetch: ReturnType<typeof fakeFetch>["fetch"], signIns: string[] = []): AnyCore {
  return new ClientCore(
    { fetch, logger: silentLogger, throttle: false, retry: { baseDelayMs: 1, maxDelayMs: 1 } },
    PROFILE,
    (self) => {
      signIns.push(String(self));
      return { auth: apiKeyAuth("X-API-Key", KEY) };
    },
  );
}

describe("ClientCore (one core for both clients)", () => {
  it("sends the descriptor's method and path, with path parameters, the profile's headers and the auth", async () => {
    const fake = fakeFetch(json({ id: 7 }));
    const { data, response } = await core(fake.fetch).request(getThing, { params: { path: { id: 7 } } });
    expect(data).toEqual({ id: 7 });
    expect(response.status).toBe(200);
    expect(fake.calls.map((c) => `${c.method} ${c.url}`)).toEqual(["GET https://things.example/things/7"]);
    expect(fake.calls[0]?.headers.get("accept")).toBe("application/json");
    expect(fake.calls[0]?.headers.get("x-api-key")).toBe(KEY);
  });

  it("retries an idempotent descriptor on a 503 and never repeats a non-idempotent one", async () => {
    const reads = fakeFetch(status(503), json({ id: 1 }));
    await core(reads.fetch).request(getThing, { params: { path: { id: 1 } } });
    expect(reads.calls).toHaveLength(2);

    const writes = fakeFetch(status(503), json({ id: 2 }));
    await expect(core(writes.fetch).request(createThing, { body: { name: "x" } })).rejects.toBeInstanceOf(
      ServiceUnavailableError,
    );
    expect(writes.calls).toHaveLength(1);
  });

  it("checks the input against the profile's rules before any request", async () => {
    const fake = fakeFetch();
    await expect(core(fake.fetch).request(getThing, { params: { path: { id: 0 } } })).rejects.toThrow(
      /^getThing: id must be/,
    );
    await expect(
      core(fake.fetch).request(getThing, { params: { path: { id: 1 } } }, { timeoutMs: -1 }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(fake.calls).toHaveLength(0);
  });

  it("refuses an operation without rules before any request, and checks the rules useInputs adds", async () => {
    const fake = fakeFetch(json({ ok: true }));
    const c = core(fake.fetch);
    const listThings = { id: "listThings", method: "GET", path: "/things", idempotent: true } as const;
    const unchecked = c.request(listThings, { params: { query: { limit: 0 } } });
    await expect(unchecked).rejects.toBeInstanceOf(ValidationError);
    await expect(unchecked).rejects.toThrow(
      "listThings: this Things core has no input rules for the operation; construct its resource over the core first",
    );
    expect(fake.calls).toHaveLength(0);
    c.useInputs({ listThings: { query: { limit: integer(1, 50) } } });
    await expect(c.request(listThings, { params: { query: { limit: 0 } } })).rejects.toThrow(
      /^listThings: limit must be/,
    );
    expect(fake.calls).toHaveLength(0);
    await c.request(listThings, { params: { query: { limit: 5 } } });
    expect(fake.calls).toHaveLength(1);
  });

  it("turns an HTTP failure into a typed ApiError naming the operation, without the credential", async () => {
    const fake = fakeFetch(json({ message: `bad key ${KEY}` }, 400));
    const error = await core(fake.fetch)
      .request(createThing, { body: {} })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).operation).toBe("createThing");
    expect((error as ApiError).status).toBe(400);
    expectNoSecret(error, [KEY]);
  });

  it("lets the profile reject a 2xx body that reports a failure", async () => {
    const fake = fakeFetch(json({ ok: false }));
    await expect(core(fake.fetch).request(createThing, { body: {} })).rejects.toThrow(
      /the body says it failed/,
    );
  });

  it("signs in once, with the core itself; prints no credential; close() stops later calls", async () => {
    const signIns: string[] = [];
    const fake = fakeFetch();
    const c = core(fake.fetch, signIns);
    expect(signIns).toEqual(["ThingsCore(***)"]);
    expect(inspect(c)).toBe("ThingsCore(***)");
    expect(JSON.stringify({ c })).toBe('{"c":"ThingsCore(***)"}');
    await c.close();
    await expect(c.request(getThing, { params: { path: { id: 1 } } })).rejects.toBeInstanceOf(
      ClientClosedError,
    );
    expect(fake.calls).toHaveLength(0);
  });
});
