import { optional as opt, string } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { CONFIG_FIELDS, ID, ID_OR_ALL, PAGING, TEXT } from "../input-rules.js";

/** The input rules of the `networks…` operations (see ../input-rules.ts). */
export const NETWORKS_INPUTS: InputsOf<"networks"> = {
  networksUpdateNetwork: { body: { networkId: ID } },
  networksGetNetwork: { path: { id: ID } },
  networksGetContact: { body: { networkId: ID, contactType: TEXT } },
  networksListNetworks: {
    body: { networkId: opt(ID_OR_ALL), mailboxId: opt(ID_OR_ALL), ...PAGING },
  },
  networksUpdateConfig: { body: { networkId: ID, ...CONFIG_FIELDS } },
  networksX12Delimiters: {
    body: {
      networkId: ID,
      elementDelimiter: string(1),
      subElementDelimiter: string(1),
      segmentTerminator: string(1),
    },
  },
};
