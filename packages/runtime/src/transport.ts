// The fetch that openapi-fetch clients are created with, and what the client core sends its
// prepared requests through. One attempt loop per call: wait for a rate-limit slot, add
// credentials, send with a timeout, read the body, then let the retry policy and the auth strategy
// decide whether to go again. A prepared request (prepared-request.ts) keeps its body as given and
// goes out again per attempt with headers of its own; a Request's body can be sent only once, so
// the loop reads it once, as bytes (or keeps the string/Blob a TransportRequest was made from), and
// each later attempt sends one Request built from them. Per call it builds no more than bare
// openapi-fetch does (issue 13): no clones, no timer or abort plumbing the call cannot need.
import { onAbort } from "./abort.js";
import type { AttemptRun } from "./attempt-run.js";
import type { AuthStrategy } from "./auth.js";
import { type CallContext, contextOf } from "./call-context.js";
import {
  ClientClosedError,
  ConnectionError,
  EdiClientError,
  TimeoutError,
  UserAbortError,
} from "./errors.js";
import { createLogger, type Logger } from "./logger.js";
import { type OutgoingRequest, PreparedRequest, type ReplayableBody } from "./prepared-request.js";
import {
  type AttemptOutcome,
  decideRetry,
  failedBeforeSending,
  type Idempotency,
  type RetryOptions,
  resolveRetryOptions,
} from "./retry.js";
import {
  budgetRetry,
  markRetryBudgetExhausted,
  type RetryBudget,
  settleRetryBudget,
  wasRetryBudgetExhausted,
  withBudgetNote,
} from "./retry-budget.js";
import { redactHeaders } from "./secret.js";
import { sleep } from "./sleep.js";
import type { Permit, Throttle } from "./throttle.js";

/** What the transport gives the underlying fetch besides the Request. */
export interface FetchInit {
  /**
   * Aborts this attempt (timeout or caller). Passed separately, not inside the Request: undici
   * loses a signal given to `new Request()` after a garbage collection (nodejs/undici#4068), while
   * one given to `fetch()` itself holds.
   */
  signal?: AbortSignal;
  /**
   * The Request's body as a value it can be built from again (null: none), for a fetch that must
   * send the request again (the redirect guard) without cloning it. Absent when unknown.
   */
  replayBody?: ReplayableBody;
}

/** A fetch as the transport calls it; `globalThis.fetch` fits. Forward `init` to the real fetch. */
export type FetchLike = (request: Request, init?: FetchInit) => Promise<Response>;

/** The transport: a fetch that also takes the client core's prepared requests. */
export type Transport = (request: OutgoingRequest) => Promise<Response>;

export interface TransportOptions {
  /** The underlying fetch. Default `globalThis.fetch`. */
  fetch?: FetchLike;
  /**
   * `fetch` takes a PreparedRequest too (the redirect guard does: it sends one without building a
   * Request when it can). Otherwise a prepared request is handed to `fetch` as a Request.
   */
  acceptsPrepared?: boolean;
  auth?: AuthStrategy | undefined;
  throttle?: Throttle | undefined;
  retry?: RetryOptions | undefined;
  /** Shared by every call of this transport: bounds retries while the server is down. None: unbounded. */
  retryBudget?: RetryBudget | undefined;
  /**
   * Per-attempt timeout, default 60 s. It covers the whole attempt: connecting, the response
   * headers and the whole body. A streamed body (calls with `stream: streamBody`) may take longer in all,
   * but no wait for its next chunk may exceed the timeout.
   */
  timeoutMs?: number | undefined;
  logger?: Logger | undefined;
  /** Sent on every request, e.g. a User-Agent. */
  headers?: Record<string, string> | undefined;
  /** Observes every attempt (metrics, tests). */
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
  /** Once aborted, every call not yet sent rejects with a ClientClosedError (`client.close()`). */
  closed?: AbortSignal | undefined;
}

export interface AttemptEvent {
  operation: string | undefined;
  method: string;
  url: string;
  attempt: number;
  status?: number;
  error?: unknown;
  durationMs: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Statuses whose responses never have a body (the Response constructor refuses one). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

export function createTransport(options: TransportOptions = {}): Transport {
  const baseFetch: FetchLike = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const logger = options.logger ?? createLogger();
  // Resolved once: most calls add nothing of their own.
  const clientRetry = resolveRetryOptions(options.retry);
  const clientHeaders = Object.entries(options.headers ?? {});

  const sendOutgoing = options.acceptsPrepared
    ? (baseFetch as unknown as (request: OutgoingRequest, init: FetchInit) => Promise<Response>)
    : (request: OutgoingRequest, init: FetchInit) =>
        baseFetch(request instanceof PreparedRequest ? request.toRequest() : request, init);

  return async function send(request: OutgoingRequest): Promise<Response> {
    const ctx = contextOf(request);
    const operation = ctx.operation;
    const retry =
      ctx.retry === undefined && ctx.maxRetries === undefined
        ? clientRetry
        : resolveRetryOptions(
            options.retry,
            ctx.retry,
            ctx.maxRetries === undefined ? undefined : { maxRetries: ctx.maxRetries },
          );
    const idempotency: Idempotency =
      ctx.idempotency ?? (SAFE_METHODS.has(request.method) ? "idempotent" : "non-idempotent");
    const timeoutMs = ctx.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // A call made through `invoke` (it names its operation) carries its signal in the context,
    // the one openapi-fetch put into the Request: none there, nothing to watch. Anything else (the
    // raw client) may have given openapi-fetch one, inside the Request.
    const callerSignal: AbortSignal | undefined =
      ctx.signal ??
      (ctx.operation === undefined && !(request instanceof PreparedRequest) ? request.signal : undefined);
    const auth = ctx.authenticate === false ? undefined : options.auth;
    for (const [name, value] of clientHeaders) request.headers.set(name, value);
    if (ctx.headers)
      for (const [name, value] of Object.entries(ctx.headers)) request.headers.set(name, value);
    // What each attempt sends as its body: the source the Request was built from when it is a
    // TransportRequest, else its bytes, read once (a Request's body can be sent only once).
    const given = bodyOf(request);
    // Known at once for no body or a string/Blob one: no turn spent waiting (issue 13).
    const body = given instanceof Promise ? await given : given;
    const debug = logger.enabled?.("debug") ?? true;

    let retries = 0;
    let rateLimited = 0;
    let delayedMs = 0;
    let spent = 0;
    let renewedAuth = false;
    for (let attempt = 1; ; attempt++) {
      if (callerSignal?.aborted) throw abortError(operation, callerSignal);
      if (options.closed?.aborted) throw closedError(operation, options.closed.reason);
      let permit: Permit | undefined;
      try {
        permit = (await options.throttle?.acquire(callerSignal)) ?? undefined;
      } catch (error) {
        if (callerSignal?.aborted) throw abortError(operation, callerSignal);
        if (error instanceof ClientClosedError) throw closedError(operation, error);
        throw error;
      }
      const outgoing = attemptRequest(request, body, attempt);
      try {
        await auth?.authorize(outgoing, callerSignal);
      } catch (error) {
        permit?.settle();
        if (callerSignal?.aborted) throw abortError(operation, callerSignal, error);
        throw error;
      }

      const run = startAttempt(timeoutMs, callerSignal);
      const started = Date.now();
      let response: Response | undefined;
      let failure: unknown;
      let bodyFailed = false;
      try {
        response = await run.race(sendOutgoing(outgoing, { signal: run.signal, replayBody: body }));
      } catch (error) {
        failure = error;
      }
      permit?.settle(response);
      if (response?.status === 401 && auth?.onUnauthorized && !renewedAuth) {
        renewedAuth = true;
        let renewed: boolean;
        try {
          renewed = await auth.onUnauthorized(outgoing, callerSignal);
        } catch (error) {
          run.finish();
          await discard(response);
          if (callerSignal?.aborted) throw abortError(operation, callerSignal, error);
          throw error;
        }
        if (renewed) {
          run.finish();
          await discard(response);
          report(options, debug, logger, ctx, request, outgoing, attempt, started, response);
          continue;
        }
      }

      let outcome: AttemptOutcome | undefined = response
        ? { kind: "response", status: response.status, headers: response.headers }
        : undefined;
      let decision = outcome
        ? budgetRetry(
            decideRetry(outcome, {
              retriesSoFar: retries,
              rateLimitedSoFar: rateLimited,
              delayedSoFarMs: delayedMs,
              idempotency,
              options: retry,
            }),
            outcome,
            options.retryBudget,
          )
        : undefined;
      if (response && decision && !decision.retry) {
        settleRetryBudget(options.retryBudget, response, decision, spent);
        if (ctx.stream) {
          report(options, debug, logger, ctx, request, outgoing, attempt, started, response);
          return ctx.stream(response, run, timeoutMs, operation);
        }
        // The body belongs to the attempt: its timeout covers it, and a cut-off body is a failed
        // attempt like a reset connection (retried when that is safe).
        try {
          const body = await run.race(readBody(response, request.method, ctx.readBody));
          run.finish();
          report(options, debug, logger, ctx, request, outgoing, attempt, started, response);
          return buffered(response, body);
        } catch (error) {
          failure = error;
          bodyFailed = true;
          response = undefined;
        }
      }
      run.finish();
      if (!response) {
        if (callerSignal?.aborted) throw abortError(operation, callerSignal, failure);
        // A wrapped fetch (e.g. a redirect guard) that already decided what went wrong is final.
        if (failure instanceof EdiClientError) throw failure;
        outcome = run.timedOut()
          ? { kind: "timeout" }
          : { kind: "network", neverSent: !bodyFailed && failedBeforeSending(failure) };
        decision = budgetRetry(
          decideRetry(outcome, {
            retriesSoFar: retries,
            rateLimitedSoFar: rateLimited,
            delayedSoFarMs: delayedMs,
            idempotency,
            options: retry,
          }),
          outcome,
          options.retryBudget,
        );
      }
      report(options, debug, logger, ctx, request, outgoing, attempt, started, response, failure);
      if (!decision?.retry) {
        const reason = decision && !decision.retry ? decision.reason : "";
        if (outcome?.kind === "timeout") {
          throw withBudgetNote(
            decision,
            new TimeoutError(`${label(operation)}request timed out after ${timeoutMs} ms (${reason})`, {
              operation,
              cause: failure,
            }),
          );
        }
        const what = bodyFailed ? "the response body was cut off" : "connection failed";
        throw withBudgetNote(
          decision,
          new ConnectionError(`${label(operation)}${what}: ${describe(failure)} (${reason})`, {
            operation,
            cause: failure,
          }),
        );
      }
      if (response) await discard(response);
      logger.info("retrying", { operation, attempt, delayMs: decision.delayMs, status: response?.status });
      if (response?.status === 429) rateLimited++;
      else retries++;
      if (decision.cost !== undefined) spent = decision.cost;
      delayedMs += decision.delayMs;
      try {
        await sleep(decision.delayMs, callerSignal);
      } catch {
        throw abortError(operation, callerSignal as AbortSignal);
      }
    }
  };
}

/**
 * One controller per attempt, aborted by the timer or by the caller. Not AbortSignal.any: on
 * Node 20 every combined signal stays attached to a long-lived caller signal for good, leaking
 * memory call after call (nodejs/node#55351). A class, not a bundle of closures: nothing per
 * attempt beyond the controller, its timer and (with a caller signal) one subscription (issue 13).
 */
class Attempt implements AttemptRun {
  readonly #controller = new AbortController();
  readonly signal: AbortSignal;
  readonly #timeoutMs: number;
  #timedOut = false;
  #timer: ReturnType<typeof setTimeout>;
  #release: () => void;
  /** Rejects the race in progress (fetch or body read) when the attempt aborts. */
  #fail: ((reason: unknown) => void) | undefined;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.signal = this.#controller.signal;
    this.#timeoutMs = timeoutMs;
    // The attempt goes to the timer as its argument: no closure per attempt for it.
    this.#timer = setTimeout(Attempt.#expire, timeoutMs, this);
    this.#release = callerSignal ? onAbort(callerSignal, (reason) => this.#abort(reason)) : noop;
  }

  #abort(reason: unknown): void {
    if (this.signal.aborted) return;
    this.#controller.abort(reason);
    this.#fail?.(this.signal.reason);
  }

  static #expire(attempt: Attempt): void {
    attempt.#timedOut = true;
    attempt.#abort(new DOMException(`no response within ${attempt.#timeoutMs} ms`, "TimeoutError"));
  }

  race<T>(promise: Promise<T>): Promise<T> {
    if (this.signal.aborted) {
      // The abandoned promise may still reject later; that must not become an unhandled rejection.
      promise.catch(noop);
      return Promise.reject(this.signal.reason);
    }
    // `then(resolve, reject)` handles a rejection of `promise` even after an abort won the race.
    return new Promise<T>((resolve, reject) => {
      this.#fail = reject;
      promise.then(resolve, reject);
    });
  }

  timedOut(): boolean {
    return this.#timedOut;
  }

  finish(): void {
    clearTimeout(this.#timer);
    this.#release();
    this.#release = noop;
  }

  restartTimer(): void {
    clearTimeout(this.#timer);
    if (!this.signal.aborted) this.#timer = setTimeout(Attempt.#expire, this.#timeoutMs, this);
  }
}

function startAttempt(timeoutMs: number, callerSignal: AbortSignal | undefined): AttemptRun {
  return new Attempt(timeoutMs, callerSignal);
}

function report(
  options: TransportOptions,
  debug: boolean,
  logger: Logger,
  ctx: { operation?: string | undefined },
  request: OutgoingRequest,
  outgoing: OutgoingRequest,
  attempt: number,
  started: number,
  response: Response | undefined,
  failure?: unknown,
): void {
  // Nobody listening: no event, no header copy (redactHeaders) per attempt.
  if (!options.onAttempt && !debug) return;
  const event: AttemptEvent = {
    operation: ctx.operation,
    method: request.method,
    url: request.url,
    attempt,
    durationMs: Date.now() - started,
    ...(response ? { status: response.status } : { error: failure }),
  };
  options.onAttempt?.(event);
  if (debug) logger.debug("attempt", { ...event, headers: redactHeaders(outgoing.headers) });
}

/**
 * What one attempt sends. The first attempt of the clients' own Request (a TransportRequest:
 * openapi-fetch made it for this call, it refuses redirects, its body is unread) is that Request
 * itself; the credentials then land on it, as on any openapi-fetch Request whose client sends
 * them. Every other attempt, and every attempt of any other Request (left as the caller made it),
 * sends a Request of its own, built from the URL, headers and body: what an earlier attempt handed
 * to fetch is never changed afterwards.
 */
function attemptRequest(request: OutgoingRequest, body: ReplayableBody, attempt: number): OutgoingRequest {
  // A prepared request: itself first, then a copy with headers of its own per attempt.
  if (request instanceof PreparedRequest) return attempt === 1 ? request : request.withUrl();
  if (
    attempt === 1 &&
    request instanceof TransportRequest &&
    request.redirect === "manual" &&
    !request.bodyUsed
  ) {
    return request;
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body as BodyInit | null,
    redirect: "manual",
  });
}

export type { ReplayableBody };

// Symbol-keyed properties, not WeakMaps: an entry per call in a WeakMap is an ephemeron every
// garbage collection has to trace (issue 13).
const SOURCE = Symbol("edi-clients.requestBody");

/**
 * The Request class the clients give openapi-fetch (`createClient({ Request: TransportRequest })`):
 * a plain Request that also remembers the body it was made with, so the transport sends a string
 * or Blob body again per attempt without reading (or cloning) the Request's stream.
 */
export class TransportRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    // fetch never follows a redirect itself: the redirect guard decides (credentials stay home).
    super(input, { ...init, redirect: "manual" });
    if (init?.body != null) (this as { [SOURCE]?: unknown })[SOURCE] = init.body;
  }
}

function bodyOf(request: OutgoingRequest): ReplayableBody | Promise<ReplayableBody> {
  if (request instanceof PreparedRequest) return request.source;
  if (!request.body) return null;
  const source =
    request instanceof TransportRequest ? (request as { [SOURCE]?: unknown })[SOURCE] : undefined;
  if (typeof source === "string" || source instanceof Blob) return source;
  // A stream or FormData (its boundary is in the Content-Type already): the bytes, read once.
  return request.arrayBuffer().then((bytes) => new Uint8Array(bytes));
}

function noop(): void {}

export function label(operation: string | undefined): string {
  return operation ? `${operation}: ` : "";
}

export function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function abortError(operation: string | undefined, signal: AbortSignal, cause?: unknown): UserAbortError {
  return new UserAbortError(`${label(operation)}aborted by the caller`, {
    operation,
    cause: cause ?? signal.reason,
  });
}

function closedError(operation: string | undefined, cause: unknown): ClientClosedError {
  return new ClientClosedError(`${label(operation)}the client was closed: no more requests are sent`, {
    operation,
    cause,
  });
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

async function readBody(
  response: Response,
  method: string,
  reader: CallContext["readBody"],
): Promise<Uint8Array | null> {
  if (method === "HEAD" || NULL_BODY_STATUSES.has(response.status) || !response.body) {
    await discard(response);
    return null;
  }
  // The caller's reader takes successful answers only: error bodies are small and read as ever.
  if (reader && response.ok) return reader(response.body, response);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (
    declared >= LARGE_BODY_BYTES &&
    Number.isSafeInteger(declared) &&
    !response.headers.has("content-encoding")
  ) {
    return readInto(response.body, declared);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** From this declared size on, a body is read straight into one buffer of that size. */
const LARGE_BODY_BYTES = 1024 * 1024;

/**
 * The body read chunk by chunk into one buffer of the declared length. `arrayBuffer()` holds the
 * chunks, their concatenation and a copy of that (undici): three times the body at its peak, and a
 * 50 MB parcel's Base64 is 67 MB (issue 13). More bytes than declared grow the buffer.
 */
async function readInto(body: ReadableStream<Uint8Array>, declared: number): Promise<Uint8Array> {
  let out = new Uint8Array(declared);
  let length = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.byteLength > out.byteLength) {
        const grown = new Uint8Array(Math.max(out.byteLength * 2, length + value.byteLength));
        grown.set(out.subarray(0, length));
        out = grown;
      }
      out.set(value, length);
      length += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  return length === out.byteLength ? out : out.slice(0, length);
}

/** A response the transport read into memory: its bytes until read, and the text once decoded. */
interface Held {
  bytes: Uint8Array | null;
  used: boolean;
  stream: Response["body"] | undefined;
  text: string | undefined;
}

const HELD = Symbol("edi-clients.heldBody");

function heldEntry(response: Response): Held | undefined {
  return (response as { [HELD]?: Held })[HELD];
}

/** Whether the transport read `response` into memory (its body methods answer from the bytes). */
export function isBuffered(response: Response): boolean {
  return heldEntry(response) !== undefined;
}

/**
 * The body of a buffered response as text, for quoting one that is not valid JSON: the text its
 * last read decoded (openapi-fetch reads before it parses), else the bytes still unread.
 */
export function bufferedText(response: Response): string {
  return heldEntry(response)?.text ?? "";
}

/** Lets go of the text a buffered response keeps for `bufferedText` (once the call is over). */
export function releaseBufferedText(response: Response): void {
  const entry = heldEntry(response);
  if (entry) entry.text = undefined;
}

/**
 * `original` itself, its body already read into memory: it takes HeldResponse's prototype, whose
 * body methods answer from the bytes (once, like any Response, and the bytes are let go of then: a
 * download's Base64 is not kept next to its parsed JSON), `body` is a stream over them when asked
 * for, `clone()` a Response of its own. No second Response and no second stream per call (issue 13).
 */
function buffered(original: Response, bytes: Uint8Array | null): Response {
  // A response of another class (a custom fetch's polyfill or subclass) is not re-classed: it
  // gets a plain Response of its own over the bytes, made the same way.
  const target =
    Object.getPrototypeOf(original) === BaseResponse.prototype
      ? original
      : withOrigin(
          new BaseResponse(null, {
            status: original.status,
            statusText: original.statusText,
            headers: original.headers,
          }),
          original,
        );
  (target as { [HELD]?: Held })[HELD] = { bytes, used: false, stream: undefined, text: undefined };
  return Object.setPrototypeOf(target, HeldResponse.prototype) as Response;
}

function heldOf(response: Response): Held {
  const entry = heldEntry(response);
  if (!entry) throw new TypeError("Illegal invocation");
  return entry;
}

function take(response: Response): Uint8Array {
  const entry = heldOf(response);
  if (entry.used || entry.stream) throw new TypeError("Body is unusable: Body has already been read");
  entry.used = true;
  const taken = entry.bytes ?? new Uint8Array(0);
  entry.bytes = null;
  return taken;
}

function settle<T>(produce: () => T): Promise<T> {
  try {
    return Promise.resolve(produce());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** One decoder for every body: `decode()` without `stream` keeps no state between calls. */
const utf8 = new TextDecoder();

function decodeHeld(response: Response): string {
  const text = utf8.decode(take(response));
  heldOf(response).text = text;
  return text;
}

/** The body handed out once: the bytes themselves, no copy (a download can be megabytes). */
function whole(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/** Never constructed: the prototype `buffered` gives a response the transport read into memory. */
class HeldResponse extends Response {
  override text(): Promise<string> {
    return settle(() => decodeHeld(this));
  }
  override json(): Promise<unknown> {
    return settle(() => JSON.parse(decodeHeld(this)) as unknown);
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return settle(() => whole(take(this)).buffer as ArrayBuffer);
  }
  override bytes(): ReturnType<Response["bytes"]> {
    return settle(() => whole(take(this))) as ReturnType<Response["bytes"]>;
  }
  override blob(): Promise<Blob> {
    return settle(() => new Blob([take(this) as BlobPart], { type: this.headers.get("content-type") ?? "" }));
  }
  override formData(): Promise<FormData> {
    return settle(() => new Response(take(this) as BodyInit, { headers: this.headers })).then((r) =>
      r.formData(),
    );
  }
  override clone(): Response {
    const entry = heldOf(this);
    if (entry.used || entry.stream) throw new TypeError("Response.clone: Body has already been consumed.");
    const twin = new Response(entry.bytes as BodyInit | null, {
      status: this.status,
      statusText: this.statusText,
      headers: this.headers,
    });
    return withOrigin(twin, this);
  }
  override get body(): Response["body"] {
    const entry = heldOf(this);
    if (entry.stream === undefined && !entry.used) {
      entry.stream = entry.bytes === null ? null : new Response(entry.bytes as BodyInit).body;
      entry.bytes = null;
    }
    return entry.stream ?? null;
  }
  override get bodyUsed(): boolean {
    const entry = heldOf(this);
    return entry.used || (entry.stream?.locked ?? false);
  }
}

/**
 * The Response class HeldResponse extends: the global one when this module loaded. A server
 * library may replace the global afterwards (@hono/node-server swaps in a lighter class whose
 * instances lack undici's internals), so `buffered` builds on this class, never on whatever
 * `Response` names at call time: re-classing an object of the other kind left it without headers.
 */
const BaseResponse = Object.getPrototypeOf(HeldResponse) as typeof Response;

/** A constructed Response has no URL; callers read it (e.g. to see the encoded path). */
export function withOrigin(copy: Response, original: Response): Response {
  if (wasRetryBudgetExhausted(original)) markRetryBudgetExhausted(copy);
  Object.defineProperties(copy, {
    url: { value: original.url },
    redirected: { value: original.redirected },
  });
  return copy;
}
