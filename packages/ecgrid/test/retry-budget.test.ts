// The client-wide retry budget through the whole ECGrid client (issue 14 item 2): one bucket per
// client by default, shared between clients when given, off with false, checked when created.
import {
  isRetryBudgetExhausted,
  RetryBudget,
  ServiceUnavailableError,
  ValidationError,
} from "@edi-clients/runtime";
import { outageServer, callers as settledCalls } from "@edi-clients/test-helpers/faults";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { describe, expect, it } from "vitest";
import { ECGrid, type ECGridOptions } from "../src/index.js";

const me = { userId: 7, login: "acme", email: "edi@acme.example", authLevel: "MailboxAdmin" };

// Down (503) at the start of every test, until the test brings it up.
const outage = outageServer({
  down: { status: 503, body: { success: false, message: "maintenance" } },
  up: { status: 200, body: { success: true, data: me } },
});
const serve = () => outage.start();

function connect(url: string, extra: ECGridOptions = {}) {
  return new ECGrid({
    baseUrl: url,
    apiKey: "key-123456",
    logger: silentLogger,
    throttle: false,
    maxRetries: 3,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    ...extra,
  });
}

const callers = (n: number, ecgrid: ECGrid) => settledCalls(n, () => ecgrid.users.me());

describe("ECGrid retry budget", () => {
  it("has a bucket of its own: 100 callers against a down server make 100 + 500/5 requests, then it refills", async () => {
    const { url, received } = await serve();
    const ecgrid = connect(url);
    expect(ecgrid.core.retryBudget?.available).toBe(500);
    const results = await callers(100, ecgrid);
    expect(received).toHaveLength(200);
    const errors = results.map((r) => (r as PromiseRejectedResult).reason);
    expect(errors.every((e) => e instanceof ServiceUnavailableError)).toBe(true);
    const noted = errors.filter(isRetryBudgetExhausted);
    expect(noted.length).toBeGreaterThan(0);
    expect((noted[0] as Error).message).toContain("retry budget is exhausted");
    expect(ecgrid.core.retryBudget?.available).toBe(0);
    outage.down = false;
    await expect(ecgrid.users.me()).resolves.toMatchObject({ userId: 7 });
    expect(ecgrid.core.retryBudget?.available).toBe(1);
  });

  it("shares one RetryBudget between clients that are given it", async () => {
    const { url, received } = await serve();
    const shared = new RetryBudget({ tokens: 100 });
    const a = connect(url, { retryBudget: shared });
    const b = connect(url, { retryBudget: shared });
    expect(a.core.retryBudget).toBe(shared);
    await Promise.all([callers(50, a), callers(50, b)]);
    expect(received).toHaveLength(100 + 100 / 5);
    expect(shared.available).toBe(0);
  });

  it("without a budget (retryBudget: false) every caller makes all its retries", async () => {
    const { url, received } = await serve();
    const ecgrid = connect(url, { retryBudget: false });
    expect(ecgrid.core.retryBudget).toBeUndefined();
    await callers(100, ecgrid);
    expect(received).toHaveLength(400);
  });

  it("fails fast on a bad retryBudget, naming the limit", () => {
    expect(() => connect("https://rest.ecgrid.test", { retryBudget: { tokens: 0 } })).toThrow(
      ValidationError,
    );
    expect(() => connect("https://rest.ecgrid.test", { retryBudget: { retryCost: 600 } })).toThrow(
      "ECGrid: retryBudget.retryCost must be an integer from 1 to 500, got 600",
    );
  });
});
