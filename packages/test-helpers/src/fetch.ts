// Fetch doubles: a scripted fake fetch that records every request, answers that never come,
// JSON and status responses, and the error undici throws for a failed connection.

/** One scripted answer: a response, an error to throw, or a function of the request. */
export type Step =
  | Response
  | Error
  | ((request: Request, signal: AbortSignal) => Response | Promise<Response>);

export interface RecordedRequest {
  request: Request;
  method: string;
  url: string;
  headers: Headers;
  body: string;
  /** The signal the transport gave this attempt (fetch's `init.signal`, else the Request's). */
  signal: AbortSignal;
}

export interface FakeFetch {
  fetch: (request: Request, init?: { signal?: AbortSignal }) => Promise<Response>;
  /** Every request received, in order, with its body already read. */
  calls: RecordedRequest[];
}

/** A fetch that answers with `steps` in order and fails the test when asked once too often. */
export function fakeFetch(...steps: Step[]): FakeFetch {
  const calls: RecordedRequest[] = [];
  const queue = [...steps];
  return {
    calls,
    async fetch(request, init) {
      const body = request.body ? await request.clone().text() : "";
      const signal = init?.signal ?? request.signal;
      calls.push({
        request,
        method: request.method,
        url: request.url,
        headers: request.headers,
        body,
        signal,
      });
      const step = queue.shift();
      if (step === undefined)
        throw new Error(`fakeFetch: unexpected request #${calls.length} ${request.url}`);
      if (step instanceof Error) throw step;
      if (typeof step === "function") return step(request, signal);
      return step;
    },
  };
}

/** A response that never arrives: rejects with the signal's reason when the request is aborted. */
export function hang(_request: unknown, signal: AbortSignal): Promise<Response> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

export function status(code: number, headers: Record<string, string> = {}): Response {
  return new Response(`status ${code}`, { status: code, headers });
}

/** The error undici's fetch throws for a failed connection: `TypeError("fetch failed")` with a coded cause. */
export function networkError(code: string, message = `connect ${code}`): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(message), { code }) });
}

/** The caller's own fetch with a cookie jar: it adds `cookie` to whatever it sends. */
export function cookieJarFetch(cookie: string) {
  return (request: Request, init?: RequestInit): Promise<Response> => {
    request.headers.set("cookie", cookie);
    return globalThis.fetch(request, init);
  };
}
