// Credentials on outgoing requests: a static API key, or tokens that expire and are renewed.
import { AuthenticationError } from "./errors.js";
import { Secret } from "./secret.js";

export interface AuthStrategy {
  /** Sets the credential headers on a request about to be sent. */
  authorize(request: Request, signal?: AbortSignal): Promise<void>;
  /**
   * Called once per call when the server answered 401 to `request`. Resolves true when fresh
   * credentials were obtained and the call is worth repeating.
   */
  onUnauthorized?(request: Request, signal?: AbortSignal): Promise<boolean>;
  /** Credential values to scrub from any text that leaves the SDK (error excerpts, logs). */
  secrets(): string[];
}

/** A fixed key in a header, e.g. ECGrid's `X-API-Key`. */
export function apiKeyAuth(headerName: string, key: string | Secret): AuthStrategy {
  const secret = typeof key === "string" ? new Secret(key) : key;
  if (secret.reveal().trim() === "") throw new TypeError(`${headerName}: the API key is empty`);
  return {
    async authorize(request) {
      request.headers.set(headerName, secret.reveal());
    },
    secrets: () => [secret.reveal()],
  };
}

/** A token as an API issued it. */
export interface IssuedToken {
  accessToken: string;
  /** Epoch milliseconds after which the server rejects the token. Unknown → used until a 401. */
  expiresAt?: number | undefined;
  /** Present when the API rotates refresh tokens: the next refresh must use this one. */
  refreshToken?: string | undefined;
}

/** How tokens are obtained: the SDK packages implement this per API; users may supply their own. */
export interface TokenProvider {
  /** A brand-new token (log in with stored credentials, read a vault, …). */
  obtain(signal?: AbortSignal): Promise<IssuedToken>;
  /** Renews with the last refresh token. Absent, or failing, means `obtain()` again. */
  refresh?(refreshToken: string, signal?: AbortSignal): Promise<IssuedToken>;
}

export interface TokenAuthOptions {
  provider: TokenProvider;
  /** Header carrying the token. Default `Authorization`. */
  headerName?: string;
  /** Header value for a token. Default `Bearer <token>`. */
  format?: (token: string) => string;
  /** Renew this long before `expiresAt`, so a request never leaves with a token about to die. Default 60 s. */
  refreshSkewMs?: number;
  now?: () => number;
}

interface TokenState {
  access: Secret;
  refresh: Secret | undefined;
  expiresAt: number | undefined;
  /** When to renew: `refreshSkewMs` before expiry, or half-way through a token shorter than that. */
  renewAt: number | undefined;
}

/**
 * Token lifecycle with single flight: however many calls find the token expired (or get a 401) at
 * once, exactly one renewal runs and all of them wait for it.
 */
export class TokenAuth implements AuthStrategy {
  readonly #provider: TokenProvider;
  readonly #headerName: string;
  readonly #format: (token: string) => string;
  readonly #skewMs: number;
  readonly #now: () => number;
  #state: TokenState | undefined;
  #inFlight: Promise<TokenState> | undefined;

  constructor(options: TokenAuthOptions) {
    this.#provider = options.provider;
    this.#headerName = options.headerName ?? "Authorization";
    this.#format = options.format ?? ((token) => `Bearer ${token}`);
    this.#skewMs = options.refreshSkewMs ?? 60_000;
    this.#now = options.now ?? Date.now;
  }

  async authorize(request: Request, signal?: AbortSignal): Promise<void> {
    const state = await this.#current(signal);
    request.headers.set(this.#headerName, this.#format(state.access.reveal()));
  }

  async onUnauthorized(request: Request, signal?: AbortSignal): Promise<boolean> {
    const sent = request.headers.get(this.#headerName);
    const current = this.#state;
    // Someone else already renewed since this request left: just repeat it with the new token.
    if (current && sent !== this.#format(current.access.reveal())) return true;
    this.#state = undefined;
    await this.#renew(current, signal);
    return true;
  }

  /** The current access token, renewed first when needed. */
  async token(signal?: AbortSignal): Promise<string> {
    return (await this.#current(signal)).access.reveal();
  }

  /** The refresh token held now (for APIs that revoke it on logout). */
  get refreshToken(): string | undefined {
    return this.#state?.refresh?.reveal();
  }

  /** Forgets every token; the next call obtains a new one. */
  clear(): void {
    this.#state = undefined;
  }

  secrets(): string[] {
    const s = this.#state;
    return s ? [s.access.reveal(), ...(s.refresh ? [s.refresh.reveal()] : [])] : [];
  }

  toString(): string {
    return "TokenAuth(***)";
  }
  toJSON(): string {
    return "TokenAuth(***)";
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "TokenAuth(***)";
  }

  #fresh(state: TokenState | undefined): state is TokenState {
    return !!state && (state.renewAt === undefined || this.#now() < state.renewAt);
  }

  async #current(signal?: AbortSignal): Promise<TokenState> {
    if (this.#fresh(this.#state)) return this.#state;
    return this.#renew(this.#state, signal);
  }

  /**
   * One renewal for everybody. It runs to completion on its own: a caller that aborts stops
   * waiting for it, but does not fail the other callers waiting on the same renewal.
   */
  #renew(previous: TokenState | undefined, signal?: AbortSignal): Promise<TokenState> {
    this.#inFlight ??= this.#fetchToken(previous).finally(() => {
      this.#inFlight = undefined;
    });
    return untilAborted(this.#inFlight, signal);
  }

  async #fetchToken(previous: TokenState | undefined): Promise<TokenState> {
    let issued: IssuedToken | undefined;
    const refresh = previous?.refresh?.reveal();
    if (refresh && this.#provider.refresh) {
      try {
        issued = await this.#provider.refresh(refresh);
      } catch (error) {
        // A revoked or expired refresh token is expected; anything else (network…) is not ours to hide.
        if (!(error instanceof AuthenticationError)) throw error;
      }
    }
    issued ??= await this.#provider.obtain();
    if (!issued.accessToken)
      throw new AuthenticationError({ status: 401, message: "the token provider returned no token" });
    const state: TokenState = {
      access: new Secret(issued.accessToken),
      // Keep the old refresh token when the API does not rotate it.
      refresh: issued.refreshToken ? new Secret(issued.refreshToken) : previous?.refresh,
      expiresAt: issued.expiresAt,
      renewAt: renewAt(issued.expiresAt, this.#now(), this.#skewMs),
    };
    this.#state = state;
    return state;
  }
}

function renewAt(expiresAt: number | undefined, now: number, skewMs: number): number | undefined {
  if (expiresAt === undefined) return undefined;
  // A token that lives less than twice the skew would never count as fresh: renew half-way instead.
  return expiresAt - Math.min(skewMs, Math.max(0, (expiresAt - now) / 2));
}

/** `promise`, or a rejection with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
