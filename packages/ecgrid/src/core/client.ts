// ECGrid on the shared client core (@edi-clients/runtime ClientCore): how it signs in (an API key,
// a login that renews its JWT, or the caller's token provider), its envelope, error body and input
// rules. Every resource method goes through `call` / `request`, keyed by the generated operation
// descriptor (src/generated/operations.ts).
//
// Two cores (issue 13, bundle size): ECGridSlimCore runs with the plugins its options name only
// (none by default: no client-side throttle, no retry budget, no response validation, no `raw`),
// for a bundle of a few resources; ECGridCore, what `ECGrid` and the README use, is the slim core
// with every plugin and the raw openapi-fetch client.
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
import { type ECGridCredentials, passwordTokenProvider } from "./auth.js";
import { checkCredentialOptions } from "./credential-options.js";
import { type DataOf, dataOf, describeEcGridError, unwrapEnvelope } from "./envelope.js";
import { AUTH_INPUTS } from "./inputs/auth.js";
import { operationInputs } from "./inputs.js";

export type { CoreCallOptions } from "@edi-clients/runtime";

/** Production base URL of the ECGrid REST API (paths carry the /v2 prefix). */
export const ECGRID_BASE_URL = "https://rest.ecgrid.io";

/** ECGrid allows 180 requests per minute per API key or JWT. */
export const ECGRID_RATE_LIMIT = { limit: 180, windowMs: 60_000 } as const;

/**
 * `reconcile` / `onUnknownOutcome` (defaults for parcels.upload; each call may override them): after a
 * failure that may have reached the server, look for the document before giving up — see the README,
 * "When an upload's outcome is unknown".
 */
export interface ECGridOptions extends CoreOptions {
  /** Sent as `X-API-Key`. Defaults to the ECGRID_API_KEY environment variable (Node). */
  apiKey?: string;
  /** Username/password: the client logs in, renews the JWT before expiry and on a 401. */
  credentials?: ECGridCredentials;
  /** Your own token source (a vault, another service) instead of apiKey or credentials. */
  tokenProvider?: TokenProvider;
}

/** An ECGrid operation descriptor from the generated table. */
export type ECGridOperation = Operation & { id: OperationId };

/** What a call of `O` resolves with: the envelope's `data`. */
export type ResultOf<O extends ECGridOperation, P = unknown> = DataOf<SuccessOf<operations[O["id"]], P>>;

const PROFILE: ClientProfile = {
  name: "ECGrid",
  defaultBaseUrl: ECGRID_BASE_URL,
  rateLimit: ECGRID_RATE_LIMIT,
  validationEntry: "@edi-clients/ecgrid/validation",
  headers: { Accept: "application/json" },
  describeError: describeEcGridError,
  // The sign-in's own (a login is a call); each resource brings its operations' (`useInputs`).
  inputs: AUTH_INPUTS,
  // Throws on `success: false` too, so no caller ever sees a failed envelope.
  checkBody: unwrapEnvelope,
};

/**
 * The ECGrid core with only the plugins `options.plugins` names: what a bundle of one or two
 * resources is built on (`new Networks(new ECGridSlimCore(options))`). Without plugins it still
 * signs in, retries what is safe to retry (429s after the server's Retry-After), times out,
 * guards redirects and checks inputs, but keeps no client-side rate limit and no retry budget;
 * `throttle`, `retryBudget` or `validateResponses` without their plugin are refused.
 */
export class ECGridSlimCore extends ClientCore<paths, operations> {
  constructor(options: ECGridOptions = {}) {
    checkClientOptions(options, "ECGrid");
    checkCredentialOptions(options);
    const given = [options.apiKey !== undefined, !!options.credentials, !!options.tokenProvider].filter(
      Boolean,
    ).length;
    if (given > 1) throw new ValidationError("ECGrid takes only one of apiKey, credentials or tokenProvider");
    const apiKey = options.apiKey ?? (given === 0 ? envApiKey() : undefined);
    if (given === 0 && apiKey === undefined) {
      throw new ValidationError(
        "ECGrid needs one of apiKey (or ECGRID_API_KEY), credentials or tokenProvider",
      );
    }
    super(options, PROFILE, (core) => signIn(core as ECGridSlimCore, options, apiKey));
  }

  /**
   * Runs one operation and resolves with the envelope's `data`; `.withResponse()` gives the
   * Response too. Failures (HTTP or `success: false`) reject with typed errors.
   */
  call<O extends ECGridOperation, P extends CallParams<operations[O["id"]]>>(
    operation: O,
    params: P,
    options?: CoreCallOptions,
  ): ApiCall<ResultOf<O, P>> {
    const envelope = this.request(operation, params, options);
    return new ApiCall(
      envelope.then(({ data, response }) => ({ data: dataOf(data) as ResultOf<O, P>, response })),
    );
  }
}

/**
 * The ECGrid core with every plugin (the client-side throttle at ECGrid's documented limit, the
 * retry budget, response validation) and `raw`: what `ECGrid` is built on, and the core to give a
 * resource on its own (`new Parcels(new ECGridCore(options))`).
 */
export class ECGridCore extends ECGridSlimCore {
  /** The typed openapi-fetch client, behind the same transport (auth, retries, throttle). */
  readonly raw: Client<paths>;

  constructor(options: ECGridOptions = {}) {
    super(withAllPlugins(options));
    // Bad upload defaults fail here, as every other bad option does.
    this.reconcileSettings(resolveReconcile);
    // Any operation may be called through the full core, with or without its resource.
    this.useInputs(operationInputs());
    this.raw = createRawClient<paths>(this.baseUrl, this.transport);
  }
}

function signIn(core: ECGridSlimCore, options: ECGridOptions, apiKey: string | undefined): CoreAuth {
  let tokens: TokenAuth | undefined;
  if (options.credentials) {
    tokens = new TokenAuth({ provider: passwordTokenProvider(core, options.credentials) });
  } else if (options.tokenProvider) {
    tokens = new TokenAuth({ provider: options.tokenProvider });
  }
  const auth: AuthStrategy = tokens ?? apiKeyAuth("X-API-Key", apiKey as string);
  // A login error may echo the password: scrub it along with the tokens.
  const password = options.credentials?.password;
  return { auth, tokens, secrets: password ? [password] : [], budgetKey: budgetOf(options, apiKey).key };
}

/**
 * ECGrid counts requests per API key (or per signed-in user): clients in one process with the same
 * credential share one budget.
 */
function budgetOf(options: ECGridOptions, apiKey: string | undefined): { key?: string } {
  const baseUrl = options.baseUrl ?? ECGRID_BASE_URL;
  if (apiKey !== undefined) return { key: budgetKey(`ecgrid ${baseUrl} key`, apiKey) };
  if (options.credentials) return { key: budgetKey(`ecgrid ${baseUrl} login`, options.credentials.login) };
  return {};
}

function envApiKey(): string | undefined {
  const value = typeof process === "object" ? process.env?.ECGRID_API_KEY : undefined;
  return value ? value : undefined;
}
