// A client-wide retry budget (issue 14 item 2): one token bucket shared by every call of a client,
// so that while the server is down, N concurrent callers make N first attempts and a bounded number
// of retries instead of N · (maxRetries + 1). The AWS SDK's standard retry quota: each retry pays
// for itself out of the bucket, a success pays back what its last retry cost (or a little, when it
// needed none), and a retry the bucket cannot pay for is not made: the call fails with what the
// last attempt got, marked `retryBudgetExhausted`. Count based: no timers, no clock.
import { ValidationError } from "./errors.js";
import type { AttemptOutcome, RetryDecision } from "./retry.js";

/** What a client's `retryBudget` option takes: numbers for a bucket of its own. */
export interface RetryBudgetOptions {
  /** Tokens in a full bucket, and the bucket's ceiling. Default 500 (AWS INITIAL_RETRY_TOKENS). */
  tokens?: number;
  /** Cost of a retry after an error answer (5xx, 408). Default 5 (AWS RETRY_COST). */
  retryCost?: number;
  /**
   * Cost of a retry after a timeout or a failed connection, the signs of a server that is gone
   * rather than busy. Default 10 (AWS TIMEOUT_RETRY_COST).
   */
  timeoutCost?: number;
  /** Paid back by a call that succeeded at its first attempt. Default 1 (AWS NO_RETRY_INCREMENT). */
  noRetryIncrement?: number;
}

/** The AWS SDK v3 standard retry quota's numbers (@smithy/util-retry constants). */
export const DEFAULT_RETRY_BUDGET: Readonly<Required<RetryBudgetOptions>> = Object.freeze({
  tokens: 500,
  retryCost: 5,
  timeoutCost: 10,
  noRetryIncrement: 1,
});

/** What a failed attempt was, as far as the budget cares. */
export type RetryCause = "error" | "timeout";

/**
 * A token bucket of retries. Give one instance to several clients (`retryBudget: budget`) to share
 * it between them; by default every client has one of its own.
 */
export class RetryBudget {
  readonly capacity: number;
  readonly retryCost: number;
  readonly timeoutCost: number;
  readonly noRetryIncrement: number;
  #available: number;

  constructor(options: RetryBudgetOptions = {}) {
    checkRetryBudgetOptions(options, "RetryBudget");
    this.capacity = options.tokens ?? DEFAULT_RETRY_BUDGET.tokens;
    this.retryCost = options.retryCost ?? DEFAULT_RETRY_BUDGET.retryCost;
    this.timeoutCost = options.timeoutCost ?? DEFAULT_RETRY_BUDGET.timeoutCost;
    this.noRetryIncrement = options.noRetryIncrement ?? DEFAULT_RETRY_BUDGET.noRetryIncrement;
    this.#available = this.capacity;
  }

  /** Tokens left. */
  get available(): number {
    return this.#available;
  }

  /** What a retry after this kind of failure costs. */
  costOf(cause: RetryCause): number {
    return cause === "timeout" ? this.timeoutCost : this.retryCost;
  }

  /**
   * Takes the cost of one retry out of the bucket: the cost, or undefined (nothing taken) when the
   * bucket cannot pay it, and the retry must not be made.
   */
  withdraw(cause: RetryCause): number | undefined {
    const cost = this.costOf(cause);
    if (cost > this.#available) return undefined;
    this.#available -= cost;
    return cost;
  }

  /**
   * A call succeeded: pays back `lastRetryCost` (what the retry that succeeded cost), or
   * `noRetryIncrement` when the call needed no retry. Never beyond the capacity.
   */
  succeeded(lastRetryCost?: number): void {
    const refund = lastRetryCost === undefined || lastRetryCost === 0 ? this.noRetryIncrement : lastRetryCost;
    this.#available = Math.min(this.capacity, this.#available + refund);
  }

  /** A plain description for messages and logs. */
  toString(): string {
    return `RetryBudget(${this.#available}/${this.capacity} tokens)`;
  }
}

/** What clients take as `retryBudget`: an instance (shared), false (none) or numbers (own bucket). */
export type RetryBudgetOption = RetryBudget | false | RetryBudgetOptions;

/**
 * The bucket a client's option asks for: its own default one when undefined, none when false.
 * Given the client's name (as a core's `retryBudget` plugin is), checks the option first
 * (ValidationError naming the limit, before any request).
 */
export function resolveRetryBudget(
  option: RetryBudgetOption | undefined,
  client?: string,
): RetryBudget | undefined {
  if (client !== undefined) checkRetryBudgetOptions(option, client);
  if (option === false) return undefined;
  if (option instanceof RetryBudget) return option;
  return new RetryBudget(option);
}

const MAX_TOKENS = 1_000_000;
const KEYS = new Set(["tokens", "retryCost", "timeoutCost", "noRetryIncrement"]);

/**
 * Fails fast (ValidationError naming the limit) on a `retryBudget` option that is not a
 * RetryBudget, false or `{ tokens, retryCost, timeoutCost, noRetryIncrement }` of integers in range.
 */
export function checkRetryBudgetOptions(option: unknown, client: string, name = "retryBudget"): void {
  if (option === undefined || option === false || option instanceof RetryBudget) return;
  const fail = (message: string): never => {
    throw new ValidationError(`${client}: ${message}`);
  };
  if (typeof option !== "object" || option === null || Array.isArray(option)) {
    fail(`${name} must be a RetryBudget, false or an object, got ${shown(option)}`);
  }
  const given = option as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!KEYS.has(key)) fail(`${name} has no option ${key} (it takes ${[...KEYS].join(", ")})`);
  }
  const integerIn = (key: string, min: number, max: number) => {
    const value = given[key];
    if (value === undefined) return;
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      fail(`${name}.${key} must be an integer from ${min} to ${max}, got ${shown(value)}`);
    }
  };
  integerIn("tokens", 1, MAX_TOKENS);
  const tokens = (given.tokens as number | undefined) ?? DEFAULT_RETRY_BUDGET.tokens;
  // A cost above the capacity would never let a retry through: say so instead of silently.
  integerIn("retryCost", 1, tokens);
  integerIn("timeoutCost", 1, tokens);
  integerIn("noRetryIncrement", 0, tokens);
}

function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return String(value);
}

/** Responses the transport returned because the budget could not pay for another attempt. */
const exhaustedResponses = new WeakSet<Response>();

/** Marks a response handed back unretried because the budget was empty (the transport does). */
export function markRetryBudgetExhausted(response: Response): void {
  exhaustedResponses.add(response);
}

/** Whether this response was handed back unretried because the retry budget was empty. */
export function wasRetryBudgetExhausted(response: Response): boolean {
  return exhaustedResponses.has(response);
}

/** The note an error gets when its call was not retried because the budget was empty. */
export const RETRY_BUDGET_NOTE = "not retried: the client's retry budget is exhausted";

/**
 * Marks an error whose call was not retried because the budget was empty:
 * `error.retryBudgetExhausted === true`, and its message ends with a note saying so (once).
 */
export function noteRetryBudgetExhausted<E extends Error>(error: E): E & { retryBudgetExhausted: true } {
  if (!isRetryBudgetExhausted(error)) {
    Object.defineProperty(error, "retryBudgetExhausted", {
      value: true,
      enumerable: true,
      configurable: true,
    });
    if (!error.message.includes(RETRY_BUDGET_NOTE)) error.message = `${error.message} (${RETRY_BUDGET_NOTE})`;
  }
  return error as E & { retryBudgetExhausted: true };
}

/** True for an error whose call gave up early because the client's retry budget was empty. */
export function isRetryBudgetExhausted(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { retryBudgetExhausted?: unknown }).retryBudgetExhausted === true
  );
}

/**
 * A retry decision once the budget has had its say: a retry the policy allows (not one after a
 * 429, which waits for the server's own reset instead) withdraws its cost, `cost` on the decision;
 * one the bucket cannot pay becomes "no retry" with `budgetExhausted`.
 */
export function budgetRetry(
  decision: RetryDecision,
  outcome: AttemptOutcome,
  budget: RetryBudget | undefined,
): RetryDecision {
  if (!budget || !decision.retry) return decision;
  if (outcome.kind === "response" && outcome.status === 429) return decision;
  const cause: RetryCause = outcome.kind === "response" ? "error" : "timeout";
  const cost = budget.withdraw(cause);
  if (cost !== undefined) return { ...decision, cost };
  return {
    retry: false,
    reason: `retry budget exhausted: ${budget.available} of ${budget.capacity} tokens left, a retry costs ${budget.costOf(cause)}`,
    budgetExhausted: true,
  };
}

/**
 * The transport's last word on a call that ends with `response`: an answer below 400 pays back
 * what its last retry cost (`spent`, 0 for none); one handed back because the budget was empty
 * is marked for invoke to note on its error.
 */
export function settleRetryBudget(
  budget: RetryBudget | undefined,
  response: Response,
  decision: RetryDecision,
  spent: number,
): void {
  if (!decision.retry && decision.budgetExhausted) markRetryBudgetExhausted(response);
  if (budget && response.status < 400) budget.succeeded(spent);
}

/** `error`, noted as not retried for want of budget when `decision` says so. */
export function withBudgetNote<E extends Error>(decision: RetryDecision | undefined, error: E): E {
  return decision && !decision.retry && decision.budgetExhausted ? noteRetryBudgetExhausted(error) : error;
}
