// Per-call options travel from a resource method to the transport attached to the Request that
// openapi-fetch builds. openapi-fetch gives us no other channel: its middleware sees the Request
// just before it is handed to our fetch, so a one-off middleware records the options there.
import type { Middleware } from "openapi-fetch";
import type { StreamReader } from "./attempt-run.js";
import type { Idempotency, RetryOptions } from "./retry.js";

export interface CallOptions {
  /** Retries after the first attempt for this call (overrides the client's maxRetries). */
  maxRetries?: number;
  /** Fine-grained retry settings for this call. */
  retry?: RetryOptions;
  /**
   * Per-attempt timeout in ms for this call (overrides the client's timeout). It covers the
   * response body too; for streamed downloads, each wait for the next chunk.
   */
  timeoutMs?: number;
  /** Cancels the call, including any wait for a retry or a rate-limit slot. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

export interface CallContext extends CallOptions {
  /** Operation name for errors and logs (the spec's operationId). */
  operation?: string;
  idempotency?: Idempotency;
  /** false for calls that must go out without credentials (login, refresh). */
  authenticate?: boolean;
  /**
   * The caller reads the body as a stream: pass `streamBody`. The transport hands the body over
   * unread (a large download is not held in memory) and applies the timeout to each wait for the
   * next chunk instead. A function, not a flag, so only a bundle that streams carries the reader
   * (issue 13).
   */
  stream?: StreamReader;
  /**
   * Reads the body of a 2xx answer in place of the transport's own read, inside the attempt: the
   * timeout covers it, and a body cut off while it reads is a failed attempt (retried when that
   * is safe), as for any buffered answer. What it resolves to is the body the caller then reads
   * (e.g. a download's JSON with its long Base64 string taken out and decoded on the way).
   */
  readBody?: (body: ReadableStream<Uint8Array>, response: Response) => Promise<Uint8Array>;
}

// A symbol-keyed property on the Request rather than a WeakMap: a WeakMap entry per call is an
// ephemeron every garbage collection has to trace (issue 13).
const CONTEXT = Symbol("edi-clients.callContext");

export function contextOf(request: object): CallContext {
  return (request as { [CONTEXT]?: CallContext })[CONTEXT] ?? {};
}

/** Attaches `context` to a request built for the transport (the client core builds its own). */
export function setContext(request: object, context: CallContext): void {
  (request as { [CONTEXT]?: CallContext })[CONTEXT] = context;
}

/** A middleware that attaches `context` to the request it sees. */
export function attachContext(context: CallContext): Middleware {
  return {
    onRequest({ request }) {
      setContext(request, context);
      return undefined;
    },
  };
}
