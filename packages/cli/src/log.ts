// The clients' logs, on stderr only: stdout carries results (tables, JSON lines) and nothing else.
import { createLogger, type Logger, type LogLevel } from "@edi-clients/ecgrid";
import type { CliIo } from "./io.js";

const LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];

/** `--debug` wins; else EDI_CLIENTS_LOG when it names a level; else "warn". */
export function logLevel(debug: boolean | undefined, env: CliIo["env"]): LogLevel {
  if (debug) return "debug";
  const fromEnv = env.EDI_CLIENTS_LOG as LogLevel | undefined;
  return fromEnv && LEVELS.includes(fromEnv) ? fromEnv : "warn";
}

/** Errors as their name, message and code (JSON.stringify turns them into `{}`). */
function jsonable(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    const { code } = value as NodeJS.ErrnoException;
    return { name: value.name, message: value.message, ...(code ? { code } : {}), cause: value.cause };
  }
  return typeof value === "bigint" ? value.toString() : value;
}

function format(fields: Record<string, unknown>): string {
  try {
    return JSON.stringify(fields, jsonable);
  } catch {
    return String(fields);
  }
}

/** A logger writing one line per message to stderr: `[edi-clients] debug attempt {…}`. */
export function stderrLogger(io: CliIo, level: LogLevel): Logger {
  const sink = (name: Exclude<LogLevel, "off">) => (message: string, fields?: Record<string, unknown>) =>
    io.stderr(
      `${message.replace(/^\[edi-clients\] /, `[edi-clients] ${name} `)}${fields ? ` ${format(fields)}` : ""}`,
    );
  return createLogger(level, {
    error: sink("error"),
    warn: sink("warn"),
    info: sink("info"),
    debug: sink("debug"),
  });
}
