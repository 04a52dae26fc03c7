import type { CallOptions } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { PORTALS_INPUTS } from "../core/inputs/portals.js";
import { type BodyOf, Resource } from "../core/resource.js";
import { portalsCreatePortal, portalsGetPortalByMailbox } from "../generated/operations.js";

/** Portals: customer-facing web portals linked to a mailbox. */
export class Portals extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, PORTALS_INPUTS);
  }

  /** Creates a web portal and links it to a mailbox. */
  create(body: BodyOf<"portalsCreatePortal">, options?: CallOptions) {
    return this.core.call(portalsCreatePortal, { body }, options);
  }

  /** The portal of a mailbox. */
  getByMailbox(mailboxId: number, options?: CallOptions) {
    return this.core.call(portalsGetPortalByMailbox, { params: { path: { mailboxId } } }, options);
  }
}
