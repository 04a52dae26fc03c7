// The bare openapi-fetch client over the generated types: no retries, throttle or token renewal.
// Kept for scripts that want plain typed calls (examples/demo.mjs); `As2Gateway` is the full client.
// Bare, but not careless with the token: the same base-URL check and redirect guard as the client.
import { checkBaseUrl, createRedirectFetch } from "@edi-clients/runtime";
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/openapi.js";

/** Production base URL (see the "Decisions" section of specs/as2-gateway/openapi.yaml). */
export const AS2_GATEWAY_BASE_URL = "https://api.as2gateway.com";

export interface As2GatewayClientOptions {
  /** Defaults to {@link AS2_GATEWAY_BASE_URL}; point it at a mock server in tests. */
  baseUrl?: string;
  /** Token from `POST /v1/authorize`; sent as-is in `Authorization` (the API wants no scheme). */
  token?: string;
  /** Custom fetch implementation (defaults to the global fetch). */
  fetch?: (request: Request) => Promise<Response>;
  /** Accept a plain `http://` baseUrl on a non-loopback host (the token then travels in clear). */
  allowInsecureHttp?: boolean;
}

export type As2GatewayRawClient = Client<paths>;

/** A typed openapi-fetch client over the generated AS2 Gateway `paths`. */
export function createAs2GatewayRawClient(options: As2GatewayClientOptions = {}): As2GatewayRawClient {
  const baseUrl = checkBaseUrl(options, AS2_GATEWAY_BASE_URL, "createAs2GatewayRawClient");
  const given = options.fetch;
  return createClient<paths>({
    baseUrl,
    headers: options.token ? { Authorization: options.token } : {},
    // fetch's own redirects would carry the token to wherever the server points.
    fetch: createRedirectFetch({ fetch: given ?? ((request, init) => globalThis.fetch(request, init)) }),
  });
}
