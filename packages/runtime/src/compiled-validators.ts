// From compiled (Ajv standalone) validators to a ResponseValidator, and their errors to value-free
// issues. Only the clients' `/validation` entry points use this (through `@edi-clients/runtime/validation`),
// so none of it is in a default bundle.
import type { ResponseIssue, ResponseValidator } from "./response-validation.js";

/** The error objects an Ajv validator leaves on `.errors`. */
export interface CompiledValidatorError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** An Ajv standalone validator. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: CompiledValidatorError[] | null;
}

/** operationId → response status ("200", "4XX", "default") → validator. */
export type CompiledValidators = Readonly<Record<string, Readonly<Record<string, CompiledValidator>>>>;

/**
 * A ResponseValidator over generated validators: picks the exact status, else its range ("4XX"),
 * else "default"; an unknown operation or a status without a JSON schema yields [].
 */
export function createResponseValidator(validators: CompiledValidators): ResponseValidator {
  return (operation, status, body) => {
    const byStatus = Object.hasOwn(validators, operation) ? validators[operation] : undefined;
    if (!byStatus) return [];
    const validate =
      pick(byStatus, String(status)) ?? pick(byStatus, `${String(status)[0]}XX`) ?? pick(byStatus, "default");
    if (!validate || validate(body)) return [];
    return issuesOf(validate.errors ?? [], body);
  };
}

function pick<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The JSON type of a value, never the value. */
export function jsonTypeOf(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const escapeToken = (token: string) => token.replaceAll("~", "~0").replaceAll("/", "~1");

function valueAt(body: unknown, pointer: string): unknown {
  if (pointer === "") return body;
  let at: unknown = body;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const under = (path: string, parent: string) => path === parent || path.startsWith(`${parent}/`);

/** Value-free issues from a validator's errors; the branches of a failed oneOf/anyOf fold into one. */
export function issuesOf(errors: readonly CompiledValidatorError[], body: unknown): ResponseIssue[] {
  const issues: { index: number; issue: ResponseIssue }[] = [];
  const folded = new Set<number>();
  // Outer combinators come after their branches' errors: walking backwards, an outer one folds the
  // inner ones before they are reported.
  for (let index = errors.length - 1; index >= 0; index--) {
    const error = errors[index] as CompiledValidatorError;
    if (folded.has(index) || (error.keyword !== "oneOf" && error.keyword !== "anyOf")) continue;
    if (Array.isArray(error.params.passingSchemas)) {
      // Several branches matched a oneOf: there are no branch errors to fold.
      const received = jsonTypeOf(valueAt(body, error.instancePath));
      const expected = "exactly one of the documented shapes (several match)";
      issues.push({ index, issue: { path: error.instancePath, expected, received } });
      continue;
    }
    const branches: CompiledValidatorError[] = [];
    for (let j = 0; j < index; j++) {
      if (!folded.has(j) && under(errors[j]?.instancePath ?? "", error.instancePath)) {
        folded.add(j);
        branches.push(errors[j] as CompiledValidatorError);
      }
    }
    const received = jsonTypeOf(valueAt(body, error.instancePath));
    const shapes = new Set<string>();
    let closest: CompiledValidatorError | undefined;
    for (const branch of branches) {
      if (branch.instancePath === error.instancePath && branch.keyword === "type") {
        shapes.add(typeName(branch.params.type));
      } else if (branch.keyword !== "oneOf" && branch.keyword !== "anyOf") {
        shapes.add(received);
        closest ??= branch;
      }
    }
    const detail = closest
      ? `; closest: ${describe(closest, body).path} ${describe(closest, body).expected}`
      : "";
    issues.push({
      index,
      issue: {
        path: error.instancePath,
        expected: `one of the documented shapes${shapes.size ? ` (${[...shapes].join(" | ")})` : ""}${detail}`,
        received,
      },
    });
  }
  errors.forEach((error, index) => {
    if (folded.has(index) || error.keyword === "oneOf" || error.keyword === "anyOf") return;
    issues.push({ index, issue: describe(error, body) });
  });
  // allOf parts often repeat a constraint (`required: [data]` in the envelope and in the payload part).
  const seen = new Set<string>();
  return issues
    .sort((a, b) => a.index - b.index)
    .map((i) => i.issue)
    .filter((issue) => {
      const key = `${issue.path}\n${issue.expected}\n${issue.received}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function typeName(type: unknown): string {
  return Array.isArray(type) ? type.join(" or ") : String(type).split(",").join(" or ");
}

const LISTED_VALUES = 8;

function describe(error: CompiledValidatorError, body: unknown): ResponseIssue {
  const { instancePath: path, params } = error;
  const received = jsonTypeOf(valueAt(body, path));
  switch (error.keyword) {
    case "required": {
      const name = String(params.missingProperty);
      return { path: `${path}/${escapeToken(name)}`, expected: "required property", received: "missing" };
    }
    case "dependentRequired":
      return {
        path: `${path}/${escapeToken(String(params.missingProperty))}`,
        expected: "required property",
        received: "missing",
      };
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      const at = `${path}/${escapeToken(name)}`;
      return { path: at, expected: "no such property", received: jsonTypeOf(valueAt(body, at)) };
    }
    case "type":
      return { path, expected: typeName(params.type), received };
    case "enum": {
      // The spec's own values (never the response's): safe to list.
      const values = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      const kind = [...new Set(values.map(jsonTypeOf))].join(" or ") || "value";
      const listed = values
        .slice(0, LISTED_VALUES)
        .map((v) => (typeof v === "string" ? v : JSON.stringify(v)))
        .join(", ");
      return {
        path,
        expected: `${kind} (one of ${listed}${values.length > LISTED_VALUES ? ", …" : ""})`,
        received,
      };
    }
    case "const":
      return {
        path,
        expected: `${jsonTypeOf(params.allowedValue)} (${JSON.stringify(params.allowedValue)})`,
        received,
      };
    case "format":
      return {
        path,
        expected: `${received === "missing" ? "string" : received} (format ${String(params.format)})`,
        received,
      };
    case "minLength":
    case "maxLength":
      return {
        path,
        expected: `string of ${error.keyword === "minLength" ? "at least" : "at most"} ${String(params.limit)} characters`,
        received,
      };
    case "minItems":
    case "maxItems":
      return {
        path,
        expected: `array of ${error.keyword === "minItems" ? "at least" : "at most"} ${String(params.limit)} items`,
        received,
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path, expected: `number ${String(params.comparison)} ${String(params.limit)}`, received };
    case "pattern":
      return { path, expected: `string matching ${String(params.pattern)}`, received };
    default:
      return { path, expected: `a value passing "${error.keyword}"`, received };
  }
}
