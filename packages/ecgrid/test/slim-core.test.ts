// Issue 13 (bundle size): ECGridSlimCore is ECGridCore without its plugins (throttle, retry budget,
// response validation) and without `raw`. A resource over it works as over the full core; an
// option only a missing plugin could honour is refused when the core is created.
import { createThrottle, ValidationError } from "@edi-clients/runtime";
import { assert, describe, expect, it } from "vitest";
import { ECGridCore, ECGridSlimCore } from "../src/core/client.js";
import { parcelsGetParcel } from "../src/generated/operations.js";
import { ECGrid } from "../src/index.js";
import { Networks } from "../src/resources/networks.js";
import { Parcels } from "../src/resources/parcels.js";
import { envelope, fakeFetch } from "./support/fake-fetch.js";

const KEY = "key-1234567890";
const baseUrl = "https://ecgrid.test";

describe("ECGridSlimCore", () => {
  it("serves a resource like the full core: auth, envelope, typed record, retries of a safe call", async () => {
    const fake = fakeFetch((_request, index) =>
      index === 0 ? new Response("busy", { status: 503 }) : envelope({ networkId: 7, name: "Loren" }),
    );
    const core = new ECGridSlimCore({ apiKey: KEY, baseUrl, fetch: fake.fetch, retry: { baseDelayMs: 1 } });
    const network = await new Networks(core).get(7);
    expect(network).toMatchObject({ networkId: 7, name: "Loren" });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /v2/networks/7",
      "GET /v2/networks/7",
    ]);
    expect(fake.requests[0]?.headers.get("x-api-key")).toBe(KEY);
    expect(core.throttle).toBeUndefined();
    expect(core.retryBudget).toBeUndefined();
    expect("raw" in core).toBe(false);
  });

  it("refuses throttle, retryBudget and validateResponses without their plugin, before any request", () => {
    const fake = fakeFetch(() => envelope(null));
    for (const [options, plugin] of [
      [{ throttle: { limit: 60 } }, "throttle"],
      [{ retryBudget: { tokens: 10 } }, "retryBudget"],
      [{ validateResponses: "throw" as const }, "responseValidation"],
    ] as const) {
      const create = () => new ECGridSlimCore({ apiKey: KEY, baseUrl, fetch: fake.fetch, ...options });
      expect(create).toThrow(ValidationError);
      expect(create).toThrow(`ECGrid: ${Object.keys(options)[0]} needs the ${plugin} plugin`);
    }
    expect(fake.requests).toHaveLength(0);
  });

  it("checks inputs with the rules its resources bring, and refuses an operation none brought, before any request", async () => {
    const fake = fakeFetch(() => envelope({ parcelId: 5 }));
    const core = new ECGridSlimCore({ apiKey: KEY, baseUrl, fetch: fake.fetch });
    await expect(new Networks(core).get(-1)).rejects.toThrow(
      "networksGetNetwork: id must be a positive integer",
    );
    // Called straight through the core, no Parcels over it: no rules, so no unchecked call.
    const unchecked = core.call(parcelsGetParcel, { params: { path: { id: 5 } } });
    await expect(unchecked).rejects.toThrow(ValidationError);
    await expect(unchecked).rejects.toThrow(
      "parcelsGetParcel: this ECGrid core has no input rules for the operation; construct its resource over the core first",
    );
    expect(fake.requests).toHaveLength(0);
    new Parcels(core);
    await expect(core.call(parcelsGetParcel, { params: { path: { id: -1 } } })).rejects.toThrow(
      "parcelsGetParcel: id must be a positive integer",
    );
    expect(fake.requests).toHaveLength(0);
    await core.call(parcelsGetParcel, { params: { path: { id: 5 } } });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v2/parcels/5"]);
  });

  it("signs in with credentials through its own rules (a login is a call)", async () => {
    const fake = fakeFetch((request) =>
      request.path === "/v2/auth/login"
        ? envelope({ token: "jwt-abc", expiresAt: new Date(Date.now() + 3_600_000).toISOString() })
        : envelope({ networkId: 7 }),
    );
    const core = new ECGridSlimCore({
      baseUrl,
      fetch: fake.fetch,
      credentials: { login: "ops", password: "pw-secret-1" },
    });
    await new Networks(core).get(7);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v2/auth/login",
      "GET /v2/networks/7",
    ]);
    expect(fake.requests[1]?.headers.get("authorization")).toBe("Bearer jwt-abc");
  });

  it("checks the upload defaults (reconcile) when Parcels is constructed over it, before any request", async () => {
    const fake = fakeFetch(() => envelope({ networkId: 7 }));
    const bad = { reconcile: { windowMs: -1 } };
    // Only uploads read them: a core serving Networks alone carries no reconcile code (issue 13).
    const core = new ECGridSlimCore({ apiKey: KEY, baseUrl, fetch: fake.fetch, ...bad });
    await new Networks(core).get(7);
    expect(() => new Parcels(core)).toThrow(ValidationError);
    expect(() => new Parcels(core)).toThrow(
      "ECGrid: reconcile.windowMs must be a number of milliseconds from 1 to 3600000, got -1",
    );
    // The full core checks them when it is created, as before.
    expect(() => new ECGridCore({ apiKey: KEY, baseUrl, ...bad })).toThrow(
      "ECGrid: reconcile.windowMs must be a number of milliseconds from 1 to 3600000, got -1",
    );
    const good = new ECGridSlimCore({ apiKey: KEY, baseUrl, reconcile: { windowMs: 5_000 } });
    new Parcels(good);
    expect(good.reconcileSettings(() => assert.fail("resolved once only"))).toMatchObject({
      reconcile: { windowMs: 5_000 },
      onUnknownOutcome: "reject",
    });
    expect(fake.requests.map((r) => r.path)).toEqual(["/v2/networks/7"]);
  });

  it("runs with the plugins it is given", async () => {
    const core = new ECGridSlimCore({ apiKey: KEY, baseUrl, plugins: { throttle: createThrottle } });
    expect(core.throttle).toBeDefined();
    expect(core.retryBudget).toBeUndefined();
    await core.close();
  });
});

describe("ECGridCore and ECGrid: every plugin, and raw", () => {
  it("throttle, retry budget and raw on by default, as before", async () => {
    const core = new ECGridCore({ apiKey: KEY, baseUrl });
    expect(core).toBeInstanceOf(ECGridSlimCore);
    expect(core.throttle).toBeDefined();
    expect(core.retryBudget).toBeDefined();
    expect(typeof core.raw.GET).toBe("function");
    await core.close();
    const client = new ECGrid({ apiKey: KEY, baseUrl });
    expect(client.raw).toBe(client.core.raw);
    expect(client.core.throttle).toBeDefined();
    await client.close();
  });

  it("still refuses options that are not an object, naming them", () => {
    expect(() => new ECGridCore(5 as never)).toThrow("ECGrid: options must be an object, got 5");
    expect(() => new ECGridCore({ apiKey: KEY, plugins: 1 as never })).toThrow(
      "ECGrid: plugins must be an object of plugin functions",
    );
  });
});
