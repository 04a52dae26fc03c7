// The fetch that openapi-fetch clients are created with. One attempt loop per call: wait for a
// rate-limit slot, add credentials, send with a timeout, read the body, then let the retry policy
// and the auth strategy decide whether to go again. Middleware cannot re-send a Request (its body
// is consumed), so the loop keeps the original untouched and sends a clone each time.
import { onAbort, raceAbort } from "./abort.js";
import type { AuthStrategy } from "./auth.js";
import { contextOf } from "./call-context.js";
import {
  ClientClosedError,
  ConnectionError,
  EdiClientError,
  TimeoutError,
  UserAbortError,
} from "./errors.js";
import { createLogger, type Logger } from "./logger.js";
import {
  type AttemptOutcome,
  decideRetry,
  failedBeforeSending,
  type Idempotency,
  type RetryOptions,
  resolveRetryOptions,
} from "./retry.js";
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
}

/** A fetch as the transport calls it; `globalThis.fetch` fits. Forward `init` to the real fetch. */
export type FetchLike = (request: Request, init?: FetchInit) => Promise<Response>;

export interface TransportOptions {
  /** The underlying fetch. Default `globalThis.fetch`. */
  fetch?: FetchLike;
  auth?: AuthStrategy | undefined;
  throttle?: Throttle | undefined;
  retry?: RetryOptions | undefined;
  /**
   * Per-attempt timeout, default 60 s. It covers the whole attempt: connecting, the response
   * headers and the whole body. A streamed body (`stream: true` calls) may take longer in all,
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

export function createTransport(options: TransportOptions = {}): FetchLike {
  const baseFetch: FetchLike = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const logger = options.logger ?? createLogger();

  return async function send(request: Request): Promise<Response> {
    const ctx = contextOf(request);
    const operation = ctx.operation;
    const retry = resolveRetryOptions(
      options.retry,
      ctx.retry,
      ctx.maxRetries === undefined ? undefined : { maxRetries: ctx.maxRetries },
    );
    const idempotency: Idempotency =
      ctx.idempotency ?? (SAFE_METHODS.has(request.method) ? "idempotent" : "non-idempotent");
    const timeoutMs = ctx.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const callerSignal = ctx.signal ?? request.signal;
    const auth = ctx.authenticate === false ? undefined : options.auth;
    for (const [name, value] of Object.entries({ ...options.headers, ...ctx.headers })) {
      request.headers.set(name, value);
    }

    let retries = 0;
    let rateLimited = 0;
    let delayedMs = 0;
    let renewedAuth = false;
    for (let attempt = 1; ; attempt++) {
      if (callerSignal.aborted) throw abortError(operation, callerSignal);
      if (options.closed?.aborted) throw closedError(operation, options.closed.reason);
      let permit: Permit | undefined;
      try {
        permit = (await options.throttle?.acquire(callerSignal)) ?? undefined;
      } catch (error) {
        if (callerSignal.aborted) throw abortError(operation, callerSignal);
        if (error instanceof ClientClosedError) throw closedError(operation, error);
        throw error;
      }
      // A clone per attempt: the original body stays readable for the next one.
      const outgoing = request.clone();
      try {
        await auth?.authorize(outgoing, callerSignal);
      } catch (error) {
        permit?.settle();
        if (callerSignal.aborted) throw abortError(operation, callerSignal, error);
        throw error;
      }

      const run = startAttempt(timeoutMs, callerSignal);
      const started = Date.now();
      let response: Response | undefined;
      let failure: unknown;
      let bodyFailed = false;
      try {
        response = await raceAbort(baseFetch(outgoing, { signal: run.signal }), run.signal);
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
          if (callerSignal.aborted) throw abortError(operation, callerSignal, error);
          throw error;
        }
        if (renewed) {
          run.finish();
          await discard(response);
          report(options, logger, ctx, request, outgoing, attempt, started, response);
          continue;
        }
      }

      let outcome: AttemptOutcome | undefined = response
        ? { kind: "response", status: response.status, headers: response.headers }
        : undefined;
      let decision = outcome
        ? decideRetry(outcome, {
            retriesSoFar: retries,
            rateLimitedSoFar: rateLimited,
            delayedSoFarMs: delayedMs,
            idempotency,
            options: retry,
          })
        : undefined;
      if (response && decision && !decision.retry) {
        if (ctx.stream) {
          report(options, logger, ctx, request, outgoing, attempt, started, response);
          return streamed(response, run, timeoutMs, operation);
        }
        // The body belongs to the attempt: its timeout covers it, and a cut-off body is a failed
        // attempt like a reset connection (retried when that is safe).
        try {
          const body = await raceAbort(readBody(response, request.method), run.signal);
          run.finish();
          report(options, logger, ctx, request, outgoing, attempt, started, response);
          return buffered(response, body);
        } catch (error) {
          failure = error;
          bodyFailed = true;
          response = undefined;
        }
      }
      run.finish();
      if (!response) {
        if (callerSignal.aborted) throw abortError(operation, callerSignal, failure);
        // A wrapped fetch (e.g. a redirect guard) that already decided what went wrong is final.
        if (failure instanceof EdiClientError) throw failure;
        outcome = run.timedOut()
          ? { kind: "timeout" }
          : { kind: "network", neverSent: !bodyFailed && failedBeforeSending(failure) };
        decision = decideRetry(outcome, {
          retriesSoFar: retries,
          rateLimitedSoFar: rateLimited,
          delayedSoFarMs: delayedMs,
          idempotency,
          options: retry,
        });
      }
      report(options, logger, ctx, request, outgoing, attempt, started, response, failure);
      if (!decision?.retry) {
        const reason = decision && !decision.retry ? decision.reason : "";
        if (outcome?.kind === "timeout") {
          throw new TimeoutError(`${label(operation)}request timed out after ${timeoutMs} ms (${reason})`, {
            operation,
            cause: failure,
          });
        }
        const what = bodyFailed ? "the response body was cut off" : "connection failed";
        throw new ConnectionError(`${label(operation)}${what}: ${describe(failure)} (${reason})`, {
          operation,
          cause: failure,
        });
      }
      if (response) await discard(response);
      logger.info("retrying", { operation, attempt, delayMs: decision.delayMs, status: response?.status });
      if (response?.status === 429) rateLimited++;
      else retries++;
      delayedMs += decision.delayMs;
      try {
        await sleep(decision.delayMs, callerSignal);
      } catch {
        throw abortError(operation, callerSignal);
      }
    }
  };
}

interface AttemptRun {
  /** Aborted by the timer or by the caller. */
  signal: AbortSignal;
  timedOut(): boolean;
  /** Stops the timer and lets go of the caller's signal. */
  finish(): void;
  /** Restarts the timer: for streamed bodies, each chunk gets the whole timeout. */
  restartTimer(): void;
}

/**
 * One controller per attempt, aborted by the timer or by the caller. Not AbortSignal.any: on
 * Node 20 every combined signal stays attached to a long-lived caller signal for good, leaking
 * memory call after call (nodejs/node#55351).
 */
function startAttempt(timeoutMs: number, callerSignal: AbortSignal): AttemptRun {
  const controller = new AbortController();
  let timedOut = false;
  const expire = () => {
    timedOut = true;
    controller.abort(new DOMException(`no response within ${timeoutMs} ms`, "TimeoutError"));
  };
  let timer = setTimeout(expire, timeoutMs);
  const release = onAbort(callerSignal, (reason) => controller.abort(reason));
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    finish() {
      clearTimeout(timer);
      release();
    },
    restartTimer() {
      clearTimeout(timer);
      if (!controller.signal.aborted) timer = setTimeout(expire, timeoutMs);
    },
  };
}

function report(
  options: TransportOptions,
  logger: Logger,
  ctx: { operation?: string | undefined },
  request: Request,
  outgoing: Request,
  attempt: number,
  started: number,
  response: Response | undefined,
  failure?: unknown,
): void {
  const event: AttemptEvent = {
    operation: ctx.operation,
    method: request.method,
    url: request.url,
    attempt,
    durationMs: Date.now() - started,
    ...(response ? { status: response.status } : { error: failure }),
  };
  options.onAttempt?.(event);
  logger.debug("attempt", { ...event, headers: redactHeaders(outgoing.headers) });
}

function label(operation: string | undefined): string {
  return operation ? `${operation}: ` : "";
}

function describe(error: unknown): string {
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

async function readBody(response: Response, method: string): Promise<Uint8Array | null> {
  if (method === "HEAD" || NULL_BODY_STATUSES.has(response.status) || !response.body) {
    await discard(response);
    return null;
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** A response like `original`, with its body already in memory. */
function buffered(original: Response, body: Uint8Array | null): Response {
  const copy = new Response(body as BodyInit | null, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
  return withOrigin(copy, original);
}

/**
 * The same response with its body read through: each chunk must arrive within the timeout, a
 * failure while reading becomes a typed error, and the attempt is finished (timer, caller signal)
 * once the body has been read to the end, failed or been cancelled.
 */
function streamed(
  response: Response,
  run: AttemptRun,
  timeoutMs: number,
  operation: string | undefined,
): Response {
  const source = response.body;
  if (!source) {
    run.finish();
    return response;
  }
  const reader = source.getReader();
  const typed = (error: unknown): EdiClientError => {
    if (error instanceof EdiClientError) return error;
    if (run.timedOut()) {
      return new TimeoutError(`${label(operation)}the response body stalled for ${timeoutMs} ms`, {
        operation,
        cause: error,
      });
    }
    if (run.signal.aborted) {
      return new UserAbortError(`${label(operation)}aborted by the caller`, { operation, cause: error });
    }
    return new ConnectionError(`${label(operation)}the response body was cut off: ${describe(error)}`, {
      operation,
      cause: error,
    });
  };
  run.restartTimer();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await raceAbort(reader.read(), run.signal);
        if (chunk.done) {
          run.finish();
          controller.close();
        } else {
          run.restartTimer();
          controller.enqueue(chunk.value);
        }
      } catch (error) {
        run.finish();
        void reader.cancel(error).catch(() => undefined);
        controller.error(typed(error));
      }
    },
    cancel(reason) {
      run.finish();
      return reader.cancel(reason);
    },
  });
  return withOrigin(
    new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    }),
    response,
  );
}

/** A constructed Response has no URL; callers read it (e.g. to see the encoded path). */
function withOrigin(copy: Response, original: Response): Response {
  Object.defineProperties(copy, {
    url: { value: original.url },
    redirected: { value: original.redirected },
  });
  return copy;
}
