// What every ECGrid operation takes, as data: one rule per integer field and per required field of
// its path, query and body, from specs/ecgrid/openapi.yaml (`minimum`/`maximum`, `format`,
// `required`, `minLength`). `ECGridCore.call` checks a method's input against its operation's entry
// before any request. The table's type is derived from the generated types, so `tsc` fails when an
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
  checkFields,
  INT64_MAX,
  integer,
  type OperationRules,
  optional as opt,
  string,
  ValidationError,
} from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";
import type { OperationId } from "../generated/operations.js";
import type { ECGridCredentials } from "./auth.js";

/** An ECGrid ID (`format: int32`): positive. */
const ID = integer();
/** A `format: int64` ID (parcels, interchanges): positive, up to Number.MAX_SAFE_INTEGER. */
const ID64 = integer(1, INT64_MAX);
/** A filter ID where the vendor documents 0 for "all". */
const ID_OR_ALL = integer(1, undefined, { 0: "all" });
/** A mailbox filter where the live service documents 0 as the network's root mailbox. */
const MAILBOX_OR_ROOT = integer(1, undefined, { 0: "the network's root mailbox" });
/** A mailbox filter where the live service documents -1 (all) and 0 (the root mailbox). */
const MAILBOX_SCOPE = integer(1, undefined, { [-1]: "all mailboxes", 0: "the network's root mailbox" });
/** A network filter where the live service documents -1 for all networks. */
const NETWORK_SCOPE = integer(1, undefined, { [-1]: "all networks" });
/** A 16-bit count of the SOAP service (`short`). */
const SHORT = integer(0, 32_767);
/** A count or size: positive. */
const COUNT = integer();
const PAGE_NO = opt(integer());
const PER_PAGE = opt(integer(1, 500));
const PAGING = { pageNo: PAGE_NO, recordsPerPage: PER_PAGE };
/** Parcel lists filter by mailbox and sender/receiver ID. */
const PARCEL_FILTERS = {
  networkId: opt(ID),
  mailboxId: opt(ID),
  ecGridIdFrom: opt(ID),
  ecGridIdTo: opt(ID),
  ...PAGING,
};
/** Interchange lists: the same, with the documented 0 for "any sender/receiver". */
const INTERCHANGE_FILTERS = { ...PARCEL_FILTERS, ecGridIdFrom: opt(ID_OR_ALL), ecGridIdTo: opt(ID_OR_ALL) };
const TEXT = string();
const FLAG = boolean();
/** The integer fields of ECGridOS `MailboxConfig` that every update-config body accepts (X10-NET-2). */
const BYTE = opt(integer(0, 255));
const CONFIG_FIELDS = {
  inBoxTimeout: opt(SHORT),
  ebcdicFilter: opt(SHORT),
  segTerm: BYTE,
  elmSep: BYTE,
  subElmSep: BYTE,
};
/** The `…Ex` report calls' scope (X10-RPT-1). */
const REPORT_SCOPE = { networkId: opt(ID), mailboxId: opt(ID) };

/** Typed from the generated operations: `tsc` wants a rule for every integer and required field. */
export const OPERATION_INPUTS: { readonly [Op in OperationId]: OperationRules<operations[Op]> } = {
  authLogin: { body: { login: TEXT, password: TEXT } },
  authLogout: {},
  authChangePassword: { body: { currentPassword: TEXT, newPassword: TEXT } },
  authRefreshToken: { body: { token: TEXT } },
  authSession: {},
  authVersion: {},
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
  parcelsGetParcel: { path: { id: ID64 } },
  parcelsAcknowledgmentNote: { body: { parcelId: ID64, note: string(1) } },
  parcelsCancelParcel: { path: { id: ID64 } },
  parcelsConfirmDownload: { body: { parcelId: ID64 } },
  parcelsDownloadParcel: { body: { parcelId: ID64 } },
  parcelsFindMailbagControlId: {
    body: { networkId: opt(ID), mailboxId: opt(ID), mailbagControlId: string(1) },
  },
  parcelsInboxList: { body: PARCEL_FILTERS },

  parcelsGetManifest: { path: { id: ID64 } },
  parcelsOutboxList: { body: PARCEL_FILTERS },

  parcelsPendingInboxList: {
    body: { networkId: opt(ID), mailboxId: opt(ID), ecGridIdFrom: opt(ID), ecGridIdTo: opt(ID) },
  },
  parcelsResetToInbox: { path: { id: ID64 } },
  parcelsSendTestFile: { body: { ecGridIdFrom: ID, ecGridIdTo: ID } },
  parcelsSetMailbagControlId: { body: { parcelId: ID64, mailbagControlId: string(1) } },
  parcelsUpdateParcel: { body: { parcelId: ID64 } },
  parcelsUploadParcel: {
    body: {
      fileName: string(1),
      content: TEXT,
      bytes: opt(COUNT),
      ecGridIdFrom: opt(ID),
      ecGridIdTo: opt(ID),
      mailboxId: opt(ID),
      networkId: opt(ID),
    },
  },
  interchangesGetInterchange: { path: { id: ID64 } },
  interchangesCancelInterchange: { path: { id: ID64 } },
  interchangesGetDate: { body: { interchangeHeader: TEXT } },
  interchangesGetHeader: { body: { interchangeHeader: TEXT } },
  interchangesGetManifest: { path: { id: ID64 } },
  interchangesInboxList: { body: INTERCHANGE_FILTERS },

  interchangesOutboxList: { body: INTERCHANGE_FILTERS },

  interchangesResendInterchange: { path: { id: ID64 } },
  callbacksDeleteCallback: { body: { callbackId: ID } },
  callbacksCreateCallback: {
    body: {
      url: TEXT,
      event: TEXT,
      mailboxId: opt(ID),
      networkId: opt(ID),
      userId: opt(ID),
      frequency: opt(SHORT),
      maxRetries: opt(SHORT),
      objectStatus: opt(SHORT),
    },
  },
  callbacksEventList: { body: { mailboxId: opt(MAILBOX_OR_ROOT), networkId: opt(ID), ...PAGING } },
  callbacksGetEventById: { body: { callbackEventId: ID, queueCount: opt(integer(1, 32_767)) } },
  /** A queue-entry id (`callBackQueueId`, int64): the live service documents ids from 0. */
  callbacksGetQueueById: { query: { callbackId: integer(0, INT64_MAX) } },
  callbacksQueueList: {
    body: {
      mailboxId: opt(MAILBOX_OR_ROOT),
      networkId: opt(ID),
      maxDays: opt(integer(1, 365)),
      ...PAGING,
    },
  },
  callbacksTestCallback: {
    body: { callbackId: ID, parcelId: opt(ID64), interchangeId: opt(ID64), userId: opt(ID) },
  },
  callbacksUpdateCallback: { body: { callbackId: ID } },
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
  certificatesAddPrivate: { body: { commId: ID, certType: TEXT } },
  certificatesAddPublic: { body: { commId: ID, certType: TEXT } },
  certificatesCreateCertificate: { body: { commId: ID } },
  certificatesRenewCertificate: {
    body: { commId: ID, certKeyId: ID, overlapDays: opt(SHORT), years: opt(integer(1, 32_767)) },
  },
  certificatesTerminateCertificate: { body: { commId: ID, certKeyId: ID } },
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
  usersUpdateUser: { body: { userId: ID } },
  usersCreateUser: {
    body: { login: TEXT, password: TEXT, email: TEXT, networkId: opt(ID), mailboxId: opt(ID) },
  },
  usersGetUser: { path: { id: ID } },
  usersTerminateUser: { path: { id: ID } },
  usersGetByName: { body: { login: TEXT } },
  usersGeneratePassword: { body: { length: opt(integer(1, 32_767)) } },
  usersGenerateApiKey: { path: { id: ID } },
  usersGetApiKey: { path: { id: ID } },
  usersListUsers: {
    body: { networkId: opt(ID), mailboxId: opt(MAILBOX_SCOPE), ...PAGING },
  },
  usersGetMe: {},
  usersUpdatePassword: { body: { userId: ID, newPassword: TEXT } },
  usersResetSessions: { path: { id: ID } },
  usersSetRole: { body: { userId: ID, authLevel: TEXT, networkId: opt(ID), mailboxId: opt(ID) } },
  usersSendSms: { body: { userId: ID, message: TEXT } },
  usersSetNetworkMailbox: { body: { userId: ID, networkId: opt(ID), mailboxId: opt(ID) } },
  usersUpdateConfig: { body: { userId: ID } },
  // Keys: the evidence body or the deprecated page body (an anyOf in the spec), so no field is
  // required on its own; the keys.* methods take the evidence body, every field of it required.
  keysDeleteKey: { body: { objectId: opt(ID64), keyId: opt(ID) } },
  keysCreateKey: { body: { objectId: opt(ID64), daysToLive: opt(COUNT), userId: opt(ID) } },
  keysGetKey: { body: { objectId: opt(ID64), userId: opt(ID) } },
  keysListKeys: { body: { objectId: opt(ID64), userId: opt(ID) } },
  portalsGetPortalByMailbox: { path: { mailboxId: ID } },
  portalsCreatePortal: { body: { mailboxId: ID } },
  reportsReportList: { path: { ShowInactive: FLAG } },
  reportsReportByDate: { body: { reportId: ID, startDate: TEXT, endDate: TEXT, ...REPORT_SCOPE } },
  reportsInstantStats: { body: { minutes1: COUNT, minutes2: COUNT, ...REPORT_SCOPE, ecGridId: opt(ID) } },
  reportsInterchangeStats: { body: { startTime: TEXT, endTime: TEXT, direction: TEXT, ...REPORT_SCOPE } },
  reportsMailboxInterchangeStats: {},
  reportsMailboxStats: {},
  reportsMonthlyReport: { body: { report: ID, month: TEXT, ...REPORT_SCOPE } },
  reportsTrafficStats: { body: { targetTime: TEXT, numPeriods: COUNT, period: TEXT, ...REPORT_SCOPE } },
  statusListsGetStatusLists: {},
};

const NON_BLANK = { type: "string", nonBlank: true } as const;

/** The credential fields of ECGridOptions (named here: client.ts imports this module, not the reverse). */
interface CredentialOptions {
  apiKey?: string | undefined;
  credentials?: ECGridCredentials | undefined;
  tokenProvider?: unknown;
}

/** The credential options, checked when the client is created (an empty key is a ValidationError). */
export function checkCredentialOptions(options: CredentialOptions): void {
  checkFields(options, { apiKey: opt(NON_BLANK) }, "ECGrid", "options");
  if (options.credentials !== undefined) {
    checkFields(options.credentials, { login: NON_BLANK, password: string(1) }, "ECGrid", "credentials");
  }
  const provider: unknown = options.tokenProvider;
  if (provider !== undefined && typeof (provider as { obtain?: unknown } | null)?.obtain !== "function") {
    throw new ValidationError("ECGrid: tokenProvider must be an object with an obtain(signal) method");
  }
}
