// ECGrid sign-in: username/password → POST /v2/auth/login → a JWT sent as `Bearer`. The refresh
// endpoint takes the current token and invalidates it, so the access token is also the refresh
// credential and rotates on every renewal.
import type {
  CallParams,
  CoreCallOptions,
  IssuedToken,
  SuccessOf,
  TokenProvider,
} from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";
import { authLogin, authRefreshToken } from "../generated/operations.js";
import type { DataOf } from "./envelope.js";

export interface ECGridCredentials {
  /** ECGrid username or login identifier. */
  login: string;
  password: string;
}

type AuthOperation = typeof authLogin | typeof authRefreshToken;

/**
 * What sign-in needs of the ECGrid core: its `call` for the two auth operations. Structural, so
 * this module does not import client.ts (which imports it): ECGridCore fits as it is.
 */
export interface SignInCore {
  call<O extends AuthOperation, P extends CallParams<operations[O["id"]]>>(
    operation: O,
    params: P,
    options: CoreCallOptions,
  ): PromiseLike<DataOf<SuccessOf<operations[O["id"]], P>>>;
}

function issued(data: { token: string; expiresAt?: string }): IssuedToken {
  // `expiresAt` is optional in the tolerant TokenInfo (NOTES X10-AUTH-1): without it the token has no known expiry.
  const expiresAt = data.expiresAt === undefined ? Number.NaN : Date.parse(data.expiresAt);
  return {
    accessToken: data.token,
    refreshToken: data.token,
    expiresAt: Number.isNaN(expiresAt) ? undefined : expiresAt,
  };
}

export function passwordTokenProvider(core: SignInCore, credentials: ECGridCredentials): TokenProvider {
  return {
    async obtain(signal) {
      const data = await core.call(
        authLogin,
        { body: { login: credentials.login, password: credentials.password } },
        { signal, authenticate: false },
      );
      return issued(data);
    },
    async refresh(token, signal) {
      const data = await core.call(authRefreshToken, { body: { token } }, { signal, authenticate: false });
      return issued(data);
    },
  };
}
