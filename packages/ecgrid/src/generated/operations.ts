/**
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Source: specs/ecgrid/openapi.yaml (operationId, method, path, x-idempotent, x-pagination)
 * Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.
 */
import type { Operation } from "@edi-clients/runtime";

/** Login */
export const authLogin = { id: "authLogin", method: "POST", path: "/v2/auth/login", idempotent: true } as const satisfies Operation;
/** Logout */
export const authLogout = { id: "authLogout", method: "POST", path: "/v2/auth/logout", idempotent: true } as const satisfies Operation;
/** Change Password */
export const authChangePassword = { id: "authChangePassword", method: "PUT", path: "/v2/auth/password", idempotent: false } as const satisfies Operation;
/** Refresh Token */
export const authRefreshToken = { id: "authRefreshToken", method: "POST", path: "/v2/auth/refresh", idempotent: false } as const satisfies Operation;
/** Session */
export const authSession = { id: "authSession", method: "POST", path: "/v2/auth/session", idempotent: true } as const satisfies Operation;
/** Version */
export const authVersion = { id: "authVersion", method: "GET", path: "/v2/auth/version", idempotent: true } as const satisfies Operation;
/** Update Network */
export const networksUpdateNetwork = { id: "networksUpdateNetwork", method: "PUT", path: "/v2/networks", idempotent: true } as const satisfies Operation;
/** Get Network */
export const networksGetNetwork = { id: "networksGetNetwork", method: "GET", path: "/v2/networks/{id}", idempotent: true } as const satisfies Operation;
/** Get Network Contact */
export const networksGetContact = { id: "networksGetContact", method: "POST", path: "/v2/networks/get-contact", idempotent: true } as const satisfies Operation;
/** List Networks */
export const networksListNetworks = { id: "networksListNetworks", method: "POST", path: "/v2/networks/list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Update Network Config */
export const networksUpdateConfig = { id: "networksUpdateConfig", method: "POST", path: "/v2/networks/update-config", idempotent: true } as const satisfies Operation;
/** Set X12 Delimiters */
export const networksX12Delimiters = { id: "networksX12Delimiters", method: "POST", path: "/v2/networks/x12-delimiters", idempotent: true } as const satisfies Operation;
/** Get Mailbox */
export const mailboxesGetMailbox = { id: "mailboxesGetMailbox", method: "GET", path: "/v2/mailboxes/{id}", idempotent: true } as const satisfies Operation;
/** Delete Mailbox */
export const mailboxesDeleteMailbox = { id: "mailboxesDeleteMailbox", method: "DELETE", path: "/v2/mailboxes/{id}", idempotent: false } as const satisfies Operation;
/** Create Mailbox */
export const mailboxesCreateMailbox = { id: "mailboxesCreateMailbox", method: "POST", path: "/v2/mailboxes/create", idempotent: false } as const satisfies Operation;
/** List Mailboxes */
export const mailboxesListMailboxes = { id: "mailboxesListMailboxes", method: "POST", path: "/v2/mailboxes/list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Update Mailbox */
export const mailboxesUpdateMailbox = { id: "mailboxesUpdateMailbox", method: "POST", path: "/v2/mailboxes/update", idempotent: true } as const satisfies Operation;
/** Update Mailbox Config */
export const mailboxesUpdateConfig = { id: "mailboxesUpdateConfig", method: "POST", path: "/v2/mailboxes/update-config", idempotent: true } as const satisfies Operation;
/** Set X12 Delimiters */
export const mailboxesX12Delimiters = { id: "mailboxesX12Delimiters", method: "POST", path: "/v2/mailboxes/x12-delimiters", idempotent: true } as const satisfies Operation;
/** Create ID */
export const idsCreateId = { id: "idsCreateId", method: "POST", path: "/v2/ids", idempotent: false } as const satisfies Operation;
/** Get ID */
export const idsGetId = { id: "idsGetId", method: "GET", path: "/v2/ids/{id}", idempotent: true } as const satisfies Operation;
/** Update ID */
export const idsUpdateId = { id: "idsUpdateId", method: "PUT", path: "/v2/ids/{id}", idempotent: true } as const satisfies Operation;
/** Delete ID */
export const idsDeleteId = { id: "idsDeleteId", method: "DELETE", path: "/v2/ids/{id}", idempotent: false } as const satisfies Operation;
/** Find ID */
export const idsFindId = { id: "idsFindId", method: "POST", path: "/v2/ids/find", idempotent: true } as const satisfies Operation;
/** List IDs */
export const idsListIds = { id: "idsListIds", method: "POST", path: "/v2/ids/list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Add VAN */
export const idsAddVan = { id: "idsAddVan", method: "POST", path: "/v2/ids/tp-add-van", idempotent: false } as const satisfies Operation;
/** Get Mailbox Default */
export const idsGetMailboxDefault = { id: "idsGetMailboxDefault", method: "POST", path: "/v2/ids/tp-get-mailbox-default", idempotent: true } as const satisfies Operation;
/** Move Trading Partner */
export const idsMoveTp = { id: "idsMoveTp", method: "POST", path: "/v2/ids/tp-move", idempotent: true } as const satisfies Operation;
/** Update Data Email */
export const idsUpdateDataEmail = { id: "idsUpdateDataEmail", method: "POST", path: "/v2/ids/tp-update-data-email", idempotent: true } as const satisfies Operation;
/** Update Description */
export const idsUpdateDescription = { id: "idsUpdateDescription", method: "POST", path: "/v2/ids/tp-update-description", idempotent: true } as const satisfies Operation;
/** X12 Delimiters */
export const idsX12Delimiters = { id: "idsX12Delimiters", method: "POST", path: "/v2/ids/tp-x12-delimiters", idempotent: true } as const satisfies Operation;
/** Update Config */
export const idsUpdateConfig = { id: "idsUpdateConfig", method: "POST", path: "/v2/ids/update-config", idempotent: true } as const satisfies Operation;
/** Create Partner */
export const partnersCreatePartner = { id: "partnersCreatePartner", method: "POST", path: "/v2/partners", idempotent: false } as const satisfies Operation;
/** Get Partner */
export const partnersGetPartner = { id: "partnersGetPartner", method: "GET", path: "/v2/partners/{id}", idempotent: true } as const satisfies Operation;
/** Delete Partner */
export const partnersDeletePartner = { id: "partnersDeletePartner", method: "DELETE", path: "/v2/partners/{id}", idempotent: false } as const satisfies Operation;
/** Count Partners */
export const partnersCountPartners = { id: "partnersCountPartners", method: "POST", path: "/v2/partners/count", idempotent: true } as const satisfies Operation;
/** List Partners */
export const partnersListPartners = { id: "partnersListPartners", method: "POST", path: "/v2/partners/list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Add Note */
export const partnersAddNote = { id: "partnersAddNote", method: "POST", path: "/v2/partners/note", idempotent: false } as const satisfies Operation;
/** List Notes */
export const partnersListNotes = { id: "partnersListNotes", method: "POST", path: "/v2/partners/notelist", idempotent: true } as const satisfies Operation;
/** Get Parcel */
export const parcelsGetParcel = { id: "parcelsGetParcel", method: "GET", path: "/v2/parcels/{id}", idempotent: true } as const satisfies Operation;
/** Acknowledgment Note */
export const parcelsAcknowledgmentNote = { id: "parcelsAcknowledgmentNote", method: "POST", path: "/v2/parcels/acknowledgment-note", idempotent: false } as const satisfies Operation;
/** Cancel Parcel */
export const parcelsCancelParcel = { id: "parcelsCancelParcel", method: "POST", path: "/v2/parcels/cancel/{id}", idempotent: false } as const satisfies Operation;
/** Confirm Download */
export const parcelsConfirmDownload = { id: "parcelsConfirmDownload", method: "POST", path: "/v2/parcels/confirm", idempotent: true } as const satisfies Operation;
/** Download Parcel */
export const parcelsDownloadParcel = { id: "parcelsDownloadParcel", method: "POST", path: "/v2/parcels/download", idempotent: true } as const satisfies Operation;
/** Find Mailbag Control ID */
export const parcelsFindMailbagControlId = { id: "parcelsFindMailbagControlId", method: "POST", path: "/v2/parcels/find-mailbagcontrolid", idempotent: true } as const satisfies Operation;
/** Inbox List */
export const parcelsInboxList = { id: "parcelsInboxList", method: "POST", path: "/v2/parcels/inbox-list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Get Manifest */
export const parcelsGetManifest = { id: "parcelsGetManifest", method: "GET", path: "/v2/parcels/manifest/{id}", idempotent: true } as const satisfies Operation;
/** Outbox List */
export const parcelsOutboxList = { id: "parcelsOutboxList", method: "POST", path: "/v2/parcels/outbox-list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Pending Inbox List */
export const parcelsPendingInboxList = { id: "parcelsPendingInboxList", method: "POST", path: "/v2/parcels/pending-inbox-list", idempotent: true } as const satisfies Operation;
/** Reset to Inbox */
export const parcelsResetToInbox = { id: "parcelsResetToInbox", method: "POST", path: "/v2/parcels/reset-to-inbox/{id}", idempotent: true } as const satisfies Operation;
/** Send Test File */
export const parcelsSendTestFile = { id: "parcelsSendTestFile", method: "POST", path: "/v2/parcels/send-test-file", idempotent: false } as const satisfies Operation;
/** Set Mailbag Control ID */
export const parcelsSetMailbagControlId = { id: "parcelsSetMailbagControlId", method: "POST", path: "/v2/parcels/set-mailbagcontrolid", idempotent: true } as const satisfies Operation;
/** Update Parcel */
export const parcelsUpdateParcel = { id: "parcelsUpdateParcel", method: "POST", path: "/v2/parcels/update", idempotent: true } as const satisfies Operation;
/** Upload Parcel */
export const parcelsUploadParcel = { id: "parcelsUploadParcel", method: "POST", path: "/v2/parcels/upload", idempotent: false } as const satisfies Operation;
/** Get Interchange */
export const interchangesGetInterchange = { id: "interchangesGetInterchange", method: "GET", path: "/v2/interchanges/{id}", idempotent: true } as const satisfies Operation;
/** Cancel Interchange */
export const interchangesCancelInterchange = { id: "interchangesCancelInterchange", method: "POST", path: "/v2/interchanges/cancel/{id}", idempotent: false } as const satisfies Operation;
/** Get Interchange Date */
export const interchangesGetDate = { id: "interchangesGetDate", method: "POST", path: "/v2/interchanges/get-date", idempotent: true } as const satisfies Operation;
/** Get Interchange Header */
export const interchangesGetHeader = { id: "interchangesGetHeader", method: "POST", path: "/v2/interchanges/get-header", idempotent: true } as const satisfies Operation;
/** Get Interchange Manifest */
export const interchangesGetManifest = { id: "interchangesGetManifest", method: "GET", path: "/v2/interchanges/get-manifest/{id}", idempotent: true } as const satisfies Operation;
/** Interchange Inbox List */
export const interchangesInboxList = { id: "interchangesInboxList", method: "POST", path: "/v2/interchanges/inbox-list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Interchange Outbox List */
export const interchangesOutboxList = { id: "interchangesOutboxList", method: "POST", path: "/v2/interchanges/outbox-list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Resend Interchange */
export const interchangesResendInterchange = { id: "interchangesResendInterchange", method: "POST", path: "/v2/interchanges/resend/{id}", idempotent: false } as const satisfies Operation;
/** Delete Callback */
export const callbacksDeleteCallback = { id: "callbacksDeleteCallback", method: "DELETE", path: "/v2/callbacks", idempotent: false } as const satisfies Operation;
/** Create Callback */
export const callbacksCreateCallback = { id: "callbacksCreateCallback", method: "POST", path: "/v2/callbacks/create", idempotent: false } as const satisfies Operation;
/** Event List */
export const callbacksEventList = { id: "callbacksEventList", method: "POST", path: "/v2/callbacks/event-list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Get Event by ID */
export const callbacksGetEventById = { id: "callbacksGetEventById", method: "POST", path: "/v2/callbacks/get-event-by-id", idempotent: true } as const satisfies Operation;
/** Get Queue by ID */
export const callbacksGetQueueById = { id: "callbacksGetQueueById", method: "GET", path: "/v2/callbacks/get-queue-by-id", idempotent: true } as const satisfies Operation;
/** Queue List */
export const callbacksQueueList = { id: "callbacksQueueList", method: "POST", path: "/v2/callbacks/queue-list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Test Callback */
export const callbacksTestCallback = { id: "callbacksTestCallback", method: "POST", path: "/v2/callbacks/test", idempotent: false } as const satisfies Operation;
/** Update Callback */
export const callbacksUpdateCallback = { id: "callbacksUpdateCallback", method: "POST", path: "/v2/callbacks/update", idempotent: true } as const satisfies Operation;
/** Get Carbon Copy */
export const carbonCopiesGetCarbonCopy = { id: "carbonCopiesGetCarbonCopy", method: "GET", path: "/v2/carboncopies/{id}", idempotent: true } as const satisfies Operation;
/** Delete Carbon Copy */
export const carbonCopiesDeleteCarbonCopy = { id: "carbonCopiesDeleteCarbonCopy", method: "DELETE", path: "/v2/carboncopies/{id}", idempotent: false } as const satisfies Operation;
/** Create Carbon Copy */
export const carbonCopiesCreateCarbonCopy = { id: "carbonCopiesCreateCarbonCopy", method: "POST", path: "/v2/carboncopies/create", idempotent: false } as const satisfies Operation;
/** List Carbon Copies */
export const carbonCopiesListCarbonCopies = { id: "carbonCopiesListCarbonCopies", method: "POST", path: "/v2/carboncopies/list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 1000, defaultSize: 1000 } } as const satisfies Operation;
/** Update Carbon Copy */
export const carbonCopiesUpdateCarbonCopy = { id: "carbonCopiesUpdateCarbonCopy", method: "PUT", path: "/v2/carboncopies/update", idempotent: true } as const satisfies Operation;
/** Add Private Certificate */
export const certificatesAddPrivate = { id: "certificatesAddPrivate", method: "POST", path: "/v2/certificates/add-private", idempotent: false } as const satisfies Operation;
/** Add Public Certificate */
export const certificatesAddPublic = { id: "certificatesAddPublic", method: "POST", path: "/v2/certificates/add-public", idempotent: false } as const satisfies Operation;
/** Create Certificate */
export const certificatesCreateCertificate = { id: "certificatesCreateCertificate", method: "POST", path: "/v2/certificates/create", idempotent: false } as const satisfies Operation;
/** Renew Certificate */
export const certificatesRenewCertificate = { id: "certificatesRenewCertificate", method: "POST", path: "/v2/certificates/renew", idempotent: false } as const satisfies Operation;
/** Terminate Certificate */
export const certificatesTerminateCertificate = { id: "certificatesTerminateCertificate", method: "POST", path: "/v2/certificates/terminate", idempotent: false } as const satisfies Operation;
/** Get Comm */
export const commsGetComm = { id: "commsGetComm", method: "GET", path: "/v2/comms/{id}", idempotent: true } as const satisfies Operation;
/** Create Comm */
export const commsCreateComm = { id: "commsCreateComm", method: "POST", path: "/v2/comms/create", idempotent: false } as const satisfies Operation;
/** Find Comm */
export const commsFindComm = { id: "commsFindComm", method: "POST", path: "/v2/comms/find", idempotent: true } as const satisfies Operation;
/** List Comms */
export const commsListComms = { id: "commsListComms", method: "POST", path: "/v2/comms/list", idempotent: true } as const satisfies Operation;
/** Comm Pair */
export const commsCommPair = { id: "commsCommPair", method: "POST", path: "/v2/comms/pair", idempotent: true } as const satisfies Operation;
/** Set Pair */
export const commsSetPair = { id: "commsSetPair", method: "POST", path: "/v2/comms/set-pair", idempotent: true } as const satisfies Operation;
/** Update Comm */
export const commsUpdateComm = { id: "commsUpdateComm", method: "PUT", path: "/v2/comms/update", idempotent: true } as const satisfies Operation;
/** Update Comm Config */
export const commsUpdateConfig = { id: "commsUpdateConfig", method: "PUT", path: "/v2/comms/update-config", idempotent: true } as const satisfies Operation;
/** Update User */
export const usersUpdateUser = { id: "usersUpdateUser", method: "PUT", path: "/v2/users", idempotent: true } as const satisfies Operation;
/** Create User */
export const usersCreateUser = { id: "usersCreateUser", method: "POST", path: "/v2/users", idempotent: false } as const satisfies Operation;
/** Get User */
export const usersGetUser = { id: "usersGetUser", method: "GET", path: "/v2/users/{id}", idempotent: true } as const satisfies Operation;
/** Terminate User */
export const usersTerminateUser = { id: "usersTerminateUser", method: "DELETE", path: "/v2/users/{id}", idempotent: false } as const satisfies Operation;
/** Get User by Name */
export const usersGetByName = { id: "usersGetByName", method: "POST", path: "/v2/users/by-name", idempotent: true } as const satisfies Operation;
/** Generate Password */
export const usersGeneratePassword = { id: "usersGeneratePassword", method: "POST", path: "/v2/users/generate-password", idempotent: true } as const satisfies Operation;
/** Generate API Key */
export const usersGenerateApiKey = { id: "usersGenerateApiKey", method: "POST", path: "/v2/users/key-generate/{id}", idempotent: false } as const satisfies Operation;
/** Get API Key */
export const usersGetApiKey = { id: "usersGetApiKey", method: "GET", path: "/v2/users/key/{id}", idempotent: true } as const satisfies Operation;
/** List Users */
export const usersListUsers = { id: "usersListUsers", method: "POST", path: "/v2/users/list", idempotent: true, pagination: { in: "body", page: "pageNo", size: "recordsPerPage", firstPage: 1, minSize: 1, maxSize: 500, defaultSize: 500 } } as const satisfies Operation;
/** Get Me */
export const usersGetMe = { id: "usersGetMe", method: "GET", path: "/v2/users/me", idempotent: true } as const satisfies Operation;
/** Update Password */
export const usersUpdatePassword = { id: "usersUpdatePassword", method: "POST", path: "/v2/users/password", idempotent: true } as const satisfies Operation;
/** Reset Sessions */
export const usersResetSessions = { id: "usersResetSessions", method: "POST", path: "/v2/users/reset/{id}", idempotent: true } as const satisfies Operation;
/** Set Role */
export const usersSetRole = { id: "usersSetRole", method: "POST", path: "/v2/users/role", idempotent: true } as const satisfies Operation;
/** Send SMS */
export const usersSendSms = { id: "usersSendSms", method: "POST", path: "/v2/users/send-sms", idempotent: false } as const satisfies Operation;
/** Set Network Mailbox */
export const usersSetNetworkMailbox = { id: "usersSetNetworkMailbox", method: "POST", path: "/v2/users/set-network-mailbox", idempotent: true } as const satisfies Operation;
/** Update Config */
export const usersUpdateConfig = { id: "usersUpdateConfig", method: "POST", path: "/v2/users/update-config", idempotent: true } as const satisfies Operation;
/** Delete Key */
export const keysDeleteKey = { id: "keysDeleteKey", method: "DELETE", path: "/v2/keys", idempotent: false } as const satisfies Operation;
/** Create Key */
export const keysCreateKey = { id: "keysCreateKey", method: "POST", path: "/v2/keys/create", idempotent: false } as const satisfies Operation;
/** Get Key */
export const keysGetKey = { id: "keysGetKey", method: "POST", path: "/v2/keys/get-key", idempotent: true } as const satisfies Operation;
/** List Keys */
export const keysListKeys = { id: "keysListKeys", method: "POST", path: "/v2/keys/list", idempotent: true } as const satisfies Operation;
/** Get Portal by Mailbox */
export const portalsGetPortalByMailbox = { id: "portalsGetPortalByMailbox", method: "GET", path: "/v2/portals/by-mailbox/{mailboxId}", idempotent: true } as const satisfies Operation;
/** Create Portal */
export const portalsCreatePortal = { id: "portalsCreatePortal", method: "POST", path: "/v2/portals/create", idempotent: false } as const satisfies Operation;
/** Report List */
export const reportsReportList = { id: "reportsReportList", method: "GET", path: "/v2/reports/{ShowInactive}", idempotent: true } as const satisfies Operation;
/** Report by Date */
export const reportsReportByDate = { id: "reportsReportByDate", method: "POST", path: "/v2/reports/bydate", idempotent: true } as const satisfies Operation;
/** Instant Stats */
export const reportsInstantStats = { id: "reportsInstantStats", method: "POST", path: "/v2/reports/instant-stats", idempotent: true } as const satisfies Operation;
/** Interchange Stats */
export const reportsInterchangeStats = { id: "reportsInterchangeStats", method: "POST", path: "/v2/reports/interchange-stats", idempotent: true } as const satisfies Operation;
/** Mailbox Interchange Stats */
export const reportsMailboxInterchangeStats = { id: "reportsMailboxInterchangeStats", method: "GET", path: "/v2/reports/mailbox-interchange-stats", idempotent: true } as const satisfies Operation;
/** Mailbox Stats */
export const reportsMailboxStats = { id: "reportsMailboxStats", method: "GET", path: "/v2/reports/mailbox-stats", idempotent: true } as const satisfies Operation;
/** Monthly Report */
export const reportsMonthlyReport = { id: "reportsMonthlyReport", method: "POST", path: "/v2/reports/monthly", idempotent: true } as const satisfies Operation;
/** Traffic Stats */
export const reportsTrafficStats = { id: "reportsTrafficStats", method: "POST", path: "/v2/reports/traffic-stats", idempotent: true } as const satisfies Operation;
/** Get Status Lists */
export const statusListsGetStatusLists = { id: "statusListsGetStatusLists", method: "GET", path: "/v2/status-lists", idempotent: true } as const satisfies Operation;

/** Every operation by operationId (importing this keeps all of them in a bundle). */
export const OPERATIONS = {
  authLogin,
  authLogout,
  authChangePassword,
  authRefreshToken,
  authSession,
  authVersion,
  networksUpdateNetwork,
  networksGetNetwork,
  networksGetContact,
  networksListNetworks,
  networksUpdateConfig,
  networksX12Delimiters,
  mailboxesGetMailbox,
  mailboxesDeleteMailbox,
  mailboxesCreateMailbox,
  mailboxesListMailboxes,
  mailboxesUpdateMailbox,
  mailboxesUpdateConfig,
  mailboxesX12Delimiters,
  idsCreateId,
  idsGetId,
  idsUpdateId,
  idsDeleteId,
  idsFindId,
  idsListIds,
  idsAddVan,
  idsGetMailboxDefault,
  idsMoveTp,
  idsUpdateDataEmail,
  idsUpdateDescription,
  idsX12Delimiters,
  idsUpdateConfig,
  partnersCreatePartner,
  partnersGetPartner,
  partnersDeletePartner,
  partnersCountPartners,
  partnersListPartners,
  partnersAddNote,
  partnersListNotes,
  parcelsGetParcel,
  parcelsAcknowledgmentNote,
  parcelsCancelParcel,
  parcelsConfirmDownload,
  parcelsDownloadParcel,
  parcelsFindMailbagControlId,
  parcelsInboxList,
  parcelsGetManifest,
  parcelsOutboxList,
  parcelsPendingInboxList,
  parcelsResetToInbox,
  parcelsSendTestFile,
  parcelsSetMailbagControlId,
  parcelsUpdateParcel,
  parcelsUploadParcel,
  interchangesGetInterchange,
  interchangesCancelInterchange,
  interchangesGetDate,
  interchangesGetHeader,
  interchangesGetManifest,
  interchangesInboxList,
  interchangesOutboxList,
  interchangesResendInterchange,
  callbacksDeleteCallback,
  callbacksCreateCallback,
  callbacksEventList,
  callbacksGetEventById,
  callbacksGetQueueById,
  callbacksQueueList,
  callbacksTestCallback,
  callbacksUpdateCallback,
  carbonCopiesGetCarbonCopy,
  carbonCopiesDeleteCarbonCopy,
  carbonCopiesCreateCarbonCopy,
  carbonCopiesListCarbonCopies,
  carbonCopiesUpdateCarbonCopy,
  certificatesAddPrivate,
  certificatesAddPublic,
  certificatesCreateCertificate,
  certificatesRenewCertificate,
  certificatesTerminateCertificate,
  commsGetComm,
  commsCreateComm,
  commsFindComm,
  commsListComms,
  commsCommPair,
  commsSetPair,
  commsUpdateComm,
  commsUpdateConfig,
  usersUpdateUser,
  usersCreateUser,
  usersGetUser,
  usersTerminateUser,
  usersGetByName,
  usersGeneratePassword,
  usersGenerateApiKey,
  usersGetApiKey,
  usersListUsers,
  usersGetMe,
  usersUpdatePassword,
  usersResetSessions,
  usersSetRole,
  usersSendSms,
  usersSetNetworkMailbox,
  usersUpdateConfig,
  keysDeleteKey,
  keysCreateKey,
  keysGetKey,
  keysListKeys,
  portalsGetPortalByMailbox,
  portalsCreatePortal,
  reportsReportList,
  reportsReportByDate,
  reportsInstantStats,
  reportsInterchangeStats,
  reportsMailboxInterchangeStats,
  reportsMailboxStats,
  reportsMonthlyReport,
  reportsTrafficStats,
  statusListsGetStatusLists,
} as const;

export type OperationId = keyof typeof OPERATIONS;
