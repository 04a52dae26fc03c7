// The one client core both SDKs build on (issue 16): one transport (auth, retries, timeouts) over
// the redirect guard, and `request()`, through which every resource method goes, keyed by the
// generated operation descriptor. What differs per API (its name, base URL, rate limit, error
// body, input rules, a success envelope that can still report a failure) comes in as a profile;
// how a client signs in stays in the client. The pieces a small bundle can do without (the
// client-side throttle, the retry budget, response validation) come in as plugins (core-plugins.ts,
// issue 13): a core only bundles the ones its client passes.
import type { AuthStrategy, TokenAuth } from "./auth.js";
import type { CallContext, CallOptions } from "./call-context.js";
import { type ClientOptions, checkBaseUrl, transportSettings } from "./client-options.js";
import { type CorePlugins, checkPlugins, pluginFor } from "./core-plugins.js";
import { ValidationError } from "./errors.js";
import {
  type ErrorDescriber,
  type FetchResult,
  type InvokeInit,
  type InvokeOptions,
  invoke,
  invokeRequest,
  type WithResponse,
} from "./invoke.js";
import type { Logger } from "./logger.js";
import { type CallParams, idempotencyOf, type Operation, type SuccessOf } from "./operation.js";
import { baseUrlOf, type OperationCall, operationRequest } from "./operation-request.js";
import type { DirectInit } from "./prepared-request.js";
import type { ReconcileCallOptions, ReconcileSettings, resolveReconcile } from "./reconcile.js";
import { createRedirectFetch, withRedirectOperation } from "./redirect.js";
import type { ResponseCheck } from "./response-validation.js";
import type { Idempotency } from "./retry.js";
import type { RetryBudget } from "./retry-budget.js";
import { withCallSecrets } from "./secret.js";
import type { Throttle, ThrottleOptions } from "./throttle.js";
import { createTransport, type FetchLike, type Transport } from "./transport.js";
import { checkCallOptions, checkInput, type InputRules, type OperationInput } from "./validate.js";

/** The options every client takes besides how it signs in. */
export interface CoreOptions extends ClientOptions, ReconcileCallOptions {
  /**
   * Client-side rate limit (needs the `throttle` plugin, which the full clients include). Defaults
   * to the API's documented limit; `false` turns it off.
   */
  throttle?: false | Partial<ThrottleOptions>;
  /**
   * The optional pieces this core runs with (see CorePlugins). The full clients and their cores
   * (`ECGrid`, `ECGridCore`, …) pass all of them; a slim core only those given here.
   */
  plugins?: CorePlugins;
}

/** What makes a core one API's. */
export interface ClientProfile {
  /** The client's name in validation errors and messages, e.g. `ECGrid`. */
  readonly name: string;
  readonly defaultBaseUrl: string;
  /** The documented rate limit, the throttle's default. */
  readonly rateLimit: { readonly limit: number; readonly windowMs: number };
  /** The entry that provides the compiled response validators (named in the error when missing). */
  readonly validationEntry: string;
  /** Headers every request carries. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly describeError: ErrorDescriber;
  /**
   * Input rules by operationId, checked before any request. A slim core may start with only some
   * (its sign-in's): each resource adds those of its operations (`useInputs`).
   */
  readonly inputs: Readonly<Record<string, InputRules | undefined>>;
  /**
   * Throws the typed error for a 2xx body that still reports a failure (ECGrid's `success: false`),
   * so no caller ever sees one.
   */
  readonly checkBody?: (body: unknown, response: Response, operation: string, secrets: string[]) => void;
}

/** How the client signs in, decided by the client from its own options. */
export interface CoreAuth {
  readonly auth: AuthStrategy;
  /** The token lifecycle when the client signs in (credentials, a token provider). */
  readonly tokens?: TokenAuth | undefined;
  /** Credentials the strategy does not report itself (a password): scrubbed from every error. */
  readonly secrets?: readonly string[];
  /** Clients with the same key share one rate budget in this process (see `budgetKey`). */
  readonly budgetKey?: string | undefined;
}

/** An operation call as `request()` hands it to `send()`: the descriptor and its CallParams. */
export interface OperationRun {
  readonly operation: Operation;
  readonly call: OperationCall;
}

/** Per-call options of the core (resource methods pass CallOptions through). */
export type CoreCallOptions = CallOptions &
  Pick<CallContext, "authenticate" | "stream"> & {
    /** Credentials this call sends (a new password): scrubbed from its errors too. */
    secrets?: unknown[];
  };

// `Paths` names the API: a full core creates its raw openapi-fetch client from it (createRawClient).
export class ClientCore<Paths extends {}, Operations> {
  /** The server's base URL (no credentials): inbox coordinators key items by its host. */
  readonly baseUrl: string;
  readonly tokens: TokenAuth | undefined;
  readonly throttle: Throttle | undefined;
  /** The retry budget every call of this client draws on (`retryBudget` option); undefined when off. */
  readonly retryBudget: RetryBudget | undefined;
  /** The client's logger (the transport's): reconciled outcomes are logged here. */
  readonly logger: Logger;
  /** The client's `reconcile` / `onUnknownOutcome` as given, resolved by `reconcileSettings`. */
  readonly #reconcileOptions: ReconcileCallOptions;
  #reconcile: ReconcileSettings | undefined;
  readonly #profile: ClientProfile;
  /** The profile's input rules and those the resources over this core brought (`useInputs`). */
  readonly #inputs: Record<string, InputRules | undefined>;
  readonly #closed = new AbortController();
  readonly #secrets: () => string[];
  /** Opt-in response validation (`validateResponses`), undefined when off. */
  readonly #checkResponse: ResponseCheck | undefined;
  /** The transport: `request()` hands it the requests it prepares; raw clients send through it. */
  readonly #transport: Transport;
  /** The base URL as openapi-fetch keeps it (no trailing slash). */
  readonly #baseUrl: string;

  /**
   * `signIn` gets the core itself: a login flow calls the API through it. The client checks its
   * own credential options before; the base URL, throttle and transport settings are checked here.
   */
  constructor(
    options: CoreOptions,
    profile: ClientProfile,
    signIn: (core: ClientCore<Paths, Operations>) => CoreAuth,
  ) {
    this.#profile = profile;
    this.#inputs = { ...profile.inputs };
    const baseUrl = checkBaseUrl(options, profile.defaultBaseUrl, profile.name);
    this.baseUrl = baseUrl;
    const { auth, tokens, secrets: extra = [], budgetKey } = signIn(this);
    this.tokens = tokens;
    this.#secrets = extra.length > 0 ? () => [...auth.secrets(), ...extra] : () => auth.secrets();
    const plugins = checkPlugins(options.plugins, profile.name);
    // An option a missing plugin would serve is refused, not silently ignored.
    const createThrottle = pluginFor(plugins, "throttle", options.throttle, profile.name);
    const throttle =
      options.throttle === false || !createThrottle
        ? undefined
        : createThrottle({
            ...profile.rateLimit,
            ...(budgetKey === undefined ? {} : { key: budgetKey }),
            ...options.throttle,
          });
    this.throttle = throttle;
    const settings = transportSettings(options);
    // One bucket per client, unless the options give a shared one (or false: none).
    this.retryBudget = pluginFor(
      plugins,
      "retryBudget",
      options.retryBudget,
      profile.name,
    )?.(options.retryBudget, profile.name);
    this.logger = settings.logger as Logger;
    this.#reconcileOptions = { reconcile: options.reconcile, onUnknownOutcome: options.onUnknownOutcome };
    const mode = options.validateResponses;
    this.#checkResponse = pluginFor(
      plugins,
      "responseValidation",
      mode === "off" ? undefined : mode,
      profile.name,
    )?.(options, profile.name, profile.validationEntry, settings.logger);
    const transport = createTransport({
      ...settings,
      retryBudget: this.retryBudget,
      // Never fetch's own redirects: they would carry the credentials (and a login's password) anywhere.
      fetch: createRedirectFetch({
        fetch: options.fetch ?? ((request, init) => globalThis.fetch(request, init)),
        // No fetch of the caller's: the core's prepared requests go out as fetch(url, init), so
        // undici builds the call's only Request (issue 13).
        ...(options.fetch ? {} : { direct: (url: string, init: DirectInit) => globalThis.fetch(url, init) }),
        beforeHop: (signal) => throttle?.acquire(signal),
      }) as FetchLike,
      acceptsPrepared: true,
      auth,
      throttle,
      ...(profile.headers ? { headers: { ...profile.headers } } : {}),
      closed: this.#closed.signal,
    });
    this.#transport = transport;
    this.#baseUrl = baseUrlOf(baseUrl);
    // Not a `[Symbol.for(…)]()` method: a computed class key counts as a side effect for bundlers.
    Object.defineProperty(this, Symbol.for("nodejs.util.inspect.custom"), { value: () => this.toString() });
  }

  /**
   * Adds the input rules of the operations a resource calls. Each resource brings its own when it
   * is constructed, so a bundle of one resource over a slim core carries that resource's rules
   * only, not all of the API's (issue 13).
   */
  useInputs(rules: Readonly<Record<string, InputRules>>): void {
    Object.assign(this.#inputs, rules);
  }

  /**
   * The client's reconcile settings (`reconcile`, `onUnknownOutcome`: the defaults of every upload
   * or send), checked and resolved by `resolve` the first time. Only the resources that upload use
   * them, and they pass `resolveReconcile` when they are constructed, so bad values still fail
   * before any request while a bundle without such a resource carries none of that code (issue
   * 13). The full cores resolve them when they are created.
   */
  reconcileSettings(resolve: typeof resolveReconcile): ReconcileSettings {
    this.#reconcile ??= resolve(this.#profile.name, this.#reconcileOptions);
    return this.#reconcile;
  }

  /**
   * The fetch every call of this core goes through (auth, throttle, retries, timeouts, redirect
   * guard): what a raw openapi-fetch client over this core is created with (`createRawClient`).
   */
  protected get transport(): FetchLike {
    return this.#transport;
  }

  /**
   * Runs one operation: checks the input against its rules and the call options, sends it with the
   * retry classification of its descriptor, turns any failure into a typed error, and resolves with
   * the parsed body and the Response.
   */
  request<O extends Operation & { id: keyof Operations }, P extends CallParams<Operations[O["id"]]>>(
    operation: O,
    params: P,
    options?: CoreCallOptions,
  ): Promise<WithResponse<SuccessOf<Operations[O["id"]], P>>> {
    const call = params as OperationCall;
    const parameters = call.params as OperationInput | undefined;
    const input: OperationInput = { path: parameters?.path, query: parameters?.query, body: call.body };
    return this.send(operation.id, idempotencyOf(operation), { operation, call }, options, input) as Promise<
      WithResponse<SuccessOf<Operations[O["id"]], P>>
    >;
  }

  /**
   * The shared send path, through which every call goes. `run` is either an operation call (what
   * `request()` passes): the core builds its Request as openapi-fetch would and hands it to the
   * transport with the call context — no openapi-fetch middleware pass per call (issue 13; the
   * middleware of `raw.use()` sees `raw` calls only); or a function that performs the
   * openapi-fetch call with the call context attached, for calls that build their request
   * themselves (multipart sends, raw downloads).
   */
  send<T>(
    operation: string,
    idempotency: Idempotency,
    run: ((init: InvokeInit) => Promise<FetchResult<T>>) | OperationRun,
    options: CoreCallOptions = {},
    input?: OperationInput,
  ): Promise<WithResponse<T>> {
    if (typeof run === "function") {
      return this.#run(operation, idempotency, options, input, (context) => invoke(run, context));
    }
    const { operation: descriptor, call } = run;
    return this.#run(operation, idempotency, options, input, (context) =>
      invokeRequest<T>(
        this.#transport,
        () => operationRequest(this.#baseUrl, descriptor.method, descriptor.path, call),
        call.parseAs ?? "json",
        context,
      ),
    );
  }

  async #run<T>(
    operation: string,
    idempotency: Idempotency,
    options: CoreCallOptions = {},
    input: OperationInput | undefined,
    perform: (context: InvokeOptions) => Promise<WithResponse<T>>,
  ): Promise<WithResponse<T>> {
    // Before anything is sent: the input against the operation's rules, then the call options.
    if (input) {
      const rules = this.#inputs[operation];
      // Never an unchecked call: a slim core called directly, without the operation's resource.
      if (!rules) {
        throw new ValidationError(
          `${operation}: this ${this.#profile.name} core has no input rules for the operation; construct its resource over the core first (it brings them) or use the full core`,
          { operation },
        );
      }
      checkInput(operation, rules, input);
    }
    checkCallOptions(options, operation);
    const secrets = withCallSecrets(this.#secrets, options.secrets);
    // Object.assign, not `{ ...options, operation, … }`: V8 took ≈ 3.5 µs for that spread of a
    // non-empty options object with keys added (measured), ≈ 0.1 µs for this.
    const context: InvokeOptions = Object.assign({}, options, {
      operation,
      idempotency,
      describeError: this.#profile.describeError,
      secrets,
      checkResponse: this.#checkResponse,
    });
    let result: WithResponse<T>;
    try {
      result = await perform(context);
    } catch (error) {
      throw withRedirectOperation(error, operation, secrets());
    }
    this.#profile.checkBody?.(result.data, result.response, operation, secrets());
    return result;
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
    return `${this.#profile.name}Core(***)`;
  }

  toJSON(): string {
    return this.toString();
  }
}
