// A scripted fetch that records what the client sent: tests decide every answer and read back
// the exact requests, bodies included.
import { networkError } from "@edi-clients/test-helpers/fetch";

export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  headers: Headers;
  body: unknown;
}

export type Responder = (request: RecordedRequest, index: number) => Response | Promise<Response> | Error;

export function envelope(data: unknown, extra: Record<string, unknown> = {}): Response {
  return json(200, { httpStatus: 200, message: "", traceId: "trace-ok", success: true, data, ...extra });
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...headers },
  });
}

export function apiError(status: number, message: string, extra: Record<string, unknown> = {}): Response {
  return json(status, {
    httpStatus: status,
    success: false,
    message,
    detail: null,
    traceId: `trace-${status}`,
    ...extra,
  });
}

export function fakeFetch(responder: Responder) {
  const requests: RecordedRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const text = await request.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    const url = new URL(request.url);
    const recorded = {
      method: request.method,
      url: request.url,
      path: url.pathname,
      headers: request.headers,
      body,
    };
    requests.push(recorded);
    const answer = await responder(recorded, requests.length - 1);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { fetch, requests };
}

/** An error shaped like undici's when the TCP connection is refused. */
export const connectionRefused = (): TypeError => networkError("ECONNREFUSED");

/** An error shaped like undici's when the server dropped the connection after receiving the request. */
export const connectionReset = (): TypeError => networkError("UND_ERR_SOCKET", "other side closed");
