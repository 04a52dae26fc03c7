// Fault knobs (issue 11 item 5): what a real service does to a client on a bad day, on demand.
// One `Faults` per half of the sandbox, installed as the first Hono middleware of its app:
// - latency: every request waits `latencyMs` (fixed) or a seeded draw from `[min, max]`;
// - 503 bursts: the next `burst503` requests answer 503 with the half's error body and Retry-After;
// - dropped connections: the next `dropNext` requests lose their connection (the Node socket from
//   @hono/node-server's `c.env.incoming` is destroyed), "before" the handler reads the body (the
//   server did nothing) or "after" it ran (the server acted, the answer is lost);
// - failure rates: per operationId or path (or "*"), the probability of a 500, 503 or drop.
// Random draws come from a seeded PRNG (mulberry32), so the same settings and the same sequence of
// requests give the same faults. The settings change at runtime (`set`, or POST /_sandbox/faults).
import type { HttpBindings } from "@hono/node-server";
import type { Context, Hono } from "hono";

export type FaultKind = "500" | "503" | "drop";

/** When a dropped connection is cut: before the handler runs, or after it ran (its answer is lost). */
export type DropPoint = "before" | "after";

/** A failure rate of one route. */
export interface RouteFault {
  /** Probability (0 to 1) that a request of the route fails. */
  rate: number;
  /** How it fails; default "500". */
  fault?: FaultKind;
  /** For "drop": when the connection is cut; default the settings' `dropAt`. */
  dropAt?: DropPoint;
}

export interface FaultOptions {
  /** Seed of the PRNG behind latency ranges and failure rates; default 1. */
  seed?: number;
  /** Delay before each request is handled: milliseconds, or `[min, max]` (uniform, seeded). */
  latencyMs?: number | readonly [number, number];
  /** The next N requests answer 503 (the half's error body) with Retry-After. */
  burst503?: number;
  /** Retry-After (seconds) of every injected 503; default 1. */
  retryAfterSeconds?: number;
  /** The next N requests (after any 503 burst) lose their connection. */
  dropNext?: number;
  /** When `dropNext` connections are cut; default "before". */
  dropAt?: DropPoint;
  /** Failure rates by operationId, spec path (`/v2/parcels/upload`), request path, or "*" (every route):
   * a probability, or `{ rate, fault, dropAt }`. The most specific key wins (operationId, then paths). */
  rates?: Readonly<Record<string, number | RouteFault>>;
}

/** What a half's faults are set to and what they did since they were set. */
export interface FaultStatus {
  settings: FaultOptions;
  /** What is left of the burst and of the drops. */
  remaining: { burst503: number; dropNext: number };
  /** Requests delayed and their total delay; faults answered, by kind. */
  injected: { delayed: number; delayMsTotal: number; "500": number; "503": number; drop: number };
}

/** Invalid fault settings (a RangeError naming the setting). */
export class FaultOptionsError extends RangeError {
  override name = "FaultOptionsError";
}

/** The route of a served operation: method, spec path, operationId. */
export type ServedOperation = readonly [method: string, path: string, operationId: string];

/** Where the control endpoints of each half live (outside the API paths). */
export const CONTROL_PREFIX = "/_sandbox/";

const FAULT_KINDS: readonly FaultKind[] = ["500", "503", "drop"];
const DROP_POINTS: readonly DropPoint[] = ["before", "after"];

/** A seeded PRNG (mulberry32): uniform in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function count(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
    throw new FaultOptionsError(`faults.${name} must be an integer >= 0`);
  return value;
}

function oneOf<T extends string>(value: unknown, name: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly unknown[]).includes(value))
    throw new FaultOptionsError(`faults.${name} must be one of ${allowed.join(", ")}`);
  return value as T;
}

function probability(value: unknown, name: string): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1))
    throw new FaultOptionsError(`faults.${name} must be a probability from 0 to 1`);
  return value;
}

/** Checks fault settings (from code or from a JSON body) and returns a copy; FaultOptionsError otherwise. */
export function checkFaults(options: unknown): FaultOptions {
  if (!isRecord(options)) throw new FaultOptionsError("faults must be an object");
  const known = ["seed", "latencyMs", "burst503", "retryAfterSeconds", "dropNext", "dropAt", "rates"];
  const unknown = Object.keys(options).find((key) => !known.includes(key));
  if (unknown !== undefined) throw new FaultOptionsError(`faults.${unknown} is not a fault setting`);
  const out: FaultOptions = {};
  if (options.seed !== undefined) {
    if (typeof options.seed !== "number" || !Number.isSafeInteger(options.seed))
      throw new FaultOptionsError("faults.seed must be an integer");
    out.seed = options.seed;
  }
  const latency = options.latencyMs;
  if (latency !== undefined) {
    const range = Array.isArray(latency) ? latency : [latency, latency];
    const [min, max] = range as unknown[];
    if (
      range.length !== 2 ||
      typeof min !== "number" ||
      typeof max !== "number" ||
      !(min >= 0 && max >= min && max <= 60_000)
    )
      throw new FaultOptionsError(
        "faults.latencyMs must be milliseconds or [min, max] with 0 <= min <= max <= 60000",
      );
    out.latencyMs = Array.isArray(latency) ? [min, max] : min;
  }
  for (const name of ["burst503", "retryAfterSeconds", "dropNext"] as const) {
    const value = count(options[name], name);
    if (value !== undefined) out[name] = value;
  }
  const dropAt = oneOf(options.dropAt, "dropAt", DROP_POINTS);
  if (dropAt) out.dropAt = dropAt;
  if (options.rates !== undefined) {
    if (!isRecord(options.rates)) throw new FaultOptionsError("faults.rates must be an object");
    const rates: Record<string, number | RouteFault> = {};
    for (const [key, value] of Object.entries(options.rates)) {
      const name = `rates[${JSON.stringify(key)}]`;
      if (typeof value === "number") {
        rates[key] = probability(value, name);
        continue;
      }
      if (!isRecord(value))
        throw new FaultOptionsError(`faults.${name} must be a probability or { rate, fault }`);
      const rate: RouteFault = { rate: probability(value.rate, `${name}.rate`) };
      const fault = oneOf(value.fault, `${name}.fault`, FAULT_KINDS);
      if (fault) rate.fault = fault;
      const at = oneOf(value.dropAt, `${name}.dropAt`, DROP_POINTS);
      if (at) rate.dropAt = at;
      rates[key] = rate;
    }
    out.rates = rates;
  }
  return out;
}

/** What happens to one request. */
export interface FaultPlan {
  delayMs: number;
  fault?: { kind: FaultKind; dropAt: DropPoint; retryAfterSeconds: number };
}

/** The fault settings of one half and their state (remaining burst, PRNG, counters). */
export class Faults {
  #settings: FaultOptions = {};
  #random: () => number = seededRandom(1);
  #remaining = { burst503: 0, dropNext: 0 };
  #injected: FaultStatus["injected"] = { delayed: 0, delayMsTotal: 0, "500": 0, "503": 0, drop: 0 };

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  /** Replaces the settings (checked first): the PRNG restarts from the seed, the counters from zero. */
  set(options: FaultOptions): FaultStatus {
    const settings = checkFaults(options);
    this.#settings = settings;
    this.#random = seededRandom(settings.seed ?? 1);
    this.#remaining = { burst503: settings.burst503 ?? 0, dropNext: settings.dropNext ?? 0 };
    this.#injected = { delayed: 0, delayMsTotal: 0, "500": 0, "503": 0, drop: 0 };
    return this.status();
  }

  status(): FaultStatus {
    return {
      settings: structuredClone(this.#settings),
      remaining: { ...this.#remaining },
      injected: { ...this.#injected },
    };
  }

  /**
   * The plan for one request of `operationId` (undefined: not a served operation) at `specPath` /
   * `path`. Draws, in this order: the latency of a range, then the rate of the request's route.
   */
  plan(operationId: string | undefined, specPath: string | undefined, path: string): FaultPlan {
    const s = this.#settings;
    let delayMs = 0;
    if (Array.isArray(s.latencyMs)) {
      const [min, max] = s.latencyMs as readonly [number, number];
      delayMs = Math.round(min + this.#random() * (max - min));
    } else if (typeof s.latencyMs === "number") delayMs = s.latencyMs;
    if (delayMs > 0) {
      this.#injected.delayed++;
      this.#injected.delayMsTotal += delayMs;
    }
    const retryAfterSeconds = s.retryAfterSeconds ?? 1;
    const dropAt = s.dropAt ?? "before";
    let fault: FaultPlan["fault"];
    if (this.#remaining.burst503 > 0) {
      this.#remaining.burst503--;
      fault = { kind: "503", dropAt, retryAfterSeconds };
    } else if (this.#remaining.dropNext > 0) {
      this.#remaining.dropNext--;
      fault = { kind: "drop", dropAt, retryAfterSeconds };
    } else {
      const keys = [operationId, specPath, path, "*"].filter((k): k is string => k !== undefined);
      const key = keys.find((k) => s.rates?.[k] !== undefined);
      const entry = key === undefined ? undefined : s.rates?.[key];
      if (entry !== undefined) {
        const rate = typeof entry === "number" ? { rate: entry } : entry;
        if (this.#random() < rate.rate)
          fault = { kind: rate.fault ?? "500", dropAt: rate.dropAt ?? dropAt, retryAfterSeconds };
      }
    }
    if (fault) this.#injected[fault.kind]++;
    return fault ? { delayMs, fault } : { delayMs };
  }
}

/** The error body of one half for an injected 500 or 503 (each half answers in its spec's envelope). */
export type FaultBody = (status: 500 | 503) => unknown;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Destroys the request's connection (the Node socket of @hono/node-server). */
function dropConnection(c: Context): void {
  const socket = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket;
  if (!socket) throw new Error("sandbox: a dropped connection needs the Node server (@hono/node-server)");
  socket.destroy();
}

/** Matches a request to its served operation; literal segments beat parameters (`…/all` over `…/{index}`). */
function operationMatcher(operations: readonly ServedOperation[]) {
  const routes = operations
    .map(([method, path, operationId]) => ({
      method,
      path,
      operationId,
      pattern: new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`),
      params: (path.match(/\{/g) ?? []).length,
    }))
    .sort((a, b) => a.params - b.params);
  return (method: string, path: string) => routes.find((r) => r.method === method && r.pattern.test(path));
}

/**
 * Installs the faults on a half's app: call it first, right after `new Hono()`, so the control
 * endpoints answer before any other middleware (rate limits) and the faults hit every API request.
 * `GET /_sandbox/faults` answers the status, `POST /_sandbox/faults` (a FaultOptions JSON body)
 * replaces the settings and answers the new status; invalid settings are a 400 `{ message }`.
 */
export function installFaults(
  app: Hono,
  faults: Faults,
  operations: readonly ServedOperation[],
  body: FaultBody,
): void {
  app.get(`${CONTROL_PREFIX}faults`, (c) => c.json(faults.status()));
  app.post(`${CONTROL_PREFIX}faults`, async (c) => {
    try {
      return c.json(faults.set(checkFaults(await c.req.json())));
    } catch (error) {
      const message = error instanceof FaultOptionsError ? error.message : "the body must be a JSON object";
      return c.json({ message }, 400);
    }
  });
  const match = operationMatcher(operations);
  app.use(async (c, next) => {
    if (c.req.path.startsWith(CONTROL_PREFIX)) return next();
    const route = match(c.req.method, c.req.path);
    const plan = faults.plan(route?.operationId, route?.path, c.req.path);
    if (plan.delayMs > 0) await sleep(plan.delayMs);
    const fault = plan.fault;
    if (fault?.kind === "503")
      return c.json(body(503), 503, { "Retry-After": String(fault.retryAfterSeconds) });
    if (fault?.kind === "500") return c.json(body(500), 500);
    if (fault?.kind === "drop" && fault.dropAt === "before") {
      dropConnection(c);
      return c.body(null, 500);
    }
    await next();
    if (fault?.kind === "drop") dropConnection(c);
  });
}
