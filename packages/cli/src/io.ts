import type { FetchLike } from "@edi-clients/ecgrid";

/** Everything the program touches outside itself, so tests can run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Replaces the network (tests). */
  fetch?: FetchLike;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
};

/** Prints rows as aligned columns, or as JSON lines when asked. */
export function printRows(io: CliIo, rows: Record<string, unknown>[], json: boolean): void {
  if (json) {
    for (const row of rows) io.stdout(JSON.stringify(row));
    return;
  }
  if (rows.length === 0) {
    io.stdout("(none)");
    return;
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((row) => cell(row[c]).length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  io.stdout(line(columns));
  for (const row of rows) io.stdout(line(columns.map((c) => cell(row[c]))));
}

/** Ends the command with a status after its output was printed (e.g. some parcels failed). */
export class ExitCode extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
