// Issue 13 (bundle size): ECGridSlimCore is ECGridCore without its plugins (throttle, retry budget,
// response validation) and without `raw`. A resource over it works as over the full core; an
// option only a missing plugin could honour is refused when the core is created.
import { createThrottle, ValidationError } from "@edi-clients/runtime";
import { describe, expect, it } from "vitest";
import { ECGridCore, ECGridSlimCore } from "../src/core/client.js";
import { ECGrid } from "../src/index.js";
import { Networks } from "../src/resources/networks.js";
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
