// The operation tables of `ecgrid call` / `as2 call` (src/generated/operations.ts, from the specs).

/** A parameter: name, schema type (string, integer, number, boolean, array), required. */
export type ParamSpec = [name: string, type: string, required: boolean];

export interface OperationSpec {
  id: string;
  method: string;
  /** The spec's path template, e.g. `/v2/parcels/{id}`. */
  path: string;
  summary: string;
  pathParams: ParamSpec[];
  query: ParamSpec[];
  header: ParamSpec[];
  /** "json": a JSON body; "binary": raw bytes (a file); "none": no body. */
  body: "json" | "binary" | "none";
  bodyRequired: boolean;
  /** What a 2xx answer carries: JSON, or bytes (a file). */
  answer: "json" | "binary";
}

export type OperationTable = OperationSpec[];

/** What the clients' generated `OPERATIONS` tables say of an operation's retry classification. */
export interface IdempotentFlag {
  readonly idempotent: boolean;
}

/**
 * operationId → "idempotent" / "non-idempotent", from a client's generated `OPERATIONS` table (the
 * spec's `x-idempotent`): what `call` retries and what `doctor` may send.
 */
export function idempotencyTable(
  operations: Readonly<Record<string, IdempotentFlag>>,
): Readonly<Record<string, "idempotent" | "non-idempotent">> {
  return Object.fromEntries(
    Object.entries(operations).map(([id, o]) => [id, o.idempotent ? "idempotent" : "non-idempotent"]),
  );
}
