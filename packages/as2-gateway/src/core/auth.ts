// AS2 Gateway sign-in: `POST /v1/authorize` with the account e-mail and password returns a JWT and
// its expiry (epoch ms). There is no refresh endpoint: renewing means signing in again.
import {
  type CallParams,
  type CoreCallOptions,
  type IssuedToken,
  Secret,
  type SuccessOf,
  type TokenProvider,
} from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";
import { authorize } from "../generated/operations.js";

export interface As2GatewayCredentials {
  /** E-mail address of the AS2 Gateway account. */
  username: string;
  password: string | Secret;
}

/**
 * What sign-in needs of the AS2 Gateway core: its `call` for `authorize`. Structural, so this
 * module does not import client.ts (which imports it): As2GatewayCore fits as it is.
 */
export interface SignInCore {
  call<O extends typeof authorize, P extends CallParams<operations[O["id"]]>>(
    operation: O,
    params: P,
    options: CoreCallOptions,
  ): PromiseLike<SuccessOf<operations[O["id"]], P>>;
}

export function passwordTokenProvider(core: SignInCore, credentials: As2GatewayCredentials): TokenProvider {
  const username = credentials.username;
  const password =
    typeof credentials.password === "string" ? new Secret(credentials.password) : credentials.password;
  return {
    async obtain(signal): Promise<IssuedToken> {
      const data = await core.call(
        authorize,
        { body: { username, password: password.reveal() } },
        { ...(signal ? { signal } : {}), authenticate: false },
      );
      return {
        accessToken: data.token,
        expiresAt: Number.isFinite(data.expiry) && data.expiry > 0 ? data.expiry : undefined,
      };
    },
  };
}

/** The password, for scrubbing server echoes out of error texts. */
export function credentialSecrets(credentials: As2GatewayCredentials | undefined): string[] {
  if (!credentials) return [];
  return [typeof credentials.password === "string" ? credentials.password : credentials.password.reveal()];
}
