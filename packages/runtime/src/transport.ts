// The fetch that openapi-fetch clients are created with. One attempt loop per call: wait for a
// rate-limit slot, add credentials, send with a timeout, then let the retry policy and the auth
// strategy decide whether to go again. Middleware cannot re-send a Request (its body is consumed),
// so the loop keeps the original untouched and sends a clone each time.
import type { AuthStrategy } from "./auth.js";
import { contextOf } from "./call-context.js";
import { ConnectionError, EdiClientError, TimeoutError, UserAbortError } from "./errors.js";
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
import type { Throttle } from "./throttle.js";

export type FetchLike = (request: Request) => Promise<Response>;

export interface TransportOptions {
  /** The underlying fetch. Default `globalThis.fetch`. */
  fetch?: FetchLike;
  auth?: AuthStrategy | undefined;
  throttle?: Throttle | undefined;
  retry?: RetryOptions | undefined;
  /** Per-attempt timeout. Default 60 s. */
  timeoutMs?: number | undefined;
  logger?: Logger | undefined;
  /** Sent on every request, e.g. a User-Agent. */
  headers?: Record<string, string> | undefined;
  /** Observes every attempt (metrics, tests). */
  onAttempt?: ((event: AttemptEvent) => void) | undefined;
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

export function createTransport(options: TransportOptions = {}): FetchLike {
  const baseFetch: FetchLike = options.fetch ?? ((request) => globalThis.fetch(request));
  const logger = options.logger ?? createLogger();

  return async function send(request: Request): Promise<Response> {
    const ctx = contextOf(request);
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
    let delayedMs = 0;
    let renewedAuth = false;
    for (let attempt = 1; ; attempt++) {
      if (callerSignal.aborted) throw abortError(ctx.operation, callerSignal);
      try {
        await options.throttle?.acquire(callerSignal);
      } catch (error) {
        if (callerSignal.aborted) throw abortError(ctx.operation, callerSignal);
        throw error;
      }
      // A clone per attempt: the original body stays readable for the next one.
      const outgoing = request.clone();
      await auth?.authorize(outgoing, callerSignal);

      // One controller per attempt, aborted by the timer or by the caller. Not AbortSignal.any:
      // on Node 20 every combined signal stays attached to a long-lived caller signal (a daemon's
      // shutdown signal, say) for good, leaking memory call after call (nodejs/node#55351).
      const attemptAbort = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        attemptAbort.abort(new DOMException(`no response within ${timeoutMs} ms`, "TimeoutError"));
      }, timeoutMs);
      const onCallerAbort = () => attemptAbort.abort(callerSignal.reason);
      callerSignal.addEventListener("abort", onCallerAbort, { once: true });
      const release = () => callerSignal.removeEventListener("abort", onCallerAbort);
      const started = Date.now();
      let outcome: AttemptOutcome;
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await baseFetch(new Request(outgoing, { signal: attemptAbort.signal }));
        outcome = { kind: "response", status: response.status, headers: response.headers };
      } catch (error) {
        release();
        if (callerSignal.aborted) throw abortError(ctx.operation, callerSignal, error);
        // A wrapped fetch (e.g. a redirect guard) that already decided what went wrong is final.
        if (error instanceof EdiClientError) throw error;
        failure = error;
        outcome = timedOut ? { kind: "timeout" } : { kind: "network", neverSent: failedBeforeSending(error) };
      } finally {
        clearTimeout(timer);
      }
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

      if (response) {
        options.throttle?.observe(response.headers);
        if (response.status === 401 && auth?.onUnauthorized && !renewedAuth) {
          renewedAuth = true;
          if (await auth.onUnauthorized(outgoing, callerSignal)) {
            await discard(response);
            release();
            continue;
          }
        }
      }

      const decision = decideRetry(outcome, {
        retriesSoFar: retries,
        delayedSoFarMs: delayedMs,
        idempotency,
        options: retry,
      });
      if (!decision.retry) {
        // The caller can still abort while the body is being read; let go of its signal after.
        if (response) return untilBodyRead(response, release);
        if (outcome.kind === "timeout") {
          throw new TimeoutError(
            `${label(ctx.operation)}request timed out after ${timeoutMs} ms (${decision.reason})`,
            {
              operation: ctx.operation,
              cause: failure,
            },
          );
        }
        throw new ConnectionError(
          `${label(ctx.operation)}connection failed: ${describe(failure)} (${decision.reason})`,
          {
            operation: ctx.operation,
            cause: failure,
          },
        );
      }
      if (response) {
        await discard(response);
        release();
      }
      logger.info("retrying", {
        operation: ctx.operation,
        attempt,
        delayMs: decision.delayMs,
        status: response?.status,
      });
      retries++;
      delayedMs += decision.delayMs;
      try {
        await sleep(decision.delayMs, callerSignal);
      } catch {
        throw abortError(ctx.operation, callerSignal);
      }
    }
  };
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

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

/**
 * The same response, calling `done` once its body has been read to the end, failed or been
 * cancelled (at once when there is no body).
 */
function untilBodyRead(response: Response, done: () => void): Response {
  const source = response.body;
  if (!source) {
    done();
    return response;
  }
  const reader = source.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          done();
          controller.close();
        } else {
          controller.enqueue(chunk.value);
        }
      } catch (error) {
        done();
        controller.error(error);
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
  const wrapped = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has no URL; callers read it (e.g. to see the encoded path).
  Object.defineProperties(wrapped, {
    url: { value: response.url },
    redirected: { value: response.redirected },
  });
  return wrapped;
}
