// Type-check cost (issue 13 item 7), for comparison: the same operations called through bare openapi-fetch
// (no SDK), one call each, with the reference pages' request examples (the bodies the SDK consumer sends;
// the former bare contract test's calls). Complete by `satisfies Record<OperationId, …>`, like
// all-operations.ts.
import type { OperationId, paths } from "@edi-clients/ecgrid";
import createClient from "openapi-fetch";

const client = createClient<paths>({ baseUrl: "https://rest.ecgrid.io", headers: { "X-API-Key": "key" } });

export const calls = {
  authLogin: () =>
    client.POST("/v2/auth/login", { body: { login: "jsmith@example.com", password: "Sup3r$ecret!" } }),
  authLogout: () => client.POST("/v2/auth/logout"),
  authChangePassword: () =>
    client.PUT("/v2/auth/password", {
      body: { currentPassword: "OldP@ssword1", newPassword: "NewP@ssword2!" },
    }),
  authRefreshToken: () =>
    client.POST("/v2/auth/refresh", { body: { token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..." } }),
  authSession: () => client.POST("/v2/auth/session"),
  authVersion: () => client.GET("/v2/auth/version"),
  networksUpdateNetwork: () =>
    client.PUT("/v2/networks", {
      body: {
        networkId: 1001,
        companyName: "Acme Corporation",
        address1: "123 Commerce Way",
        address2: "Suite 400",
        city: "Chicago",
        state: "IL",
        zip: "60601",
        phone: "312-555-0100",
        website: "https://www.acme.example.com",
      },
    }),
  networksGetNetwork: () => client.GET("/v2/networks/{id}", { params: { path: { id: 1001 } } }),
  networksGetContact: () =>
    client.POST("/v2/networks/get-contact", {
      body: { networkId: 1001, contactType: "CustomerService" },
    }),
  networksListNetworks: () =>
    client.POST("/v2/networks/list", {
      body: { networkId: 0, mailboxId: 0, status: "Active", pageNo: 1, recordsPerPage: 25 },
    }),
  networksUpdateConfig: () => client.POST("/v2/networks/update-config", { body: { networkId: 1001 } }),
  networksX12Delimiters: () =>
    client.POST("/v2/networks/x12-delimiters", {
      body: { networkId: 1001, elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" },
    }),
  mailboxesGetMailbox: () => client.GET("/v2/mailboxes/{id}", { params: { path: { id: 5001 } } }),
  mailboxesDeleteMailbox: () => client.DELETE("/v2/mailboxes/{id}", { params: { path: { id: 5002 } } }),
  mailboxesCreateMailbox: () =>
    client.POST("/v2/mailboxes/create", {
      body: { networkId: 1001, uniqueId: "ACMEMBOX02", companyName: "Acme Mailbox Two" },
    }),
  mailboxesListMailboxes: () =>
    client.POST("/v2/mailboxes/list", {
      body: { networkId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 },
    }),
  mailboxesUpdateMailbox: () =>
    client.POST("/v2/mailboxes/update", {
      body: { mailboxId: 5001, companyName: "Acme Mailbox One — Updated" },
    }),
  mailboxesUpdateConfig: () => client.POST("/v2/mailboxes/update-config", { body: { mailboxId: 5001 } }),
  mailboxesX12Delimiters: () =>
    client.POST("/v2/mailboxes/x12-delimiters", {
      body: { mailboxId: 5001, elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" },
    }),
  idsCreateId: () =>
    client.POST("/v2/ids", {
      body: {
        mailboxId: 1001,
        qualifier: "01",
        id: "PARTNER001",
        description: "Acme Corp Production",
        ediStandard: "X12",
        routingGroup: "ProductionA",
      },
    }),
  idsGetId: () => client.GET("/v2/ids/{id}", { params: { path: { id: 123456 } } }),
  idsUpdateId: () =>
    client.PUT("/v2/ids/{id}", {
      params: { path: { id: 123456 } },
      body: { description: "Acme Corp Production (updated)", status: "Active", ediStandard: "X12" },
    }),
  idsDeleteId: () => client.DELETE("/v2/ids/{id}", { params: { path: { id: 123456 } } }),
  idsFindId: () => client.POST("/v2/ids/find", { body: { qualifier: "01", id: "PARTNER001" } }),
  idsListIds: () =>
    client.POST("/v2/ids/list", {
      body: { mailboxId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 },
    }),
  idsAddVan: () =>
    client.POST("/v2/ids/tp-add-van", {
      body: { ecGridId: 123456, vanQualifier: "01", vanId: "VANPARTNER001" },
    }),
  idsGetMailboxDefault: () => client.POST("/v2/ids/tp-get-mailbox-default", { body: { ecGridId: 123456 } }),
  idsMoveTp: () => client.POST("/v2/ids/tp-move", { body: { ecGridId: 123456, newMailboxId: 1002 } }),
  idsUpdateDataEmail: () =>
    client.POST("/v2/ids/tp-update-data-email", {
      body: {
        ecGridId: 123456,
        email: "edi@acmecorp.com",
        emailSystem: "smtp",
        emailPayload: "Attachment",
      },
    }),
  idsUpdateDescription: () =>
    client.POST("/v2/ids/tp-update-description", {
      body: { ecGridId: 123456, description: "Acme Corp — Production EDI" },
    }),
  idsX12Delimiters: () =>
    client.POST("/v2/ids/tp-x12-delimiters", {
      body: { ecGridId: 123456, elementDelimiter: "*", subElementDelimiter: ":", segmentTerminator: "~" },
    }),
  idsUpdateConfig: () => client.POST("/v2/ids/update-config", { body: { ecGridId: 123456 } }),
  partnersCreatePartner: () =>
    client.POST("/v2/partners", { body: { ecGridIdFrom: 123456, ecGridIdTo: 654321 } }),
  partnersGetPartner: () => client.GET("/v2/partners/{id}", { params: { path: { id: 9001 } } }),
  partnersDeletePartner: () => client.DELETE("/v2/partners/{id}", { params: { path: { id: 9001 } } }),
  partnersCountPartners: () =>
    client.POST("/v2/partners/count", { body: { ecGridId: 123456, status: "Active" } }),
  partnersListPartners: () =>
    client.POST("/v2/partners/list", {
      body: { ecGridId: 123456, status: "Active", pageNo: 1, recordsPerPage: 25 },
    }),
  partnersAddNote: () =>
    client.POST("/v2/partners/note", {
      body: { interconnectId: 9001, note: "Approved by network admin on 2024-06-01. Test EDI verified." },
    }),
  partnersListNotes: () => client.POST("/v2/partners/notelist", { body: { interconnectId: 9001 } }),
  parcelsGetParcel: () => client.GET("/v2/parcels/{id}", { params: { path: { id: 987654321 } } }),
  parcelsAcknowledgmentNote: () =>
    client.POST("/v2/parcels/acknowledgment-note", {
      body: { parcelId: 987654321, note: "Received and processed by AP system at 2026-05-07T10:15:00Z." },
    }),
  parcelsCancelParcel: () => client.POST("/v2/parcels/cancel/{id}", { params: { path: { id: 987654321 } } }),
  parcelsConfirmDownload: () => client.POST("/v2/parcels/confirm", { body: { parcelId: 987654321 } }),
  parcelsDownloadParcel: () => client.POST("/v2/parcels/download", { body: { parcelId: 987654321 } }),
  parcelsFindMailbagControlId: () =>
    client.POST("/v2/parcels/find-mailbagcontrolid", {
      body: { mailboxId: 1001, mailbagControlId: "ACME-2026050701" },
    }),
  parcelsInboxList: () =>
    client.POST("/v2/parcels/inbox-list", {
      body: {
        mailboxId: 1001,
        status: "InBoxReady",
        beginDate: "2026-05-01T00:00:00Z",
        endDate: "2026-05-07T23:59:59Z",
        pageNo: 1,
        recordsPerPage: 25,
      },
    }),
  parcelsGetManifest: () => client.GET("/v2/parcels/manifest/{id}", { params: { path: { id: 987654321 } } }),
  parcelsOutboxList: () =>
    client.POST("/v2/parcels/outbox-list", {
      body: {
        mailboxId: 1001,
        ecGridIdFrom: 112233,
        beginDate: "2026-05-01T00:00:00Z",
        endDate: "2026-05-07T23:59:59Z",
        pageNo: 1,
        recordsPerPage: 25,
      },
    }),
  parcelsPendingInboxList: () => client.POST("/v2/parcels/pending-inbox-list", { body: { mailboxId: 1001 } }),
  parcelsResetToInbox: () =>
    client.POST("/v2/parcels/reset-to-inbox/{id}", { params: { path: { id: 987654321 } } }),
  parcelsSendTestFile: () =>
    client.POST("/v2/parcels/send-test-file", {
      body: { ecGridIdFrom: 112233, ecGridIdTo: 445566, documentType: "850" },
    }),
  parcelsSetMailbagControlId: () =>
    client.POST("/v2/parcels/set-mailbagcontrolid", {
      body: { parcelId: 987654321, mailbagControlId: "ACME-2026050701" },
    }),
  parcelsUpdateParcel: () =>
    client.POST("/v2/parcels/update", { body: { parcelId: 987654321, status: "InBoxReady" } }),
  parcelsUploadParcel: () =>
    client.POST("/v2/parcels/upload", {
      body: {
        fileName: "po_batch_20260507.edi",
        content: "SVFU4OiogU2VuZGluZyBFREkgZGF0YSB2aWEgRUNHcmlk...",
        bytes: 4096,
        ecGridIdFrom: 112233,
        ecGridIdTo: 445566,
        mailboxId: 1001,
      },
    }),
  interchangesGetInterchange: () =>
    client.GET("/v2/interchanges/{id}", { params: { path: { id: 9870001 } } }),
  interchangesCancelInterchange: () =>
    client.POST("/v2/interchanges/cancel/{id}", { params: { path: { id: 9870001 } } }),
  interchangesGetDate: () =>
    client.POST("/v2/interchanges/get-date", {
      body: {
        interchangeHeader:
          "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
      },
    }),
  interchangesGetHeader: () =>
    client.POST("/v2/interchanges/get-header", {
      body: {
        interchangeHeader:
          "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
      },
    }),
  interchangesGetManifest: () =>
    client.GET("/v2/interchanges/get-manifest/{id}", { params: { path: { id: 9870001 } } }),
  interchangesInboxList: () =>
    client.POST("/v2/interchanges/inbox-list", {
      body: {
        mailboxId: 12345,
        ecGridIdFrom: 0,
        ecGridIdTo: 0,
        beginDate: "2026-05-01T00:00:00Z",
        endDate: "2026-05-07T23:59:59Z",
        pageNo: 1,
        recordsPerPage: 100,
      },
    }),
  interchangesOutboxList: () =>
    client.POST("/v2/interchanges/outbox-list", {
      body: {
        mailboxId: 12345,
        ecGridIdFrom: 0,
        ecGridIdTo: 0,
        beginDate: "2026-05-01T00:00:00Z",
        endDate: "2026-05-07T23:59:59Z",
        pageNo: 1,
        recordsPerPage: 100,
      },
    }),
  interchangesResendInterchange: () =>
    client.POST("/v2/interchanges/resend/{id}", { params: { path: { id: 9870001 } } }),
  callbacksDeleteCallback: () => client.DELETE("/v2/callbacks", { body: { callbackId: 7001 } }),
  callbacksCreateCallback: () =>
    client.POST("/v2/callbacks/create", {
      body: {
        url: "https://app.example.com/webhooks/ecgrid",
        event: "Parcel",
        mailboxId: 12345,
        httpAuthType: "Basic",
        username: "webhook_user",
        password: "s3cr3t!",
      },
    }),
  callbacksEventList: () =>
    client.POST("/v2/callbacks/event-list", {
      body: {
        mailboxId: 12345,
        event: "Parcel",
        beginDate: "2026-05-01T00:00:00Z",
        endDate: "2026-05-07T23:59:59Z",
        pageNo: 1,
        recordsPerPage: 100,
      },
    }),
  callbacksGetEventById: () =>
    client.POST("/v2/callbacks/get-event-by-id", { body: { callbackEventId: 88001 } }),
  callbacksGetQueueById: () =>
    client.GET("/v2/callbacks/get-queue-by-id", { params: { query: { callbackId: 7001 } } }),
  callbacksQueueList: () =>
    client.POST("/v2/callbacks/queue-list", {
      body: { mailboxId: 12345, status: "Active", pageNo: 1, recordsPerPage: 100 },
    }),
  callbacksTestCallback: () => client.POST("/v2/callbacks/test", { body: { callbackId: 7001 } }),
  callbacksUpdateCallback: () =>
    client.POST("/v2/callbacks/update", {
      body: {
        callbackId: 7001,
        url: "https://app.example.com/webhooks/ecgrid-v2",
        status: "Active",
        httpAuthType: "Basic",
        username: "webhook_user",
        password: "n3wP@ssword!",
      },
    }),
  carbonCopiesGetCarbonCopy: () => client.GET("/v2/carboncopies/{id}", { params: { path: { id: 1042 } } }),
  carbonCopiesDeleteCarbonCopy: () =>
    client.DELETE("/v2/carboncopies/{id}", { params: { path: { id: 1042 } } }),
  carbonCopiesCreateCarbonCopy: () =>
    client.POST("/v2/carboncopies/create", {
      body: { fromMailboxId: 101, toMailboxId: 202, direction: "InBox" },
    }),
  carbonCopiesListCarbonCopies: () =>
    client.POST("/v2/carboncopies/list", {
      body: { mailboxId: 101, status: "Active", pageNo: 1, recordsPerPage: 50 },
    }),
  carbonCopiesUpdateCarbonCopy: () =>
    client.PUT("/v2/carboncopies/update", {
      body: { ccId: 1042, status: "Suspended", direction: "OutBox" },
    }),
  certificatesAddPrivate: () =>
    client.POST("/v2/certificates/add-private", {
      body: {
        commId: 5001,
        certType: "X509",
        keyId: "my-private-key-2026",
        userId: "edi-system",
        beginUsage: "2026-05-07T00:00:00Z",
        usage: "EncryptionAndSignature",
        cert: "MIIKxAIBAzCCCn4GCSqGSIb3DQEHAaCC...",
        password: "p@ssw0rd!",
      },
    }),
  certificatesAddPublic: () =>
    client.POST("/v2/certificates/add-public", {
      body: {
        commId: 5001,
        certType: "X509",
        keyId: "partner-public-cert-2026",
        userId: "partner-edi",
        beginUsage: "2026-05-07T00:00:00Z",
        usage: "EncryptionAndSignature",
        partnerCommId: "PARTNER-AS2-ID",
        partnerUrl: "https://as2.tradingpartner.com/receive",
        cert: "MIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3Df...",
      },
    }),
  certificatesCreateCertificate: () =>
    client.POST("/v2/certificates/create", {
      body: {
        commId: 5001,
        beginUsage: "2026-05-07T00:00:00Z",
        usage: "EncryptionAndSignature",
        secureHashAlgorithm: "SHA256",
        partnerAs2Id: "PARTNER-AS2-ID",
        expires: "2028-05-07T00:00:00Z",
      },
    }),
  certificatesRenewCertificate: () =>
    client.POST("/v2/certificates/renew", {
      body: { commId: 5001, certKeyId: 88, overlapDays: 30, years: 2, secureHashAlgorithm: "SHA256" },
    }),
  certificatesTerminateCertificate: () =>
    client.POST("/v2/certificates/terminate", { body: { commId: 5001, certKeyId: 88 } }),
  commsGetComm: () => client.GET("/v2/comms/{id}", { params: { path: { id: 5001 } } }),
  commsCreateComm: () =>
    client.POST("/v2/comms/create", {
      body: { mailboxId: 101, commType: "as2", identifier: "MYCOMPANY-AS2", useType: "Production" },
    }),
  commsFindComm: () =>
    client.POST("/v2/comms/find", { body: { identifier: "MYCOMPANY-AS2", commType: "as2" } }),
  commsListComms: () =>
    client.POST("/v2/comms/list", {
      body: { commType: "as2", useType: "Production", showInactive: false, withCerts: true },
    }),
  commsCommPair: () => client.POST("/v2/comms/pair", { body: { ecGridIdFrom: 100001, ecGridIdTo: 200002 } }),
  commsSetPair: () =>
    client.POST("/v2/comms/set-pair", {
      body: { ecGridIdFrom: 100001, ecGridIdTo: 200002, commId: 5001 },
    }),
  commsUpdateComm: () =>
    client.PUT("/v2/comms/update", {
      body: { commId: 5001, identifier: "MYCOMPANY-AS2-NEW", status: "Active" },
    }),
  commsUpdateConfig: () => client.PUT("/v2/comms/update-config", { body: { commId: 5001 } }),
  usersUpdateUser: () =>
    client.PUT("/v2/users", {
      body: { userId: 1042, email: "john.smith@example.com", firstName: "John", lastName: "Smith" },
    }),
  usersCreateUser: () =>
    client.POST("/v2/users", {
      body: {
        login: "jsmith",
        password: "Passw0rd!",
        email: "jsmith@example.com",
        firstName: "John",
        lastName: "Smith",
        networkId: 1,
        mailboxId: 101,
        authLevel: "MailboxAdmin",
      },
    }),
  usersGetUser: () => client.GET("/v2/users/{id}", { params: { path: { id: 1042 } } }),
  usersTerminateUser: () => client.DELETE("/v2/users/{id}", { params: { path: { id: 1042 } } }),
  usersGetByName: () => client.POST("/v2/users/by-name", { body: { login: "jsmith" } }),
  usersGeneratePassword: () => client.POST("/v2/users/generate-password", { body: { length: 16 } }),
  usersGenerateApiKey: () => client.POST("/v2/users/key-generate/{id}", { params: { path: { id: 1042 } } }),
  usersGetApiKey: () => client.GET("/v2/users/key/{id}", { params: { path: { id: 1042 } } }),
  usersListUsers: () =>
    client.POST("/v2/users/list", {
      body: {
        networkId: 1,
        mailboxId: 101,
        authLevel: "MailboxUser",
        status: "Active",
        pageNo: 1,
        recordsPerPage: 25,
      },
    }),
  usersGetMe: () => client.GET("/v2/users/me"),
  usersUpdatePassword: () =>
    client.POST("/v2/users/password", { body: { userId: 1042, newPassword: "NewPassw0rd!" } }),
  usersResetSessions: () => client.POST("/v2/users/reset/{id}", { params: { path: { id: 1042 } } }),
  usersSetRole: () =>
    client.POST("/v2/users/role", { body: { userId: 1042, authLevel: "NetworkAdmin", networkId: 1 } }),
  usersSendSms: () =>
    client.POST("/v2/users/send-sms", {
      body: { userId: 1042, message: "Your ECGrid parcel download is ready." },
    }),
  usersSetNetworkMailbox: () =>
    client.POST("/v2/users/set-network-mailbox", {
      body: { userId: 1042, networkId: 2, mailboxId: 205 },
    }),
  usersUpdateConfig: () => client.POST("/v2/users/update-config", { body: { userId: 1042 } }),
  keysDeleteKey: () => client.DELETE("/v2/keys", { body: { keyId: 9001 } }),
  keysCreateKey: () => client.POST("/v2/keys/create", { body: { userId: 12345, visibility: "Private" } }),
  keysGetKey: () => client.POST("/v2/keys/get-key", { body: { userId: 12345 } }),
  keysListKeys: () => client.POST("/v2/keys/list", { body: { userId: 12345, visibility: "Private" } }),
  portalsGetPortalByMailbox: () =>
    client.GET("/v2/portals/by-mailbox/{mailboxId}", { params: { path: { mailboxId: 7890 } } }),
  portalsCreatePortal: () => client.POST("/v2/portals/create", { body: { mailboxId: 7890 } }),
  reportsReportList: () =>
    client.GET("/v2/reports/{ShowInactive}", { params: { path: { ShowInactive: false } } }),
  reportsReportByDate: () =>
    client.POST("/v2/reports/bydate", {
      body: { reportId: 1, startDate: "2026-04-01T00:00:00Z", endDate: "2026-04-30T23:59:59Z" },
    }),
  reportsInstantStats: () =>
    client.POST("/v2/reports/instant-stats", { body: { minutes1: 5, minutes2: 60 } }),
  reportsInterchangeStats: () =>
    client.POST("/v2/reports/interchange-stats", {
      body: { startTime: "2026-04-01T00:00:00Z", endTime: "2026-04-30T23:59:59Z", direction: "InBox" },
    }),
  reportsMailboxInterchangeStats: () => client.GET("/v2/reports/mailbox-interchange-stats"),
  reportsMailboxStats: () => client.GET("/v2/reports/mailbox-stats"),
  reportsMonthlyReport: () =>
    client.POST("/v2/reports/monthly", { body: { report: 1, month: "2026-04-01T00:00:00Z" } }),
  reportsTrafficStats: () =>
    client.POST("/v2/reports/traffic-stats", {
      body: { targetTime: "2026-05-07T00:00:00Z", numPeriods: 7, period: "Day" },
    }),
  statusListsGetStatusLists: () => client.GET("/v2/status-lists"),
} satisfies Record<OperationId, () => unknown>;
