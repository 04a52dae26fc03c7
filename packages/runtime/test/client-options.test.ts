import { describe, expect, it } from "vitest";
import { transportSettings } from "../src/client-options.ts";

describe("transportSettings", () => {
  it("folds maxRetries into the retry options and passes the rest through", () => {
    const fetch = async () => new Response();
    const onAttempt = () => undefined;
    const logger = { error() {}, warn() {}, info() {}, debug() {} };
    expect(
      transportSettings({
        maxRetries: 0,
        retry: { baseDelayMs: 5 },
        timeoutMs: 10,
        fetch,
        logger,
        onAttempt,
      }),
    ).toEqual({ fetch, retry: { baseDelayMs: 5, maxRetries: 0 }, timeoutMs: 10, logger, onAttempt });
  });

  it("leaves fetch out and builds a logger when none is given", () => {
    const settings = transportSettings({ logLevel: "off" });
    expect(settings).not.toHaveProperty("fetch");
    expect(settings.retry).toEqual({});
    expect(typeof settings.logger?.debug).toBe("function");
  });
});
