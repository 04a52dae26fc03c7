// What every ECGrid operation takes, as data: one rule per integer field and per required field of
// its path, query and body, from specs/ecgrid/openapi.yaml (`minimum`/`maximum`, `format`,
// `required`, `minLength`). `ECGridCore.call` checks a method's input against its operation's entry
// before any request. The table's type is derived from the generated types, so `tsc` fails when an
// operation, an integer field or a required field has no rule; test/inputs.test.ts compares every
// rule with the spec.
//
// IDs without a documented minimum must be positive. No reference page documents -1 anywhere; 0 is
// accepted exactly where the vendor documents it for a filter (its text, or its own request example
// for that operation, which the spec carries and test/operations.contract.test.ts sends):
//   networksListNetworks.networkId      "`0` returns all accessible networks" (networks/list-networks.md)
//   networksListNetworks.mailboxId      the same page's "list all active networks" request sends 0
//   mailboxesListMailboxes.networkId    "`0` returns all accessible mailboxes" (mailboxes/list-mailboxes.md)
//   interchanges{Inbox,Outbox}List.ecGridIdFrom/ecGridIdTo   both pages' request examples send 0
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
import type { ECGridOptions } from "./client.js";
import type { OperationId } from "./operations.js";

/** An ECGrid ID (`format: int32`): positive. */
const ID = integer();
/** A `format: int64` ID (parcels, interchanges): positive, up to Number.MAX_SAFE_INTEGER. */
const ID64 = integer(1, INT64_MAX);
/** A filter ID where the vendor documents 0 for "all". */
const ID_OR_ALL = integer(1, undefined, { 0: "all" });
/** A count or size: positive. */
const COUNT = integer();
const PAGE_NO = opt(integer());
const PER_PAGE = opt(integer(1, 500));
const PAGING = { pageNo: PAGE_NO, recordsPerPage: PER_PAGE };
/** Parcel lists filter by mailbox and sender/receiver ID. */
const PARCEL_FILTERS = { mailboxId: opt(ID), ecGridIdFrom: opt(ID), ecGridIdTo: opt(ID), ...PAGING };
/** Interchange lists: the same, with the documented 0 for "any sender/receiver". */
const INTERCHANGE_FILTERS = { ...PARCEL_FILTERS, ecGridIdFrom: opt(ID_OR_ALL), ecGridIdTo: opt(ID_OR_ALL) };
const TEXT = string();
const FLAG = boolean();

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
  networksUpdateConfig: { body: { networkId: ID } },
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
  mailboxesCreateMailbox: { body: { networkId: ID, uniqueId: TEXT, companyName: TEXT } },
  mailboxesListMailboxes: { body: { networkId: opt(ID_OR_ALL), ...PAGING } },
  mailboxesUpdateMailbox: { body: { mailboxId: ID } },
  mailboxesUpdateConfig: { body: { mailboxId: ID } },
  mailboxesX12Delimiters: {
    body: {
      mailboxId: ID,
      elementDelimiter: string(1),
      subElementDelimiter: string(1),
      segmentTerminator: string(1),
    },
  },
  idsCreateId: { body: { mailboxId: ID, qualifier: TEXT, id: TEXT } },
  idsGetId: { path: { id: ID } },
  idsUpdateId: { path: { id: ID }, body: {} },
  idsDeleteId: { path: { id: ID } },
  idsFindId: { body: { qualifier: TEXT, id: TEXT } },
  idsListIds: { body: { mailboxId: opt(ID), networkId: opt(ID), ...PAGING } },
  idsAddVan: { body: { ecGridId: ID, vanQualifier: TEXT, vanId: TEXT } },
  idsGetMailboxDefault: { body: { ecGridId: ID } },
  idsMoveTp: { body: { ecGridId: ID, newMailboxId: ID } },
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
  idsUpdateConfig: { body: { ecGridId: ID } },
  partnersCreatePartner: { body: { ecGridIdFrom: ID, ecGridIdTo: ID } },
  partnersGetPartner: { path: { id: ID } },
  partnersDeletePartner: { path: { id: ID } },
  partnersCountPartners: { body: { ecGridId: ID } },
  partnersListPartners: { body: { ecGridId: ID, ...PAGING } },
  partnersAddNote: { body: { interconnectId: ID, note: TEXT } },
  partnersListNotes: { body: { interconnectId: ID } },
  parcelsGetParcel: { path: { id: ID64 } },
  parcelsAcknowledgmentNote: { body: { parcelId: ID64, note: string(1) } },
  parcelsCancelParcel: { path: { id: ID64 } },
  parcelsConfirmDownload: { body: { parcelId: ID64 } },
  parcelsDownloadParcel: { body: { parcelId: ID64 } },
  parcelsFindMailbagControlId: { body: { mailboxId: opt(ID), mailbagControlId: string(1) } },
  parcelsInboxList: { body: PARCEL_FILTERS },

  parcelsGetManifest: { path: { id: ID64 } },
  parcelsOutboxList: { body: PARCEL_FILTERS },

  parcelsPendingInboxList: { body: { mailboxId: opt(ID) } },
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
  callbacksCreateCallback: { body: { url: TEXT, event: TEXT, mailboxId: opt(ID), networkId: opt(ID) } },
  callbacksEventList: { body: { mailboxId: opt(ID), ...PAGING } },
  callbacksGetEventById: { body: { callbackEventId: ID } },
  callbacksGetQueueById: { query: { callbackId: ID } },
  callbacksQueueList: { body: { mailboxId: opt(ID), ...PAGING } },
  callbacksTestCallback: { body: { callbackId: ID } },
  callbacksUpdateCallback: { body: { callbackId: ID } },
  carbonCopiesGetCarbonCopy: { path: { id: ID } },
  carbonCopiesDeleteCarbonCopy: { path: { id: ID } },
  carbonCopiesCreateCarbonCopy: { body: { fromMailboxId: ID, toMailboxId: ID, direction: TEXT } },
  carbonCopiesListCarbonCopies: {
    body: { mailboxId: opt(ID), pageNo: PAGE_NO, recordsPerPage: opt(integer(1, 1000)) },
  },
  carbonCopiesUpdateCarbonCopy: { body: { ccId: ID } },
  certificatesAddPrivate: { body: { commId: ID, certType: TEXT } },
  certificatesAddPublic: { body: { commId: ID, certType: TEXT } },
  certificatesCreateCertificate: { body: { commId: ID } },
  certificatesRenewCertificate: {
    body: { commId: ID, certKeyId: ID, overlapDays: opt(integer(0)), years: opt(COUNT) },
  },
  certificatesTerminateCertificate: { body: { commId: ID, certKeyId: ID } },
  commsGetComm: { path: { id: ID } },
  commsCreateComm: { body: { mailboxId: ID, commType: TEXT, identifier: TEXT } },
  commsFindComm: { body: { identifier: TEXT } },
  commsListComms: { body: {} },
  commsCommPair: { body: { ecGridIdFrom: ID, ecGridIdTo: ID } },
  commsSetPair: { body: { ecGridIdFrom: ID, ecGridIdTo: ID, commId: opt(ID) } },
  commsUpdateComm: { body: { commId: ID } },
  commsUpdateConfig: { body: { commId: ID } },
  usersUpdateUser: { body: { userId: ID } },
  usersCreateUser: {
    body: { login: TEXT, password: TEXT, email: TEXT, networkId: opt(ID), mailboxId: opt(ID) },
  },
  usersGetUser: { path: { id: ID } },
  usersTerminateUser: { path: { id: ID } },
  usersGetByName: { body: { login: TEXT } },
  usersGeneratePassword: { body: { length: opt(COUNT) } },
  usersGenerateApiKey: { path: { id: ID } },
  usersGetApiKey: { path: { id: ID } },
  usersListUsers: {
    body: { networkId: opt(ID), mailboxId: opt(ID), ...PAGING },
  },
  usersGetMe: {},
  usersUpdatePassword: { body: { userId: ID, newPassword: TEXT } },
  usersResetSessions: { path: { id: ID } },
  usersSetRole: { body: { userId: ID, authLevel: TEXT, networkId: opt(ID), mailboxId: opt(ID) } },
  usersSendSms: { body: { userId: ID, message: TEXT } },
  usersSetNetworkMailbox: { body: { userId: ID, networkId: opt(ID), mailboxId: opt(ID) } },
  usersUpdateConfig: { body: { userId: ID } },
  keysDeleteKey: { body: { keyId: ID } },
  keysCreateKey: { body: { userId: ID, visibility: TEXT } },
  keysGetKey: { body: { userId: ID } },
  keysListKeys: { body: { userId: ID } },
  portalsGetPortalByMailbox: { path: { mailboxId: ID } },
  portalsCreatePortal: { body: { mailboxId: ID } },
  reportsReportList: { path: { ShowInactive: FLAG } },
  reportsReportByDate: { body: { reportId: ID, startDate: TEXT, endDate: TEXT } },
  reportsInstantStats: { body: { minutes1: COUNT, minutes2: COUNT } },
  reportsInterchangeStats: { body: { startTime: TEXT, endTime: TEXT, direction: TEXT } },
  reportsMailboxInterchangeStats: {},
  reportsMailboxStats: {},
  reportsMonthlyReport: { body: { report: ID, month: TEXT } },
  reportsTrafficStats: { body: { targetTime: TEXT, numPeriods: COUNT, period: TEXT } },
  statusListsGetStatusLists: {},
};

const NON_BLANK = { type: "string", nonBlank: true } as const;

/** The credential options, checked when the client is created (an empty key is a ValidationError). */
export function checkCredentialOptions(options: ECGridOptions): void {
  checkFields(options, { apiKey: opt(NON_BLANK) }, "ECGrid", "options");
  if (options.credentials !== undefined) {
    checkFields(options.credentials, { login: NON_BLANK, password: string(1) }, "ECGrid", "credentials");
  }
  const provider: unknown = options.tokenProvider;
  if (provider !== undefined && typeof (provider as { obtain?: unknown } | null)?.obtain !== "function") {
    throw new ValidationError("ECGrid: tokenProvider must be an object with an obtain(signal) method");
  }
}
