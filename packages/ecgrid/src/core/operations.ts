// Which ECGrid operations may be repeated blindly. ECGrid uses POST for most reads
// (`…/list`, `…/find`, `…/get-…`), so the HTTP method says nothing: this table decides.
//
// "non-idempotent": creates, sends, adds, deletes, cancels, resends or rotates something; a repeat
// after the server may have acted could duplicate a business document or fail confusingly. The
// transport repeats these only when the request provably never reached the server.
// "idempotent": reads, and updates that set a value (repeating them converges to the same state).
import type { Idempotency } from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";

export type OperationId = keyof operations;

export const OPERATION_IDEMPOTENCY: Readonly<Record<OperationId, Idempotency>> = {
  // auth
  authLogin: "idempotent",
  authLogout: "idempotent",
  authChangePassword: "non-idempotent",
  authRefreshToken: "non-idempotent", // the old token dies once the server has answered
  authSession: "idempotent",
  authVersion: "idempotent",
  // networks
  networksUpdateNetwork: "idempotent",
  networksGetNetwork: "idempotent",
  networksGetContact: "idempotent",
  networksListNetworks: "idempotent",
  networksUpdateConfig: "idempotent",
  networksX12Delimiters: "idempotent",
  // mailboxes
  mailboxesGetMailbox: "idempotent",
  mailboxesDeleteMailbox: "non-idempotent",
  mailboxesCreateMailbox: "non-idempotent",
  mailboxesListMailboxes: "idempotent",
  mailboxesUpdateMailbox: "idempotent",
  mailboxesUpdateConfig: "idempotent",
  mailboxesX12Delimiters: "idempotent",
  // ids (trading partner ECGrid IDs)
  idsCreateId: "non-idempotent",
  idsGetId: "idempotent",
  idsUpdateId: "idempotent",
  idsDeleteId: "non-idempotent",
  idsFindId: "idempotent",
  idsListIds: "idempotent",
  idsAddVan: "non-idempotent",
  idsGetMailboxDefault: "idempotent",
  idsMoveTp: "idempotent",
  idsUpdateDataEmail: "idempotent",
  idsUpdateDescription: "idempotent",
  idsX12Delimiters: "idempotent",
  idsUpdateConfig: "idempotent",
  // partners (interconnects)
  partnersCreatePartner: "non-idempotent",
  partnersGetPartner: "idempotent",
  partnersDeletePartner: "non-idempotent",
  partnersCountPartners: "idempotent",
  partnersListPartners: "idempotent",
  partnersAddNote: "non-idempotent",
  partnersListNotes: "idempotent",
  // parcels
  parcelsGetParcel: "idempotent",
  parcelsAcknowledgmentNote: "non-idempotent",
  parcelsCancelParcel: "non-idempotent",
  parcelsConfirmDownload: "idempotent", // confirming twice leaves the parcel confirmed
  parcelsDownloadParcel: "idempotent",
  parcelsFindMailbagControlId: "idempotent",
  parcelsInboxList: "idempotent",
  parcelsGetManifest: "idempotent",
  parcelsOutboxList: "idempotent",
  parcelsPendingInboxList: "idempotent",
  parcelsResetToInbox: "idempotent",
  parcelsSendTestFile: "non-idempotent",
  parcelsSetMailbagControlId: "idempotent",
  parcelsUpdateParcel: "idempotent",
  parcelsUploadParcel: "non-idempotent",
  // interchanges
  interchangesGetInterchange: "idempotent",
  interchangesCancelInterchange: "non-idempotent",
  interchangesGetDate: "idempotent",
  interchangesGetHeader: "idempotent",
  interchangesGetManifest: "idempotent",
  interchangesInboxList: "idempotent",
  interchangesOutboxList: "idempotent",
  interchangesResendInterchange: "non-idempotent",
  // callbacks
  callbacksDeleteCallback: "non-idempotent",
  callbacksCreateCallback: "non-idempotent",
  callbacksEventList: "idempotent",
  callbacksGetEventById: "idempotent",
  callbacksGetQueueById: "idempotent",
  callbacksQueueList: "idempotent",
  callbacksTestCallback: "non-idempotent", // fires a test event at the subscriber
  callbacksUpdateCallback: "idempotent",
  // carbon copies
  carbonCopiesGetCarbonCopy: "idempotent",
  carbonCopiesDeleteCarbonCopy: "non-idempotent",
  carbonCopiesCreateCarbonCopy: "non-idempotent",
  carbonCopiesListCarbonCopies: "idempotent",
  carbonCopiesUpdateCarbonCopy: "idempotent",
  // certificates
  certificatesAddPrivate: "non-idempotent",
  certificatesAddPublic: "non-idempotent",
  certificatesCreateCertificate: "non-idempotent",
  certificatesRenewCertificate: "non-idempotent",
  certificatesTerminateCertificate: "non-idempotent",
  // comms
  commsGetComm: "idempotent",
  commsCreateComm: "non-idempotent",
  commsFindComm: "idempotent",
  commsListComms: "idempotent",
  commsCommPair: "idempotent",
  commsSetPair: "idempotent",
  commsUpdateComm: "idempotent",
  commsUpdateConfig: "idempotent",
  // users
  usersUpdateUser: "idempotent",
  usersCreateUser: "non-idempotent",
  usersGetUser: "idempotent",
  usersTerminateUser: "non-idempotent",
  usersGetByName: "idempotent",
  usersGeneratePassword: "idempotent", // returns a suggestion, stores nothing
  usersGenerateApiKey: "non-idempotent", // a second key would replace the first one returned
  usersGetApiKey: "idempotent",
  usersListUsers: "idempotent",
  usersGetMe: "idempotent",
  usersUpdatePassword: "idempotent",
  usersResetSessions: "idempotent",
  usersSetRole: "idempotent",
  usersSendSms: "non-idempotent",
  usersSetNetworkMailbox: "idempotent",
  usersUpdateConfig: "idempotent",
  // keys
  keysDeleteKey: "non-idempotent",
  keysCreateKey: "non-idempotent",
  keysGetKey: "idempotent",
  keysListKeys: "idempotent",
  // portals
  portalsGetPortalByMailbox: "idempotent",
  portalsCreatePortal: "non-idempotent",
  // reports
  reportsReportList: "idempotent",
  reportsReportByDate: "idempotent",
  reportsInstantStats: "idempotent",
  reportsInterchangeStats: "idempotent",
  reportsMailboxInterchangeStats: "idempotent",
  reportsMailboxStats: "idempotent",
  reportsMonthlyReport: "idempotent",
  reportsTrafficStats: "idempotent",
  // status lists
  statusListsGetStatusLists: "idempotent",
};
