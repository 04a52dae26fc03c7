import { optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { ID, MAILBOX_OR_ROOT, TEXT } from "../input-rules.js";

/** The input rules of the `comms…` operations (see ../input-rules.ts). */
export const COMMS_INPUTS: InputsOf<"comms"> = {
  commsGetComm: { path: { id: ID } },
  commsCreateComm: {
    body: { networkId: opt(ID), mailboxId: ID, commType: TEXT, identifier: TEXT, ownerUserId: opt(ID) },
  },
  commsFindComm: { body: { identifier: TEXT } },
  commsListComms: { body: { networkId: opt(ID), mailboxId: opt(MAILBOX_OR_ROOT) } },
  commsCommPair: { body: { ecGridIdFrom: ID, ecGridIdTo: ID, defaultId: opt(ID) } },
  commsSetPair: { body: { ecGridIdFrom: ID, ecGridIdTo: ID, commId: opt(ID) } },
  commsUpdateComm: { body: { commId: ID, ownerUserId: opt(ID) } },
  commsUpdateConfig: { body: { commId: ID } },
};
