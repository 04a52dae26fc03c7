// Wires the shared runtime for ECGrid: one transport (auth, throttle, retries, timeouts) over the
// redirect guard, under one openapi-fetch client, and `call()`, through which every resource method
// goes.
import {
  ApiCall,
  type AuthStrategy,
  apiKeyAuth,
  budgetKey,
  type CallContext,
  type CallOptions,
  type ClientOptions,
  checkBaseUrl,
  checkCallOptions,
  checkClientOptions,
  checkInput,
  createRedirectFetch,
  createThrottle,
  createTransport,
  type FetchResult,
  type InvokeInit,
  invoke,
  type Logger,
  type OperationInput,
  type ReconcileCallOptions,
  type ReconcileSettings,
  type ResponseCheck,
  type RetryBudget,
  resolveReconcile,
  responseCheck,
  type Throttle,
  type ThrottleOptions,
  TokenAuth,
  type TokenProvider,
  TransportRequest,
  transportSettings,
  ValidationError,
  withCallSecrets,
  withRedirectOperation,
} from "@edi-clients/runtime";
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { type ECGridCredentials, passwordTokenProvider } from "./auth.js";
import { type DataOf, dataOf, describeEcGridError, unwrapEnvelope } from "./envelope.js";
import { checkCredentialOptions, OPERATION_INPUTS } from "./inputs.js";
import { OPERATION_IDEMPOTENCY, type OperationId } from "./operations.js";

/** Production base URL of the ECGrid REST API (paths carry the /v2 prefix). */
export const ECGRID_BASE_URL = "https://rest.ecgrid.io";

/** ECGrid allows 180 requests per minute per API key or JWT. */
export const ECGRID_RATE_LIMIT = { limit: 180, windowMs: 60_000 } as const;

/**
 * `reconcile` / `onUnknownOutcome` (defaults for parcels.upload; each call may override them): after a
 * failure that may have reached the server, look for the document before giving up — see the README,
 * "When an upload's outcome is unknown".
 */
export interface ECGridOptions extends ClientOptions, ReconcileCallOptions {
  /** Sent as `X-API-Key`. Defaults to the ECGRID_API_KEY environment variable (Node). */
  apiKey?: string;
  /** Username/password: the client logs in, renews the JWT before expiry and on a 401. */
  credentials?: ECGridCredentials;
  /** Your own token source (a vault, another service) instead of apiKey or credentials. */
  tokenProvider?: TokenProvider;
  /** Client-side rate limit. Default 180 requests/minute; `false` turns it off. */
  throttle?: false | Partial<ThrottleOptions>;
}

/** Per-call options of the core (resource methods pass CallOptions through). */
export type CoreCallOptions = CallOptions &
  Pick<CallContext, "authenticate"> & {
    /** Credentials this call sends in its body (a new password): scrubbed from its errors too. */
    secrets?: unknown[];
  };

export class ECGridCore {
  /** The typed openapi-fetch client, behind the same transport (auth, retries, throttle). */
  readonly raw: Client<paths>;
  /** The server's base URL (no credentials): inbox coordinators key items by its host. */
  readonly baseUrl: string;
  readonly tokens: TokenAuth | undefined;
  readonly throttle: Throttle | undefined;
  /** The retry budget every call of this client draws on (`retryBudget` option); undefined when off. */
  readonly retryBudget: RetryBudget | undefined;
  /** The client's logger (the transport's): reconciled outcomes are logged here. */
  readonly logger: Logger;
  /** The client's reconcile settings, checked and resolved when it was created. */
  readonly reconcile: ReconcileSettings;
  readonly #closed = new AbortController();
  readonly #auth: AuthStrategy;
  readonly #secrets: () => string[];
  /** Opt-in response validation (`validateResponses`), undefined when off. */
  readonly #checkResponse: ResponseCheck | undefined;

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
    const baseUrl = checkBaseUrl(options, ECGRID_BASE_URL, "ECGrid");
    this.baseUrl = baseUrl;
    if (options.credentials) {
      this.tokens = new TokenAuth({ provider: passwordTokenProvider(this, options.credentials) });
    } else if (options.tokenProvider) {
      this.tokens = new TokenAuth({ provider: options.tokenProvider });
    }
    this.#auth = this.tokens ?? apiKeyAuth("X-API-Key", apiKey as string);
    const auth = this.#auth;
    // A login error may echo the password: scrub it along with the tokens.
    const password = options.credentials?.password;
    this.#secrets = () => (password ? [...auth.secrets(), password] : auth.secrets());
    this.throttle =
      options.throttle === false
        ? undefined
        : createThrottle({ ...ECGRID_RATE_LIMIT, ...budgetOf(options, apiKey), ...options.throttle });
    const throttle = this.throttle;
    const settings = transportSettings(options);
    this.retryBudget = settings.retryBudget;
    this.logger = settings.logger as Logger;
    this.reconcile = resolveReconcile("ECGrid", options);
    this.#checkResponse = responseCheck(options, "ECGrid", "@edi-clients/ecgrid/validation", settings.logger);
    const transport = createTransport({
      ...settings,
      // Never fetch's own redirects: they would carry X-API-Key (and a login's password) anywhere.
      fetch: createRedirectFetch({
        fetch: options.fetch ?? ((request, init) => globalThis.fetch(request, init)),
        beforeHop: (signal) => throttle?.acquire(signal),
      }),
      auth: this.#auth,
      throttle,
      headers: { Accept: "application/json" },
      closed: this.#closed.signal,
    });
    // TransportRequest: each attempt re-sends the body openapi-fetch serialised, unread (issue 13).
    this.raw = createClient<paths>({ baseUrl, fetch: transport, Request: TransportRequest });
  }

  /**
   * Sends nothing more: later calls and calls waiting for a rate-limit slot reject with a
   * ClientClosedError at once, calls waiting to retry before their next attempt; calls already on
   * the wire finish. Stops the throttle's timers.
   */
  async close(): Promise<void> {
    this.#closed.abort();
    await this.throttle?.stop();
  }

  /**
   * Runs one operation: classifies it for retries, sends it through openapi-fetch, turns failures
   * (HTTP or `success: false`) into typed errors and returns the envelope's `data`.
   */
  call<E>(
    operation: OperationId,
    run: (init: InvokeInit) => Promise<FetchResult<E>>,
    options: CoreCallOptions = {},
    /** What the method is about to send, checked against OPERATION_INPUTS; a failure rejects the call. */
    input?: OperationInput,
  ): ApiCall<DataOf<E>> {
    const result = (async () => {
      const { data, response } = await this.callEnvelope(operation, run, options, input);
      return { data: dataOf(data), response };
    })();
    return new ApiCall(result);
  }

  /** Like `call`, but resolves with the whole envelope (pagination reads metadata next to `data`). */
  async callEnvelope<E>(
    operation: OperationId,
    run: (init: InvokeInit) => Promise<FetchResult<E>>,
    options: CoreCallOptions = {},
    input?: OperationInput,
  ): Promise<{ data: E; response: Response }> {
    // Before anything is sent: the input against the operation's rules, then the call options.
    if (input) checkInput(operation, OPERATION_INPUTS[operation], input);
    checkCallOptions(options, operation);
    const { secrets: given, ...callOptions } = options;
    const secrets = withCallSecrets(this.#secrets, given);
    let result: { data: E; response: Response };
    try {
      result = await invoke(run, {
        ...callOptions,
        operation,
        idempotency: OPERATION_IDEMPOTENCY[operation],
        describeError: describeEcGridError,
        secrets,
        checkResponse: this.#checkResponse,
      });
    } catch (error) {
      throw withRedirectOperation(error, operation, secrets());
    }
    // Throws on `success: false` here too, so callers of the envelope never see a failed one.
    unwrapEnvelope(result.data, result.response, operation, secrets());
    return result;
  }
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
