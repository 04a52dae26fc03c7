import { type FetchLike, scrub } from "@edi-clients/runtime";
import { stringify } from "yaml";

/** Everything the program touches outside itself, so tests can run it in-process. */
export interface CliIo {
  /** Results (tables, JSON lines): the only thing a script should parse. */
  stdout(text: string): void;
  /** Errors, warnings and logs. */
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Replaces the network (tests). */
  fetch?: FetchLike;
  /**
   * Subscribes to the stop signals (SIGTERM, SIGINT) of a `--watch`; returns the unsubscribe.
   * The process's signals by default; tests raise their own.
   */
  onStopSignal?: (listener: (signal: string) => void) => () => void;
  /** Reads all of standard input (`--api-key-stdin`, `config set KEY --stdin`). */
  readStdin?: () => Promise<string>;
  /** The terminal stderr is, when it is one: progress bars are drawn there, never in a pipe. */
  progressStream?: NodeJS.WritableStream;
}

/** The IO the commands get: `protect()` a credential and it never appears in any output. */
export interface CliOutput extends CliIo {
  protect(secret: string | undefined): void;
  /** Settings read during the run (`--api-key-stdin`): they win over the environment and the config file. */
  overrides: Record<string, string>;
}

/** Environment variables whose values are credentials, masked in every output line. */
const SECRET_VARIABLES = ["ECGRID_API_KEY", "AS2G_PASSWORD", "AS2G_TOKEN"];

/**
 * Wraps an IO so that no credential reaches stdout or stderr, whatever a server echoed or a
 * library logged: the secret environment variables, and whatever a command `protect`s.
 */
export function protectedOutput(io: CliIo): CliOutput {
  const secrets = new Set<string>();
  const protect = (secret: string | undefined) => {
    if (secret) secrets.add(secret);
  };
  for (const name of SECRET_VARIABLES) protect(io.env[name]);
  return {
    stdout: (text) => io.stdout(scrub(text, secrets)),
    stderr: (text) => io.stderr(scrub(text, secrets)),
    env: io.env,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...(io.onStopSignal ? { onStopSignal: io.onStopSignal } : {}),
    ...(io.readStdin ? { readStdin: io.readStdin } : {}),
    ...(io.progressStream ? { progressStream: io.progressStream } : {}),
    protect,
    overrides: {},
  };
}

/**
 * Writes lines to a process stream. When its reader goes away (EPIPE: `edi-clients … | head -1`),
 * the rest of the output is dropped quietly, as Unix tools do, instead of crashing the process;
 * the command still finishes its work and exits with its own status.
 */
export function lineWriter(stream: NodeJS.WritableStream & { destroyed?: boolean }): (text: string) => void {
  let gone = false;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    gone = true;
  });
  return (text) => {
    if (!gone && !stream.destroyed) stream.write(`${text}\n`);
  };
}

let nodeIo: CliIo | undefined;

/** The real process: stdout, stderr (both EPIPE-safe) and the environment. */
export function processIo(): CliIo {
  nodeIo ??= {
    stdout: lineWriter(process.stdout),
    stderr: lineWriter(process.stderr),
    env: process.env,
    onStopSignal(listener) {
      const stop = (signal: NodeJS.Signals) => listener(signal);
      process.on("SIGTERM", stop).on("SIGINT", stop);
      return () => process.off("SIGTERM", stop).off("SIGINT", stop);
    },
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    ...(process.stderr.isTTY ? { progressStream: process.stderr } : {}),
  };
  return nodeIo;
}

type Row = Record<string, unknown>;

const cell = (value: unknown) => (value === undefined || value === null ? "" : String(value));

function tableLine(values: string[], widths: number[]): string {
  return values
    .map((v, i) => v.padEnd(widths[i] ?? 0))
    .join("  ")
    .trimEnd();
}

/** `--output`: aligned columns (default), JSON lines, or one YAML list. */
export type Format = "table" | "json" | "yaml";

export const FORMATS: readonly Format[] = ["table", "json", "yaml"];

/** One row as a YAML list item (items printed one after another form one YAML list). */
const yamlItem = (row: Row) => stringify([row]).trimEnd();

/** Prints rows as aligned columns, as JSON lines or as a YAML list. */
export function printRows(io: CliIo, rows: Row[], format: Format): void {
  if (format === "json") {
    for (const row of rows) io.stdout(JSON.stringify(row));
    return;
  }
  if (format === "yaml") {
    io.stdout(rows.length === 0 ? "[]" : rows.map(yamlItem).join("\n"));
    return;
  }
  if (rows.length === 0) {
    io.stdout("(none)");
    return;
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => cell(row[c]).length)));
  io.stdout(tableLine(columns, widths));
  for (const row of rows)
    io.stdout(
      tableLine(
        columns.map((c) => cell(row[c])),
        widths,
      ),
    );
}

/**
 * Prints each row the moment it is known (a JSON line, or a table line under a header printed
 * first), so an interrupted run still shows every outcome so far. `widths` are the columns'
 * minimum widths, known up front.
 */
export function rowPrinter(io: CliIo, format: Format, widths: Record<string, number>): (row: Row) => void {
  const columns = Object.keys(widths);
  const sizes = columns.map((c) => Math.max(c.length, widths[c] ?? 0));
  let header = false;
  return (row) => {
    if (format === "json") return io.stdout(JSON.stringify(row));
    if (format === "yaml") return io.stdout(yamlItem(row));
    if (!header) io.stdout(tableLine(columns, sizes));
    header = true;
    io.stdout(
      tableLine(
        columns.map((c) => cell(row[c])),
        sizes,
      ),
    );
  };
}

/** An API record as one table row: its scalar fields, nested values as JSON. */
export function flatRow(record: unknown): Row {
  if (record === null || typeof record !== "object") return { value: record };
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      value !== null && typeof value === "object" ? JSON.stringify(value) : value,
    ]),
  );
}

/** A failure the CLI itself detected (bad input, unusable folder): printed as `error: message`. */
export class CliError extends Error {
  override name = "CliError";
}

/** Bad usage the parser could not see (an unknown `--param`, a body that is not JSON): exit status 2. */
export class UsageError extends CliError {
  override name = "UsageError";
}

/** No credentials to call the API with: exit status 3. */
export class CredentialsError extends CliError {
  override name = "CredentialsError";
}

/** Ends the command with a status after its output was printed (e.g. some parcels failed). */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** An error's message, for a table cell or a JSON field. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
