// Wires the shared runtime for AS2 Gateway: one transport (token auth, 50 requests / 10 s throttle,
// retries, per-attempt timeouts) over the runtime's redirect guard (the API answers plain HTTP with
// a 307 to HTTPS), under one openapi-fetch client, and `call()`, through which every resource
// method goes.
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
  type WithResponse,
  withCallSecrets,
  withRedirectOperation,
} from "@edi-clients/runtime";
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi.js";
import { AS2_GATEWAY_BASE_URL } from "../raw-client.js";
import { type As2GatewayCredentials, credentialSecrets, passwordTokenProvider } from "./auth.js";
import { describeAs2Error } from "./errors.js";
import { OPERATION_INPUTS } from "./inputs.js";
import { OPERATION_IDEMPOTENCY, type OperationId } from "./operations.js";

/** AS2 Gateway allows 50 requests per 10-second period. */
export const AS2_GATEWAY_RATE_LIMIT = { limit: 50, windowMs: 10_000 } as const;

/**
 * `reconcile` / `onUnknownOutcome` (defaults for messages.send; each call may override them): after a
 * failure that may have reached the server, look for the document before giving up — see the README,
 * "When an upload's outcome is unknown".
 */
export interface As2GatewayOptions extends ClientOptions, ReconcileCallOptions {
  /** Account e-mail and password: the client signs in, renews before expiry and once on a 401. */
  credentials?: As2GatewayCredentials;
  /** A token obtained elsewhere, sent as-is in `Authorization` (not renewed). */
  token?: string;
  /** Your own token source (a vault, another service) instead of credentials or token. */
  tokenProvider?: TokenProvider;
  /** Client-side rate limit. Default 50 requests / 10 s; `false` turns it off. */
  throttle?: false | Partial<ThrottleOptions>;
  /** Renew the token this long before its expiry. Default 60 s. */
  tokenRefreshSkewMs?: number;
}

/** Per-call options of the core (resource methods pass CallOptions through). */
export type CoreCallOptions = CallOptions &
  Pick<CallContext, "authenticate" | "stream"> & {
    /** Credentials this call sends in its body (a password): scrubbed from its errors too. */
    secrets?: unknown[];
  };

export class As2GatewayCore {
  /** The typed openapi-fetch client, behind the same transport (auth, retries, throttle). */
  readonly raw: Client<paths>;
  /** The server's base URL (no credentials): inbox coordinators key items by its host. */
  readonly baseUrl: string;
  /** The token lifecycle when signing in with credentials or a token provider. */
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
    const baseUrl = checkBaseUrl(options, AS2_GATEWAY_BASE_URL, "As2Gateway");
    this.baseUrl = baseUrl;
    const provider =
      options.tokenProvider ??
      (options.credentials ? passwordTokenProvider(this, options.credentials) : undefined);
    if (provider) {
      this.tokens = new TokenAuth({
        provider,
        // The API wants the bare token, no `Bearer ` scheme.
        format: (token) => token,
        ...(options.tokenRefreshSkewMs === undefined ? {} : { refreshSkewMs: options.tokenRefreshSkewMs }),
      });
    }
    this.#auth = this.tokens ?? apiKeyAuth("Authorization", options.token as string);
    const auth = this.#auth;
    const extra = credentialSecrets(options.credentials);
    this.#secrets = () => [...auth.secrets(), ...extra];
    this.throttle =
      options.throttle === false
        ? undefined
        : createThrottle({ ...AS2_GATEWAY_RATE_LIMIT, ...budgetOf(options), ...options.throttle });
    const throttle = this.throttle;
    const settings = transportSettings(options);
    this.retryBudget = settings.retryBudget;
    this.logger = settings.logger as Logger;
    this.reconcile = resolveReconcile("As2Gateway", options);
    this.#checkResponse = responseCheck(
      options,
      "As2Gateway",
      "@edi-clients/as2-gateway/validation",
      settings.logger,
    );
    const transport = createTransport({
      ...settings,
      fetch: createRedirectFetch({
        fetch: options.fetch ?? ((request, init) => globalThis.fetch(request, init)),
        beforeHop: (signal) => throttle?.acquire(signal),
      }),
      auth,
      throttle,
      closed: this.#closed.signal,
    });
    // TransportRequest: each attempt re-sends the body openapi-fetch serialised, unread (issue 13).
    this.raw = createClient<paths>({ baseUrl, fetch: transport, Request: TransportRequest });
  }

  /** Runs one operation and resolves with its data; `.withResponse()` gives the Response too. */
  call<T>(
    operation: OperationId,
    run: (init: InvokeInit) => Promise<FetchResult<T>>,
    options: CoreCallOptions = {},
    /** What the method is about to send, checked against OPERATION_INPUTS; a failure rejects the call. */
    input?: OperationInput,
  ): ApiCall<T> {
    return new ApiCall(this.request(operation, run, options, input));
  }

  /**
   * Runs one operation: classifies it for retries, sends it through openapi-fetch and turns a
   * failure into a typed error. Resolves with the data and the Response (for headers).
   */
  async request<T>(
    operation: OperationId,
    run: (init: InvokeInit) => Promise<FetchResult<T>>,
    options: CoreCallOptions = {},
    input?: OperationInput,
  ): Promise<WithResponse<T>> {
    // Before anything is sent: the input against the operation's rules, then the call options.
    if (input) checkInput(operation, OPERATION_INPUTS[operation], input);
    checkCallOptions(options, operation);
    const { secrets: given, ...callOptions } = options;
    const secrets = withCallSecrets(this.#secrets, given);
    try {
      return await invoke(run, {
        ...callOptions,
        operation,
        idempotency: OPERATION_IDEMPOTENCY[operation],
        describeError: describeAs2Error,
        secrets,
        checkResponse: this.#checkResponse,
      });
    } catch (error) {
      throw withRedirectOperation(error, operation, secrets());
    }
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

  toString(): string {
    return "As2GatewayCore(***)";
  }
  toJSON(): string {
    return "As2GatewayCore(***)";
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "As2GatewayCore(***)";
  }
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
