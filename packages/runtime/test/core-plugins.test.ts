// Issue 13 (bundle size): the throttle, the retry budget and response validation are plugins of the
// client core. A core without them still retries, times out and signs in; it refuses, before any
// request, an option only a missing plugin could honour; the full clients pass ALL_PLUGINS.
import { fakeFetch, json, status } from "@edi-clients/test-helpers/fetch";
import { describe, expect, it } from "vitest";
import { ALL_PLUGINS, withAllPlugins } from "../src/all-plugins.ts";
import type { CoreOptions } from "../src/client-core.ts";
import { withPlugins } from "../src/core-plugins.ts";
import { ValidationError } from "../src/errors.ts";
import { RetryBudget } from "../src/retry-budget.ts";
import { thingsCore as core, getThing } from "./things-core.ts";

describe("a core without plugins (slim)", () => {
  it("keeps no throttle and no retry budget, and still retries a safe call on a 503 and after a 429", async () => {
    const fake = fakeFetch(status(503), status(429, { "Retry-After": "0" }), json({ id: 1 }));
    const slim = core({ fetch: fake.fetch });
    expect(slim.throttle).toBeUndefined();
    expect(slim.retryBudget).toBeUndefined();
    const { data } = await slim.request(getThing, { params: { path: { id: 1 } } });
    expect(data).toEqual({ id: 1 });
    expect(fake.calls).toHaveLength(3);
    expect(fake.calls[0]?.headers.get("x-api-key")).toBe("k");
  });

  it.each([
    [
      { throttle: { limit: 5 } },
      "throttle needs the throttle plugin",
      "plugins: { throttle: createThrottle }",
    ],
    [{ throttle: {} }, "throttle needs the throttle plugin", "plugins: { throttle: createThrottle }"],
    [
      { retryBudget: { tokens: 10 } },
      "retryBudget needs the retryBudget plugin",
      "plugins: { retryBudget: resolveRetryBudget }",
    ],
    [
      { retryBudget: new RetryBudget() },
      "retryBudget needs the retryBudget plugin",
      "plugins: { retryBudget: resolveRetryBudget }",
    ],
    [
      { validateResponses: "warn" as const },
      "validateResponses needs the responseValidation plugin",
      "plugins: { responseValidation: responseCheck }",
    ],
  ])("refuses %j when it is created, naming the plugin to pass", (options, says, fix) => {
    const fake = fakeFetch();
    const create = () => core({ fetch: fake.fetch, ...options });
    expect(create).toThrow(ValidationError);
    expect(create).toThrow(`Things: ${says}`);
    expect(create).toThrow(fix);
    expect(fake.calls).toHaveLength(0);
  });

  it("accepts the options that ask for nothing: throttle false, retryBudget false, validateResponses off", () => {
    const slim = core({ throttle: false, retryBudget: false, validateResponses: "off" });
    expect(slim.throttle).toBeUndefined();
    expect(slim.retryBudget).toBeUndefined();
  });

  it("refuses plugins that are not an object of functions", () => {
    expect(() => core({ plugins: 5 as never })).toThrow(
      "Things: plugins must be an object of plugin functions",
    );
    expect(() => core({ plugins: [] as never })).toThrow(
      "Things: plugins must be an object of plugin functions",
    );
    expect(() => core({ plugins: { throttle: "yes" } as never })).toThrow(
      "Things: plugins.throttle must be a function",
    );
  });
});

describe("a core with plugins", () => {
  it("with ALL_PLUGINS: the throttle at the profile's limit, its own retry budget, response validation", async () => {
    const full = core({ plugins: ALL_PLUGINS });
    expect(full.throttle).toBeDefined();
    expect(full.retryBudget).toBeInstanceOf(RetryBudget);
    await full.close();
    // The plugins check their own options as before.
    expect(() => core({ plugins: ALL_PLUGINS, retryBudget: { tokens: 0 } })).toThrow(
      "Things: retryBudget.tokens must be an integer from 1 to 1000000, got 0",
    );
    expect(() => core({ plugins: ALL_PLUGINS, validateResponses: "warn" })).toThrow(
      'Things: validateResponses "warn" needs responseValidator',
    );
    expect(() => core({ plugins: ALL_PLUGINS, throttle: { limit: 0 } as never })).toThrow();
  });

  it("with one plugin: only that one", async () => {
    const shared = new RetryBudget({ tokens: 50 });
    const some = core({ plugins: { retryBudget: ALL_PLUGINS.retryBudget }, retryBudget: shared });
    expect(some.retryBudget).toBe(shared);
    expect(some.throttle).toBeUndefined();
    expect(() => core({ plugins: { retryBudget: ALL_PLUGINS.retryBudget }, throttle: { limit: 1 } })).toThrow(
      "throttle needs the throttle plugin",
    );
  });

  it("withAllPlugins adds every plugin the options do not name, and leaves non-objects for the core to refuse", () => {
    const mine = () => undefined;
    const given: CoreOptions = { plugins: { retryBudget: mine } };
    const options = withAllPlugins(given);
    expect(options.plugins?.retryBudget).toBe(mine);
    expect(options.plugins?.throttle).toBe(ALL_PLUGINS.throttle);
    expect(options.plugins?.responseValidation).toBe(ALL_PLUGINS.responseValidation);
    expect(given.plugins).toEqual({ retryBudget: mine });
    expect(withPlugins("nope" as never, ALL_PLUGINS)).toBe("nope");
    expect(withPlugins(null as never, ALL_PLUGINS)).toBe(null);
    const bad = { plugins: 1 as never };
    expect(withPlugins(bad, ALL_PLUGINS)).toBe(bad);
  });
});
