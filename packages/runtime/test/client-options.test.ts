import { describe, expect, it } from "vitest";
import { checkBaseUrl, isLoopback, transportSettings } from "../src/client-options.ts";
import { ValidationError } from "../src/errors.ts";

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
    ).toEqual({
      fetch,
      retry: { baseDelayMs: 5, maxRetries: 0 },
      timeoutMs: 10,
      logger,
      onAttempt,
    });
  });

  it("leaves fetch out and builds a logger when none is given", () => {
    const settings = transportSettings({ logLevel: "off" });
    expect(settings).not.toHaveProperty("fetch");
    expect(settings.retry).toEqual({});
    expect(typeof settings.logger?.debug).toBe("function");
  });
});

describe("checkBaseUrl", () => {
  const DEFAULT = "https://api.example.com";

  it("returns the baseUrl, or the default when none is given", () => {
    expect(checkBaseUrl({}, DEFAULT, "Client")).toBe(DEFAULT);
    expect(checkBaseUrl({ baseUrl: "https://mock.example.test/v2" }, DEFAULT, "Client")).toBe(
      "https://mock.example.test/v2",
    );
  });

  it.each([
    "http://localhost:4010",
    "http://LOCALHOST",
    "http://api.localhost:8080",
    "http://127.0.0.1:9",
    "http://127.12.0.3",
    "http://[::1]:4010",
    "http://[::ffff:127.0.0.1]:80",
  ])("allows plain http to the loopback address %s", (baseUrl) => {
    expect(checkBaseUrl({ baseUrl }, DEFAULT, "Client")).toBe(baseUrl);
  });

  it.each(["http://api.example.com", "http://10.0.0.5:8080", "http://[2001:db8::1]", "http://128.0.0.1"])(
    "refuses plain http to %s unless allowInsecureHttp, naming the option",
    (baseUrl) => {
      const attempt = () => checkBaseUrl({ baseUrl }, DEFAULT, "ECGrid");
      expect(attempt).toThrow(ValidationError);
      expect(attempt).toThrow(/^ECGrid: baseUrl uses plain http to .*allowInsecureHttp: true/);
      expect(checkBaseUrl({ baseUrl, allowInsecureHttp: true }, DEFAULT, "ECGrid")).toBe(baseUrl);
    },
  );

  it.each([
    ["not a url", /baseUrl is not a valid absolute URL/],
    ["/relative/path", /baseUrl is not a valid absolute URL/],
    ["ftp://files.example.com", /baseUrl must use https \(got ftp:\)/],
    ["file:///etc/passwd", /baseUrl must use https \(got file:\)/],
  ])("refuses %j", (baseUrl, message) => {
    expect(() => checkBaseUrl({ baseUrl, allowInsecureHttp: true }, DEFAULT, "Client")).toThrow(message);
  });

  it("refuses user info in the URL without repeating it", () => {
    const attempt = () => checkBaseUrl({ baseUrl: "https://me:pw-secret-1@api.example.com" }, DEFAULT, "C");
    expect(attempt).toThrow(/must not contain a user name or password/);
    expect(attempt).not.toThrow(/pw-secret-1/);
  });

  it("knows loopback host names", () => {
    expect(isLoopback("localhost.")).toBe(true);
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("localhost.example.com")).toBe(false);
    expect(isLoopback("127.0.0.1.nip.io")).toBe(false);
  });
});
