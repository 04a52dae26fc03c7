// The runtime's own test doubles: the openapi-typescript shape of a two-operation API for real
// openapi-fetch clients, and a call context on a bare Request. The generic doubles (fake fetch,
// loopback server, settling under GC) live in @edi-clients/test-helpers, shared by every suite,
// and are re-exported here for the runtime's tests.
import type { MiddlewareCallbackParams } from "openapi-fetch";
import { attachContext, type CallContext } from "../src/call-context.ts";

export {
  type FakeFetch,
  fakeFetch,
  hang,
  json,
  networkError,
  type RecordedRequest,
  type Step,
  status,
} from "@edi-clients/test-helpers/fetch";
export { silentLogger } from "@edi-clients/test-helpers/leaks";
export {
  closedPort,
  type ReceivedRequest,
  startServer,
  type TestServer,
} from "@edi-clients/test-helpers/server";
export { rejectionOf, settledUnderGc } from "@edi-clients/test-helpers/settle";

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

/** Attaches a call context to a bare Request, as openapi-fetch would through the middleware. */
export function withContext(request: Request, context: CallContext): Request {
  void attachContext(context).onRequest?.({ request } as MiddlewareCallbackParams);
  return request;
}
