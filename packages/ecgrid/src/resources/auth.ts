import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { AUTH_INPUTS } from "../core/inputs/auth.js";
import { recordReader, SESSION, type Session } from "../core/models.js";
import { doneOf, isRecord, mapCall, ResponseShapeError, readText, toText } from "../core/normalise.js";
import { type BodyOf, Resource } from "../core/resource.js";
import { authChangePassword, authLogout, authSession, authVersion } from "../generated/operations.js";

/** The API version: `version` always a string, `build` when the server reports one (X10-AUTH-1). */
export interface ApiVersion {
  [field: string]: unknown;
  version: string;
  build?: string;
}

/**
 * The page's `{version}`, the quick start's `{version, build}`, or a bare string such as the live
 * tools' `"v2.6 (Build 1042)"` (its build is read from the parentheses).
 */
function versionOf(data: unknown): ApiVersion {
  const text = toText(data);
  if (text !== undefined) {
    const build = /\(build\s+([^)]+)\)/i.exec(text)?.[1]?.trim();
    return build === undefined ? { version: text } : { version: text, build };
  }
  if (isRecord(data)) {
    const version = readText(data, "version", "rest");
    if (version === undefined) {
      throw new ResponseShapeError(authVersion.id, "/data/version", "a version string", data.version);
    }
    const build = readText(data, "build");
    return { ...data, version, ...(build === undefined ? {} : { build }) };
  }
  throw new ResponseShapeError(authVersion.id, "/data", "a version string or object", data);
}

/** Sessions and tokens. Signing in and renewing happen by themselves when `credentials` are given. */
export class Auth extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, AUTH_INPUTS);
  }

  /** API version; needs no credentials. */
  version(options?: CallOptions): ApiCall<ApiVersion> {
    return mapCall(
      this.core.call(
        authVersion,
        {},
        {
          ...options,
          authenticate: false,
        },
      ),
      versionOf,
    );
  }

  /** The current session (user, network, mailbox, auth level). */
  session(options?: CallOptions): ApiCall<Session> {
    return mapCall(this.core.call(authSession, {}, options), recordReader<Session>(authSession.id, SESSION));
  }

  /**
   * Ends the session: the server revokes the token used, and the client forgets it (the next call
   * signs in again when credentials were given).
   */
  async logout(options?: CallOptions): Promise<void> {
    try {
      await this.core.call(authLogout, {}, options);
    } finally {
      this.core.tokens?.clear();
    }
  }

  /** Changes the signed-in user's password. */
  changePassword(body: BodyOf<"authChangePassword">, options?: CallOptions): ApiCall<boolean> {
    return mapCall(
      this.core.call(
        authChangePassword,
        { body },
        { ...options, secrets: [body?.currentPassword, body?.newPassword] },
      ),
      doneOf,
    );
  }
}
