// Credentials on outgoing requests: a static API key, or tokens that expire and are renewed.
import { onAbort } from "./abort.js";
import { AuthenticationError } from "./errors.js";
import { Secret } from "./secret.js";

/** What a strategy sees of a request: its headers (a Request, or the core's prepared request). */
export interface AuthorizedRequest {
  readonly headers: Headers;
}

export interface AuthStrategy {
  /** Sets the credential headers on a request about to be sent. */
  authorize(request: AuthorizedRequest, signal?: AbortSignal): Promise<void>;
  /**
   * Called once per call when the server answered 401 to `request`. Resolves true when fresh
   * credentials were obtained and the call is worth repeating.
   */
  onUnauthorized?(request: AuthorizedRequest, signal?: AbortSignal): Promise<boolean>;
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

/** One renewal and the callers waiting for it. */
interface Renewal {
  promise: Promise<TokenState>;
  /** Aborts the provider's sign-in: fired once every caller waiting for it has aborted. */
  controller: AbortController;
  /** Callers waiting with a signal that has not fired. */
  waiting: number;
  /** A caller without a signal waits too: nothing can abort the renewal then. */
  pinned: boolean;
}

/** Tokens given up (renewed, rejected with a 401, cleared) still scrubbed: a late error may echo one. */
const RETIRED_KEPT = 8;

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
  #renewal: Renewal | undefined;
  /** Values of tokens no longer in use, newest last, for secrets(). */
  #retired: Secret[] = [];

  constructor(options: TokenAuthOptions) {
    this.#provider = options.provider;
    this.#headerName = options.headerName ?? "Authorization";
    this.#format = options.format ?? ((token) => `Bearer ${token}`);
    this.#skewMs = options.refreshSkewMs ?? 60_000;
    this.#now = options.now ?? Date.now;
  }

  async authorize(request: AuthorizedRequest, signal?: AbortSignal): Promise<void> {
    const state = await this.#current(signal);
    request.headers.set(this.#headerName, this.#format(state.access.reveal()));
  }

  async onUnauthorized(request: AuthorizedRequest, signal?: AbortSignal): Promise<boolean> {
    const sent = request.headers.get(this.#headerName);
    const current = this.#state;
    // Someone else already renewed since this request left: just repeat it with the new token.
    if (current && sent !== this.#format(current.access.reveal())) return true;
    this.#replace(undefined);
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
    this.#replace(undefined);
  }

  /** The tokens held now and the last few given up (a refresh or login error may echo an old one). */
  secrets(): string[] {
    const s = this.#state;
    const held = s ? [s.access, ...(s.refresh ? [s.refresh] : [])] : [];
    return [...new Set([...held, ...this.#retired].map((secret) => secret.reveal()))];
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

  /** Makes `next` the current state; the tokens of the one it replaces stay scrubbed for a while. */
  #replace(next: TokenState | undefined): void {
    const old = this.#state;
    this.#state = next;
    if (!old) return;
    const kept = new Set([next?.access.reveal(), next?.refresh?.reveal()]);
    for (const secret of [old.access, old.refresh]) {
      if (!secret || kept.has(secret.reveal())) continue;
      kept.add(secret.reveal());
      this.#retired = [...this.#retired.filter((s) => s.reveal() !== secret.reveal()), secret];
    }
    this.#retired = this.#retired.slice(-RETIRED_KEPT);
  }

  /**
   * One renewal for everybody. A caller that aborts stops waiting for it without failing the
   * others; once every waiting caller has aborted, the sign-in itself is aborted (its request and
   * retries stop) and the next call starts a new one.
   */
  #renew(previous: TokenState | undefined, signal?: AbortSignal): Promise<TokenState> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    let renewal = this.#renewal;
    if (!renewal) {
      const controller = new AbortController();
      const started: Renewal = {
        controller,
        waiting: 0,
        pinned: false,
        promise: this.#fetchToken(previous, controller.signal).finally(() => {
          if (this.#renewal === started) this.#renewal = undefined;
        }),
      };
      // Nobody may be left waiting when it fails (every caller aborted): no unhandled rejection.
      started.promise.catch(() => undefined);
      this.#renewal = renewal = started;
    }
    return this.#wait(renewal, signal);
  }

  #wait(renewal: Renewal, signal: AbortSignal | undefined): Promise<TokenState> {
    if (!signal) {
      renewal.pinned = true;
      return renewal.promise;
    }
    renewal.waiting++;
    return new Promise<TokenState>((resolve, reject) => {
      let present = true;
      const leave = () => {
        if (present) renewal.waiting--;
        present = false;
      };
      // One listener per signal however many calls wait with it (no MaxListenersExceededWarning).
      const unsubscribe = onAbort(signal, (reason) => {
        leave();
        reject(reason);
        if (renewal.waiting > 0 || renewal.pinned) return;
        if (this.#renewal === renewal) this.#renewal = undefined;
        renewal.controller.abort(reason);
      });
      renewal.promise.then(
        (state) => {
          leave();
          unsubscribe();
          resolve(state);
        },
        (error: unknown) => {
          leave();
          unsubscribe();
          reject(error);
        },
      );
    });
  }

  async #fetchToken(previous: TokenState | undefined, signal: AbortSignal): Promise<TokenState> {
    let issued: IssuedToken | undefined;
    const refresh = previous?.refresh?.reveal();
    if (refresh && this.#provider.refresh) {
      try {
        issued = await this.#provider.refresh(refresh, signal);
      } catch (error) {
        // A revoked or expired refresh token is expected; anything else (network…) is not ours to hide.
        if (!(error instanceof AuthenticationError)) throw error;
      }
    }
    issued ??= await this.#provider.obtain(signal);
    if (!issued.accessToken)
      throw new AuthenticationError({ status: 401, message: "the token provider returned no token" });
    const state: TokenState = {
      access: new Secret(issued.accessToken),
      // Keep the old refresh token when the API does not rotate it.
      refresh: issued.refreshToken ? new Secret(issued.refreshToken) : previous?.refresh,
      expiresAt: issued.expiresAt,
      renewAt: renewAt(issued.expiresAt, this.#now(), this.#skewMs),
    };
    this.#replace(state);
    return state;
  }
}

function renewAt(expiresAt: number | undefined, now: number, skewMs: number): number | undefined {
  if (expiresAt === undefined) return undefined;
  // A token that lives less than twice the skew would never count as fresh: renew half-way instead.
  return expiresAt - Math.min(skewMs, Math.max(0, (expiresAt - now) / 2));
}
