// ECGrid sign-in: username/password → POST /v2/auth/login → a JWT sent as `Bearer`. The refresh
// endpoint takes the current token and invalidates it, so the access token is also the refresh
// credential and rotates on every renewal.
import type { IssuedToken, TokenProvider } from "@edi-clients/runtime";
import { authLogin, authRefreshToken } from "../generated/operations.js";
import type { ECGridCore } from "./client.js";

export interface ECGridCredentials {
  /** ECGrid username or login identifier. */
  login: string;
  password: string;
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

export function passwordTokenProvider(core: ECGridCore, credentials: ECGridCredentials): TokenProvider {
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
