// An API operation as the generated tables describe it (scripts/generate-operations.mjs): the
// descriptor a resource method hands to the client core, so the operationId, the path sent and the
// retry classification always come from one spec entry, and a call cannot be labelled as one
// operation while sending another.
import type {
  BodySerializer,
  ParamsOption,
  ParseAs,
  ParseAsResponse,
  QuerySerializer,
  QuerySerializerOptions,
  RequestBodyOption,
} from "openapi-fetch";
import type { Idempotency } from "./retry.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "PATCH";

/** How a paged list takes its page (the spec's `x-pagination`, limits from the size field's schema). */
export interface OperationPagination {
  /** Where the paging fields go: the JSON body (ECGrid) or the query (AS2 Gateway). */
  readonly in: "body" | "query";
  /** The page-number field, e.g. `pageNo`. */
  readonly page: string;
  /** The page-size field, e.g. `recordsPerPage`. */
  readonly size: string;
  /** The number of the first page: 1 (ECGrid) or 0 (AS2 Gateway's `pageOffset`). */
  readonly firstPage: 0 | 1;
  readonly minSize: number;
  readonly maxSize: number;
  /** The page size iterators ask for unless told otherwise. */
  readonly defaultSize: number;
}

export interface Operation {
  /** The spec's operationId: errors and logs name the operation by it. */
  readonly id: string;
  readonly method: HttpMethod;
  /** The path template, e.g. `/v2/networks/{id}`. */
  readonly path: string;
  /** `x-idempotent`: whether a repeat after the server may have acted is harmless. */
  readonly idempotent: boolean;
  readonly pagination?: OperationPagination;
}

/** The retry classification of an operation. */
export function idempotencyOf(operation: Operation): Idempotency {
  return operation.idempotent ? "idempotent" : "non-idempotent";
}

/**
 * What a call of the generated operation type `T` takes: its path, query and header parameters
 * (`params`) and body, typed from the spec, plus how to read the answer (`parseAs`) and serialise
 * the body (multipart forms).
 */
export type CallParams<T> = ParamsOption<T> &
  RequestBodyOption<T> & {
    parseAs?: ParseAs;
    bodySerializer?: BodySerializer<T>;
    querySerializer?: QuerySerializer<T> | QuerySerializerOptions;
  };

/** The 2xx statuses a spec can name. */
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | "2XX";

/** The body type of a response object, whatever its media type. */
type ContentOf<R> = R extends { content: infer C } ? C[keyof C] : never;

/**
 * The parsed body of a successful answer to operation `T` called with `P` (its `parseAs`).
 * Written here instead of taken from openapi-fetch's FetchResponse: that one passes the body
 * through `Readable<T>`, which turns every open enum (`"A" | (string & {})`) into an object type of
 * String's members and drops null-typed fields (openapi-typescript#2717); neither spec uses the
 * readOnly/writeOnly markers `Readable` exists for.
 */
export type SuccessOf<T, P = unknown> = T extends { responses: infer R }
  ? NonNullable<ParseAsResponse<ContentOf<R[Extract<keyof R, SuccessStatus>]>, P>>
  : never;
