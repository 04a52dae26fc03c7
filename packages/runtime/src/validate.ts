// Input checks shared by both clients. Every public method checks what it was given before any
// request and fails with a ValidationError naming the parameter and the limit, e.g.
// "parcelsGetParcel: id must be a positive integer, got -1". Operations declare their inputs as
// data (`InputRules`, one table per API, checked against the spec by tests); per-call and client
// options are checked here once for every call.
import { ValidationError } from "./errors.js";

/** Largest `format: int32` value. */
export const INT32_MAX = 2_147_483_647;
/** Largest integer a JavaScript number holds exactly (stands in for `format: int64`). */
export const INT64_MAX = Number.MAX_SAFE_INTEGER;
/** Longest delay a timer takes: setTimeout fires at once beyond it. */
export const MAX_TIMER_MS = 2_147_483_647;

export interface IntegerRule {
  type: "integer";
  min: number;
  max: number;
  optional?: boolean;
  /** Documented special values outside min–max and what they mean, e.g. `{ 0: "all" }`. */
  special?: Readonly<Record<number, string>>;
}
export interface StringRule {
  type: "string";
  optional?: boolean;
  minLength?: number;
  /** Must hold something other than whitespace (IDs that end up in a URL path). */
  nonBlank?: boolean;
}
export interface BooleanRule {
  type: "boolean";
  optional?: boolean;
}
export interface OneOfRule {
  type: "oneOf";
  values: readonly string[];
  optional?: boolean;
}
export interface ArrayRule {
  type: "array";
  items: FieldRule;
  maxItems?: number;
  optional?: boolean;
}
export type FieldRule = IntegerRule | StringRule | BooleanRule | OneOfRule | ArrayRule;
export type FieldRules = Readonly<Record<string, FieldRule>>;

/** What an operation takes, by location, each field with its rule. */
export interface InputRules {
  path?: FieldRules;
  query?: FieldRules;
  /** The fields of a JSON object body, or one rule for a body that is not an object (an array). */
  body?: FieldRules | FieldRule;
}

/** Declared keys only: drops the `[key: string]: unknown` of bodies open to additional fields. */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};
/** The integer fields and the required fields: the ones a rule table must cover. */
type MustKeys<T> = {
  [K in KnownKeys<T>]-?: K extends keyof T
    ? NonNullable<T[K]> extends number
      ? K
      : Pick<T, K> extends Required<Pick<T, K>>
        ? K
        : never
    : never;
}[KnownKeys<T>];
type FieldRulesOf<T> = { readonly [K in MustKeys<T>]-?: FieldRule } & {
  readonly [K in KnownKeys<T>]?: FieldRule;
};
type Location<Name extends string, T> = [NonNullable<T>] extends [never]
  ? { readonly [K in Name]?: never }
  : {
      readonly [K in Name]-?: NonNullable<T> extends readonly unknown[]
        ? FieldRule
        : FieldRulesOf<NonNullable<T>>;
    };
type JsonBody<R> = [R] extends [never]
  ? never
  : R extends { content: { "application/json": infer B } }
    ? B
    : never;

/**
 * The rules a table must give one generated operation (`operations["x"]` of openapi-typescript):
 * every location it has (path, query, a JSON body), a rule for every integer and every required
 * field, optionally one for the others; an array body takes one rule. A table typed with it fails
 * `tsc` as soon as the spec adds an operation or a field without a rule.
 */
export type OperationRules<O extends { parameters: { path?: unknown; query?: unknown } }> = Location<
  "path",
  O["parameters"]["path"]
> &
  Location<"query", O["parameters"]["query"]> &
  Location<"body", JsonBody<NonNullable<O extends { requestBody?: infer R } ? R : never>>> &
  InputRules;

/** The values a method is about to send, by location. */
export interface OperationInput {
  path?: object | undefined;
  query?: object | undefined;
  body?: unknown;
}

// ---- rule builders: keep the per-API tables short ----

/** An integer from `min` to `max` (default: a positive int32, the shape of most IDs). */
export function integer(min = 1, max = INT32_MAX, special?: Readonly<Record<number, string>>): IntegerRule {
  return special ? { type: "integer", min, max, special } : { type: "integer", min, max };
}
/** A string; `minLength` as the spec documents it. */
export function string(minLength?: number): StringRule {
  return minLength === undefined ? { type: "string" } : { type: "string", minLength };
}
export function boolean(): BooleanRule {
  return { type: "boolean" };
}
export function oneOf(values: readonly string[]): OneOfRule {
  return { type: "oneOf", values };
}
export function arrayOf(items: FieldRule, maxItems?: number): ArrayRule {
  return maxItems === undefined ? { type: "array", items } : { type: "array", items, maxItems };
}
/** The same rule for a field that may be left out. */
export function optional<R extends FieldRule>(rule: R): R {
  return { ...rule, optional: true };
}
/** Every rule of `rules`, optional. */
export function allOptional(rules: FieldRules): FieldRules {
  return Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, optional(rule)]));
}

// ---- checking ----

function fail(operation: string | undefined, message: string): never {
  throw new ValidationError(operation ? `${operation}: ${message}` : message, { operation });
}

/** A short, credential-safe rendering of a rejected value. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "string":
      return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}…` : JSON.stringify(value);
    case "function":
      return "a function";
    default:
      return Array.isArray(value) ? "an array" : "an object";
  }
}

/** Strings are never quoted back: a wrongly placed password must not land in a message. */
function describeKind(value: unknown): string {
  if (typeof value !== "string") return typeof value === "number" ? "a number" : describeValue(value);
  return value === "" ? "an empty string" : value.trim() === "" ? "a blank string" : "a string too short";
}

function integerPhrase(rule: IntegerRule, value: unknown): string {
  const overMax = Number.isInteger(value) && (value as number) > rule.max;
  const open = rule.max >= INT32_MAX && !overMax;
  const base = !open
    ? `an integer from ${rule.min} to ${rule.max}`
    : rule.min === 1
      ? "a positive integer"
      : `an integer >= ${rule.min}`;
  const special = Object.entries(rule.special ?? {}).map(([v, meaning]) => ` or ${v} (${meaning})`);
  return base + special.join("");
}

function stringPhrase(rule: StringRule): string {
  if (rule.nonBlank) return "a non-blank string";
  if (rule.minLength === 1) return "a non-empty string";
  return rule.minLength ? `a string of at least ${rule.minLength} characters` : "a string";
}

/** Why `value` breaks `rule`, or undefined when it does not. */
function problem(value: unknown, rule: FieldRule): string | undefined {
  switch (rule.type) {
    case "integer": {
      const ok =
        typeof value === "number" &&
        Number.isInteger(value) &&
        ((value >= rule.min && value <= rule.max) || Object.hasOwn(rule.special ?? {}, value));
      return ok ? undefined : `must be ${integerPhrase(rule, value)}, got ${describeValue(value)}`;
    }
    case "string": {
      const ok =
        typeof value === "string" &&
        value.length >= (rule.minLength ?? 0) &&
        !(rule.nonBlank && value.trim() === "");
      return ok ? undefined : `must be ${stringPhrase(rule)}, got ${describeKind(value)}`;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : `must be true or false, got ${describeValue(value)}`;
    case "oneOf":
      return typeof value === "string" && rule.values.includes(value)
        ? undefined
        : `must be one of ${rule.values.join(", ")}, got ${describeValue(value)}`;
    case "array": {
      if (!Array.isArray(value)) return `must be an array, got ${describeValue(value)}`;
      if (rule.maxItems !== undefined && value.length > rule.maxItems) {
        return `must hold at most ${rule.maxItems} items, got ${value.length}`;
      }
      for (const [i, item] of value.entries()) {
        const itemProblem = problem(item, rule.items);
        if (itemProblem) return `[${i}] ${itemProblem}`;
      }
      return undefined;
    }
  }
}

/** Checks one value against its rule; `undefined` passes only for optional rules. */
export function checkValue(name: string, value: unknown, rule: FieldRule, operation?: string): void {
  if (value === undefined && rule.optional) return;
  const found = problem(value, rule);
  if (found) fail(operation, `${name}${found.startsWith("[") ? "" : " "}${found}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Checks the fields of one object (`what` names it in messages, e.g. "the request body"). */
export function checkFields(
  fields: unknown,
  rules: FieldRules,
  operation?: string,
  what = "the input",
): void {
  if (fields === undefined && Object.values(rules).every((rule) => rule.optional)) return;
  if (!isRecord(fields)) fail(operation, `${what} must be an object, got ${describeValue(fields)}`);
  for (const [name, rule] of Object.entries(rules)) checkValue(name, fields[name], rule, operation);
}

/** Checks every location of an operation's input against its rules. */
export function checkInput(
  operation: string,
  rules: InputRules | undefined,
  input: OperationInput = {},
): void {
  if (!rules) return;
  if (rules.path) checkFields(input.path, rules.path, operation, "the path parameters");
  if (rules.query) checkFields(input.query, rules.query, operation, "the query parameters");
  const body = rules.body;
  if (body === undefined) return;
  if (typeof body.type === "string") checkValue("the request body", input.body, body as FieldRule, operation);
  else checkFields(input.body, body as FieldRules, operation, "the request body");
}

// ---- options ----

const TIMEOUT = `a number of milliseconds > 0 and <= ${MAX_TIMER_MS}`;

function checkTimeoutMs(name: string, value: unknown, operation?: string): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !(value > 0 && value <= MAX_TIMER_MS)) {
    fail(operation, `${name} must be ${TIMEOUT}, got ${describeValue(value)}`);
  }
}

function checkDelayMs(name: string, value: unknown, operation?: string): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !(value >= 0 && value <= MAX_TIMER_MS)) {
    fail(
      operation,
      `${name} must be a number of milliseconds from 0 to ${MAX_TIMER_MS}, got ${describeValue(value)}`,
    );
  }
}

function checkFunction(name: string, value: unknown, operation?: string): void {
  if (value !== undefined && typeof value !== "function") {
    fail(operation, `${name} must be a function, got ${describeValue(value)}`);
  }
}

function isAbortSignal(value: unknown): boolean {
  if (typeof AbortSignal !== "undefined" && value instanceof AbortSignal) return true;
  // A signal from another realm or polyfill.
  const candidate = value as { aborted?: unknown; addEventListener?: unknown } | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.aborted === "boolean" &&
    typeof candidate.addEventListener === "function"
  );
}

/**
 * Retry settings: `…Retries` counts are integers >= 0, `…Ms` delays are 0 to MAX_TIMER_MS,
 * `retryStatuses` HTTP statuses, `random` a function. Unknown keys are left to the retry policy.
 */
export function checkRetryOptions(retry: unknown, operation?: string, name = "retry"): void {
  if (retry === undefined) return;
  if (!isRecord(retry)) fail(operation, `${name} must be an object, got ${describeValue(retry)}`);
  for (const [key, value] of Object.entries(retry)) {
    if (value === undefined) continue;
    if (key.endsWith("Retries")) checkValue(`${name}.${key}`, value, integer(0), operation);
    else if (key.endsWith("Ms")) checkDelayMs(`${name}.${key}`, value, operation);
    else if (key === "retryStatuses") {
      checkValue(`${name}.${key}`, value, arrayOf(integer(100, 599)), operation);
    } else if (key === "random") checkFunction(`${name}.${key}`, value, operation);
  }
}

/**
 * The options every call takes (CallOptions): `maxRetries` an integer >= 0, `timeoutMs` a number of
 * milliseconds > 0 (timers cap it at MAX_TIMER_MS), `signal` an AbortSignal, `headers` string values.
 */
export function checkCallOptions(options: unknown, operation?: string): void {
  if (options === undefined) return;
  if (!isRecord(options)) fail(operation, `options must be an object, got ${describeValue(options)}`);
  const { maxRetries, timeoutMs, signal, headers, retry } = options;
  if (maxRetries !== undefined) checkValue("maxRetries", maxRetries, integer(0), operation);
  checkTimeoutMs("timeoutMs", timeoutMs, operation);
  if (signal !== undefined && !isAbortSignal(signal)) {
    fail(operation, `signal must be an AbortSignal, got ${describeValue(signal)}`);
  }
  if (headers !== undefined) {
    const ok =
      (typeof Headers !== "undefined" && headers instanceof Headers) ||
      (isRecord(headers) && Object.values(headers).every((v) => typeof v === "string"));
    if (!ok) fail(operation, "headers must be an object of string values");
  }
  checkRetryOptions(retry, operation);
}

const LOG_LEVELS = ["off", "error", "warn", "info", "debug"];

/**
 * The options every client takes (ClientOptions), checked when the client is created: the same
 * limits as per call, plus `fetch`/`onAttempt` functions, a known `logLevel`, a `throttle` that is
 * false or { limit >= 1, windowMs > 0 }, and any `…Ms` setting a number of milliseconds.
 */
export function checkClientOptions(options: unknown, client: string): void {
  if (options === undefined) return;
  if (!isRecord(options)) fail(client, `options must be an object, got ${describeValue(options)}`);
  const { maxRetries, timeoutMs, retry, fetch, onAttempt, logger, logLevel, baseUrl, throttle } = options;
  if (maxRetries !== undefined) checkValue("maxRetries", maxRetries, integer(0), client);
  checkTimeoutMs("timeoutMs", timeoutMs, client);
  checkRetryOptions(retry, client);
  checkFunction("fetch", fetch, client);
  checkFunction("onAttempt", onAttempt, client);
  if (logger !== undefined && !isRecord(logger)) {
    fail(client, `logger must be an object with error/warn/info/debug methods, got ${describeValue(logger)}`);
  }
  if (logLevel !== undefined) checkValue("logLevel", logLevel, oneOf(LOG_LEVELS), client);
  if (baseUrl !== undefined && typeof baseUrl !== "string") {
    fail(client, `baseUrl must be a string, got ${describeValue(baseUrl)}`);
  }
  if (throttle !== undefined && throttle !== false) {
    if (!isRecord(throttle))
      fail(client, `throttle must be false or an object, got ${describeValue(throttle)}`);
    if (throttle.limit !== undefined) checkValue("throttle.limit", throttle.limit, integer(1), client);
    checkTimeoutMs("throttle.windowMs", throttle.windowMs, client);
  }
  for (const [key, value] of Object.entries(options)) {
    if (key !== "timeoutMs" && key.endsWith("Ms")) checkDelayMs(key, value, client);
  }
}
