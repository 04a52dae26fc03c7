import {
  ApiCall,
  type CallOptions,
  checkCallOptions,
  type Secret,
  ValidationError,
} from "@edi-clients/runtime";
import type { As2GatewayCredentials } from "../core/auth.js";
import { Resource } from "../core/resource.js";
import { authorize } from "../generated/operations.js";

/** Tokens. Signing in and renewing happen by themselves when `credentials` are given. */
export class Auth extends Resource {
  /**
   * Exchanges account credentials for a token and its expiry (epoch ms), without storing it. Use
   * it to obtain a token for `new As2Gateway({ token })` elsewhere; keep the result secret.
   */
  authorize(credentials: As2GatewayCredentials, options?: CallOptions) {
    // A bad input rejects the returned call; it never throws here.
    return ApiCall.defer(() => {
      const given = credentials?.password as unknown;
      const password =
        typeof given === "string"
          ? given
          : typeof (given as Secret | undefined)?.reveal === "function"
            ? (given as Secret).reveal()
            : undefined;
      if (typeof credentials?.username !== "string" || credentials.username === "" || !password) {
        throw new ValidationError("authorize: username and password must be non-empty strings", {
          operation: "authorize",
        });
      }
      const body = { username: credentials.username, password };
      return this.core.call(authorize, { body }, { ...options, authenticate: false, secrets: [password] });
    });
  }

  /** The token in use (signing in first when needed); undefined with a fixed `token` option. */
  async token(signal?: AbortSignal): Promise<string | undefined> {
    checkCallOptions({ signal }, "token");
    return this.core.tokens?.token(signal);
  }

  /** Forgets the token; the next call signs in again. */
  clear(): void {
    this.core.tokens?.clear();
  }
}
