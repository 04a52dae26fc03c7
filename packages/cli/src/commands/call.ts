// `edi-clients ecgrid call <operationId>` / `as2 call`: any operation of the spec, through the
// client's openapi-fetch client (same transport: auth, throttle, retries by the idempotency table,
// timeouts). The operations are generated from the specs (src/generated/operations.ts).
import { readFile, writeFile } from "node:fs/promises";
import { attachContext, type Idempotency } from "@edi-clients/runtime";
import type { Command } from "commander";
import { stringify } from "yaml";
import type { RawClient } from "../doctor/command.js";
import { EXIT } from "../exit.js";
import { type CliOutput, ExitCode, type Format, printRows, UsageError } from "../io.js";
import type { OperationSpec, OperationTable, ParamSpec } from "../operations.js";

export interface CallTarget {
  raw: unknown;
  format: Format;
  close(): Promise<void>;
}

interface CallOptions {
  param: string[];
  body?: string;
  out?: string;
  list?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function coerce(param: ParamSpec, value: string): unknown {
  const [name, type] = param;
  if (type === "integer" || type === "number") {
    const n = Number(value);
    if (value.trim() === "" || !Number.isFinite(n) || (type === "integer" && !Number.isInteger(n)))
      throw new UsageError(`--param ${name} must be ${type === "integer" ? "an integer" : "a number"}`);
    return n;
  }
  if (type === "boolean") {
    if (value !== "true" && value !== "false") throw new UsageError(`--param ${name} must be true or false`);
    return value === "true";
  }
  return value;
}

/** `--param k=v` (repeatable; an array parameter takes every value given) into openapi-fetch's params. */
export function callParams(operation: OperationSpec, given: readonly string[]) {
  const where = new Map<string, ["path" | "query" | "header", ParamSpec]>();
  for (const p of operation.pathParams) where.set(p[0], ["path", p]);
  for (const p of operation.query) where.set(p[0], ["query", p]);
  for (const p of operation.header) where.set(p[0], ["header", p]);
  const params: Record<"path" | "query" | "header", Record<string, unknown>> = {
    path: {},
    query: {},
    header: {},
  };
  for (const pair of given) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError(`--param ${pair}: expected name=value`);
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    const found = where.get(name);
    if (!found) {
      const known = [...where.keys()];
      throw new UsageError(
        `${operation.id} has no parameter ${name}${known.length ? ` (it has: ${known.join(", ")})` : " (it has none)"}`,
      );
    }
    const [at, spec] = found;
    if (spec[1] === "array") {
      const list = (params[at][name] as string[] | undefined) ?? [];
      params[at][name] = [...list, value];
    } else params[at][name] = coerce(spec, value);
  }
  const missing = [...operation.pathParams, ...operation.query, ...operation.header]
    .filter(
      ([name, , required]) =>
        required && !(name in params.path || name in params.query || name in params.header),
    )
    .map(([name]) => name);
  if (missing.length > 0)
    throw new UsageError(`${operation.id} needs --param ${missing.map((m) => `${m}=…`).join(" --param ")}`);
  return Object.fromEntries(Object.entries(params).filter(([, v]) => Object.keys(v).length > 0));
}

/** `--body @file.json`, `--body '{…}'` (JSON operations) or `--body @file` (binary operations). */
export async function callBody(operation: OperationSpec, body: string | undefined): Promise<unknown> {
  if (operation.body === "none") {
    if (body !== undefined) throw new UsageError(`${operation.id} takes no body`);
    return undefined;
  }
  if (body === undefined) {
    if (operation.bodyRequired) throw new UsageError(`${operation.id} needs --body (@file or JSON)`);
    return undefined;
  }
  if (operation.body === "binary") {
    if (!body.startsWith("@")) throw new UsageError(`${operation.id} sends a file: --body @path`);
    return new Uint8Array(await readFile(body.slice(1)));
  }
  const text = body.startsWith("@") ? await readFile(body.slice(1), "utf8") : body;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--body is not JSON: ${(error as Error).message}`);
  }
}

/** A JSON answer as rows for --output table: the array (ECGrid's `data` unwrapped), or one row. */
function rowsOf(body: unknown): Record<string, unknown>[] {
  const data =
    body && typeof body === "object" && !Array.isArray(body) && "data" in body && "success" in body
      ? (body as { data: unknown }).data
      : body;
  const flat = (v: unknown) => (v !== null && typeof v === "object" ? JSON.stringify(v) : v);
  const row = (v: unknown) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, flat(x)]))
      : { value: flat(v) };
  return Array.isArray(data) ? data.map(row) : [row(data)];
}

export function registerCall(
  group: Command,
  io: CliOutput,
  api: { name: string; operations: OperationTable; idempotency: Readonly<Record<string, Idempotency>> },
  target: (command: Command) => CallTarget,
): void {
  const byId = new Map(api.operations.map((o) => [o.id, o]));
  group
    .command("call")
    .description(
      `call any ${api.name} operation by its operationId (--list prints them all), through the client's ` +
        "transport (auth, throttle, retries of idempotent operations only, timeouts). Path, query and " +
        "header parameters are given as --param name=value; a JSON body as --body @file.json or " +
        "--body '{…}', a file body as --body @path. JSON answers are printed (--output json: as " +
        "received); a file answer is written to --out",
    )
    .argument("[operationId]", "the spec's operationId, e.g. parcelsInboxList")
    .option("--param <name=value>", "a parameter (repeatable)", collect, [])
    .option("--body <@file|json>", "the request body")
    .option("--out <file>", "write a file answer (or the JSON answer) to this file")
    .option("--list", "list every operation: operationId, method, path, summary")
    .action(async (id: string | undefined, options: CallOptions, command: Command) => {
      if (options.list) {
        const format = command.optsWithGlobals<{ output?: Format; json?: boolean }>();
        printRows(
          io,
          api.operations.map((o) => ({
            operationId: o.id,
            method: o.method,
            path: o.path,
            summary: o.summary,
          })),
          format.json ? "json" : (format.output ?? "table"),
        );
        return;
      }
      if (id === undefined) throw new UsageError("give an operationId (call --list prints them)");
      const operation = byId.get(id);
      if (!operation) throw new UsageError(`unknown operation ${id} (call --list prints them)`);
      const params = callParams(operation, options.param);
      const body = await callBody(operation, options.body);
      const client = target(command);
      try {
        const idempotency = api.idempotency[operation.id] ?? "non-idempotent";
        const binary = operation.body === "binary";
        const { data, error, response } = await (client.raw as RawClient).request(
          operation.method,
          operation.path,
          {
            params,
            ...(body === undefined ? {} : { body }),
            ...(binary
              ? { bodySerializer: (b: unknown) => b, headers: { "Content-Type": "application/octet-stream" } }
              : {}),
            parseAs: operation.answer === "binary" ? "arrayBuffer" : "text",
            middleware: [attachContext({ operation: operation.id, idempotency })],
          },
        );
        const payload = response.ok ? data : error;
        if (!response.ok) {
          io.stderr(`error: ${operation.id}: HTTP ${response.status} ${response.statusText}`.trimEnd());
          if (payload !== undefined && payload !== "")
            io.stderr(typeof payload === "string" ? payload : JSON.stringify(payload));
          throw new ExitCode(response.status === 401 || response.status === 403 ? EXIT.auth : EXIT.api);
        }
        if (payload instanceof ArrayBuffer) {
          const bytes = new Uint8Array(payload);
          if (options.out) await writeFile(options.out, bytes);
          printRows(
            io,
            [
              {
                status: response.status,
                contentType: response.headers.get("content-type"),
                bytes: bytes.length,
                ...(options.out ? { path: options.out } : {}),
              },
            ],
            client.format,
          );
          if (!options.out) io.stderr(`${operation.id} answered with a file: pass --out <file> to save it`);
          return;
        }
        const text = typeof payload === "string" ? payload : "";
        let parsed: unknown = text;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          // not JSON: printed as text
        }
        if (options.out) await writeFile(options.out, text);
        else if (typeof parsed === "string" || client.format === "json") io.stdout(text.trimEnd());
        else if (client.format === "yaml") io.stdout(stringify(parsed).trimEnd());
        else printRows(io, rowsOf(parsed), client.format);
        // ECGrid reports some failures as success: false on a 2xx status.
        if (parsed && typeof parsed === "object" && (parsed as { success?: unknown }).success === false)
          throw new ExitCode(EXIT.api);
      } finally {
        await client.close();
      }
    });
}
