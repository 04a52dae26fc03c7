// AS2 Gateway sign-in: `POST /v1/authorize` with the account e-mail and password returns a JWT and
// its expiry (epoch ms). There is no refresh endpoint: renewing means signing in again.
import { type IssuedToken, Secret, type TokenProvider } from "@edi-clients/runtime";
import { authorize } from "../generated/operations.js";
import type { As2GatewayCore } from "./client.js";

export interface As2GatewayCredentials {
  /** E-mail address of the AS2 Gateway account. */
  username: string;
  password: string | Secret;
}

export function passwordTokenProvider(
  core: As2GatewayCore,
  credentials: As2GatewayCredentials,
): TokenProvider {
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
