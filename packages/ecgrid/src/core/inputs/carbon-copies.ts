import { integer, optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { ID, MAILBOX_SCOPE, PAGE_NO } from "../input-rules.js";

/** The input rules of the `carbonCopies…` operations (see ../input-rules.ts). */
export const CARBON_COPIES_INPUTS: InputsOf<"carbonCopies"> = {
  carbonCopiesGetCarbonCopy: { path: { id: ID } },
  carbonCopiesDeleteCarbonCopy: { path: { id: ID } },
  // The page's mailbox rule or ECGridOS' ECGrid-ID-pair rule (an anyOf in the spec, X10-CC-1).
  carbonCopiesCreateCarbonCopy: {
    body: {
      fromMailboxId: opt(ID),
      toMailboxId: opt(ID),
      networkId: opt(ID),
      mailboxId: opt(ID),
      ecGridIdFrom: opt(ID),
      ecGridIdTo: opt(ID),
      ecGridIdCcFrom: opt(ID),
      ecGridIdCcTo: opt(ID),
    },
  },
  carbonCopiesListCarbonCopies: {
    body: {
      networkId: opt(ID),
      mailboxId: opt(MAILBOX_SCOPE),
      ecGridIdFrom: opt(ID),
      ecGridIdTo: opt(ID),
      pageNo: PAGE_NO,
      recordsPerPage: opt(integer(1, 1000)),
    },
  },
  carbonCopiesUpdateCarbonCopy: { body: { ccId: ID } },
};
