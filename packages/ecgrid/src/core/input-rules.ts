// What every ECGrid operation takes, as data: one rule per integer field and per required field of
// its path, query and body, from specs/ecgrid/openapi.yaml (`minimum`/`maximum`, `format`,
// `required`, `minLength`). This module holds the rules the operations share; each resource's
// operations have a table of their own (core/inputs/*.ts) that the resource hands its core, so a
// bundle of one resource carries that resource's rules only (issue 13); core/inputs.ts joins them
// for the full core. `ECGridCore.call` checks a method's input against its operation's entry before
// any request. The tables' types are derived from the generated types, so `tsc` fails when an
// operation, an integer field or a required field has no rule; test/inputs.test.ts compares every
// rule with the spec.
//
// IDs without a documented minimum must be positive. 0 and -1 are accepted exactly where the vendor
// documents them for a filter — a reference page (its text, or its own request example for that
// operation, which the spec carries and test/operations.contract.test.ts sends) or the live
// service's MCP tool schema for the REST call (NOTES.md `X10-SCOPE-1`; the spec says `minimum: -1`
// or `minimum: 0` there, with the meaning in the description):
//   networksListNetworks.networkId      "`0` returns all accessible networks" (networks/list-networks.md)
//   networksListNetworks.mailboxId      the same page's "list all active networks" request sends 0
//   mailboxesListMailboxes.networkId    "`0` returns all accessible mailboxes" (mailboxes/list-mailboxes.md)
//   interchanges{Inbox,Outbox}List.ecGridIdFrom/ecGridIdTo   both pages' request examples send 0
//   mailboxId 0 = the network's root mailbox: callbacksEventList, callbacksQueueList, commsListComms,
//     idsListIds (MCP "`0` is a valid value … not a sentinel for all"; -1 is rejected there)
//   mailboxId -1 = all mailboxes, 0 = root mailbox: usersListUsers, idsFindId, partnersListPartners,
//     carbonCopiesListCarbonCopies (MCP "Sentinels: `0` = the network's root mailbox; `-1` = all")
//   networkId -1 = all networks: idsFindId, partnersListPartners
//   ecGridId1/ecGridId2 -1 = any, maxDays -1 = no limit: partnersListPartners
// Nowhere else: -1 stays a rejected value (issue 9) wherever no source documents it.
import {
  boolean,
  INT64_MAX,
  integer,
  type OperationRules,
  optional as opt,
  string,
} from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";
import type { OperationId } from "../generated/operations.js";

/**
 * The rules of the operations whose ids start with `P` (one resource's): typed from the generated
 * operations, so `tsc` wants a rule for every integer and required field of each of them.
 */
export type InputsOf<P extends string> = {
  readonly [Op in Extract<OperationId, `${P}${string}`>]: OperationRules<operations[Op]>;
};

/** An ECGrid ID (`format: int32`): positive. */
export const ID = integer();
/** A `format: int64` ID (parcels, interchanges): positive, up to Number.MAX_SAFE_INTEGER. */
export const ID64 = integer(1, INT64_MAX);
/** A filter ID where the vendor documents 0 for "all". */
export const ID_OR_ALL = integer(1, undefined, { 0: "all" });
/** A mailbox filter where the live service documents 0 as the network's root mailbox. */
export const MAILBOX_OR_ROOT = integer(1, undefined, { 0: "the network's root mailbox" });
/** A mailbox filter where the live service documents -1 (all) and 0 (the root mailbox). */
export const MAILBOX_SCOPE = integer(1, undefined, {
  [-1]: "all mailboxes",
  0: "the network's root mailbox",
});
/** A network filter where the live service documents -1 for all networks. */
export const NETWORK_SCOPE = integer(1, undefined, { [-1]: "all networks" });
/** A 16-bit count of the SOAP service (`short`). */
export const SHORT = integer(0, 32_767);
/** A count or size: positive. */
export const COUNT = integer();
export const PAGE_NO = opt(integer());
export const PER_PAGE = opt(integer(1, 500));
export const PAGING = { pageNo: PAGE_NO, recordsPerPage: PER_PAGE };
/** Parcel lists filter by mailbox and sender/receiver ID. */
export const PARCEL_FILTERS = {
  networkId: opt(ID),
  mailboxId: opt(ID),
  ecGridIdFrom: opt(ID),
  ecGridIdTo: opt(ID),
  ...PAGING,
};
/** Interchange lists: the same, with the documented 0 for "any sender/receiver". */
export const INTERCHANGE_FILTERS = {
  ...PARCEL_FILTERS,
  ecGridIdFrom: opt(ID_OR_ALL),
  ecGridIdTo: opt(ID_OR_ALL),
};
export const TEXT = string();
export const FLAG = boolean();
/** The integer fields of ECGridOS `MailboxConfig` that every update-config body accepts (X10-NET-2). */
export const BYTE = opt(integer(0, 255));
export const CONFIG_FIELDS = {
  inBoxTimeout: opt(SHORT),
  ebcdicFilter: opt(SHORT),
  segTerm: BYTE,
  elmSep: BYTE,
  subElmSep: BYTE,
};
/** The `…Ex` report calls' scope (X10-RPT-1). */
export const REPORT_SCOPE = { networkId: opt(ID), mailboxId: opt(ID) };
