// The one return/error contract of the SDKs (issue 16 item 3), checked from the outside: every
// method of every resource, called with garbage, returns (never throws at the call site) and its
// promise settles with a value or an error of the SDK's own error family — never a raw TypeError
// from inside. Methods are found by reflection, so a new method is covered without a list.

import { afterAll, expect, it, describe as suite } from "vitest";

/** Arguments no method accepts as a whole: each is tried in every position. */
export const GARBAGE: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  "",
  " ",
  "x",
  true,
  [],
  {},
  { toString: 1 },
  Symbol("garbage"),
  () => undefined,
  new Date(Number.NaN),
];

export interface ContractFailure {
  call: string;
  problem: string;
}

/** The resources of a client: own properties that are class instances with methods. */
export function resourcesOf(client: object): [string, object][] {
  return Object.entries(client).filter(
    ([name, value]) =>
      name !== "core" &&
      name !== "raw" &&
      value !== null &&
      typeof value === "object" &&
      methodsOf(value).length > 0,
  );
}

/** The public methods of an instance (own prototype chain up to Object), by name. */
export function methodsOf(instance: object): string[] {
  const names = new Set<string>();
  for (
    let proto = Object.getPrototypeOf(instance);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (name !== "constructor" && typeof descriptor?.value === "function" && !name.startsWith("_"))
        names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * Calls `resource[method](...args)` for each argument list and checks the contract: no synchronous
 * throw; the value is a thenable or an async iterable (a PagePromise is both); its settlement is a
 * value or an instance of `errorClass`. An async iterable is also pulled once.
 */
export async function checkContract(
  label: string,
  resource: object,
  method: string,
  argumentLists: readonly unknown[][],
  errorClass: abstract new (...args: never[]) => Error,
  settleMs = 2_000,
): Promise<ContractFailure[]> {
  const failures: ContractFailure[] = [];
  const fn = (resource as Record<string, (...args: unknown[]) => unknown>)[method] as (
    ...args: unknown[]
  ) => unknown;
  for (let args of argumentLists) {
    // A watch (or a wait) given valid input would keep polling: an aborted signal ends it.
    if (/^(watch|waitFor)/.test(method)) {
      args = args.map((a) => (isObject(a) ? { ...a, signal: AbortSignal.abort() } : a));
      if (!args.some(isObject)) args = [...args, { signal: AbortSignal.abort() }];
    }
    const call = `${label}.${method}(${args.map(show).join(", ")})`;
    let value: unknown;
    try {
      value = fn.apply(resource, args);
    } catch (error) {
      failures.push({ call, problem: `threw at the call site: ${describe(error)}` });
      continue;
    }
    const outcomes: Promise<unknown>[] = [];
    if (isThenable(value)) outcomes.push(Promise.resolve(value));
    if (isAsyncIterable(value))
      outcomes.push(Promise.resolve().then(() => value[Symbol.asyncIterator]().next()));
    // A running watch: its `done` settles like a call.
    const done = (value as { done?: unknown } | null)?.done;
    if (isThenable(done)) outcomes.push(Promise.resolve(done));
    if (outcomes.length === 0 && value !== undefined && !isSyncResult(value)) {
      failures.push({
        call,
        problem: `returned ${describe(value)}, neither a promise nor an async iterable`,
      });
    }
    for (const outcome of outcomes) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), settleMs);
      });
      try {
        if ((await Promise.race([outcome, late])) === "late") {
          failures.push({ call, problem: `did not settle within ${settleMs} ms` });
        }
      } catch (error) {
        if (!(error instanceof errorClass))
          failures.push({ call, problem: `rejected with ${describe(error)}` });
      } finally {
        clearTimeout(timer);
      }
    }
  }
  return failures;
}

/** A fetch answering garbage in turn: not JSON, a null envelope, 204 without a body, an array of junk. */
export function garbageFetch(): () => Promise<Response> {
  const json = { "content-type": "application/json" };
  const answers = [
    () => new Response("not json", { status: 200, headers: json }),
    () => new Response(JSON.stringify({ success: true, data: null }), { status: 200, headers: json }),
    () => new Response("", { status: 204 }),
    () => new Response(JSON.stringify([1, "x", null]), { status: 200, headers: json }),
  ];
  let n = 0;
  return async () => (answers[n++ % answers.length] as () => Response)();
}

/** The options the contract suite's client is made with: garbage answers, no throttle, retries or reconcile. */
export interface ContractClientOptions {
  baseUrl: string;
  logger: { error(): void; warn(): void; info(): void; debug(): void };
  throttle: false;
  maxRetries: 0;
  reconcile: false;
  fetch: () => Promise<Response>;
}

/**
 * The contract suite of a client made by `create` (on `garbageFetch`, closed after the file):
 * finds more than `minResources` resources, and each one's methods keep the contract with `errorClass`.
 */
export function describeContract(
  label: string,
  create: (options: ContractClientOptions) => { close(): Promise<void> },
  minResources: number,
  errorClass: abstract new (...args: never[]) => Error,
): void {
  const quiet = () => undefined;
  const client = create({
    baseUrl: "http://127.0.0.1:9",
    logger: { error: quiet, warn: quiet, info: quiet, debug: quiet },
    throttle: false,
    maxRetries: 0,
    reconcile: false,
    fetch: garbageFetch(),
  });
  afterAll(() => client.close());
  suite(`${label}: every resource method keeps the return/error contract`, () => {
    const resources = resourcesOf(client);
    it("finds the resources", () => {
      expect(resources.length).toBeGreaterThan(minResources);
    });
    for (const [name, resource] of resources) {
      it(`${name}: returns a promise or iterable and rejects only with ${errorClass.name}`, async () => {
        const failures: ContractFailure[] = [];
        for (const method of methodsOf(resource)) {
          const fn = (resource as Record<string, (...a: unknown[]) => unknown>)[method] as (
            ...a: unknown[]
          ) => unknown;
          failures.push(
            ...(await checkContract(name, resource, method, garbageArguments(fn.length), errorClass)),
          );
        }
        expect(failures).toEqual([]);
      }, 60_000);
    }
  });
}

/** Argument lists for a method: each garbage value alone, and after a plausible first argument. */
export function garbageArguments(arity: number): unknown[][] {
  const lists: unknown[][] = [[]];
  for (const value of GARBAGE) {
    lists.push([value]);
    if (arity > 1) lists.push([1, value]);
  }
  return lists;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

/** Synchronous helpers (a URL, a string) are not calls. */
function isSyncResult(value: unknown): boolean {
  return typeof value === "string" || typeof value === "boolean" || typeof value === "number";
}

function show(value: unknown): string {
  if (typeof value === "symbol") return value.toString();
  if (typeof value === "function") return "fn";
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return "Invalid Date";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.constructor.name}: ${value.message}`;
  return Object.prototype.toString.call(value);
}
