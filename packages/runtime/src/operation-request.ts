// The Request of one operation call, built the way openapi-fetch's client builds it (URL with the
// path and query serialised, body serialisation, Content-Type, merged headers), and how its answer
// is read (parseAs, 204 / empty bodies, error bodies) — so `ClientCore.request` hands it straight
// to the transport with its call context instead of going through openapi-fetch's middleware
// machinery (issue 13: the middleware path, its ids, frozen options and awaits cost ≈ 6 % a call).
// Pinned to openapi-fetch 0.17's `coreFetch`; test/operation-request.test.ts compares both.
import {
  type BodySerializer,
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  mergeHeaders,
  type ParseAs,
  type QuerySerializer,
  type QuerySerializerOptions,
} from "openapi-fetch";
import { type OutgoingRequest, PreparedRequest } from "./prepared-request.js";
import { TransportRequest } from "./transport.js";

/** What a call of an operation may carry (CallParams, untyped). */
export interface OperationCall {
  params?: { path?: unknown; query?: unknown; header?: unknown; cookie?: unknown };
  body?: unknown;
  parseAs?: ParseAs;
  bodySerializer?: BodySerializer<unknown>;
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  headers?: unknown;
}

/** What openapi-fetch resolves with. */
export interface ParsedAnswer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

// openapi-fetch makes this per call from the client's (absent) querySerializer option: stateless.
const defaultQuerySerializer = createQuerySerializer();

/** `baseUrl` without a trailing slash, as openapi-fetch's createClient keeps it. */
export function baseUrlOf(baseUrl: string): string {
  return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length - 1) : baseUrl;
}

/**
 * The request openapi-fetch would build for `call`: URL, method, headers and body, prepared for the
 * transport (no Request yet: with the default fetch none of ours is built, issue 13). A multipart
 * or Blob body becomes a TransportRequest at once (it refuses redirects): for a form the Request
 * writes the boundary into the Content-Type, and the transport sends those bytes again per attempt;
 * a large Blob (an AS2 file) sent as `fetch(url, { body: blob })` peaked ≈ 1× its size higher than
 * through a Request (10 MB send: 4.4–5.2× vs 3.3–4.2×, measured), so it keeps the Request.
 */
export function operationRequest(
  baseUrl: string,
  method: string,
  path: string,
  call: OperationCall,
): OutgoingRequest {
  const {
    params = {},
    body,
    parseAs: _parseAs,
    bodySerializer,
    querySerializer: given,
    headers,
    ...init
  } = call as OperationCall & Record<string, unknown>;
  const querySerializer =
    given === undefined
      ? defaultQuerySerializer
      : typeof given === "function"
        ? given
        : createQuerySerializer({ ...given });
  const url = createFinalURL(path, {
    baseUrl,
    params: params as never,
    querySerializer: querySerializer as never,
    pathSerializer: defaultPathSerializer,
  });
  const header = params.header;
  // Nothing to merge (the usual call): the same headers as mergeHeaders' result, as a plain object.
  const plain = headers === undefined && header === undefined;
  const serialised =
    body === undefined
      ? undefined
      : bodySerializer
        ? (bodySerializer as Serialiser)(body, mergeHeaders(undefined, headers as never, header as never))
        : (defaultBodySerializer as Serialiser)(
            body,
            plain ? undefined : mergeHeaders(undefined, headers as never, header as never),
          );
  const contentType = serialised === undefined || serialised instanceof FormData ? undefined : JSON_TYPE;
  const finalHeaders = plain
    ? (contentType ?? {})
    : mergeHeaders(contentType ?? {}, undefined, headers as never, header as never);
  if (serialised instanceof FormData || serialised instanceof Blob || !isReplayable(serialised)) {
    const request = new TransportRequest(url, {
      redirect: "follow",
      ...init,
      method,
      body: serialised as BodyInit | undefined,
      headers: finalHeaders as HeadersInit,
    });
    for (const key in init) {
      if (!(key in request)) (request as unknown as Record<string, unknown>)[key] = init[key];
    }
    return request;
  }
  const extra = Object.keys(init).length === 0 ? undefined : (init as RequestInit);
  return new PreparedRequest(
    url,
    method,
    new Headers(finalHeaders as HeadersInit),
    serialised ?? null,
    extra,
  );
}

/** A body every attempt can send again as it is (no stream, no form). */
function isReplayable(body: unknown): body is string | Uint8Array | undefined {
  return body === undefined || typeof body === "string" || body instanceof Uint8Array;
}

/** openapi-fetch calls body serialisers with the merged headers too (its types name the body only). */
type Serialiser = (body: unknown, headers: Headers | undefined) => unknown;

const JSON_TYPE = Object.freeze({ "Content-Type": "application/json" });

/** Reads an answer the way openapi-fetch does: `{ data }` for a 2xx, `{ error }` (JSON or text) else. */
export async function parseAnswer(
  response: Response,
  method: string,
  parseAs: ParseAs,
): Promise<ParsedAnswer> {
  const contentLength = response.headers.get("Content-Length");
  if (
    response.status === 204 ||
    method === "HEAD" ||
    (contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))
  ) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (response.ok) {
    if (parseAs === "stream") return { data: response.body, response };
    if (parseAs === "json" && !contentLength) {
      const raw = await response.text();
      return { data: raw ? JSON.parse(raw) : undefined, response };
    }
    return { data: await response[parseAs](), response };
  }
  let error: unknown = await response.text();
  try {
    error = JSON.parse(error as string);
  } catch {
    // Not JSON: the text itself.
  }
  return { error, response };
}
