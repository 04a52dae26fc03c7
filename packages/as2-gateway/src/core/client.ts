// Wires the shared runtime for AS2 Gateway: one transport (token auth, 50 requests / 10 s throttle,
// retries, per-attempt timeouts) over the runtime's redirect guard (the API answers plain HTTP with
// a 307 to HTTPS), under one openapi-fetch client, and `call()` / `request()` / `send()` (the runtime ClientCore's),
// through which every resource method goes, keyed by the generated operation descriptors.
//
// Two cores (issue 13, bundle size): As2GatewaySlimCore runs with the plugins its options name
// only (none by default: no client-side throttle, no retry budget, no response validation, no
// `raw`), for a bundle of a few resources; As2GatewayCore, what `As2Gateway` is built on, is the
// slim core with every plugin and the raw openapi-fetch client.
import {
  ApiCall,
  type AuthStrategy,
  apiKeyAuth,
  budgetKey,
  type CallParams,
  ClientCore,
  type ClientProfile,
  type CoreAuth,
  type CoreCallOptions,
  type CoreOptions,
  checkClientOptions,
  createRawClient,
  type Operation,
  resolveReconcile,
  type SuccessOf,
  TokenAuth,
  type TokenProvider,
  ValidationError,
  withAllPlugins,
} from "@edi-clients/runtime";
import type { Client } from "openapi-fetch";
import type { operations, paths } from "../generated/openapi.js";
import type { OperationId } from "../generated/operations.js";
import { AS2_GATEWAY_BASE_URL } from "../raw-client.js";
import { type As2GatewayCredentials, credentialSecrets, passwordTokenProvider } from "./auth.js";
import { describeAs2Error } from "./errors.js";
import { OPERATION_INPUTS } from "./inputs.js";

export type { CoreCallOptions } from "@edi-clients/runtime";

/** AS2 Gateway allows 50 requests per 10-second period. */
export const AS2_GATEWAY_RATE_LIMIT = { limit: 50, windowMs: 10_000 } as const;

/**
 * `reconcile` / `onUnknownOutcome` (defaults for messages.send; each call may override them): after a
 * failure that may have reached the server, look for the document before giving up — see the README,
 * "When an upload's outcome is unknown".
 */
export interface As2GatewayOptions extends CoreOptions {
  /** Account e-mail and password: the client signs in, renews before expiry and once on a 401. */
  credentials?: As2GatewayCredentials;
  /** A token obtained elsewhere, sent as-is in `Authorization` (not renewed). */
  token?: string;
  /** Your own token source (a vault, another service) instead of credentials or token. */
  tokenProvider?: TokenProvider;
  /** Renew the token this long before its expiry. Default 60 s. */
  tokenRefreshSkewMs?: number;
}

/** An AS2 Gateway operation descriptor from the generated table. */
export type As2Operation = Operation & { id: OperationId };

/** What a call of `O` resolves with. */
export type ResultOf<O extends As2Operation, P = unknown> = SuccessOf<operations[O["id"]], P>;

const PROFILE: ClientProfile = {
  name: "As2Gateway",
  defaultBaseUrl: AS2_GATEWAY_BASE_URL,
  rateLimit: AS2_GATEWAY_RATE_LIMIT,
  validationEntry: "@edi-clients/as2-gateway/validation",
  describeError: describeAs2Error,
  inputs: OPERATION_INPUTS,
};

/**
 * The AS2 Gateway core with only the plugins `options.plugins` names: what a bundle of one or two
 * resources is built on (`new Stations(new As2GatewaySlimCore(options))`). Without plugins it
 * still signs in, retries what is safe to retry (429s after the server's Retry-After), times
 * out, guards redirects and checks inputs, but keeps no client-side rate limit and no retry
 * budget; `throttle`, `retryBudget` or `validateResponses` without their plugin are refused.
 */
export class As2GatewaySlimCore extends ClientCore<paths, operations> {
  constructor(options: As2GatewayOptions = {}) {
    checkClientOptions(options, "As2Gateway");
    const given = [options.token !== undefined, !!options.credentials, !!options.tokenProvider].filter(
      Boolean,
    );
    if (given.length !== 1) {
      throw new ValidationError(
        given.length === 0
          ? "As2Gateway needs one of credentials, token or tokenProvider"
          : "As2Gateway takes only one of credentials, token or tokenProvider",
      );
    }
    if (options.credentials) checkCredentials(options.credentials);
    if (options.token !== undefined && (typeof options.token !== "string" || options.token.trim() === "")) {
      throw new ValidationError("As2Gateway: token must be a non-empty string");
    }
    super(options, PROFILE, (core) => signIn(core as As2GatewaySlimCore, options));
  }

  /** Runs one operation and resolves with its data; `.withResponse()` gives the Response too. */
  call<O extends As2Operation, P extends CallParams<operations[O["id"]]>>(
    operation: O,
    params: P,
    options?: CoreCallOptions,
  ): ApiCall<ResultOf<O, P>> {
    return new ApiCall(this.request(operation, params, options));
  }
}

/**
 * The AS2 Gateway core with every plugin (the client-side throttle at the documented 50 / 10 s,
 * the retry budget, response validation) and `raw`: what `As2Gateway` is built on, and the core to
 * give a resource on its own (`new Messages(new As2GatewayCore(options), …)`).
 */
export class As2GatewayCore extends As2GatewaySlimCore {
  /** The typed openapi-fetch client, behind the same transport (auth, retries, throttle). */
  readonly raw: Client<paths>;

  constructor(options: As2GatewayOptions = {}) {
    super(withAllPlugins(options));
    // Bad upload defaults fail here, as every other bad option does.
    this.reconcileSettings(resolveReconcile);
    this.raw = createRawClient<paths>(this.baseUrl, this.transport);
  }
}

function signIn(core: As2GatewaySlimCore, options: As2GatewayOptions): CoreAuth {
  const provider =
    options.tokenProvider ??
    (options.credentials ? passwordTokenProvider(core, options.credentials) : undefined);
  const tokens = provider
    ? new TokenAuth({
        provider,
        // The API wants the bare token, no `Bearer ` scheme.
        format: (token) => token,
        ...(options.tokenRefreshSkewMs === undefined ? {} : { refreshSkewMs: options.tokenRefreshSkewMs }),
      })
    : undefined;
  const auth: AuthStrategy = tokens ?? apiKeyAuth("Authorization", options.token as string);
  return { auth, tokens, secrets: credentialSecrets(options.credentials), budgetKey: budgetOf(options).key };
}

function checkCredentials(credentials: As2GatewayCredentials): void {
  if (typeof credentials.username !== "string" || credentials.username.trim() === "") {
    throw new ValidationError(
      "As2Gateway credentials: username (the account e-mail) must be a non-empty string",
    );
  }
  const password =
    typeof credentials.password === "string" ? credentials.password : credentials.password?.reveal?.();
  if (typeof password !== "string" || password === "") {
    throw new ValidationError("As2Gateway credentials: password must be a non-empty string");
  }
}

/** The 50 / 10 s limit is per account: clients in one process with the same account share it. */
function budgetOf(options: As2GatewayOptions): { key?: string } {
  const baseUrl = options.baseUrl ?? AS2_GATEWAY_BASE_URL;
  if (options.credentials) return { key: budgetKey(`as2 ${baseUrl} user`, options.credentials.username) };
  if (options.token !== undefined) return { key: budgetKey(`as2 ${baseUrl} token`, options.token) };
  return {};
}
