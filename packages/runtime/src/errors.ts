// Typed errors. Every error carries what a support ticket needs (status, traceId, operation) and
// nothing that authenticates: messages are built from server text and our own words only.
import { failedBeforeSending } from "./never-sent.js";
import { redactHeaders, scrub, scrubValue } from "./secret.js";
import { testHook } from "./test-hooks.js";

export interface ApiErrorDetails {
  status: number;
  operation?: string | undefined;
  message: string;
  detail?: string | null | undefined;
  traceId?: string | null | undefined;
  errorInfo?: unknown;
  headers?: Headers | undefined;
  /** The parsed error body (or the raw text when it was not JSON). */
  body?: unknown;
  /**
   * Credentials to scrub from every field (message, detail, errorInfo, body, header values) before
   * the error is built. Used once, never kept on the error.
   */
  secrets?: Iterable<string | undefined> | undefined;
}

/** Base class of everything this SDK throws. */
export class EdiClientError extends Error {
  override name = "EdiClientError";
  readonly operation: string | undefined;
  constructor(message: string, options: { operation?: string | undefined; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.operation = options.operation;
    testHook("error", this);
  }
}

/** Input rejected before any network call (a documented limit was broken). */
export class ValidationError extends EdiClientError {
  override name = "ValidationError";
}

/** The server answered with an error status (or a success status with `success: false`). */
export class ApiError extends EdiClientError {
  override name = "ApiError";
  readonly status: number;
  readonly detail: string | null;
  readonly traceId: string | null;
  readonly errorInfo: unknown;
  readonly headers: Headers | undefined;
  readonly body: unknown;

  constructor(details: ApiErrorDetails) {
    const secrets = [...(details.secrets ?? [])];
    const clean = (text: string | null | undefined) => (text ? scrub(text, secrets) : text);
    const d = {
      ...details,
      message: scrub(details.message, secrets),
      detail: clean(details.detail),
      traceId: clean(details.traceId),
    };
    super(formatMessage(d), { operation: details.operation });
    this.status = details.status;
    this.detail = d.detail ?? null;
    this.traceId = d.traceId ?? null;
    this.errorInfo = scrubValue(details.errorInfo ?? null, secrets);
    // A copy, credential headers replaced by `***`: `error.headers.get("retry-after")` works, and
    // printing the error (or its headers) never shows a cookie or an echoed key.
    this.headers = details.headers && new Headers(redactHeaders(details.headers, secrets));
    this.body = scrubValue(details.body, secrets);
  }

  /** What JSON.stringify shows: every field, headers as a plain redacted object. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      operation: this.operation,
      traceId: this.traceId,
      detail: this.detail,
      errorInfo: this.errorInfo,
      headers: this.headers && redactHeaders(this.headers),
      body: this.body,
    };
  }

  /** What util.inspect (console.log) shows: the stack, then the fields of toJSON. */
  [Symbol.for("nodejs.util.inspect.custom")](
    depth: number,
    options: { depth?: number | null },
    inspect?: (value: unknown, options: object) => string,
  ): string {
    const { name: _name, message: _message, ...fields } = this.toJSON();
    const head = this.stack ?? `${this.name}: ${this.message}`;
    if (depth < 0 || !inspect) return head;
    const nested = { ...options, depth: options.depth == null ? options.depth : options.depth - 1 };
    return `${head} ${inspect(fields, nested)}`;
  }
}

function formatMessage(d: ApiErrorDetails): string {
  const where = d.operation ? `${d.operation}: ` : "";
  const trace = d.traceId ? ` (traceId ${d.traceId})` : "";
  const detail = d.detail ? ` — ${d.detail}` : "";
  return `${where}${d.status} ${d.message}${detail}${trace}`;
}

export class BadRequestError extends ApiError {
  override name = "BadRequestError";
}
export class AuthenticationError extends ApiError {
  override name = "AuthenticationError";
}
export class PermissionDeniedError extends ApiError {
  override name = "PermissionDeniedError";
}
export class NotFoundError extends ApiError {
  override name = "NotFoundError";
}
export class ConflictError extends ApiError {
  override name = "ConflictError";
}
export class UnprocessableEntityError extends ApiError {
  override name = "UnprocessableEntityError";
}
export class RateLimitError extends ApiError {
  override name = "RateLimitError";
  /** Milliseconds the server asked us to wait, when it said. */
  get retryAfterMs(): number | undefined {
    return this.headers ? parseRetryAfterMs(this.headers) : undefined;
  }
}
export class InternalServerError extends ApiError {
  override name = "InternalServerError";
}
export class ServiceUnavailableError extends ApiError {
  override name = "ServiceUnavailableError";
}

/** The response could not be understood (HTML error page, truncated or malformed JSON). */
export class ResponseParseError extends ApiError {
  override name = "ResponseParseError";
}

/** No usable response: DNS, refused or reset connection, TLS failure. */
export class ConnectionError extends EdiClientError {
  override name = "ConnectionError";
  /**
   * Whether the request may have reached the server. `false` only when it provably never left
   * (connection refused, host not found, connect timeout); `true` when it may have (reset or closed
   * mid-response, timed out after sending) or nobody can tell. An upload or a send with
   * `maybeSent: true` has an unknown outcome: see `OutcomeUnknownError` and the clients' `reconcile`.
   */
  readonly maybeSent: boolean;
  constructor(
    message: string,
    options: { operation?: string | undefined; cause?: unknown; maybeSent?: boolean | undefined } = {},
  ) {
    super(message, options);
    // Read from the cause the transport hands over (undici nests the system error's code in it).
    this.maybeSent = options.maybeSent ?? !failedBeforeSending(options.cause);
  }
}
/** The per-attempt timeout elapsed. */
export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
}
/**
 * A redirect the client refuses to follow with the credentials (anything but an http → https
 * upgrade of the same host).
 */
export class RedirectError extends EdiClientError {
  override name = "RedirectError";
  /** The `Location` the server asked for, when it sent one. */
  readonly location: string | undefined;
  constructor(
    message: string,
    options: { operation?: string | undefined; location?: string | undefined } = {},
  ) {
    super(message, { operation: options.operation });
    this.location = options.location;
  }
}
/** The client was closed (`close()`): it sends nothing more. */
export class ClientClosedError extends EdiClientError {
  override name = "ClientClosedError";
}
/** The caller's AbortSignal fired. */
export class UserAbortError extends EdiClientError {
  override name = "UserAbortError";
}

/** What an OutcomeUnknownError says was looked for, how often and for how long. */
export interface OutcomeCheck {
  /** What was looked for, in words: the list, the filters, the match (names and sizes, no content). */
  checked: string;
  /** Looks at the server's lists after the failure (0: none could be made). */
  checks: number;
  /** Time spent looking, from the failure to the last look. */
  elapsedMs: number;
  /** The window the looks were bounded by. */
  windowMs: number;
  /** IDs of the new documents that matched when more than one did (which one is ours is unknown). */
  candidates?: readonly string[] | undefined;
  /** The last error of a look that failed, when one did. */
  lookupError?: unknown;
}

/**
 * An upload or send failed after its body may have reached the server (a timeout after sending, a
 * connection cut mid-response, a 5xx), and looking for the document on the server did not settle
 * it within the window: it may or may not exist. `cause` is the original error. Never carries
 * credentials: the message is built from our own words, file names and sizes.
 */
export class OutcomeUnknownError extends EdiClientError {
  override name = "OutcomeUnknownError";
  readonly checked: string;
  readonly checks: number;
  readonly elapsedMs: number;
  readonly windowMs: number;
  readonly candidates: readonly string[];
  readonly lookupError: unknown;
  constructor(message: string, options: OutcomeCheck & { operation?: string | undefined; cause: unknown }) {
    super(message, { operation: options.operation, cause: options.cause });
    this.checked = options.checked;
    this.checks = options.checks;
    this.elapsedMs = options.elapsedMs;
    this.windowMs = options.windowMs;
    this.candidates = options.candidates ?? [];
    this.lookupError = options.lookupError;
  }
}

// Cross-copy `instanceof`. Two installed copies of this runtime (ecgrid and as2-gateway resolved to
// different versions) define two sets of classes, and a plain `instanceof` across them is false.
// Every error carries a global brand listing its class chain (["NotFoundError", "ApiError",
// "EdiClientError"]), and `instanceof` any class of the family also accepts an error whose brand
// names that class: `err instanceof NotFoundError` holds whichever copy threw it, and a NotFoundError
// still is no RateLimitError. Both are non-enumerable, so inspect and JSON output are unchanged.
const errorBrand = Symbol.for("edi-clients.error");
Object.defineProperty(EdiClientError.prototype, errorBrand, {
  get(this: object): string[] {
    const chain: string[] = [];
    for (let p = Object.getPrototypeOf(this); p && p !== Error.prototype; p = Object.getPrototypeOf(p))
      chain.push(p.constructor.name);
    return chain;
  },
});
Object.defineProperty(EdiClientError, Symbol.hasInstance, {
  value(this: abstract new (...args: never[]) => unknown, value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== "object" || value === null) return false;
    const chain: unknown = (value as { [errorBrand]?: unknown })[errorBrand];
    return Array.isArray(chain) && chain.includes(this.name);
  },
});

const byStatus: Record<number, new (d: ApiErrorDetails) => ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
  503: ServiceUnavailableError,
};

/** The most specific error class for an HTTP status. */
export function apiErrorFor(details: ApiErrorDetails): ApiError {
  const Ctor = byStatus[details.status] ?? (details.status >= 500 ? InternalServerError : ApiError);
  return new Ctor(details);
}

/**
 * `Retry-After-Ms`, then `Retry-After` as seconds or an HTTP date. Undefined when absent or
 * unparseable; never negative.
 */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && ms.trim() !== "" && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) {
    // Hundreds of digits overflow to Infinity: no usable hint (setTimeout would fire at once).
    const seconds = Number(value) * 1000;
    return Number.isFinite(seconds) ? Math.max(0, seconds) : undefined;
  }
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
