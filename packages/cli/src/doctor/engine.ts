// `doctor`: runs a fixed list of read-only calls against the user's server, checks every answer
// against the spec and reports, per operation, ok / drifted / failed / skipped. The list of calls is
// data (ecgrid-plan.ts, as2-plan.ts); this module runs any such list and never decides what to call.
//
// What a report may contain, by construction: operation names and path templates from the plan,
// JSON paths and expected/received JSON types from the validator (and keys the spec knows under
// another spelling, spelling.ts), HTTP statuses, trace IDs, error
// class names and errno codes. Never a request or response value (IDs read from one answer to ask
// for a detail are kept in the run's context and never reported), never a credential.
import { ApiError, ConnectionError, type ResponseIssue, type ResponseValidator } from "@edi-clients/ecgrid";
import { apiErrorFor } from "@edi-clients/runtime";
import { spellingDrift } from "./spelling.js";

/** One difference between a response and the spec: JSON path, expected, received type (no value). */
export type Issue = ResponseIssue;

/** Checks one response body against the spec ([] when it conforms). */
export type Validator = ResponseValidator;

/** IDs read from earlier answers, for detail calls. Never printed. */
export type DoctorContext = Record<string, string | number | undefined>;

/** What one call sends; path parameters fill the template, nothing else is added. */
export interface StepRequest {
  path?: Record<string, string | number>;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
}

export interface DoctorStep {
  /** The spec's operationId (checked against the spec and the idempotency table by the tests). */
  operation: string;
  method: "GET" | "POST";
  /** The spec's path template, e.g. `/v2/parcels/{id}`: the only form of the URL that is reported. */
  path: string;
  /** Why this call is read-only (for the reader of the plan; tests check the table besides). */
  readOnly: string;
  /** The request, or a reason to skip the call (e.g. no parcel to look at). Default: no parameters. */
  request?(context: DoctorContext): StepRequest | { skip: string };
  /** Reads IDs for later steps from the parsed body, whether or not it conformed. */
  capture?(body: unknown, context: DoctorContext): void;
}

/** What the API-specific sender hands back: the status and the raw body text (undefined: no body). */
export interface Answer {
  status: number;
  text: string | undefined;
  headers: Headers;
}

/** Performs one step's request (through the client's transport: auth, retries, throttle). */
export type Sender = (step: DoctorStep, request: StepRequest) => Promise<Answer>;

export type Outcome = "ok" | "drifted" | "failed" | "skipped";

export interface StepResult {
  operation: string;
  method: string;
  path: string;
  outcome: Outcome;
  status?: number;
  /** drifted: every difference found. */
  issues?: Issue[];
  /** failed: the typed error's class name (`InternalServerError`, `ConnectionError`, …). */
  error?: string;
  /** failed: the server's trace ID, when it sent one. */
  traceId?: string;
  /** failed without an answer: the system error code (`ECONNREFUSED`, …). */
  code?: string;
  /** skipped: why. */
  reason?: string;
}

export interface DoctorOptions {
  validate: Validator;
  send: Sender;
  /**
   * A failure the API reports with a success status (ECGrid's `success: false`): the error name
   * to report, or undefined when the body is a success.
   */
  failureOf?(body: unknown): string | undefined;
}

export const UNREACHABLE = "not run: an earlier call could not reach the server";

/** Runs every step in order. Resolves with one result per step; never rejects for a call's failure. */
export async function runDoctor(steps: readonly DoctorStep[], options: DoctorOptions): Promise<StepResult[]> {
  const context: DoctorContext = {};
  const results: StepResult[] = [];
  let unreachable = false;
  for (const step of steps) {
    const base = { operation: step.operation, method: step.method, path: step.path };
    if (unreachable) {
      results.push({ ...base, outcome: "skipped", reason: UNREACHABLE });
      continue;
    }
    const request = step.request ? step.request(context) : {};
    if ("skip" in request) {
      results.push({ ...base, outcome: "skipped", reason: request.skip });
      continue;
    }
    let answer: Answer;
    try {
      answer = await options.send(step, request);
    } catch (error) {
      const failed = failureFromError(error);
      // A server that cannot be reached will not be reached by the next call either: retrying
      // every remaining call through its backoff would only delay the report.
      if (error instanceof ConnectionError) unreachable = true;
      results.push({ ...base, outcome: "failed", ...failed });
      continue;
    }
    results.push({ ...base, ...judge(step, answer, options, context) });
  }
  return results;
}

type Judged = Omit<StepResult, "operation" | "method" | "path">;

function judge(step: DoctorStep, answer: Answer, options: DoctorOptions, context: DoctorContext): Judged {
  const { status } = answer;
  const parsed = parseBody(answer.text);
  if (status < 200 || status > 299) {
    const traceId = traceIdOf(parsed.ok ? parsed.body : undefined, answer.headers);
    return {
      outcome: "failed",
      status,
      error: apiErrorFor({ status, message: "" }).name,
      ...(traceId ? { traceId } : {}),
    };
  }
  if (!parsed.ok) {
    return {
      outcome: "drifted",
      status,
      issues: [{ path: "", expected: "a JSON body", received: parsed.received }],
    };
  }
  const failure = options.failureOf?.(parsed.body);
  if (failure) {
    const traceId = traceIdOf(parsed.body, answer.headers);
    return { outcome: "failed", status, error: failure, ...(traceId ? { traceId } : {}) };
  }
  try {
    step.capture?.(parsed.body, context);
  } catch {
    // A body too far from the spec to read an ID from: the detail step is skipped, the drift reported.
  }
  const issues = distinct([
    ...options.validate(step.operation, status, parsed.body),
    ...spellingDrift(step.operation, status, parsed.body, options.validate),
  ]);
  return issues.length > 0 ? { outcome: "drifted", status, issues } : { outcome: "ok", status };
}

/** The issues without repeats (a schema's branches may report the same difference twice). */
function distinct(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.path, i.expected, i.received]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Parsed = { ok: true; body: unknown } | { ok: false; received: string };

function parseBody(text: string | undefined): Parsed {
  if (text === undefined || text.trim() === "") return { ok: false, received: "missing" };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, received: "not JSON" };
  }
}

/** A trace ID looks like one (letters, digits, `-_.:`, at most 128): anything else is not reported. */
const TRACE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function traceIdOf(body: unknown, headers: Headers): string | undefined {
  const candidates = [
    typeof body === "object" && body !== null ? (body as { traceId?: unknown }).traceId : undefined,
    headers.get("x-trace-id"),
    headers.get("traceparent"),
    headers.get("x-request-id"),
  ];
  return candidates.find((c): c is string => typeof c === "string" && TRACE_ID.test(c));
}

function failureFromError(error: unknown): Pick<StepResult, "error" | "status" | "traceId" | "code"> {
  // The class name only: an error's message may quote the URL (IDs) or the server's text.
  const name = error instanceof Error && error.name ? error.name : "Error";
  if (error instanceof ApiError) {
    const traceId = error.traceId && TRACE_ID.test(error.traceId) ? error.traceId : undefined;
    return { error: name, status: error.status, ...(traceId ? { traceId } : {}) };
  }
  const code = errnoCode(error);
  return { error: name, ...(code ? { code } : {}) };
}

/**
 * The first errno-style code (`ECONNREFUSED`, `UND_ERR_SOCKET`, …) along the cause chain, including
 * the attempts an AggregateError collects (a host name with an IPv4 and an IPv6 address).
 */
function errnoCode(error: unknown): string | undefined {
  const queue: unknown[] = [error];
  for (let i = 0; i < queue.length && i < 20; i++) {
    const current = queue[i];
    if (!current || typeof current !== "object") continue;
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
    queue.push(cause, ...(Array.isArray(errors) ? errors : []));
  }
  return undefined;
}

// --- the report ----------------------------------------------------------------------------------

export interface DoctorReport {
  tool: "edi-clients";
  version: string;
  command: string;
  /** The API and the version of the spec the answers were checked against. */
  api: string;
  /** The base URL's host (and port) only: no path, no query, no user info. */
  host: string;
  node: string;
  summary: Record<Outcome, number>;
  /** The process exit status this report gives (see EXIT_STATUS_HELP). */
  exitCode: number;
  results: StepResult[];
}

export const EXIT_OK = 0;
/** Bit set when any call failed (an HTTP error, `success: false`, no connection). */
export const EXIT_FAILED = 1;
/** Bit set when any answer differs from the spec. */
export const EXIT_DRIFT = 2;

/** The exit statuses, for --help. */
export const EXIT_STATUS_HELP = [
  "Exit status:",
  "  0  every answer matched the spec and no call failed (skipped detail calls included)",
  "  1  a call failed (HTTP error, success: false, no connection)",
  "  2  an answer differs from the spec",
  "  3  both",
].join("\n");

/** 0 when nothing drifted or failed; bit 1 for failures, bit 2 for drift. */
export function exitCodeOf(results: readonly StepResult[]): number {
  let code = EXIT_OK;
  if (results.some((r) => r.outcome === "failed")) code |= EXIT_FAILED;
  if (results.some((r) => r.outcome === "drifted")) code |= EXIT_DRIFT;
  return code;
}

export function buildReport(
  results: StepResult[],
  about: { version: string; command: string; api: string; baseUrl: string; node?: string },
): DoctorReport {
  const summary: Record<Outcome, number> = { ok: 0, drifted: 0, failed: 0, skipped: 0 };
  for (const r of results) summary[r.outcome]++;
  return {
    tool: "edi-clients",
    version: about.version,
    command: about.command,
    api: about.api,
    host: hostOf(about.baseUrl),
    node: about.node ?? process.version,
    summary,
    exitCode: exitCodeOf(results),
    results,
  };
}

/** `host[:port]` of a URL, nothing else; "(invalid URL)" when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "(invalid URL)";
  }
}

/** The report for a person: a header, one line per operation (one per issue when drifted), a summary. */
export function formatReport(report: DoctorReport): string[] {
  const lines = [`${report.tool} ${report.version} ${report.command} · ${report.api} · ${report.host}`];
  const rows = report.results.flatMap((r) =>
    resultLines(r).map((detail, i) => [
      i === 0 ? r.operation : "",
      i === 0 ? `${r.method} ${r.path}` : "",
      detail,
    ]),
  );
  const widths = [0, 1].map((c) => Math.max(...rows.map((row) => row[c]?.length ?? 0)));
  for (const row of rows) {
    lines.push(
      row
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell))
        .join("  ")
        .trimEnd(),
    );
  }
  const s = report.summary;
  lines.push(
    `${s.ok} ok, ${s.drifted} drifted, ${s.failed} failed, ${s.skipped} skipped — ${verdict(report.exitCode)} (exit ${report.exitCode})`,
  );
  return lines;
}

function resultLines(r: StepResult): string[] {
  switch (r.outcome) {
    case "ok":
      return [`ok (${r.status})`];
    case "skipped":
      return [`skipped: ${r.reason}`];
    case "failed": {
      const parts = [
        r.status === undefined ? undefined : `status ${r.status}`,
        r.error,
        r.code,
        r.traceId ? `traceId ${r.traceId}` : undefined,
      ].filter(Boolean);
      return [`FAILED: ${parts.join(", ")}`];
    }
    case "drifted":
      return (r.issues ?? []).map(
        (issue, i) =>
          `${i === 0 ? "DRIFTED: " : " ".repeat(9)}${issue.path || "(body)"} expected ${issue.expected}, got ${issue.received}`,
      );
  }
}

function verdict(exitCode: number): string {
  if (exitCode === EXIT_OK) return "the server answers as the spec says";
  const parts = [];
  if (exitCode & EXIT_FAILED) parts.push("some calls failed");
  if (exitCode & EXIT_DRIFT)
    parts.push("the server differs from the spec (attach `--json` output to a bug report)");
  return parts.join("; ");
}
