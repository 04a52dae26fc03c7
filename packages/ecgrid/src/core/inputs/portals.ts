import type { InputsOf } from "../input-rules.js";
import { ID } from "../input-rules.js";

/** The input rules of the `portals…` operations (see ../input-rules.ts). */
export const PORTALS_INPUTS: InputsOf<"portals"> = {
  portalsGetPortalByMailbox: { path: { mailboxId: ID } },
  portalsCreatePortal: { body: { mailboxId: ID } },
};
