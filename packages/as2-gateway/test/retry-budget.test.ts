// The client-wide retry budget through the whole AS2 Gateway client (issue 14 item 2): one bucket
// per client by default, shared between clients when given, off with false, checked when created.
import { outageServer, callers as settledCalls } from "@edi-clients/test-helpers/faults";
import { describe, expect, it } from "vitest";
import {
  As2Gateway,
  type As2GatewayOptions,
  isRetryBudgetExhausted,
  RetryBudget,
  ServiceUnavailableError,
} from "../src/index.js";
import { page, silentLogger } from "./helpers.js";

// Down (503) at the start of every test, until the test brings it up.
const outage = outageServer({
  down: { status: 503, body: { message: "maintenance" } },
  up: { status: 200, body: page([]) },
});
const serve = () => outage.start();

function connect(url: string, extra: As2GatewayOptions = {}) {
  return new As2Gateway({
    baseUrl: url,
    token: "tok-123456",
    logger: silentLogger,
    throttle: false,
    maxRetries: 3,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    ...extra,
  });
}

const callers = (n: number, as2: As2Gateway) => settledCalls(n, () => as2.received.list());

describe("AS2 Gateway retry budget", () => {
  it("has a bucket of its own: 100 callers against a down server make 100 + 500/5 requests, then it refills", async () => {
    const { url, received } = await serve();
    const as2 = connect(url);
    const results = await callers(100, as2);
    expect(received).toHaveLength(200);
    const errors = results.map((r) => (r as PromiseRejectedResult).reason);
    expect(errors.every((e) => e instanceof ServiceUnavailableError)).toBe(true);
    expect(errors.filter(isRetryBudgetExhausted).length).toBeGreaterThan(0);
    expect(as2.core.retryBudget?.available).toBe(0);
    outage.down = false;
    await expect(as2.received.list()).resolves.toBeDefined();
    expect(as2.core.retryBudget?.available).toBe(1);
    await as2.close();
  });

  it("shares one RetryBudget between clients, and is off with false", async () => {
    const { url, received } = await serve();
    const shared = new RetryBudget({ tokens: 50 });
    const a = connect(url, { retryBudget: shared });
    const b = connect(url, { retryBudget: shared });
    await Promise.all([callers(20, a), callers(20, b)]);
    expect(received).toHaveLength(40 + 50 / 5);
    const off = connect(url, { retryBudget: false });
    expect(off.core.retryBudget).toBeUndefined();
    await callers(10, off);
    expect(received).toHaveLength(50 + 10 * 4);
  });

  it("fails fast on a bad retryBudget, naming the limit", () => {
    expect(() => connect("https://api.as2gateway.test", { retryBudget: { timeoutCost: 0 } })).toThrow(
      "As2Gateway: retryBudget.timeoutCost must be an integer from 1 to 500, got 0",
    );
  });
});
