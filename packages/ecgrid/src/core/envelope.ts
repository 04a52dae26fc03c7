// ECGrid wraps every answer in one of two documented envelopes (X10-ENV-1/2), both understood:
// - success: the pages' `{ success, data, errorCode, message }` (errorCode/message "", null or
//   absent) and seed 001's `{ httpStatus, message, traceId, success, data }`; list operations may
//   put `totalRecords`/`pageNo`/`recordsPerPage` next to `data` (X10-ENV-3, read by the lists);
// - failure: the error guide's legacy `{ success: false, errorCode, message, data: null }` and
//   seed 001's `{ httpStatus, success: false, message, detail, traceId, errorInfo }`.
// The error's status is the envelope's `httpStatus` when it declares an error status, else the
// HTTP status; the legacy `errorCode` is kept in `errorInfo.errorCode` (next to any errorInfo
// fields), so callers can branch on `InvalidAPIKey`/`AccessDenied`/… whichever envelope came.
// Keys are read case-insensitively like payload keys (R7).
import { type ApiErrorDetails, apiErrorFor, type ErrorDescriber } from "@edi-clients/runtime";
import { isRecord, read, toInteger, toText } from "./normalise.js";

const text = (value: unknown): string | undefined => {
  const t = toText(value);
  return t === undefined || t === "" ? undefined : t;
};

export const describeEcGridError: ErrorDescriber = (status, body) => {
  const errorCode = text(read(body, "errorCode"));
  const errorInfo = read(body, "errorInfo");
  return {
    message: text(read(body, "message")) ?? text(read(body, "title")) ?? errorCode ?? `HTTP ${status}`,
    detail: text(read(body, "detail")) ?? null,
    traceId: text(read(body, "traceId")) ?? null,
    errorInfo: withErrorCode(errorInfo, errorCode),
  };
};

/** `errorInfo` as sent, with the legacy envelope's `errorCode` added when it does not carry one. */
function withErrorCode(errorInfo: unknown, errorCode: string | undefined): unknown {
  if (errorCode === undefined) return errorInfo ?? null;
  if (errorInfo === undefined) return { errorCode };
  if (isRecord(errorInfo))
    return read(errorInfo, "errorCode") === undefined ? { ...errorInfo, errorCode } : errorInfo;
  return errorInfo;
}

/**
 * The `data` of a success envelope. An envelope saying `success: false` is an error even when
 * the HTTP status was 200; the server's text in it goes through the same scrubbing as any error
 * body (`secrets`: the client's credentials and the call's own).
 */
export function unwrapEnvelope<E>(
  envelope: E,
  response: Response,
  operation: string,
  secrets: string[],
): DataOf<E> {
  const success = read(envelope, "success");
  if (success === false || success === "false") {
    const httpStatus = toInteger(read(envelope, "httpStatus"));
    const declared =
      httpStatus !== undefined && httpStatus >= 400 && httpStatus <= 599 ? httpStatus : undefined;
    const details: ApiErrorDetails = {
      status: declared ?? response.status,
      operation,
      headers: response.headers,
      body: envelope,
      ...describeEcGridError(response.status, envelope),
      secrets,
    };
    throw apiErrorFor(details);
  }
  return dataOf(envelope);
}

/** The `data` of an envelope already known to be a success. */
export function dataOf<E>(envelope: E): DataOf<E> {
  if (!isRecord(envelope)) return undefined as DataOf<E>;
  return ("data" in envelope ? envelope.data : read(envelope, "data")) as DataOf<E>;
}

/** The type of an envelope's `data`. */
export type DataOf<E> = E extends { data?: infer D } ? D : undefined;
