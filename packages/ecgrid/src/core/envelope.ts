// ECGrid wraps every answer: `{ httpStatus, message, traceId, success, data }` on success and
// `{ httpStatus, success: false, message, detail, traceId, errorInfo }` on failure. Older pages
// (and some gateways) use `{ success, errorCode, message, data }`; both are understood.
import { type ApiErrorDetails, apiErrorFor, type ErrorDescriber } from "@edi-clients/runtime";

interface EnvelopeFields {
  httpStatus?: unknown;
  success?: unknown;
  message?: unknown;
  detail?: unknown;
  title?: unknown;
  traceId?: unknown;
  errorInfo?: unknown;
  errorCode?: unknown;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

export const describeEcGridError: ErrorDescriber = (status, body) => {
  const b = (body && typeof body === "object" ? body : {}) as EnvelopeFields;
  const errorCode = text(b.errorCode);
  return {
    message: text(b.message) ?? text(b.title) ?? errorCode ?? `HTTP ${status}`,
    detail: text(b.detail) ?? null,
    traceId: text(b.traceId) ?? null,
    errorInfo: b.errorInfo ?? (errorCode ? { errorCode } : null),
  };
};

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
  const fields = (envelope && typeof envelope === "object" ? envelope : {}) as EnvelopeFields;
  if (fields.success === false) {
    const declared =
      typeof fields.httpStatus === "number" && fields.httpStatus >= 400 ? fields.httpStatus : undefined;
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
  return (
    envelope && typeof envelope === "object" ? (envelope as { data?: unknown }).data : undefined
  ) as DataOf<E>;
}

/** The type of an envelope's `data`. */
export type DataOf<E> = E extends { data?: infer D } ? D : undefined;
