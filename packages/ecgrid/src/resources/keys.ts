import type { CallOptions } from "@edi-clients/runtime";
import { type BodyOf, Resource } from "../core/resource.js";

/** Keys: a user's API keys. */
export class Keys extends Resource {
  /** Generates an API key for a user with the given visibility. */
  create(body: BodyOf<"keysCreateKey">, options?: CallOptions) {
    return this.core.call(
      "keysCreateKey",
      (init) => this.core.raw.POST("/v2/keys/create", { body, ...init }),
      options,
      { body },
    );
  }

  /** A user's API key record. */
  get(body: BodyOf<"keysGetKey">, options?: CallOptions) {
    return this.core.call(
      "keysGetKey",
      (init) => this.core.raw.POST("/v2/keys/get-key", { body, ...init }),
      options,
      { body },
    );
  }

  /** All API keys of a user, optionally by visibility. */
  list(body: BodyOf<"keysListKeys">, options?: CallOptions) {
    return this.core.call(
      "keysListKeys",
      (init) => this.core.raw.POST("/v2/keys/list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Permanently deletes an API key. */
  delete(body: BodyOf<"keysDeleteKey">, options?: CallOptions) {
    return this.core.call(
      "keysDeleteKey",
      (init) => this.core.raw.DELETE("/v2/keys", { body, ...init }),
      options,
      { body },
    );
  }
}
