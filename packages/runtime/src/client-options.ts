// The options every client shares, and how they become transport settings: one place, so the
// ECGrid and AS2 Gateway clients cannot drift apart on retries, timeouts or logging.
import { ValidationError } from "./errors.js";
import { createLogger, type Logger, type LogLevel } from "./logger.js";
import type { ResponseValidationOptions } from "./response-validation.js";
import type { RetryOptions } from "./retry.js";
import type { RetryBudgetOption } from "./retry-budget.js";
import { testHook } from "./test-hooks.js";
import type { AttemptEvent, FetchLike, TransportOptions } from "./transport.js";

export interface ClientOptions extends ResponseValidationOptions {
  /**
   * Server to talk to; defaults to the API's production URL. Point it at a mock in tests. Must be
   * https, or http on a loopback address (localhost, 127.0.0.0/8, ::1) unless `allowInsecureHttp`.
   */
  baseUrl?: string;
  /**
   * Allow a plain `http://` baseUrl on a non-loopback host. Credentials (API key, password, token)
   * then cross the network in clear text: only for a trusted network or a TLS-terminating proxy
   * next to the process. Default false: such a baseUrl is refused when the client is created.
   */
  allowInsecureHttp?: boolean;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff details (base/max delay, total delay cap). */
  retry?: RetryOptions;
  /**
   * Client-wide retry budget (the AWS SDK's retry quota; needs the `retryBudget` plugin, which the
   * full clients include): one token bucket every call of the
   * client draws on, so that while the server is down many callers do not each make
   * `maxRetries` retries. Default: a bucket of its own, 500 tokens, a retry costs 5 (10 after a
   * timeout or failed connection), a success pays back. Pass a RetryBudget to share one between
   * clients, numbers for a bucket of your own, or false for none. Retries after a 429 are not
   * charged (they wait for the server's reset, capped by `retry.maxRateLimitRetries`).
   */
  retryBudget?: RetryBudgetOption;
  /** Per-attempt timeout. Default 60 s. */
  timeoutMs?: number;
  /** Underlying fetch (tests, proxies). Default global fetch. */
  fetch?: FetchLike;
  logger?: Logger;
  /** Default from EDI_CLIENTS_LOG, else "warn". */
  logLevel?: LogLevel;
  /** Called after every HTTP attempt (retries included): metrics, tracing, audit logs. */
  onAttempt?: (event: AttemptEvent) => void;
}

/**
 * The transport settings a client's options ask for (auth, throttle and retry budget are the
 * client core's own: the last two are plugins).
 */
export function transportSettings(
  options: ClientOptions,
): Pick<TransportOptions, "fetch" | "retry" | "timeoutMs" | "logger" | "onAttempt"> {
  return {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      ...options.retry,
      ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    },
    timeoutMs: options.timeoutMs,
    logger: observed(options.logger ?? createLogger(options.logLevel)),
    onAttempt: options.onAttempt,
  };
}

/** The logger itself, shown to the test suite's credential guard first (test-hooks.ts). */
function observed(logger: Logger): Logger {
  testHook("logger", logger);
  return logger;
}

/**
 * The base URL a client will use: `options.baseUrl`, else `defaultUrl`. Refuses (ValidationError,
 * before any network call) an unparseable URL, a scheme other than http(s), user info in the URL,
 * and plain http to a non-loopback host unless `allowInsecureHttp` is set. The message never
 * repeats the URL (it could hold a credential).
 */
export function checkBaseUrl(options: ClientOptions, defaultUrl: string, client: string): string {
  const baseUrl = options.baseUrl ?? defaultUrl;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ValidationError(`${client}: baseUrl is not a valid absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ValidationError(`${client}: baseUrl must use https (got ${url.protocol})`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new ValidationError(
      `${client}: baseUrl must not contain a user name or password (pass credentials as options)`,
    );
  }
  if (url.protocol === "http:" && !isLoopback(url.hostname) && options.allowInsecureHttp !== true) {
    throw new ValidationError(
      `${client}: baseUrl uses plain http to ${url.hostname}, which would send the credentials in clear ` +
        "text; use https, or set allowInsecureHttp: true for a trusted network",
    );
  }
  return baseUrl;
}

/** localhost (and *.localhost), 127.0.0.0/8, ::1 and its IPv4-mapped form: never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    host === "[::1]" ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  );
}
