// Opt-in logging with one line per attempt. Headers go through redactHeaders, so a log can be
// pasted into a support ticket.

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

export interface Logger {
  error(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
  /**
   * Whether messages at `level` go anywhere. Optional: without it everything is assumed to be
   * logged. Lets the SDK skip building what nobody reads (a redacted header copy per attempt).
   */
  enabled?(level: Exclude<LogLevel, "off">): boolean;
}

const order: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

function envLevel(): LogLevel | undefined {
  const value = typeof process === "object" ? process.env?.EDI_CLIENTS_LOG : undefined;
  return value && Object.hasOwn(order, value) ? (value as LogLevel) : undefined;
}

/**
 * A logger that drops messages below `level` (option, else the EDI_CLIENTS_LOG environment
 * variable, else "warn") and forwards the rest to `sink` (default: console).
 */
export function createLogger(level?: LogLevel, sink: Logger = console): Logger {
  const threshold = order[level ?? envLevel() ?? "warn"];
  const at =
    (name: Exclude<LogLevel, "off">) =>
    (message: string, fields?: Record<string, unknown>): void => {
      if (order[name] <= threshold) sink[name](`[edi-clients] ${message}`, ...(fields ? [fields] : []));
    };
  return {
    error: at("error"),
    warn: at("warn"),
    info: at("info"),
    debug: at("debug"),
    enabled: (name) => order[name] <= threshold,
  };
}
