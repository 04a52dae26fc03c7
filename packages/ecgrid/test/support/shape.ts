// Small, typed shape assertions for contract tests: a `Shape<T>` names documented properties of a generated
// schema type `T` with the JSON kind the spec gives it, and marks properties that may be absent with `?`.
// The type is derived from `T`, so a shape that invents a property, gets a kind wrong or treats a property the
// spec requires as optional fails `tsc` as soon as the generated types change.
import { expect } from "vitest";

/** JSON kinds a response value can be checked against (`date-time`/`date` are strings that parse as dates). */
export type Kind = "string" | "date-time" | "date" | "integer" | "number" | "boolean" | "array" | "object";

const kinds: readonly string[] = [
  "string",
  "date-time",
  "date",
  "integer",
  "number",
  "boolean",
  "array",
  "object",
];

function isKindName(name: string): name is Kind {
  return kinds.includes(name);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The kinds that fit a TypeScript value type (distributes over unions, so enums map to string kinds). */
type KindOf<V> = V extends string
  ? "string" | "date-time" | "date"
  : V extends number
    ? "integer" | "number"
    : V extends boolean
      ? "boolean"
      : V extends readonly unknown[]
        ? "array"
        : "object";

/** Declared keys only: drops the `[key: string]: unknown` of schemas open to additional properties. */
type KnownKeys<T> = keyof {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};

/**
 * Documented properties of `T` with their kinds; a trailing `?` marks a property that may be absent. The tolerant
 * response schemas (NOTES, issue 10) list every source's fields and make all of them optional, so a shape names the
 * subset a reference page documents and may still insist on a property (no `?`) that the schema makes optional;
 * naming a property the schema does not have, or the wrong kind, fails `tsc`.
 */
export type Shape<T> = {
  [K in KnownKeys<T>]?: Pick<T, K> extends Required<Pick<T, K>>
    ? KindOf<T[K]>
    : KindOf<NonNullable<T[K]>> | `${KindOf<NonNullable<T[K]>>}?`;
};

function isKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "date-time":
    case "date":
      return typeof value === "string" && !Number.isNaN(Date.parse(value));
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isRecord(value);
  }
}

function describeValue(value: unknown): string {
  return value === null
    ? "null"
    : Array.isArray(value)
      ? "array"
      : `${typeof value} ${JSON.stringify(value)}`;
}

/** Asserts that a scalar (or any value) has the given JSON kind. */
export function expectKind(value: unknown, kind: Kind, label = "value"): void {
  expect(isKind(value, kind), `${label} should be ${kind}, got ${describeValue(value)}`).toBe(true);
}

/**
 * Asserts that `value` is an object whose required properties are present with the right kind and whose
 * optional properties, where present, have the right kind too.
 */
export function expectShape<T>(value: T, shape: NoInfer<Shape<T>>, label = "data"): void {
  expectKind(value, "object", label);
  if (!isRecord(value)) return;
  for (const [key, entry] of Object.entries(shape)) {
    const spec = String(entry);
    const optional = spec.endsWith("?");
    const kind = optional ? spec.slice(0, -1) : spec;
    if (!isKindName(kind)) throw new Error(`unknown kind ${spec} for ${label}.${key}`);
    const field = value[key];
    if (field === undefined) {
      expect(optional, `${label}.${key} is required`).toBe(true);
      continue;
    }
    expectKind(field, kind, `${label}.${key}`);
  }
}

/**
 * Asserts that `value` is a non-empty array (the mock answers with the spec's example, which is never an empty
 * list, so emptiness means the items below were not checked) whose items all match `shape`.
 */
export function expectEach<T>(
  value: readonly T[] | undefined,
  shape: NoInfer<Shape<T>>,
  label = "data",
): void {
  expectKind(value, "array", label);
  expect(value?.length, `${label} should not be empty`).toBeGreaterThan(0);
  value?.forEach((item, index) => {
    expectShape(item, shape, `${label}[${index}]`);
  });
}
