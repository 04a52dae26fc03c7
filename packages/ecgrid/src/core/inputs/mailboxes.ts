import { optional as opt, string } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { CONFIG_FIELDS, ID, ID_OR_ALL, PAGING, TEXT } from "../input-rules.js";

/** The input rules of the `mailboxes…` operations (see ../input-rules.ts). */
export const MAILBOXES_INPUTS: InputsOf<"mailboxes"> = {
  mailboxesGetMailbox: { path: { id: ID } },
  mailboxesDeleteMailbox: { path: { id: ID } },
  mailboxesCreateMailbox: { body: { networkId: ID, uniqueId: TEXT, companyName: TEXT, userId: opt(ID) } },
  mailboxesListMailboxes: { body: { networkId: opt(ID_OR_ALL), ...PAGING } },
  mailboxesUpdateMailbox: { body: { mailboxId: ID } },
  mailboxesUpdateConfig: { body: { mailboxId: ID, ...CONFIG_FIELDS } },
  mailboxesX12Delimiters: {
    body: {
      mailboxId: ID,
      elementDelimiter: string(1),
      subElementDelimiter: string(1),
      segmentTerminator: string(1),
    },
  },
};
