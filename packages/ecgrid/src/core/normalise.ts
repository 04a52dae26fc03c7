// Tolerant reading of ECGrid responses (issue 10, specs/ecgrid/NOTES.md R4/R5/R7). The vendor's
// pages, guides, WSDL and live tools disagree on payload shapes, so one operation may answer in
// several documented variants: a bare ID or an object, a status string or a status object, an
// array or a paged collection, `parcelId` or `parcelID`. The resource methods read every variant
// with the helpers here and return one stable shape. When a value a method must return is absent
// they throw a ResponseShapeError naming the operation and the field — never a guessed value, and
// never the payload itself (it may hold EDI content or secrets).
import { ApiCall, EdiClientError, type WithResponse } from "@edi-clients/runtime";

/** An open enum: the documented values autocomplete, any other string the server sends still fits. */
export type Open<Known extends string> = Known | (string & {});

/** A JSON object as received; keys are read through `read()` (case-insensitively). */
export type JsonRecord = Record<string, unknown>;

/** The JSON type of a value, for messages that must not carry the value itself. */
export function jsonType(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * A response lacked a value the method must return, or held it in a shape no source documents.
 * Carries where (`operation`, `field` as a JSON Pointer into the body) and what (`expected` in
 * words, `received` as a JSON type only): no payload value, no credential.
 */
export class ResponseShapeError extends EdiClientError {
  override name = "ResponseShapeError";
  declare readonly operation: string;
  /** JSON Pointer into the response body, e.g. `/data/parcelId`. */
  readonly field: string;
  readonly expected: string;
  /** The JSON type that arrived ("missing" when absent), never the value. */
  readonly received: string;

  constructor(operation: string, field: string, expected: string, received: unknown) {
    const type = jsonType(received);
    super(
      `${operation}: the response has no usable ${field} (expected ${expected}, got ${type === "missing" ? "nothing" : type})`,
      { operation },
    );
    this.field = field;
    this.expected = expected;
    this.received = type;
  }
}

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The first of `names` present in `record` (not undefined/null), matching keys case-insensitively:
 * the .NET service binds and serialises names whose casing differs between sources (`parcelId`,
 * `parcelID`, `ParcelID`), so an exact match is tried first, then any key equal ignoring case.
 */
export function read(record: unknown, ...names: string[]): unknown {
  return readNames(record, names);
}

/** `read` with the names as one array (no rest array per call, issue 13). */
function readNames(record: unknown, names: readonly string[]): unknown {
  if (!isRecord(record)) return undefined;
  for (const name of names) {
    const exact = record[name];
    if (exact !== undefined && exact !== null) return exact;
  }
  // Any casing: the first name (in the order given) that some key matches with a value, the first
  // such key in the record's order. One pass over the keys, each lowercased once (issue 13: this
  // ran for every absent optional field, names × keys lowercasings each time).
  const lower = names.map((name) => name.toLowerCase());
  let rank = lower.length;
  let found: unknown;
  for (const key of Object.keys(record)) {
    const at = lower.indexOf(key.toLowerCase());
    if (at === -1 || at >= rank) continue;
    const value = record[key];
    if (value !== undefined && value !== null) {
      rank = at;
      found = value;
      if (at === 0) break;
    }
  }
  return found;
}

/**
 * An integer from a JSON number or a numeric string (some gateways serialise int64 IDs as strings);
 * undefined for anything else. A number beyond 2^53 has already lost digits in JSON.parse, so it is
 * refused rather than returned wrong.
 */
export function toInteger(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value === "string" && /^-?\d{1,16}$/.test(value.trim())) {
    const n = Number(value.trim());
    return Number.isSafeInteger(n) ? n : undefined;
  }
  return undefined;
}

/** A string from a JSON string, or a number written as one (status codes come as both). */
export function toText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "True") return true;
  if (value === "false" || value === "False") return false;
  return undefined;
}

/** `read()` then `toInteger()`. */
export function readInteger(record: unknown, ...names: string[]): number | undefined {
  return toInteger(read(record, ...names));
}

/** `read()` then `toText()`. */
export function readText(record: unknown, ...names: string[]): string | undefined {
  return toText(read(record, ...names));
}

/**
 * The integer ID a method must return, read from a bare value (`987654322`, `"987654322"`) or from
 * the first of `names` in an object; otherwise a ResponseShapeError at `<path>/<first name>`.
 */
export function requireId(
  operation: string,
  data: unknown,
  names: string[],
  path = "/data",
  what = "an integer ID",
): number {
  const bare = toInteger(data);
  if (bare !== undefined) return bare;
  const primary = names[0] ?? "id";
  if (isRecord(data)) {
    const raw = read(data, ...names);
    const id = toInteger(raw);
    if (id !== undefined) return id;
    throw new ResponseShapeError(operation, `${path}/${primary}`, what, raw);
  }
  throw new ResponseShapeError(operation, path, `${what} or an object with ${primary}`, data);
}

/** An object payload a method must return; otherwise a ResponseShapeError at `/data`. */
export function requireRecord(operation: string, data: unknown, what = "an object"): JsonRecord {
  if (isRecord(data)) return data;
  throw new ResponseShapeError(operation, "/data", what, data);
}

/**
 * A status as one string, from any documented form: a string (`"InBoxReady"`, also an open enum
 * value the appendix lacks), an object `{code, description, statusDate}` (live `get-parcel-by-id`),
 * or flat `statusCode` fields (WSDL). Undefined when the record has none.
 */
export function statusOf(record: unknown): StatusFields {
  const status = read(record, "status");
  if (typeof status === "string") return { status };
  if (isRecord(status)) {
    return {
      status: readText(status, "code", "status", "name"),
      statusDescription: readText(status, "description", "message"),
      statusDate: readText(status, "statusDate", "date"),
    };
  }
  return {
    status: toText(status) ?? readText(record, "statusCode"),
    statusDescription: readText(record, "statusMessage", "statusDescription"),
    statusDate: readText(record, "statusDate"),
  };
}

export interface StatusFields {
  status: string | undefined;
  statusDescription?: string | undefined;
  statusDate?: string | undefined;
}

/** Paging metadata, wherever it was found (inside `data`, in a collection, or next to `data`). */
export interface PageInfo {
  totalRecords?: number | undefined;
  pageNo?: number | undefined;
  recordsPerPage?: number | undefined;
  totalPages?: number | undefined;
}

/**
 * The items of a list from any documented shape: a bare array, the pages' paged object
 * (`{totalRecords, pageNo, recordsPerPage, <itemsKey>}`), or the WSDL collection
 * (`{pageSize, pageNumber, count, totalRecords, totalPages, <collectionKey>}`); paging next to
 * `data` in the envelope (X10-ENV-3) is read too. Anything else is a ResponseShapeError: an empty
 * list would silently say "nothing there".
 */
export function listOf(
  operation: string,
  envelope: unknown,
  itemKeys: string[],
): { items: unknown[]; page: PageInfo; path: string } {
  const data = read(envelope, "data");
  const outer = defined(pageOf(envelope));
  if (Array.isArray(data)) return { items: data, page: outer, path: "/data" };
  if (data === undefined) return { items: [], page: outer, path: "/data" };
  if (isRecord(data)) {
    const key = Object.keys(data).find((k) =>
      itemKeys.some((name) => name.toLowerCase() === k.toLowerCase()),
    );
    const items = key === undefined ? undefined : data[key];
    const page = { ...outer, ...defined(pageOf(data)) };
    if (Array.isArray(items)) return { items, page, path: `/data/${key}` };
    // An empty page may omit its items key (or send null).
    if (items == null && Object.keys(data).every((k) => k === key || PAGE_KEYS.has(k.toLowerCase()))) {
      return { items: [], page, path: "/data" };
    }
    throw new ResponseShapeError(operation, `/data/${itemKeys[0]}`, "an array of records", items);
  }
  throw new ResponseShapeError(operation, "/data", "an array or a paged object", data);
}

const PAGE_KEYS = new Set([
  "totalrecords",
  "pageno",
  "recordsperpage",
  "pagesize",
  "pagenumber",
  "count",
  "totalpages",
]);

function pageOf(record: unknown): PageInfo {
  return {
    totalRecords: readInteger(record, "totalRecords"),
    pageNo: readInteger(record, "pageNo", "pageNumber"),
    recordsPerPage: readInteger(record, "recordsPerPage", "pageSize"),
    totalPages: readInteger(record, "totalPages"),
  };
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The call with its `data` mapped: errors of `normalise` reject the call like any other. */
export function mapCall<T, U>(call: ApiCall<T>, normalise: (data: T) => U | PromiseLike<U>): ApiCall<U> {
  return new ApiCall(call.withResponse().then(({ data, response }) => withData(normalise(data), response)));
}

/**
 * `{ data, response }` at once for a value, after it for a promise (a record read back with a
 * second request): a synchronous reader costs no extra turn per call (issue 13).
 */
function withData<U>(
  data: U | PromiseLike<U>,
  response: Response,
): WithResponse<U> | Promise<WithResponse<U>> {
  // A thenable (a promise, an ApiCall): JSON never holds a function, so a record is never one.
  if (typeof (data as { then?: unknown } | null)?.then === "function") {
    return Promise.resolve(data).then((value) => ({ data: value, response }));
  }
  return { data: data as U, response };
}

/**
 * A call of `ECGridCore.request` (the whole envelope) normalised (lists read paging next to
 * `data`), as an ApiCall (awaitable, `withResponse()`).
 */
export function fromEnvelope<E, U>(
  result: Promise<{ data: E; response: Response }>,
  normalise: (envelope: E) => U | Promise<U>,
): ApiCall<U> {
  return new ApiCall(result.then(({ data, response }) => withData(normalise(data), response)));
}

/** How one payload record is read: its required ID and the canonical fields with their other spellings. */
export interface RecordShape {
  /** What the record is, for messages ("parcel"). */
  what: string;
  /** The required integer ID: canonical name first, then the other documented spellings. */
  id: readonly string[];
  /** Optional integer fields: canonical name → every spelling (canonical included), first present wins. */
  integers?: Readonly<Record<string, readonly string[]>>;
  /** Optional text fields, likewise. */
  texts?: Readonly<Record<string, readonly string[]>>;
  /** Fields computed from nested objects (`tp1.ecGridId`), used when no flat spelling is present. */
  nested?: Readonly<Record<string, (record: JsonRecord) => unknown>>;
  /** The record has a status (string or `{code, description, statusDate}`): normalised to a string. */
  status?: boolean;
  /** The ID may be absent (a session record): then it is left out instead of failing. */
  optionalId?: boolean;
}

/** A shape's optional fields as arrays, made once per shape (not `Object.entries` per record). */
interface ShapeField {
  readonly name: string;
  readonly spellings: readonly string[];
  readonly nested: ((record: JsonRecord) => unknown) | undefined;
}

const FIELDS = new WeakMap<RecordShape, { integers: ShapeField[]; texts: ShapeField[] }>();

function fieldsOf(shape: RecordShape): { integers: ShapeField[]; texts: ShapeField[] } {
  let fields = FIELDS.get(shape);
  if (!fields) {
    const list = (group: Readonly<Record<string, readonly string[]>> | undefined): ShapeField[] =>
      Object.entries(group ?? {}).map(([name, spellings]) => ({
        name,
        spellings,
        nested: shape.nested?.[name],
      }));
    fields = { integers: list(shape.integers), texts: list(shape.texts) };
    FIELDS.set(shape, fields);
  }
  return fields;
}

/**
 * One record in its stable shape: every received field kept as is, then the canonical fields set
 * from whichever spelling arrived (a status object becomes its code string, the object's
 * description and date move to `statusDescription`/`statusDate`). A missing or non-integer ID is
 * a ResponseShapeError at `<path>/<id>`.
 */
export function normaliseRecord<T>(operation: string, value: unknown, path: string, shape: RecordShape): T {
  if (!isRecord(value)) {
    throw new ResponseShapeError(operation, path, `a ${shape.what} object`, value);
  }
  // Object.assign, not a spread: V8 gives a spread clone a map that adding the canonical fields to
  // turns slow (0.8 µs a record measured, against 0.05 µs for an assigned copy).
  const out: JsonRecord = Object.assign({}, value);
  const [idName = "id"] = shape.id;
  const rawId = readNames(value, shape.id);
  const id = toInteger(rawId);
  if (id === undefined) {
    throw new ResponseShapeError(
      operation,
      `${path}/${idName}`,
      `the ${shape.what}'s integer ${idName}`,
      rawId,
    );
  }
  out[idName] = id;
  const { integers, texts } = fieldsOf(shape);
  for (const { name, spellings, nested } of integers) {
    const v = toInteger(readNames(value, spellings)) ?? toInteger(nested?.(value));
    if (v === undefined) delete out[name];
    else out[name] = v;
  }
  for (const { name, spellings, nested } of texts) {
    const v = toText(readNames(value, spellings)) ?? toText(nested?.(value));
    if (v === undefined) delete out[name];
    else out[name] = v;
  }
  if (shape.status) {
    const { status, statusDescription, statusDate } = statusOf(value);
    if (status === undefined) delete out.status;
    else out.status = status;
    if (statusDescription !== undefined) out.statusDescription = statusDescription;
    if (statusDate !== undefined) out.statusDate = statusDate;
  }
  return out as T;
}

/**
 * The record a create/update method must return, from any documented answer: the record itself,
 * only its new integer ID, or `true` (SOAP-style setters) — the last two are read back with
 * `fetch` (a GET, safe to repeat), so the method always resolves to the record. `false` under a
 * success envelope, or an answer with no ID to read back, is a ResponseShapeError.
 */
export async function recordOrFetch<T>(
  operation: string,
  data: unknown,
  normalise: (record: unknown) => T,
  fetch: (id: number) => PromiseLike<T>,
  knownId?: number,
): Promise<T> {
  if (isRecord(data)) return normalise(data);
  const id = toInteger(data);
  if (id !== undefined) return fetch(id);
  if ((data === true || data === null || data === undefined) && knownId !== undefined) return fetch(knownId);
  throw new ResponseShapeError(operation, "/data", "the record, its integer ID or true", data);
}

/**
 * A boolean outcome from `data` documented as boolean, null (done, with a message) or an
 * integer (SOAP counters): the envelope already said `success: true`, so anything but `false`
 * means done.
 */
export function doneOf(data: unknown): boolean {
  const flag = toBoolean(data);
  return flag ?? true;
}
