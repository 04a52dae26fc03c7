// The typed openapi-fetch client of a full core (`core.raw`, `client.raw`): openapi-fetch's own
// createClient over the core's transport. Not part of ClientCore itself, so a slim core's bundle
// does without openapi-fetch's client (issue 13, bundle size).
import createClient, { type Client } from "openapi-fetch";
import { type FetchLike, TransportRequest } from "./transport.js";

export function createRawClient<Paths extends {}>(baseUrl: string, transport: FetchLike): Client<Paths> {
  // TransportRequest: each attempt re-sends the body openapi-fetch serialised, unread (issue 13).
  return createClient<Paths>({ baseUrl, fetch: transport, Request: TransportRequest });
}
