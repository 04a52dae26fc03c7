// Type-check cost (issue 13 item 7): a consumer calling every ECGrid operation through the SDK, one
// call each, with the request literals a caller writes (the reference pages' examples). Written from the
// SDK contract test's cases (packages/ecgrid/test/operations.contract.test.ts, each checked against
// Prism); `satisfies Record<OperationId, …>` keeps it complete: an operation added to the spec and not
// called here fails to compile, and so fails `pnpm bench` (BENCH_ONLY=types).
import { ECGrid, type OperationId } from "@edi-clients/ecgrid";

const ecgrid = new ECGrid({ apiKey: "key" });
// The login and its refresh are sent by the client itself when it holds credentials.
const signedIn = new ECGrid({ credentials: { login: "jsmith@example.com", password: "Sup3r$ecret!" } });
const keyRef = { systemObject: "Mailbox", objectId: 142, key: "ftp:status", visibility: "Shared" } as const;

export const calls = {
  authLogin: () => signedIn.users.me(),
  authLogout: () => ecgrid.auth.logout(),
  authChangePassword: () =>
    ecgrid.auth.changePassword({ currentPassword: "OldP@ssword1", newPassword: "NewP@ssword2!" }),
  authRefreshToken: () => signedIn.users.me(),
  authSession: () => ecgrid.auth.session(),
  authVersion: () => ecgrid.auth.version(),
  networksUpdateNetwork: () =>
    ecgrid.networks.update({
      networkId: 1001,
      companyName: "Acme Corporation",
      address1: "123 Commerce Way",
      address2: "Suite 400",
      city: "Chicago",
      state: "IL",
      zip: "60601",
      phone: "312-555-0100",
      website: "https://www.acme.example.com",
    }),
  networksGetNetwork: () => ecgrid.networks.get(1001),
  networksGetContact: () => ecgrid.networks.getContact({ networkId: 1001, contactType: "CustomerService" }),
  networksListNetworks: () =>
    ecgrid.networks.list({ networkId: 0, mailboxId: 0, status: "Active", pageNo: 1, recordsPerPage: 25 }),
  networksUpdateConfig: () => ecgrid.networks.updateConfig({ networkId: 1001 }),
  networksX12Delimiters: () =>
    ecgrid.networks.setX12Delimiters({
      networkId: 1001,
      elementDelimiter: "*",
      subElementDelimiter: ">",
      segmentTerminator: "~",
    }),
  mailboxesGetMailbox: () => ecgrid.mailboxes.get(5001),
  mailboxesDeleteMailbox: () => ecgrid.mailboxes.delete(5002),
  mailboxesCreateMailbox: () =>
    ecgrid.mailboxes.create({ networkId: 1001, uniqueId: "ACMEMBOX02", companyName: "Acme Mailbox Two" }),
  mailboxesListMailboxes: () =>
    ecgrid.mailboxes.list({ networkId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 }),
  mailboxesUpdateMailbox: () =>
    ecgrid.mailboxes.update({ mailboxId: 5001, companyName: "Acme Mailbox One — Updated" }),
  mailboxesUpdateConfig: () => ecgrid.mailboxes.updateConfig({ mailboxId: 5001 }),
  mailboxesX12Delimiters: () =>
    ecgrid.mailboxes.setX12Delimiters({
      mailboxId: 5001,
      elementDelimiter: "*",
      subElementDelimiter: ">",
      segmentTerminator: "~",
    }),
  idsCreateId: () =>
    ecgrid.ids.create({
      mailboxId: 1001,
      qualifier: "01",
      id: "PARTNER001",
      description: "Acme Corp Production",
      ediStandard: "X12",
      routingGroup: "ProductionA",
    }),
  idsGetId: () => ecgrid.ids.get(123456),
  idsUpdateId: () =>
    ecgrid.ids.update(123456, {
      description: "Acme Corp Production (updated)",
      status: "Active",
      ediStandard: "X12",
    }),
  idsDeleteId: () => ecgrid.ids.delete(123456),
  idsFindId: () => ecgrid.ids.find({ qualifier: "01", id: "PARTNER001" }),
  idsListIds: () => ecgrid.ids.list({ mailboxId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 }),
  idsAddVan: () => ecgrid.ids.addVan({ ecGridId: 123456, vanQualifier: "01", vanId: "VANPARTNER001" }),
  idsGetMailboxDefault: () => ecgrid.ids.getMailboxDefault({ ecGridId: 123456 }),
  idsMoveTp: () => ecgrid.ids.move({ ecGridId: 123456, newMailboxId: 1002 }),
  idsUpdateDataEmail: () =>
    ecgrid.ids.updateDataEmail({
      ecGridId: 123456,
      email: "edi@acmecorp.com",
      emailSystem: "smtp",
      emailPayload: "Attachment",
    }),
  idsUpdateDescription: () =>
    ecgrid.ids.updateDescription({ ecGridId: 123456, description: "Acme Corp — Production EDI" }),
  idsX12Delimiters: () =>
    ecgrid.ids.setX12Delimiters({
      ecGridId: 123456,
      elementDelimiter: "*",
      subElementDelimiter: ":",
      segmentTerminator: "~",
    }),
  idsUpdateConfig: () => ecgrid.ids.updateConfig({ ecGridId: 123456 }),
  partnersCreatePartner: () => ecgrid.partners.create({ ecGridIdFrom: 123456, ecGridIdTo: 654321 }),
  partnersGetPartner: () => ecgrid.partners.get(9001),
  partnersDeletePartner: () => ecgrid.partners.delete(9001),
  partnersCountPartners: () => ecgrid.partners.count({ ecGridId: 123456, status: "Active" }),
  partnersListPartners: () =>
    ecgrid.partners.list({ ecGridId: 123456, status: "Active", pageNo: 1, recordsPerPage: 25 }),
  partnersAddNote: () =>
    ecgrid.partners.addNote({
      interconnectId: 9001,
      note: "Approved by network admin on 2024-06-01. Test EDI verified.",
    }),
  partnersListNotes: () => ecgrid.partners.listNotes({ interconnectId: 9001 }),
  parcelsGetParcel: () => ecgrid.parcels.get(987654321),
  parcelsAcknowledgmentNote: () =>
    ecgrid.parcels.acknowledgmentNote({
      parcelId: 987654321,
      note: "Received and processed by AP system at 2026-05-07T10:15:00Z.",
    }),
  parcelsCancelParcel: () => ecgrid.parcels.cancel(987654321),
  parcelsConfirmDownload: () => ecgrid.parcels.confirm(987654321),
  parcelsDownloadParcel: () => ecgrid.parcels.download(987654321),
  parcelsFindMailbagControlId: () =>
    ecgrid.parcels.findMailbagControlId({ mailboxId: 1001, mailbagControlId: "ACME-2026050701" }),
  parcelsInboxList: () =>
    ecgrid.parcels.inboxList({
      mailboxId: 1001,
      status: "InBoxReady",
      beginDate: "2026-05-01T00:00:00Z",
      endDate: "2026-05-07T23:59:59Z",
      pageNo: 1,
      recordsPerPage: 25,
    }),
  parcelsGetManifest: () => ecgrid.parcels.manifest(987654321),
  parcelsOutboxList: () =>
    ecgrid.parcels.outboxList({
      mailboxId: 1001,
      ecGridIdFrom: 112233,
      beginDate: "2026-05-01T00:00:00Z",
      endDate: "2026-05-07T23:59:59Z",
      pageNo: 1,
      recordsPerPage: 25,
    }),
  parcelsPendingInboxList: () => ecgrid.parcels.pendingInboxList({ mailboxId: 1001 }),
  parcelsResetToInbox: () => ecgrid.parcels.resetToInbox(987654321),
  parcelsSendTestFile: () =>
    ecgrid.parcels.sendTestFile({ ecGridIdFrom: 112233, ecGridIdTo: 445566, documentType: "850" }),
  parcelsSetMailbagControlId: () =>
    ecgrid.parcels.setMailbagControlId({ parcelId: 987654321, mailbagControlId: "ACME-2026050701" }),
  parcelsUpdateParcel: () => ecgrid.parcels.update({ parcelId: 987654321, status: "InBoxReady" }),
  parcelsUploadParcel: () =>
    ecgrid.parcels.upload({
      fileName: "po_batch_20260507.edi",
      content: "ISA*00*~",
      ecGridIdFrom: 112233,
      ecGridIdTo: 445566,
      mailboxId: 1001,
    }),
  interchangesGetInterchange: () => ecgrid.interchanges.get(9870001),
  interchangesCancelInterchange: () => ecgrid.interchanges.cancel(9870001),
  interchangesGetDate: () =>
    ecgrid.interchanges.getDate({
      interchangeHeader:
        "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
    }),
  interchangesGetHeader: () =>
    ecgrid.interchanges.getHeader({
      interchangeHeader:
        "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
    }),
  interchangesGetManifest: () => ecgrid.interchanges.manifest(9870001),
  interchangesInboxList: () =>
    ecgrid.interchanges.inboxList({
      mailboxId: 12345,
      ecGridIdFrom: 0,
      ecGridIdTo: 0,
      beginDate: "2026-05-01T00:00:00Z",
      endDate: "2026-05-07T23:59:59Z",
      pageNo: 1,
      recordsPerPage: 100,
    }),
  interchangesOutboxList: () =>
    ecgrid.interchanges.outboxList({
      mailboxId: 12345,
      ecGridIdFrom: 0,
      ecGridIdTo: 0,
      beginDate: "2026-05-01T00:00:00Z",
      endDate: "2026-05-07T23:59:59Z",
      pageNo: 1,
      recordsPerPage: 100,
    }),
  interchangesResendInterchange: () => ecgrid.interchanges.resend(9870001),
  callbacksDeleteCallback: () => ecgrid.callbacks.delete({ callbackId: 7001 }),
  callbacksCreateCallback: () =>
    ecgrid.callbacks.create({
      url: "https://app.example.com/webhooks/ecgrid",
      event: "Parcel",
      mailboxId: 12345,
      httpAuthType: "Basic",
      username: "webhook_user",
      password: "s3cr3t!",
    }),
  callbacksEventList: () =>
    ecgrid.callbacks.eventList({
      networkId: 7,
      mailboxId: 12345,
      event: "Parcel",
      beginDate: "2026-05-01T00:00:00Z",
      endDate: "2026-05-07T23:59:59Z",
      pageNo: 1,
      recordsPerPage: 100,
    }),
  callbacksGetEventById: () => ecgrid.callbacks.getEvent({ callbackEventId: 88001 }),
  callbacksGetQueueById: () => ecgrid.callbacks.getQueueEntry(7001),
  callbacksQueueList: () =>
    ecgrid.callbacks.queueList({
      networkId: 7,
      mailboxId: 12345,
      status: "Active",
      pageNo: 1,
      recordsPerPage: 100,
    }),
  callbacksTestCallback: () => ecgrid.callbacks.test({ callbackId: 7001 }),
  callbacksUpdateCallback: () =>
    ecgrid.callbacks.update({
      callbackId: 7001,
      url: "https://app.example.com/webhooks/ecgrid-v2",
      status: "Active",
      httpAuthType: "Basic",
      username: "webhook_user",
      password: "n3wP@ssword!",
    }),
  carbonCopiesGetCarbonCopy: () => ecgrid.carbonCopies.get(1042),
  carbonCopiesDeleteCarbonCopy: () => ecgrid.carbonCopies.delete(1042),
  carbonCopiesCreateCarbonCopy: () =>
    ecgrid.carbonCopies.create({ fromMailboxId: 101, toMailboxId: 202, direction: "InBox" }),
  carbonCopiesListCarbonCopies: () =>
    ecgrid.carbonCopies.list({ mailboxId: 101, status: "Active", pageNo: 1, recordsPerPage: 50 }),
  carbonCopiesUpdateCarbonCopy: () =>
    ecgrid.carbonCopies.update({ ccId: 1042, status: "Suspended", direction: "OutBox" }),
  certificatesAddPrivate: () =>
    ecgrid.certificates.addPrivate({
      commId: 5001,
      certType: "X509",
      keyId: "my-private-key-2026",
      userId: "edi-system",
      beginUsage: "2026-05-07T00:00:00Z",
      usage: "EncryptionAndSignature",
      cert: "MIIKxAIBAzCCCn4GCSqGSIb3DQEHAaCC...",
      password: "p@ssw0rd!",
    }),
  certificatesAddPublic: () =>
    ecgrid.certificates.addPublic({
      commId: 5001,
      certType: "X509",
      keyId: "partner-public-cert-2026",
      userId: "partner-edi",
      beginUsage: "2026-05-07T00:00:00Z",
      usage: "EncryptionAndSignature",
      partnerCommId: "PARTNER-AS2-ID",
      partnerUrl: "https://as2.tradingpartner.com/receive",
      cert: "MIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3Df...",
    }),
  certificatesCreateCertificate: () =>
    ecgrid.certificates.create({
      commId: 5001,
      beginUsage: "2026-05-07T00:00:00Z",
      usage: "EncryptionAndSignature",
      secureHashAlgorithm: "SHA256",
      partnerAs2Id: "PARTNER-AS2-ID",
      expires: "2028-05-07T00:00:00Z",
    }),
  certificatesRenewCertificate: () =>
    ecgrid.certificates.renew({
      commId: 5001,
      certKeyId: 88,
      overlapDays: 30,
      years: 2,
      secureHashAlgorithm: "SHA256",
    }),
  certificatesTerminateCertificate: () => ecgrid.certificates.terminate({ commId: 5001, certKeyId: 88 }),
  commsGetComm: () => ecgrid.comms.get(5001),
  commsCreateComm: () =>
    ecgrid.comms.create({
      mailboxId: 101,
      commType: "as2",
      identifier: "MYCOMPANY-AS2",
      useType: "Production",
    }),
  commsFindComm: () => ecgrid.comms.find({ identifier: "MYCOMPANY-AS2", commType: "as2" }),
  commsListComms: () =>
    ecgrid.comms.list({ commType: "as2", useType: "Production", showInactive: false, withCerts: true }),
  commsCommPair: () => ecgrid.comms.pair({ ecGridIdFrom: 100001, ecGridIdTo: 200002 }),
  commsSetPair: () => ecgrid.comms.setPair({ ecGridIdFrom: 100001, ecGridIdTo: 200002, commId: 5001 }),
  commsUpdateComm: () =>
    ecgrid.comms.update({ commId: 5001, identifier: "MYCOMPANY-AS2-NEW", status: "Active" }),
  commsUpdateConfig: () => ecgrid.comms.updateConfig({ commId: 5001 }),
  usersUpdateUser: () =>
    ecgrid.users.update({
      userId: 1042,
      email: "john.smith@example.com",
      firstName: "John",
      lastName: "Smith",
    }),
  usersCreateUser: () =>
    ecgrid.users.create({
      login: "jsmith",
      password: "Passw0rd!",
      email: "jsmith@example.com",
      firstName: "John",
      lastName: "Smith",
      networkId: 1,
      mailboxId: 101,
      authLevel: "MailboxAdmin",
    }),
  usersGetUser: () => ecgrid.users.get(1042),
  usersTerminateUser: () => ecgrid.users.terminate(1042),
  usersGetByName: () => ecgrid.users.getByName({ login: "jsmith" }),
  usersGeneratePassword: () => ecgrid.users.generatePassword({ length: 16 }),
  usersGenerateApiKey: () => ecgrid.users.generateApiKey(1042),
  usersGetApiKey: () => ecgrid.users.getApiKey(1042),
  usersListUsers: () =>
    ecgrid.users.list({
      networkId: 1,
      mailboxId: 101,
      authLevel: "MailboxUser",
      status: "Active",
      pageNo: 1,
      recordsPerPage: 25,
    }),
  usersGetMe: () => ecgrid.users.me(),
  usersUpdatePassword: () => ecgrid.users.updatePassword({ userId: 1042, newPassword: "NewPassw0rd!" }),
  usersResetSessions: () => ecgrid.users.resetSessions(1042),
  usersSetRole: () => ecgrid.users.setRole({ userId: 1042, authLevel: "NetworkAdmin", networkId: 1 }),
  usersSendSms: () =>
    ecgrid.users.sendSms({ userId: 1042, message: "Your ECGrid parcel download is ready." }),
  usersSetNetworkMailbox: () =>
    ecgrid.users.setNetworkMailbox({ userId: 1042, networkId: 2, mailboxId: 205 }),
  usersUpdateConfig: () => ecgrid.users.updateConfig({ userId: 1042 }),
  keysDeleteKey: () => ecgrid.keys.delete(keyRef),
  keysCreateKey: () => ecgrid.keys.create({ ...keyRef, value: "ready", meta: "setup", daysToLive: 30 }),
  keysGetKey: () => ecgrid.keys.get(keyRef),
  keysListKeys: () => ecgrid.keys.list({ systemObject: "Mailbox", objectId: 142 }),
  portalsGetPortalByMailbox: () => ecgrid.portals.getByMailbox(7890),
  portalsCreatePortal: () => ecgrid.portals.create({ mailboxId: 7890 }),
  reportsReportList: () => ecgrid.reports.list(false),
  reportsReportByDate: () =>
    ecgrid.reports.byDate({
      reportId: 1,
      startDate: "2026-04-01T00:00:00Z",
      endDate: "2026-04-30T23:59:59Z",
    }),
  reportsInstantStats: () => ecgrid.reports.instantStats({ minutes1: 5, minutes2: 60 }),
  reportsInterchangeStats: () =>
    ecgrid.reports.interchangeStats({
      startTime: "2026-04-01T00:00:00Z",
      endTime: "2026-04-30T23:59:59Z",
      direction: "InBox",
    }),
  reportsMailboxInterchangeStats: () => ecgrid.reports.mailboxInterchangeStats(),
  reportsMailboxStats: () => ecgrid.reports.mailboxStats(),
  reportsMonthlyReport: () => ecgrid.reports.monthly({ report: 1, month: "2026-04-01T00:00:00Z" }),
  reportsTrafficStats: () =>
    ecgrid.reports.trafficStats({ targetTime: "2026-05-07T00:00:00Z", numPeriods: 7, period: "Day" }),
  statusListsGetStatusLists: () => ecgrid.statusLists.get(),
} satisfies Record<OperationId, () => unknown>;
