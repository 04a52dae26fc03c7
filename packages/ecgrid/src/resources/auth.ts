import type { CallOptions } from "@edi-clients/runtime";
import { type BodyOf, Resource } from "../core/resource.js";

/** Sessions and tokens. Signing in and renewing happen by themselves when `credentials` are given. */
export class Auth extends Resource {
  /** API version; needs no credentials. */
  version(options?: CallOptions) {
    return this.core.call("authVersion", (init) => this.core.raw.GET("/v2/auth/version", { ...init }), {
      ...options,
      authenticate: false,
    });
  }

  /** The current session (user, network, mailbox, auth level). */
  session(options?: CallOptions) {
    return this.core.call(
      "authSession",
      (init) => this.core.raw.POST("/v2/auth/session", { ...init }),
      options,
    );
  }

  /**
   * Ends the session: the server revokes the token used, and the client forgets it (the next call
   * signs in again when credentials were given).
   */
  async logout(options?: CallOptions): Promise<void> {
    try {
      await this.core.call(
        "authLogout",
        (init) => this.core.raw.POST("/v2/auth/logout", { ...init }),
        options,
      );
    } finally {
      this.core.tokens?.clear();
    }
  }

  /** Changes the signed-in user's password. */
  changePassword(body: BodyOf<"authChangePassword">, options?: CallOptions) {
    return this.core.call(
      "authChangePassword",
      (init) => this.core.raw.PUT("/v2/auth/password", { body, ...init }),
      { ...options, secrets: [body?.currentPassword, body?.newPassword] },
      { body },
    );
  }
}
