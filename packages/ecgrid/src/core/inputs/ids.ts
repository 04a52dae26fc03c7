import { optional as opt, string } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import {
  CONFIG_FIELDS,
  ID,
  MAILBOX_OR_ROOT,
  MAILBOX_SCOPE,
  NETWORK_SCOPE,
  PAGING,
  TEXT,
} from "../input-rules.js";

/** The input rules of the `ids…` operations (see ../input-rules.ts). */
export const IDS_INPUTS: InputsOf<"ids"> = {
  idsCreateId: { body: { networkId: opt(ID), mailboxId: ID, qualifier: TEXT, id: TEXT } },
  idsGetId: { path: { id: ID } },
  idsUpdateId: { path: { id: ID }, body: {} },
  idsDeleteId: { path: { id: ID } },
  idsFindId: { body: { networkId: opt(NETWORK_SCOPE), mailboxId: opt(MAILBOX_SCOPE) } },
  idsListIds: { body: { mailboxId: opt(MAILBOX_OR_ROOT), networkId: opt(ID), ...PAGING } },
  idsAddVan: { body: { networkId: opt(ID), ecGridId: ID, vanQualifier: TEXT, vanId: TEXT } },
  // The page's `ecGridId` or ECGridOS' reverse lookup by `mailboxId` (an anyOf in the spec).
  idsGetMailboxDefault: { body: { ecGridId: opt(ID), networkId: opt(ID), mailboxId: opt(ID) } },
  idsMoveTp: { body: { ecGridId: ID, newMailboxId: ID, networkId: opt(ID) } },
  idsUpdateDataEmail: { body: { ecGridId: ID, email: TEXT } },
  idsUpdateDescription: { body: { ecGridId: ID, description: TEXT } },
  idsX12Delimiters: {
    body: {
      ecGridId: ID,
      elementDelimiter: string(1),
      subElementDelimiter: string(1),
      segmentTerminator: string(1),
    },
  },
  idsUpdateConfig: { body: { ecGridId: ID, ...CONFIG_FIELDS } },
};
