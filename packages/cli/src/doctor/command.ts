// The part of `doctor` both APIs share: check the plan, send each step through the client's raw
// openapi-fetch client (same transport: auth, retries, throttle, timeouts), print the report.
import { attachContext, type Idempotency } from "@edi-clients/runtime";
import { CliError, type CliOutput, ExitCode } from "../io.js";
import { version } from "../version.js";
import {
  buildReport,
  type DoctorOptions,
  type DoctorStep,
  EXIT_STATUS_HELP,
  formatReport,
  runDoctor,
  type Sender,
} from "./engine.js";

/** openapi-fetch's `request(method, url, init)`, untyped: the plan is data, checked by the tests. */
export interface RawClient {
  request(
    method: string,
    url: string,
    init: Record<string, unknown>,
  ): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export type IdempotencyTable = Readonly<Record<string, Idempotency>>;

/**
 * Refuses a plan with an operation the client does not mark idempotent (or does not know), before
 * anything is sent. The plans are fixed, so this only fires on a programming error.
 */
export function assertIdempotentPlan(steps: readonly DoctorStep[], table: IdempotencyTable): void {
  const bad = steps.filter((s) => table[s.operation] !== "idempotent").map((s) => s.operation);
  if (bad.length > 0) throw new CliError(`doctor refuses to call ${bad.join(", ")}: not idempotent`);
}

/** Sends a step through an openapi-fetch client, the body kept as text (doctor parses it itself). */
export function rawSender(raw: unknown, table: IdempotencyTable): Sender {
  const client = raw as RawClient;
  return async (step, request) => {
    const idempotency = table[step.operation];
    if (idempotency !== "idempotent") throw new CliError(`doctor refuses to call ${step.operation}`);
    const params = {
      ...(request.path ? { path: request.path } : {}),
      ...(request.query ? { query: request.query } : {}),
    };
    const { data, error, response } = await client.request(step.method, step.path, {
      params,
      ...(request.body === undefined ? {} : { body: request.body }),
      parseAs: "text",
      middleware: [attachContext({ operation: step.operation, idempotency })],
    });
    const body = response.ok ? data : error;
    const text = body === undefined || typeof body === "string" ? body : JSON.stringify(body);
    return { status: response.status, text, headers: response.headers };
  };
}

export interface DoctorRun extends Omit<DoctorOptions, "send"> {
  io: CliOutput;
  json: boolean;
  steps: readonly DoctorStep[];
  idempotency: IdempotencyTable;
  raw: unknown;
  api: string;
  command: string;
  baseUrl: string;
  /** Credentials the client obtained during the run (issued tokens): masked in the report too. */
  secrets?: () => readonly string[];
}

/** Runs the plan and prints the report; ends with the report's exit status when it is not 0. */
export async function doctor(run: DoctorRun): Promise<void> {
  assertIdempotentPlan(run.steps, run.idempotency);
  const results = await runDoctor(run.steps, {
    validate: run.validate,
    send: rawSender(run.raw, run.idempotency),
    ...(run.failureOf ? { failureOf: run.failureOf } : {}),
  });
  for (const secret of run.secrets?.() ?? []) run.io.protect(secret);
  const report = buildReport(results, {
    version,
    command: run.command,
    api: run.api,
    baseUrl: run.baseUrl,
  });
  if (run.json) run.io.stdout(JSON.stringify(report, null, 2));
  else for (const line of formatReport(report)) run.io.stdout(line);
  if (report.exitCode !== 0) throw new ExitCode(report.exitCode);
}

/** The help text both doctor commands share. */
export function doctorHelp(calls: readonly DoctorStep[]): string {
  return [
    "",
    "Calls, in this order (read-only; a detail call is skipped when its list is empty):",
    ...calls.map((s) => `  ${s.operation.padEnd(30)} ${s.method} ${s.path}`),
    "",
    "Prints, per operation: ok, drifted (JSON path, expected, got: types only, never a value), failed",
    "(status, error class, traceId) or skipped. --json prints one JSON document to attach to a bug",
    "report: tool version, API, base URL host, per-operation results; no credential, no payload value.",
    "",
    EXIT_STATUS_HELP,
  ].join("\n");
}
