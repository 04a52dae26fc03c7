// Opt-in response validation: each parsed response body (success and error) checked against the
// operation's schema in the spec. The validators themselves are generated ahead of time into each
// client's `/validation` entry point (with compiled-validators.ts, from `@edi-clients/runtime/validation`),
// so the default bundles carry none of them; this file holds the contract, the error and the hook the
// call path runs.
import { EdiClientError, ValidationError } from "./errors.js";
import { createLogger, type Logger } from "./logger.js";
import { describeValue } from "./validate.js";

export interface ResponseIssue {
  /** JSON Pointer into the response body, e.g. "/data/0/status" ("" = the body itself). */
  path: string;
  /** What the spec expects there, in words: "integer", "string (one of InBoxReady, …)", "required property". */
  expected: string;
  /**
   * What arrived, as a JSON type only — "string" | "number" | "integer" | "boolean" | "null" |
   * "object" | "array" | "missing" — never the value itself (no payload data, no credentials).
   */
  received: string;
}

/** Checks one response body against the spec; [] when it conforms or the operation/status is unknown. */
export type ResponseValidator = (operation: string, status: number, body: unknown) => ResponseIssue[];

export type ValidateResponsesMode = "off" | "warn" | "throw";

export const VALIDATE_RESPONSES_MODES: readonly ValidateResponsesMode[] = ["off", "warn", "throw"];

/** The two client options (both clients have them). */
export interface ResponseValidationOptions {
  /**
   * Check every response body against the spec: "warn" logs one warning per drifting response
   * (operation, JSON paths, expected and received types; never a value), "throw" rejects the call
   * with a ResponseValidationError. Default "off". Needs `responseValidator`.
   */
  validateResponses?: ValidateResponsesMode;
  /** The validator, from the client's `/validation` entry point (`validateResponse`). */
  responseValidator?: ResponseValidator;
}

const SHOWN_ISSUES = 5;

/** Thrown in "throw" mode; an EdiClientError with operation, status and the issues (no values). */
export class ResponseValidationError extends EdiClientError {
  override name = "ResponseValidationError";
  readonly status: number;
  readonly issues: ResponseIssue[];

  constructor(
    operation: string | undefined,
    status: number,
    issues: ResponseIssue[],
    options: { cause?: unknown } = {},
  ) {
    super(
      `${operation ? `${operation}: ` : ""}the ${status} response does not match the spec ` +
        `(${issues.length} issue${issues.length === 1 ? "" : "s"}): ${formatIssues(issues)}`,
      { operation, cause: options.cause },
    );
    this.status = status;
    this.issues = issues.map((issue) => ({ ...issue }));
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      operation: this.operation,
      status: this.status,
      issues: this.issues,
    };
  }
}

/** One line per issue, the first few only: `/data/0/status: expected integer, received string`. */
export function formatIssues(issues: readonly ResponseIssue[], limit = SHOWN_ISSUES): string {
  const shown = issues
    .slice(0, limit)
    .map((i) => `${i.path || "(body)"}: expected ${i.expected}, received ${i.received}`);
  if (issues.length > limit) shown.push(`… ${issues.length - limit} more`);
  return shown.join("; ");
}

/**
 * What the call path runs on each parsed body. Returns nothing in "warn" mode (it logs), throws a
 * ResponseValidationError in "throw" mode. `cause` is the ApiError an error response became.
 */
export type ResponseCheck = (
  operation: string | undefined,
  status: number,
  body: unknown,
  cause?: unknown,
) => void;

/**
 * The response check a client's options ask for, or undefined when validation is off. Throws a
 * ValidationError (at construction) for an unknown mode, or a mode other than "off" without a
 * validator; `entryPoint` is the import named in that message.
 */
export function responseCheck(
  options: ResponseValidationOptions,
  client: string,
  entryPoint: string,
  logger: Logger = createLogger(),
): ResponseCheck | undefined {
  const { validateResponses: mode = "off", responseValidator: validator } = options;
  if (!VALIDATE_RESPONSES_MODES.includes(mode)) {
    throw new ValidationError(
      `${client}: validateResponses must be one of ${VALIDATE_RESPONSES_MODES.join(", ")}, got ${describeValue(mode)}`,
    );
  }
  if (validator !== undefined && typeof validator !== "function") {
    throw new ValidationError(
      `${client}: responseValidator must be a function, got ${describeValue(validator)}`,
    );
  }
  if (mode === "off") return undefined;
  if (!validator) {
    throw new ValidationError(
      `${client}: validateResponses "${mode}" needs responseValidator: ` +
        `import { validateResponse } from "${entryPoint}" and pass responseValidator: validateResponse`,
    );
  }
  return (operation, status, body, cause) => {
    if (!operation) return;
    let issues: ResponseIssue[];
    try {
      issues = validator(operation, status, body);
    } catch (error) {
      if (mode === "throw") throw error;
      logger.warn(`${operation}: the response validator failed`, { operation, status });
      return;
    }
    if (!Array.isArray(issues) || issues.length === 0) return;
    if (mode === "throw") throw new ResponseValidationError(operation, status, issues, { cause });
    logger.warn(
      `${operation}: the ${status} response does not match the spec (${issues.length} issue${
        issues.length === 1 ? "" : "s"
      }): ${formatIssues(issues)}`,
      { operation, status, issues },
    );
  };
}
