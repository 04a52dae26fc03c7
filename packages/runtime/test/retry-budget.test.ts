// The client-wide retry budget (issue 14 item 2): the bucket's arithmetic, the transport drawing
// on it, and the proof — a loopback server down for a scaled outage, 100 concurrent idempotent
// callers, total requests within the budget's bound (and above it without the budget), recovery.
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { ConnectionError, ServiceUnavailableError, TimeoutError } from "../src/errors.ts";
import { type ErrorDescriber, invoke } from "../src/invoke.ts";
import type { AttemptOutcome, RetryDecision } from "../src/retry.ts";
import {
  budgetRetry,
  checkRetryBudgetOptions,
  DEFAULT_RETRY_BUDGET,
  isRetryBudgetExhausted,
  noteRetryBudgetExhausted,
  RETRY_BUDGET_NOTE,
  RetryBudget,
  resolveRetryBudget,
} from "../src/retry-budget.ts";
import { sleep } from "../src/sleep.ts";
import { createTransport, type FetchLike, TransportRequest } from "../src/transport.ts";
import { checkClientOptions } from "../src/validate.ts";
import { hang, json, networkError, silentLogger, startServer, type TestPaths } from "./helpers.ts";

const describeError: ErrorDescriber = (status, body) => ({
  message: (body as { message?: string }).message ?? `HTTP ${status}`,
});

const response = (status: number): AttemptOutcome => ({ kind: "response", status, headers: new Headers() });
const retry: RetryDecision = { retry: true, delayMs: 0 };

describe("RetryBudget (the bucket)", () => {
  it("has the AWS SDK v3 standard retry quota's numbers", () => {
    expect(DEFAULT_RETRY_BUDGET).toEqual({ tokens: 500, retryCost: 5, timeoutCost: 10, noRetryIncrement: 1 });
    const budget = new RetryBudget();
    expect(budget).toMatchObject({ capacity: 500, retryCost: 5, timeoutCost: 10, noRetryIncrement: 1 });
    expect(budget.available).toBe(500);
  });

  it("charges 5 per retry after an error answer and 10 after a timeout or failed connection", () => {
    const budget = new RetryBudget();
    expect(budget.withdraw("error")).toBe(5);
    expect(budget.withdraw("timeout")).toBe(10);
    expect(budget.available).toBe(485);
  });

  it("refuses a retry it cannot pay for and takes nothing then", () => {
    const budget = new RetryBudget({ tokens: 12 });
    expect(budget.withdraw("timeout")).toBe(10);
    expect(budget.withdraw("timeout")).toBeUndefined();
    expect(budget.withdraw("error")).toBeUndefined();
    expect(budget.available).toBe(2);
  });

  it("pays back the cost of the retry that succeeded, or 1 for a first-try success, never past the capacity", () => {
    const budget = new RetryBudget({ tokens: 20 });
    budget.withdraw("timeout");
    budget.withdraw("error");
    expect(budget.available).toBe(5);
    budget.succeeded(5);
    expect(budget.available).toBe(10);
    budget.succeeded();
    budget.succeeded(0);
    expect(budget.available).toBe(12);
    budget.succeeded(10);
    budget.succeeded(10);
    expect(budget.available).toBe(20);
    expect(String(budget)).toBe("RetryBudget(20/20 tokens)");
  });

  it("takes its own numbers", () => {
    const budget = new RetryBudget({ tokens: 50, retryCost: 2, timeoutCost: 3, noRetryIncrement: 0 });
    expect(budget.withdraw("error")).toBe(2);
    expect(budget.withdraw("timeout")).toBe(3);
    budget.succeeded();
    expect(budget.available).toBe(45);
  });

  it("resolves the client option: default bucket, shared instance, numbers, or none", () => {
    const shared = new RetryBudget();
    expect(resolveRetryBudget(undefined)).toBeInstanceOf(RetryBudget);
    expect(resolveRetryBudget(undefined)).not.toBe(resolveRetryBudget(undefined));
    expect(resolveRetryBudget(shared)).toBe(shared);
    expect(resolveRetryBudget({ tokens: 10 })?.capacity).toBe(10);
    expect(resolveRetryBudget(false)).toBeUndefined();
  });

  it.each([
    [{ tokens: 0 }, "retryBudget.tokens must be an integer from 1 to 1000000, got 0"],
    [{ tokens: 1.5 }, "retryBudget.tokens must be an integer from 1 to 1000000, got 1.5"],
    [{ retryCost: 0 }, "retryBudget.retryCost must be an integer from 1 to 500, got 0"],
    [{ tokens: 8, timeoutCost: 10 }, "retryBudget.timeoutCost must be an integer from 1 to 8, got 10"],
    [{ noRetryIncrement: -1 }, "retryBudget.noRetryIncrement must be an integer from 0 to 500, got -1"],
    [{ retryCost: "5" }, 'retryBudget.retryCost must be an integer from 1 to 500, got "5"'],
    [{ size: 5 }, "retryBudget has no option size"],
    [true, "retryBudget must be a RetryBudget, false or an object, got true"],
    [[], "retryBudget must be a RetryBudget, false or an object, got an array"],
  ])("fails fast on %j, naming the limit", (option, message) => {
    expect(() => checkRetryBudgetOptions(option, "ECGrid")).toThrow(`ECGrid: ${message}`);
    // The core's retryBudget plugin checks before it resolves (the clients' construction).
    expect(() => resolveRetryBudget(option as never, "ECGrid")).toThrow(`ECGrid: ${message}`);
  });

  it("accepts what it documents", () => {
    for (const option of [undefined, false, new RetryBudget(), {}, { tokens: 1, retryCost: 1 }]) {
      expect(() => checkClientOptions({ retryBudget: option }, "ECGrid")).not.toThrow();
    }
    expect(() => new RetryBudget({ tokens: -1 })).toThrow("RetryBudget: retryBudget.tokens");
  });
});

describe("budgetRetry (the decision)", () => {
  it("charges an allowed retry and says what it cost", () => {
    const budget = new RetryBudget({ tokens: 10 });
    expect(budgetRetry(retry, response(503), budget)).toEqual({ retry: true, delayMs: 0, cost: 5 });
    expect(budgetRetry(retry, { kind: "timeout" }, budget)).toMatchObject({
      retry: false,
      budgetExhausted: true,
    });
    expect(budgetRetry(retry, { kind: "network", neverSent: true }, new RetryBudget())).toMatchObject({
      cost: 10,
    });
  });

  it("turns a retry the bucket cannot pay into no retry, with the reason", () => {
    const budget = new RetryBudget({ tokens: 4 });
    expect(budgetRetry(retry, response(500), budget)).toEqual({
      retry: false,
      reason: "retry budget exhausted: 4 of 4 tokens left, a retry costs 5",
      budgetExhausted: true,
    });
  });

  it("leaves refusals, 429 waits and budget-less transports alone", () => {
    const budget = new RetryBudget({ tokens: 5 });
    const no: RetryDecision = { retry: false, reason: "status 404 is not retryable" };
    expect(budgetRetry(no, response(404), budget)).toBe(no);
    expect(budgetRetry(retry, response(429), budget)).toBe(retry);
    expect(budgetRetry(retry, response(503), undefined)).toBe(retry);
    expect(budget.available).toBe(5);
  });

  it("notes an error once, on a property and in its message", () => {
    const error = noteRetryBudgetExhausted(noteRetryBudgetExhausted(new Error("503 down")));
    expect(error.retryBudgetExhausted).toBe(true);
    expect(error.message).toBe(`503 down (${RETRY_BUDGET_NOTE})`);
    expect(isRetryBudgetExhausted(error)).toBe(true);
    expect(isRetryBudgetExhausted(new Error("x"))).toBe(false);
    expect(isRetryBudgetExhausted(undefined)).toBe(false);
  });
});

/** A typed client over `fetch` through a transport with `budget`, and a GET /items call. */
function client(baseUrl: string, budget: RetryBudget | undefined, fetch?: FetchLike, timeoutMs?: number) {
  const raw = createClient<TestPaths>({
    baseUrl,
    fetch: createTransport({
      ...(fetch ? { fetch } : {}),
      logger: silentLogger,
      retryBudget: budget,
      retry: { maxRetries: 3, baseDelayMs: 20, maxDelayMs: 100 },
      ...(timeoutMs ? { timeoutMs } : {}),
    }),
    Request: TransportRequest,
  });
  return () => invoke((init) => raw.GET("/items", { ...init }), { operation: "listItems", describeError });
}

describe("the transport draws on the budget", () => {
  it("100 concurrent callers against a refused connection: 100 first attempts + 500/10 retries", async () => {
    let requests = 0;
    const budget = new RetryBudget();
    const list = client("http://127.0.0.1:9", budget, async () => {
      requests++;
      throw networkError("ECONNREFUSED");
    });
    const results = await Promise.allSettled(Array.from({ length: 100 }, () => list()));
    expect(requests).toBe(100 + 500 / 10);
    expect(budget.available).toBe(0);
    const errors = results.map((r) => (r as PromiseRejectedResult).reason as ConnectionError);
    expect(errors.every((e) => e instanceof ConnectionError)).toBe(true);
    const noted = errors.filter(isRetryBudgetExhausted);
    expect(noted.length).toBeGreaterThan(0);
    expect(noted[0]?.message).toContain("retry budget exhausted: 0 of 500 tokens left, a retry costs 10");
    expect(noted[0]?.message).toContain(RETRY_BUDGET_NOTE);
  });

  it("charges a timeout retry 10 and pays it back when the retry succeeds", async () => {
    const budget = new RetryBudget({ tokens: 15 });
    let requests = 0;
    const list = client(
      "https://api.example.test",
      budget,
      (request, init) => {
        requests++;
        return requests === 1
          ? hang(request, init?.signal as AbortSignal)
          : Promise.resolve(json([{ id: 1, name: "a" }]));
      },
      50,
    );
    await expect(list()).resolves.toMatchObject({ data: [{ id: 1, name: "a" }] });
    expect(requests).toBe(2);
    expect(budget.available).toBe(15);

    // 15 tokens pay one timeout retry (10), not a second one: the call fails noted after 2 attempts.
    let hung = 0;
    const hanging = client(
      "https://api.example.test",
      budget,
      (request, init) => {
        hung++;
        return hang(request, init?.signal as AbortSignal);
      },
      30,
    );
    const timedOut = await hanging().catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(isRetryBudgetExhausted(timedOut)).toBe(true);
    expect((timedOut as Error).message).toContain(
      "retry budget exhausted: 5 of 15 tokens left, a retry costs 10",
    );
    expect(hung).toBe(2);
    expect(budget.available).toBe(5);
  });

  it("does not charge retries after a 429 (they follow Retry-After, capped by maxRateLimitRetries)", async () => {
    const budget = new RetryBudget({ tokens: 5 });
    let requests = 0;
    const list = client("https://api.example.test", budget, async () => {
      requests++;
      return requests <= 3 ? json({ message: "slow down" }, 429, { "Retry-After": "0" }) : json([]);
    });
    await expect(list()).resolves.toMatchObject({ data: [] });
    expect(requests).toBe(4);
    expect(budget.available).toBe(5);
  });

  it("with the budget off, every caller makes all its retries", async () => {
    let requests = 0;
    const list = client("https://api.example.test", undefined, async () => {
      requests++;
      throw networkError("ECONNREFUSED");
    });
    await Promise.allSettled(Array.from({ length: 20 }, () => list()));
    expect(requests).toBe(20 * 4);
  });
});

/** The scaled outage: "30 s" of 503s at 1:20. The server stays down until every caller gave up. */
const OUTAGE_MS = 1_500;
const CALLERS = 100;
const MAX_RETRIES = 3;

async function outage(budget: RetryBudget | undefined) {
  let down = true;
  let failNext = 0;
  const server = await startServer((_request, res) => {
    const failing = down || failNext > 0;
    if (!down && failNext > 0) failNext--;
    res.writeHead(failing ? 503 : 200, { "content-type": "application/json" });
    res.end(failing ? JSON.stringify({ message: "down for maintenance" }) : "[]");
  });
  try {
    const list = client(server.url, budget);
    const started = Date.now();
    const results = await Promise.allSettled(Array.from({ length: CALLERS }, () => list()));
    const settledMs = Date.now() - started;
    await sleep(Math.max(0, OUTAGE_MS - settledMs));
    const duringOutage = server.received.length;
    const errors = results.map((r) => (r.status === "rejected" ? r.reason : r.value));
    down = false;
    return {
      duringOutage,
      errors,
      settledMs,
      server,
      list,
      failOnce: () => {
        failNext = 1;
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

describe("proof: the server is down for a scaled 30 s, 100 concurrent callers (maxRetries 3)", () => {
  it("with the budget, total requests stay within 100 first attempts + 500/5 retries, and it recovers", async () => {
    const budget = new RetryBudget();
    const bound = CALLERS + Math.floor(DEFAULT_RETRY_BUDGET.tokens / DEFAULT_RETRY_BUDGET.retryCost);
    const run = await outage(budget);
    try {
      console.log(
        `retry budget: ${run.duringOutage} requests during the outage from ${CALLERS} callers ` +
          `(bound ${bound}; ${CALLERS * (MAX_RETRIES + 1)} without a budget), callers settled in ${run.settledMs} ms`,
      );
      expect(run.duringOutage).toBeLessThanOrEqual(bound);
      expect(run.duringOutage).toBe(bound); // every token spent: 100 retries were made, no more
      expect(budget.available).toBe(0);
      expect(run.errors.every((e) => e instanceof ServiceUnavailableError)).toBe(true);
      const noted = run.errors.filter(isRetryBudgetExhausted);
      expect(noted.length).toBeGreaterThanOrEqual(CALLERS - Math.floor(bound / MAX_RETRIES));
      expect((noted[0] as Error).message).toContain(RETRY_BUDGET_NOTE);
      expect((noted[0] as Error).message).toMatch(/^listItems: 503 down for maintenance/);

      // Recovery: the server is back. First attempts succeed and refill the bucket by 1 each.
      const back = await Promise.all(Array.from({ length: CALLERS }, () => run.list()));
      expect(back.every((r) => Array.isArray(r.data))).toBe(true);
      expect(budget.available).toBe(CALLERS);
      // A call that needs a retry gets one again, and its success pays the retry back.
      run.failOnce();
      const before = run.server.received.length;
      await expect(run.list()).resolves.toMatchObject({ data: [] });
      expect(run.server.received.length - before).toBe(2);
      expect(budget.available).toBe(CALLERS);
    } finally {
      await run.server.close();
    }
  });

  it("without the budget, the same outage takes (maxRetries + 1) requests per caller — above the bound", async () => {
    const run = await outage(undefined);
    try {
      const bound = CALLERS + DEFAULT_RETRY_BUDGET.tokens / DEFAULT_RETRY_BUDGET.retryCost;
      console.log(
        `no retry budget: ${run.duringOutage} requests during the outage (bound with a budget ${bound})`,
      );
      expect(run.duringOutage).toBe(CALLERS * (MAX_RETRIES + 1));
      expect(run.duringOutage).toBeGreaterThan(bound);
      expect(run.errors.some(isRetryBudgetExhausted)).toBe(false);
    } finally {
      await run.server.close();
    }
  });
});
