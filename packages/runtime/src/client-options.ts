// The options every client shares, and how they become transport settings: one place, so the
// ECGrid and AS2 Gateway clients cannot drift apart on retries, timeouts or logging.
import { createLogger, type Logger, type LogLevel } from "./logger.js";
import type { RetryOptions } from "./retry.js";
import type { AttemptEvent, FetchLike, TransportOptions } from "./transport.js";

export interface ClientOptions {
  /** Server to talk to; defaults to the API's production URL. Point it at a mock in tests. */
  baseUrl?: string;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** Backoff details (base/max delay, total delay cap). */
  retry?: RetryOptions;
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

/** The transport settings a client's options ask for (auth and throttle are the client's own). */
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
    logger: options.logger ?? createLogger(options.logLevel),
    onAttempt: options.onAttempt,
  };
}
