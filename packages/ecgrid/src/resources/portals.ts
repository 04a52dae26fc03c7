import type { CallOptions } from "@edi-clients/runtime";
import { type BodyOf, Resource } from "../core/resource.js";

/** Portals: customer-facing web portals linked to a mailbox. */
export class Portals extends Resource {
  /** Creates a web portal and links it to a mailbox. */
  create(body: BodyOf<"portalsCreatePortal">, options?: CallOptions) {
    return this.core.call(
      "portalsCreatePortal",
      (init) => this.core.raw.POST("/v2/portals/create", { body, ...init }),
      options,
      { body },
    );
  }

  /** The portal of a mailbox. */
  getByMailbox(mailboxId: number, options?: CallOptions) {
    return this.core.call(
      "portalsGetPortalByMailbox",
      (init) =>
        this.core.raw.GET("/v2/portals/by-mailbox/{mailboxId}", { params: { path: { mailboxId } }, ...init }),
      options,
      { path: { mailboxId } },
    );
  }
}
