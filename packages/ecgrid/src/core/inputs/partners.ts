import { integer, optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { ID, MAILBOX_SCOPE, NETWORK_SCOPE, PAGING, TEXT } from "../input-rules.js";

/** The input rules of the `partners…` operations (see ../input-rules.ts). */
export const PARTNERS_INPUTS: InputsOf<"partners"> = {
  partnersCreatePartner: { body: { ecGridIdFrom: ID, ecGridIdTo: ID } },
  partnersGetPartner: { path: { id: ID } },
  partnersDeletePartner: { path: { id: ID } },
  partnersCountPartners: {
    body: { ecGridId: ID, networkId: opt(ID), mailboxId: opt(ID), maxDays: opt(integer(1, 32_767)) },
  },
  partnersListPartners: {
    body: {
      ecGridId: opt(ID),
      ecGridId1: opt(integer(1, undefined, { [-1]: "any" })),
      ecGridId2: opt(integer(1, undefined, { [-1]: "any" })),
      networkId: opt(NETWORK_SCOPE),
      mailboxId: opt(MAILBOX_SCOPE),
      maxDays: opt(integer(1, 32_767, { [-1]: "no limit" })),
      ...PAGING,
    },
  },
  partnersAddNote: { body: { interconnectId: ID, note: TEXT } },
  partnersListNotes: { body: { interconnectId: ID } },
};
