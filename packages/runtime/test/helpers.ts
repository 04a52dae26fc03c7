// Shared test doubles: a scripted fake fetch, undici-shaped network errors, a tiny HTTP server and
// the openapi-typescript shape of a two-operation API for real openapi-fetch clients.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer as createNetServer } from "node:net";
import type { MiddlewareCallbackParams } from "openapi-fetch";
import { attachContext, type CallContext } from "../src/call-context.ts";

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
export function hang(_request: Request, signal: AbortSignal): Promise<Response> {
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
export function networkError(code: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(`connect ${code}`), { code }) });
}

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  return port;
}

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export interface TestServer {
  url: string;
  received: ReceivedRequest[];
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1 that records each request (body included) and lets `handle` answer. */
export async function startServer(
  handle: (request: ReceivedRequest, res: ServerResponse, index: number) => void,
): Promise<TestServer> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const entry: ReceivedRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      received.push(entry);
      handle(entry, res, received.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Item {
  id: number;
  name: string;
}

type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type JsonResponse<T> = { headers: { [name: string]: unknown }; content: { "application/json": T } };

/** The openapi-typescript shape of a small API, enough for a typed openapi-fetch client. */
export interface TestPaths {
  "/items": {
    parameters: NoParams;
    get: {
      parameters: NoParams;
      requestBody?: never;
      responses: { 200: JsonResponse<Item[]>; 400: JsonResponse<{ message: string; traceId?: string }> };
    };
    put?: never;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/json": { name: string; tags: string[] } } };
      responses: { 200: JsonResponse<Item> };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/upload": {
    parameters: NoParams;
    get?: never;
    put?: never;
    post: {
      parameters: NoParams;
      requestBody: { content: { "application/octet-stream": string } };
      responses: { 200: JsonResponse<{ bytes: number }> };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}

/** A logger that drops everything (the transport's default would print warnings). */
export const silentLogger = {
  error() {},
  warn() {},
  info() {},
  debug() {},
};

/** Attaches a call context to a bare Request, as openapi-fetch would through the middleware. */
export function withContext(request: Request, context: CallContext): Request {
  void attachContext(context).onRequest?.({ request } as MiddlewareCallbackParams);
  return request;
}

/**
 * Runs `run` while forcing a full garbage collection every 10 ms (vitest.shared.ts starts workers
 * with --expose-gc), and settles with its value or error and how long it took. undici once lost
 * abort signals after a GC (nodejs/undici#4068): timeouts are only proven under GC.
 */
export async function settledUnderGc<T>(run: () => Promise<T>): Promise<{ result: T | unknown; ms: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("needs node --expose-gc (vitest.shared.ts sets execArgv)");
  const timer = setInterval(gc, 10);
  const started = performance.now();
  try {
    const result = await run().catch((error: unknown) => error);
    return { result, ms: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

/** The error `call` rejects with, typed as the caller expects (fails the test when it resolves). */
export async function rejectionOf<E = unknown>(call: PromiseLike<unknown>): Promise<E> {
  try {
    await call;
  } catch (error) {
    return error as E;
  }
  throw new Error("the call resolved");
}
