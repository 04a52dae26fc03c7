// Acceptance test of "ECGrid spec: all 119 operations".
//
// Every operation of specs/ecgrid/openapi.yaml is called once through the bare, typed openapi-fetch client
// (no wrapper from ../src) with the request example of its reference page
// (reference/ecgrid-rest-docs/rest-api/<group>/<page>.md; path IDs, which the pages leave as `$ID`, are taken
// from the page's response example). Prism serves the spec with request validation on, so a 2xx answer means
// the request is spec-valid; each case then checks the envelope and the payload shape the operation promises.
//
// The calls are written out one by one so that `tsc` checks every path, parameter and body against the
// generated types, and the payload checks are typed `Shape`s of the generated schemas (see support/shape.ts).
// A completeness check compares the cases with the spec's operationIds, and a middleware proves that each
// case really calls the method and path its operationId stands for.
import { readFileSync } from "node:fs";
import createClient, { type Client } from "openapi-fetch";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import type { components, operations, paths } from "../src/generated/openapi.js";
import { expectEach, expectKind, expectShape, type Shape } from "./support/shape.js";

const baseUrl = inject("prismUrls").ecgrid as string;
const apiKey = { "X-API-Key": "test-key" };

type EcgridClient = Client<paths>;
type Schemas = components["schemas"];
type OperationId = keyof operations;
/**
 * The payload of a 2xx body as openapi-fetch types it. openapi-fetch 0.17 drops properties typed `null` from
 * response types (openapi-ts/openapi-typescript#2717), so the `data: null` operations have no `data` key in
 * their type; their payload is `unknown` here and checked to be `null` at run time.
 */
type Payload<B> = B extends { data: infer D } ? D : unknown;

/**
 * The variant Prism serves (the reference page's) of a payload the spec documents in several shapes (issue 10:
 * `oneOf`/`anyOf` of the pages', guides' and ECGridOS' shapes): asserts its JSON kind and narrows the type to the
 * named schema, or to an array of it.
 */
function pageObject<K extends keyof Schemas>(_schema: K, value: unknown): Schemas[K] {
  expectKind(value, "object");
  return value as Schemas[K];
}
function pageArray<K extends keyof Schemas>(_schema: K, value: unknown): Schemas[K][] {
  expectKind(value, "array");
  return value as Schemas[K][];
}

interface Case {
  operationId: OperationId;
  call: (
    client: EcgridClient,
  ) => Promise<{ data?: { success: boolean }; error?: unknown; response: Response }>;
  /**
   * Checks the payload (`data.data`); `body` is the whole envelope, for the one operation that extends it.
   * Method syntax on purpose: each case's `check` takes its own operation's (narrower) types, see `op`.
   */
  check(data: unknown, body: unknown): void;
}

/** One case. `check` is typed by what `call` returns, so it sees the operation's own payload type. */
function op<B extends { success: boolean }>(
  operationId: OperationId,
  call: (client: EcgridClient) => Promise<{ data?: B; error?: unknown; response: Response }>,
  check: (data: Payload<B>, body: B) => void,
): Case {
  return { operationId, call, check };
}

// The operations as the spec lists them: operationId -> method and path template.
const spec = parse(readFileSync(new URL("../../../specs/ecgrid/openapi.yaml", import.meta.url), "utf8"));
const specOperations: { operationId: string; method: string; schemaPath: string }[] = [];
for (const [schemaPath, pathItem] of Object.entries<Record<string, { operationId?: string }>>(spec.paths)) {
  for (const [method, operation] of Object.entries(pathItem)) {
    if (typeof operation.operationId !== "string") continue;
    specOperations.push({ operationId: operation.operationId, method: method.toUpperCase(), schemaPath });
  }
}

// Payload shapes of the response schemas, by schema name.
const shapes = {
  TokenInfo: { token: "string", expiresAt: "date-time", userId: "integer?" },
  SessionInfo: {
    userId: "integer?",
    login: "string?",
    networkId: "integer?",
    mailboxId: "integer?",
    authLevel: "string?",
    expiresAt: "date-time?",
  },
  VersionInfo: { version: "string" },
  NetworkIDInfo: {
    networkId: "integer",
    uniqueId: "string?",
    companyName: "string?",
    status: "string?",
    created: "date-time?",
    modified: "date-time?",
  },
  NetworkContactInfo: {
    networkId: "integer?",
    contactType: "string?",
    name: "string?",
    email: "string?",
    phone: "string?",
  },
  NetworkList: {
    totalRecords: "integer?",
    pageNo: "integer?",
    recordsPerPage: "integer?",
    networks: "array?",
  },
  MailboxIDInfo: {
    mailboxId: "integer",
    networkId: "integer?",
    uniqueId: "string?",
    companyName: "string?",
    status: "string?",
    created: "date-time?",
    modified: "date-time?",
  },
  MailboxList: {
    totalRecords: "integer?",
    pageNo: "integer?",
    recordsPerPage: "integer?",
    mailboxes: "array?",
  },
  ECGridIDInfo: {
    ecGridId: "integer",
    mailboxId: "integer?",
    networkId: "integer?",
    qualifier: "string?",
    id: "string?",
    description: "string?",
    status: "string?",
    routingGroup: "string?",
    ediStandard: "string?",
  },
  MailboxDefaultInfo: {
    mailboxId: "integer",
    networkId: "integer?",
    mailboxName: "string?",
    status: "string?",
  },
  InterconnectIDInfo: {
    interconnectId: "integer",
    ecGridIdFrom: "integer?",
    ecGridIdTo: "integer?",
    status: "string?",
    created: "date-time?",
    modified: "date-time?",
  },
  InterconnectNoteInfo: { text: "string?", timestamp: "date-time?", userId: "integer?" },
  ParcelIDInfo: {
    parcelId: "integer",
    mailboxId: "integer?",
    networkId: "integer?",
    fileName: "string?",
    bytes: "integer?",
    status: "string?",
    ecGridIdFrom: "integer?",
    ecGridIdTo: "integer?",
    created: "date-time?",
    modified: "date-time?",
  },
  ParcelDownloadInfo: { parcelId: "integer", fileName: "string?", content: "string", bytes: "integer?" },
  ParcelManifestInfo: {
    interchangeId: "integer?",
    sender: "string?",
    receiver: "string?",
    documentType: "string?",
    count: "integer?",
  },
  InterchangeIDInfo: {
    interchangeId: "integer",
    parcelId: "integer?",
    sender: "string?",
    receiver: "string?",
    standard: "string?",
    documentType: "string?",
    status: "string?",
    created: "date-time?",
  },
  InterchangeHeaderInfo: {
    authorizationInfoQualifier: "string?",
    authorizationInfo: "string?",
    securityInfoQualifier: "string?",
    securityInfo: "string?",
    senderIdQualifier: "string?",
    senderId: "string?",
    receiverIdQualifier: "string?",
    receiverId: "string?",
    interchangeDate: "string?",
    interchangeTime: "string?",
    repetitionSeparator: "string?",
    controlVersionNumber: "string?",
    controlNumber: "string?",
    acknowledgmentRequested: "string?",
    usageIndicator: "string?",
    componentElementSeparator: "string?",
  },
  InterchangeManifestInfo: {
    functionalGroup: "string?",
    transactionSetType: "string?",
    transactionSetCount: "integer?",
    groupControlNumber: "string?",
  },
  InterchangeList: {
    totalRecords: "integer?",
    pageNo: "integer?",
    recordsPerPage: "integer?",
    interchanges: "array?",
  },
  CallbackInfo: {
    callbackId: "integer",
    url: "string?",
    event: "string?",
    mailboxId: "integer?",
    networkId: "integer?",
    httpAuthType: "string?",
    status: "string?",
  },
  CallbackEventList: {
    totalRecords: "integer?",
    pageNo: "integer?",
    recordsPerPage: "integer?",
    events: "array?",
  },
  CallbackEventInfo: {
    callbackEventId: "integer",
    callbackId: "integer?",
    event: "string?",
    mailboxId: "integer?",
    objectId: "integer?",
    payload: "string?",
    status: "string?",
    attempts: "integer?",
    created: "date-time?",
    lastAttempt: "date-time?",
    delivered: "date-time?",
    httpStatus: "integer?",
  },
  CallBackQueueIDInfo: {
    callbackId: "integer",
    url: "string?",
    event: "string?",
    mailboxId: "integer?",
    queuedAt: "date-time?",
    lastAttempt: "date-time?",
    attempts: "integer?",
    status: "string?",
    lastHttpStatus: "integer?",
  },
  CallbackQueueList: {
    totalRecords: "integer?",
    pageNo: "integer?",
    recordsPerPage: "integer?",
    queueEntries: "array?",
  },
  CallbackTestResult: {
    callbackId: "integer?",
    url: "string?",
    httpStatus: "integer?",
    responseBody: "string?",
    testedAt: "date-time?",
  },
  CarbonCopyInfo: {
    ccId: "integer",
    fromMailboxId: "integer?",
    toMailboxId: "integer?",
    status: "string?",
    direction: "string?",
    created: "date-time?",
  },
  CommIDInfo: {
    commId: "integer",
    mailboxId: "integer?",
    commType: "string?",
    identifier: "string?",
    status: "string?",
    useType: "string?",
    privateKeyRequired: "boolean?",
    withCerts: "boolean?",
  },
  UserIDInfo: {
    userId: "integer",
    login: "string?",
    email: "string?",
    firstName: "string?",
    lastName: "string?",
    networkId: "integer?",
    mailboxId: "integer?",
    authLevel: "string?",
    status: "string?",
    created: "date-time?",
  },
  KeyValue: {
    keyId: "integer?",
    userId: "integer?",
    key: "string?",
    visibility: "string?",
    created: "date-time?",
  },
  PortalInfo: {
    portalId: "integer",
    mailboxId: "integer?",
    url: "string?",
    status: "string?",
    created: "date-time?",
  },
  ReportInfo: { reportId: "integer", name: "string?", description: "string?", active: "boolean?" },
  ReportByDateRow: { date: "date?", sent: "integer?", received: "integer?", totalBytes: "integer?" },
  InstantStats: {
    window1Minutes: "integer?",
    window1Count: "integer?",
    window2Minutes: "integer?",
    window2Count: "integer?",
  },
  InterchangeStatsInfo: {
    periodStart: "date-time?",
    periodEnd: "date-time?",
    count: "integer?",
    totalBytes: "integer?",
    direction: "string?",
  },
  MailboxInterchangeStats: {
    sent: "integer?",
    received: "integer?",
    totalBytes: "integer?",
    period: "string?",
  },
  MailboxStats: {
    mailboxId: "integer?",
    totalParcels: "integer?",
    totalInterchanges: "integer?",
    totalBytes: "integer?",
    activePartners: "integer?",
    reportGeneratedAt: "date-time?",
  },
  MonthlyReportRow: { week: "integer?", sent: "integer?", received: "integer?", totalBytes: "integer?" },
  TrafficStatsInfo: {
    periodStart: "date-time?",
    periodEnd: "date-time?",
    sentCount: "integer?",
    receivedCount: "integer?",
    totalBytes: "integer?",
  },
  StatusLists: { parcelStatuses: "array?", interchangeStatuses: "array?" },
  StatusCode: { code: "string", description: "string?" },
} satisfies { [Name in keyof Schemas]?: Shape<Schemas[Name]> };

// The cases, one per operation, grouped by tag in the order of the spec.
const groups = {
  Auth: [
    op(
      "authLogin",
      (client) =>
        client.POST("/v2/auth/login", { body: { login: "jsmith@example.com", password: "Sup3r$ecret!" } }),
      (data) => expectShape(data, shapes.TokenInfo),
    ),
    op(
      "authLogout",
      (client) => client.POST("/v2/auth/logout"),
      (data) => expect(data).toBeNull(),
    ),
    op(
      "authChangePassword",
      (client) =>
        client.PUT("/v2/auth/password", {
          body: { currentPassword: "OldP@ssword1", newPassword: "NewP@ssword2!" },
        }),
      (data) => expect(data).toBeNull(),
    ),
    op(
      "authRefreshToken",
      (client) =>
        client.POST("/v2/auth/refresh", { body: { token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..." } }),
      (data) => expectShape(data, shapes.TokenInfo),
    ),
    op(
      "authSession",
      (client) => client.POST("/v2/auth/session"),
      (data) => expectShape(data, shapes.SessionInfo),
    ),
    op(
      "authVersion",
      (client) => client.GET("/v2/auth/version"),
      (data) => expectShape(data, shapes.VersionInfo),
    ),
  ],
  Networks: [
    op(
      "networksUpdateNetwork",
      (client) =>
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
      (data) => expectShape(data, shapes.NetworkIDInfo),
    ),
    op(
      "networksGetNetwork",
      (client) => client.GET("/v2/networks/{id}", { params: { path: { id: 1001 } } }),
      (data) => expectShape(data, shapes.NetworkIDInfo),
    ),
    op(
      "networksGetContact",
      (client) =>
        client.POST("/v2/networks/get-contact", {
          body: { networkId: 1001, contactType: "CustomerService" },
        }),
      (data) => expectShape(data, shapes.NetworkContactInfo),
    ),
    op(
      "networksListNetworks",
      (client) =>
        client.POST("/v2/networks/list", {
          body: { networkId: 0, mailboxId: 0, status: "Active", pageNo: 1, recordsPerPage: 25 },
        }),
      (data) => {
        const list = pageObject("NetworkList", data);
        expectShape(list, shapes.NetworkList);
        expectEach(list.networks, shapes.NetworkIDInfo);
      },
    ),
    op(
      "networksUpdateConfig",
      (client) => client.POST("/v2/networks/update-config", { body: { networkId: 1001 } }),
      (data) => expect(data).toBeNull(),
    ),
    op(
      "networksX12Delimiters",
      (client) =>
        client.POST("/v2/networks/x12-delimiters", {
          body: { networkId: 1001, elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" },
        }),
      (data) => expect(data).toBeNull(),
    ),
  ],
  Mailboxes: [
    op(
      "mailboxesGetMailbox",
      (client) => client.GET("/v2/mailboxes/{id}", { params: { path: { id: 5001 } } }),
      (data) => expectShape(data, shapes.MailboxIDInfo),
    ),
    op(
      "mailboxesDeleteMailbox",
      (client) => client.DELETE("/v2/mailboxes/{id}", { params: { path: { id: 5002 } } }),
      (data) => expect(data).toBeNull(),
    ),
    op(
      "mailboxesCreateMailbox",
      (client) =>
        client.POST("/v2/mailboxes/create", {
          body: { networkId: 1001, uniqueId: "ACMEMBOX02", companyName: "Acme Mailbox Two" },
        }),
      (data) => expectShape(data, shapes.MailboxIDInfo),
    ),
    op(
      "mailboxesListMailboxes",
      (client) =>
        client.POST("/v2/mailboxes/list", {
          body: { networkId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 },
        }),
      (data) => {
        const list = pageObject("MailboxList", data);
        expectShape(list, shapes.MailboxList);
        expectEach(list.mailboxes, shapes.MailboxIDInfo);
      },
    ),
    op(
      "mailboxesUpdateMailbox",
      (client) =>
        client.POST("/v2/mailboxes/update", {
          body: { mailboxId: 5001, companyName: "Acme Mailbox One — Updated" },
        }),
      (data) => expectShape(data, shapes.MailboxIDInfo),
    ),
    op(
      "mailboxesUpdateConfig",
      (client) => client.POST("/v2/mailboxes/update-config", { body: { mailboxId: 5001 } }),
      (data) => expect(data).toBeNull(),
    ),
    op(
      "mailboxesX12Delimiters",
      (client) =>
        client.POST("/v2/mailboxes/x12-delimiters", {
          body: { mailboxId: 5001, elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" },
        }),
      (data) => expect(data).toBeNull(),
    ),
  ],
  IDs: [
    op(
      "idsCreateId",
      (client) =>
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
      (data) => expectShape(data, shapes.ECGridIDInfo),
    ),
    op(
      "idsGetId",
      (client) => client.GET("/v2/ids/{id}", { params: { path: { id: 123456 } } }),
      (data) => expectShape(data, shapes.ECGridIDInfo),
    ),
    op(
      "idsUpdateId",
      (client) =>
        client.PUT("/v2/ids/{id}", {
          params: { path: { id: 123456 } },
          body: { description: "Acme Corp Production (updated)", status: "Active", ediStandard: "X12" },
        }),
      (data) => expectShape(data, shapes.ECGridIDInfo),
    ),
    op(
      "idsDeleteId",
      (client) => client.DELETE("/v2/ids/{id}", { params: { path: { id: 123456 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "idsFindId",
      (client) => client.POST("/v2/ids/find", { body: { qualifier: "01", id: "PARTNER001" } }),
      (data) => expectEach(data, shapes.ECGridIDInfo),
    ),
    op(
      "idsListIds",
      (client) =>
        client.POST("/v2/ids/list", {
          body: { mailboxId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 },
        }),
      (data) => expectEach(pageArray("ECGridIDInfo", data), shapes.ECGridIDInfo),
    ),
    op(
      "idsAddVan",
      (client) =>
        client.POST("/v2/ids/tp-add-van", {
          body: { ecGridId: 123456, vanQualifier: "01", vanId: "VANPARTNER001" },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "idsGetMailboxDefault",
      (client) => client.POST("/v2/ids/tp-get-mailbox-default", { body: { ecGridId: 123456 } }),
      (data) => expectShape(data, shapes.MailboxDefaultInfo),
    ),
    op(
      "idsMoveTp",
      (client) => client.POST("/v2/ids/tp-move", { body: { ecGridId: 123456, newMailboxId: 1002 } }),
      (data) => expectShape(data, shapes.ECGridIDInfo),
    ),
    op(
      "idsUpdateDataEmail",
      (client) =>
        client.POST("/v2/ids/tp-update-data-email", {
          body: {
            ecGridId: 123456,
            email: "edi@acmecorp.com",
            emailSystem: "smtp",
            emailPayload: "Attachment",
          },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "idsUpdateDescription",
      (client) =>
        client.POST("/v2/ids/tp-update-description", {
          body: { ecGridId: 123456, description: "Acme Corp — Production EDI" },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "idsX12Delimiters",
      (client) =>
        client.POST("/v2/ids/tp-x12-delimiters", {
          body: { ecGridId: 123456, elementDelimiter: "*", subElementDelimiter: ":", segmentTerminator: "~" },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "idsUpdateConfig",
      (client) => client.POST("/v2/ids/update-config", { body: { ecGridId: 123456 } }),
      (data) => expectKind(data, "boolean"),
    ),
  ],
  Partners: [
    op(
      "partnersCreatePartner",
      (client) => client.POST("/v2/partners", { body: { ecGridIdFrom: 123456, ecGridIdTo: 654321 } }),
      (data) => expectShape(data, shapes.InterconnectIDInfo),
    ),
    op(
      "partnersGetPartner",
      (client) => client.GET("/v2/partners/{id}", { params: { path: { id: 9001 } } }),
      (data) => expectShape(data, shapes.InterconnectIDInfo),
    ),
    op(
      "partnersDeletePartner",
      (client) => client.DELETE("/v2/partners/{id}", { params: { path: { id: 9001 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "partnersCountPartners",
      (client) => client.POST("/v2/partners/count", { body: { ecGridId: 123456, status: "Active" } }),
      (data) => expectKind(data, "integer"),
    ),
    op(
      "partnersListPartners",
      (client) =>
        client.POST("/v2/partners/list", {
          body: { ecGridId: 123456, status: "Active", pageNo: 1, recordsPerPage: 25 },
        }),
      (data) => expectEach(data, shapes.InterconnectIDInfo),
    ),
    op(
      "partnersAddNote",
      (client) =>
        client.POST("/v2/partners/note", {
          body: { interconnectId: 9001, note: "Approved by network admin on 2024-06-01. Test EDI verified." },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "partnersListNotes",
      (client) => client.POST("/v2/partners/notelist", { body: { interconnectId: 9001 } }),
      (data) => expectEach(data, shapes.InterconnectNoteInfo),
    ),
  ],
  Parcels: [
    op(
      "parcelsGetParcel",
      (client) => client.GET("/v2/parcels/{id}", { params: { path: { id: 987654321 } } }),
      (data) => expectShape(data, shapes.ParcelIDInfo),
    ),
    op(
      "parcelsAcknowledgmentNote",
      (client) =>
        client.POST("/v2/parcels/acknowledgment-note", {
          body: { parcelId: 987654321, note: "Received and processed by AP system at 2026-05-07T10:15:00Z." },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "parcelsCancelParcel",
      (client) => client.POST("/v2/parcels/cancel/{id}", { params: { path: { id: 987654321 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "parcelsConfirmDownload",
      (client) => client.POST("/v2/parcels/confirm", { body: { parcelId: 987654321 } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "parcelsDownloadParcel",
      (client) => client.POST("/v2/parcels/download", { body: { parcelId: 987654321 } }),
      (data) => expectShape(data, shapes.ParcelDownloadInfo),
    ),
    op(
      "parcelsFindMailbagControlId",
      (client) =>
        client.POST("/v2/parcels/find-mailbagcontrolid", {
          body: { mailboxId: 1001, mailbagControlId: "ACME-2026050701" },
        }),
      (data) => expectEach(data, shapes.ParcelIDInfo),
    ),
    op(
      "parcelsInboxList",
      (client) =>
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
      (data) => expectEach(pageArray("ParcelIDInfo", data), shapes.ParcelIDInfo),
    ),
    op(
      "parcelsGetManifest",
      (client) => client.GET("/v2/parcels/manifest/{id}", { params: { path: { id: 987654321 } } }),
      (data) => expectEach(data, shapes.ParcelManifestInfo),
    ),
    op(
      "parcelsOutboxList",
      (client) =>
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
      (data) => expectEach(pageArray("ParcelIDInfo", data), shapes.ParcelIDInfo),
    ),
    op(
      "parcelsPendingInboxList",
      (client) => client.POST("/v2/parcels/pending-inbox-list", { body: { mailboxId: 1001 } }),
      (data) => expectEach(pageArray("ParcelIDInfo", data), shapes.ParcelIDInfo),
    ),
    op(
      "parcelsResetToInbox",
      (client) => client.POST("/v2/parcels/reset-to-inbox/{id}", { params: { path: { id: 987654321 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "parcelsSendTestFile",
      (client) =>
        client.POST("/v2/parcels/send-test-file", {
          body: { ecGridIdFrom: 112233, ecGridIdTo: 445566, documentType: "850" },
        }),
      (data) => expectKind(data, "integer"),
    ),
    op(
      "parcelsSetMailbagControlId",
      (client) =>
        client.POST("/v2/parcels/set-mailbagcontrolid", {
          body: { parcelId: 987654321, mailbagControlId: "ACME-2026050701" },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "parcelsUpdateParcel",
      (client) => client.POST("/v2/parcels/update", { body: { parcelId: 987654321, status: "InBoxReady" } }),
      (data) => expectShape(data, shapes.ParcelIDInfo),
    ),
    op(
      "parcelsUploadParcel",
      (client) =>
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
      (data) => expectKind(data, "integer"),
    ),
  ],
  Interchanges: [
    op(
      "interchangesGetInterchange",
      (client) => client.GET("/v2/interchanges/{id}", { params: { path: { id: 9870001 } } }),
      (data) => expectShape(data, shapes.InterchangeIDInfo),
    ),
    op(
      "interchangesCancelInterchange",
      (client) => client.POST("/v2/interchanges/cancel/{id}", { params: { path: { id: 9870001 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "interchangesGetDate",
      (client) =>
        client.POST("/v2/interchanges/get-date", {
          body: {
            interchangeHeader:
              "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
          },
        }),
      (data) => expectKind(data, "date-time"),
    ),
    op(
      "interchangesGetHeader",
      (client) =>
        client.POST("/v2/interchanges/get-header", {
          body: {
            interchangeHeader:
              "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
          },
        }),
      (data) => expectShape(data, shapes.InterchangeHeaderInfo),
    ),
    op(
      "interchangesGetManifest",
      (client) => client.GET("/v2/interchanges/get-manifest/{id}", { params: { path: { id: 9870001 } } }),
      (data) => expectEach(data, shapes.InterchangeManifestInfo),
    ),
    op(
      "interchangesInboxList",
      (client) =>
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
      (data) => {
        const list = pageObject("InterchangeList", data);
        expectShape(list, shapes.InterchangeList);
        expectEach(list.interchanges, shapes.InterchangeIDInfo);
      },
    ),
    op(
      "interchangesOutboxList",
      (client) =>
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
      (data) => {
        const list = pageObject("InterchangeList", data);
        expectShape(list, shapes.InterchangeList);
        expectEach(list.interchanges, shapes.InterchangeIDInfo);
      },
    ),
    op(
      "interchangesResendInterchange",
      (client) => client.POST("/v2/interchanges/resend/{id}", { params: { path: { id: 9870001 } } }),
      (data) => expectKind(data, "boolean"),
    ),
  ],
  Callbacks: [
    op(
      "callbacksDeleteCallback",
      (client) => client.DELETE("/v2/callbacks", { body: { callbackId: 7001 } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "callbacksCreateCallback",
      (client) =>
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
      (data) => expectShape(data, shapes.CallbackInfo),
    ),
    op(
      "callbacksEventList",
      (client) =>
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
      (data) => {
        const list = pageObject("CallbackEventList", data);
        expectShape(list, shapes.CallbackEventList);
        expectEach(list.events, shapes.CallbackEventInfo);
      },
    ),
    op(
      "callbacksGetEventById",
      (client) => client.POST("/v2/callbacks/get-event-by-id", { body: { callbackEventId: 88001 } }),
      (data) => expectShape(data, shapes.CallbackEventInfo),
    ),
    op(
      "callbacksGetQueueById",
      (client) => client.GET("/v2/callbacks/get-queue-by-id", { params: { query: { callbackId: 7001 } } }),
      (data) => expectShape(data, shapes.CallBackQueueIDInfo),
    ),
    op(
      "callbacksQueueList",
      (client) =>
        client.POST("/v2/callbacks/queue-list", {
          body: { mailboxId: 12345, status: "Active", pageNo: 1, recordsPerPage: 100 },
        }),
      (data) => {
        const list = pageObject("CallbackQueueList", data);
        expectShape(list, shapes.CallbackQueueList);
        expectEach(list.queueEntries, shapes.CallBackQueueIDInfo);
      },
    ),
    op(
      "callbacksTestCallback",
      (client) => client.POST("/v2/callbacks/test", { body: { callbackId: 7001 } }),
      (data) => expectShape(data, shapes.CallbackTestResult),
    ),
    op(
      "callbacksUpdateCallback",
      (client) =>
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
      (data) => expectShape(data, shapes.CallbackInfo),
    ),
  ],
  "Carbon Copies": [
    op(
      "carbonCopiesGetCarbonCopy",
      (client) => client.GET("/v2/carboncopies/{id}", { params: { path: { id: 1042 } } }),
      (data) => expectShape(data, shapes.CarbonCopyInfo),
    ),
    op(
      "carbonCopiesDeleteCarbonCopy",
      (client) => client.DELETE("/v2/carboncopies/{id}", { params: { path: { id: 1042 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "carbonCopiesCreateCarbonCopy",
      (client) =>
        client.POST("/v2/carboncopies/create", {
          body: { fromMailboxId: 101, toMailboxId: 202, direction: "InBox" },
        }),
      (data) => expectShape(data, shapes.CarbonCopyInfo),
    ),
    op(
      "carbonCopiesListCarbonCopies",
      (client) =>
        client.POST("/v2/carboncopies/list", {
          body: { mailboxId: 101, status: "Active", pageNo: 1, recordsPerPage: 50 },
        }),
      (data, body) => {
        expectEach(data, shapes.CarbonCopyInfo);
        // This page puts the paging information next to `data`, in the envelope.
        expectShape(
          body,
          {
            httpStatus: "integer?",
            message: "string?",
            traceId: "string?",
            errorCode: "string?",
            success: "boolean",
            data: "array",
            totalRecords: "integer?",
            pageNo: "integer?",
            recordsPerPage: "integer?",
          },
          "body",
        );
      },
    ),
    op(
      "carbonCopiesUpdateCarbonCopy",
      (client) =>
        client.PUT("/v2/carboncopies/update", {
          body: { ccId: 1042, status: "Suspended", direction: "OutBox" },
        }),
      (data) => expectShape(data, shapes.CarbonCopyInfo),
    ),
  ],
  Certificates: [
    op(
      "certificatesAddPrivate",
      (client) =>
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
      (data) => expectShape(data, shapes.CommIDInfo),
    ),
    op(
      "certificatesAddPublic",
      (client) =>
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
      (data) => expectShape(data, shapes.CommIDInfo),
    ),
    op(
      "certificatesCreateCertificate",
      (client) =>
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
      (data) => expectShape(data, shapes.CommIDInfo),
    ),
    op(
      "certificatesRenewCertificate",
      (client) =>
        client.POST("/v2/certificates/renew", {
          body: { commId: 5001, certKeyId: 88, overlapDays: 30, years: 2, secureHashAlgorithm: "SHA256" },
        }),
      (data) => expectShape(data, shapes.CommIDInfo),
    ),
    op(
      "certificatesTerminateCertificate",
      (client) => client.POST("/v2/certificates/terminate", { body: { commId: 5001, certKeyId: 88 } }),
      (data) => expectKind(data, "boolean"),
    ),
  ],
  Comms: [
    op(
      "commsGetComm",
      (client) => client.GET("/v2/comms/{id}", { params: { path: { id: 5001 } } }),
      (data) => expectShape(data, shapes.CommIDInfo),
    ),
    op(
      "commsCreateComm",
      (client) =>
        client.POST("/v2/comms/create", {
          body: { mailboxId: 101, commType: "as2", identifier: "MYCOMPANY-AS2", useType: "Production" },
        }),
      (data) => expectShape(data, shapes.CommIDInfo),
    ),
    op(
      "commsFindComm",
      (client) => client.POST("/v2/comms/find", { body: { identifier: "MYCOMPANY-AS2", commType: "as2" } }),
      (data) => expectEach(data, shapes.CommIDInfo),
    ),
    op(
      "commsListComms",
      (client) =>
        client.POST("/v2/comms/list", {
          body: { commType: "as2", useType: "Production", showInactive: false, withCerts: true },
        }),
      (data) => expectEach(data, shapes.CommIDInfo),
    ),
    op(
      "commsCommPair",
      (client) => client.POST("/v2/comms/pair", { body: { ecGridIdFrom: 100001, ecGridIdTo: 200002 } }),
      (data) => expectEach(data, shapes.CommIDInfo),
    ),
    op(
      "commsSetPair",
      (client) =>
        client.POST("/v2/comms/set-pair", {
          body: { ecGridIdFrom: 100001, ecGridIdTo: 200002, commId: 5001 },
        }),
      (data) => expectEach(data, shapes.CommIDInfo),
    ),
    op(
      "commsUpdateComm",
      (client) =>
        client.PUT("/v2/comms/update", {
          body: { commId: 5001, identifier: "MYCOMPANY-AS2-NEW", status: "Active" },
        }),
      (data) => expectShape(data, shapes.CommIDInfo),
    ),
    op(
      "commsUpdateConfig",
      (client) => client.PUT("/v2/comms/update-config", { body: { commId: 5001 } }),
      (data) => expectKind(data, "boolean"),
    ),
  ],
  Users: [
    op(
      "usersUpdateUser",
      (client) =>
        client.PUT("/v2/users", {
          body: { userId: 1042, email: "john.smith@example.com", firstName: "John", lastName: "Smith" },
        }),
      (data) => expectShape(data, shapes.UserIDInfo),
    ),
    op(
      "usersCreateUser",
      (client) =>
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
      (data) => expectShape(data, shapes.UserIDInfo),
    ),
    op(
      "usersGetUser",
      (client) => client.GET("/v2/users/{id}", { params: { path: { id: 1042 } } }),
      (data) => expectShape(data, shapes.UserIDInfo),
    ),
    op(
      "usersTerminateUser",
      (client) => client.DELETE("/v2/users/{id}", { params: { path: { id: 1042 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "usersGetByName",
      (client) => client.POST("/v2/users/by-name", { body: { login: "jsmith" } }),
      (data) => expectEach(pageArray("UserIDInfo", data), shapes.UserIDInfo),
    ),
    op(
      "usersGeneratePassword",
      (client) => client.POST("/v2/users/generate-password", { body: { length: 16 } }),
      (data) => expectKind(data, "string"),
    ),
    op(
      "usersGenerateApiKey",
      (client) => client.POST("/v2/users/key-generate/{id}", { params: { path: { id: 1042 } } }),
      (data) => expectKind(data, "string"),
    ),
    op(
      "usersGetApiKey",
      (client) => client.GET("/v2/users/key/{id}", { params: { path: { id: 1042 } } }),
      (data) => expectKind(data, "string"),
    ),
    op(
      "usersListUsers",
      (client) =>
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
      (data) => expectEach(data, shapes.UserIDInfo),
    ),
    op(
      "usersGetMe",
      (client) => client.GET("/v2/users/me"),
      (data) => expectShape(data, shapes.UserIDInfo),
    ),
    op(
      "usersUpdatePassword",
      (client) => client.POST("/v2/users/password", { body: { userId: 1042, newPassword: "NewPassw0rd!" } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "usersResetSessions",
      (client) => client.POST("/v2/users/reset/{id}", { params: { path: { id: 1042 } } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "usersSetRole",
      (client) =>
        client.POST("/v2/users/role", { body: { userId: 1042, authLevel: "NetworkAdmin", networkId: 1 } }),
      (data) => expectShape(data, shapes.UserIDInfo),
    ),
    op(
      "usersSendSms",
      (client) =>
        client.POST("/v2/users/send-sms", {
          body: { userId: 1042, message: "Your ECGrid parcel download is ready." },
        }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "usersSetNetworkMailbox",
      (client) =>
        client.POST("/v2/users/set-network-mailbox", {
          body: { userId: 1042, networkId: 2, mailboxId: 205 },
        }),
      (data) => expectShape(data, shapes.UserIDInfo),
    ),
    op(
      "usersUpdateConfig",
      (client) => client.POST("/v2/users/update-config", { body: { userId: 1042 } }),
      (data) => expectKind(data, "boolean"),
    ),
  ],
  Keys: [
    op(
      "keysDeleteKey",
      (client) => client.DELETE("/v2/keys", { body: { keyId: 9001 } }),
      (data) => expectKind(data, "boolean"),
    ),
    op(
      "keysCreateKey",
      (client) => client.POST("/v2/keys/create", { body: { userId: 12345, visibility: "Private" } }),
      (data) => expectShape(data, shapes.KeyValue),
    ),
    op(
      "keysGetKey",
      (client) => client.POST("/v2/keys/get-key", { body: { userId: 12345 } }),
      (data) => expectShape(data, shapes.KeyValue),
    ),
    op(
      "keysListKeys",
      (client) => client.POST("/v2/keys/list", { body: { userId: 12345, visibility: "Private" } }),
      (data) => expectEach(data, shapes.KeyValue),
    ),
  ],
  Portals: [
    op(
      "portalsGetPortalByMailbox",
      (client) => client.GET("/v2/portals/by-mailbox/{mailboxId}", { params: { path: { mailboxId: 7890 } } }),
      (data) => expectShape(data, shapes.PortalInfo),
    ),
    op(
      "portalsCreatePortal",
      (client) => client.POST("/v2/portals/create", { body: { mailboxId: 7890 } }),
      (data) => expectShape(data, shapes.PortalInfo),
    ),
  ],
  Reports: [
    op(
      "reportsReportList",
      (client) => client.GET("/v2/reports/{ShowInactive}", { params: { path: { ShowInactive: false } } }),
      (data) => expectEach(data, shapes.ReportInfo),
    ),
    op(
      "reportsReportByDate",
      (client) =>
        client.POST("/v2/reports/bydate", {
          body: { reportId: 1, startDate: "2026-04-01T00:00:00Z", endDate: "2026-04-30T23:59:59Z" },
        }),
      (data) => expectEach(data, shapes.ReportByDateRow),
    ),
    op(
      "reportsInstantStats",
      (client) => client.POST("/v2/reports/instant-stats", { body: { minutes1: 5, minutes2: 60 } }),
      (data) => expectShape(data, shapes.InstantStats),
    ),
    op(
      "reportsInterchangeStats",
      (client) =>
        client.POST("/v2/reports/interchange-stats", {
          body: { startTime: "2026-04-01T00:00:00Z", endTime: "2026-04-30T23:59:59Z", direction: "InBox" },
        }),
      (data) => expectEach(data, shapes.InterchangeStatsInfo),
    ),
    op(
      "reportsMailboxInterchangeStats",
      (client) => client.GET("/v2/reports/mailbox-interchange-stats"),
      (data) => expectShape(data, shapes.MailboxInterchangeStats),
    ),
    op(
      "reportsMailboxStats",
      (client) => client.GET("/v2/reports/mailbox-stats"),
      (data) => expectShape(data, shapes.MailboxStats),
    ),
    op(
      "reportsMonthlyReport",
      (client) => client.POST("/v2/reports/monthly", { body: { report: 1, month: "2026-04-01T00:00:00Z" } }),
      (data) => expectEach(data, shapes.MonthlyReportRow),
    ),
    op(
      "reportsTrafficStats",
      (client) =>
        client.POST("/v2/reports/traffic-stats", {
          body: { targetTime: "2026-05-07T00:00:00Z", numPeriods: 7, period: "Day" },
        }),
      (data) => expectEach(data, shapes.TrafficStatsInfo),
    ),
  ],
  "Status Lists": [
    op(
      "statusListsGetStatusLists",
      (client) => client.GET("/v2/status-lists"),
      (data) => {
        const lists = pageObject("StatusLists", data);
        expectShape(lists, shapes.StatusLists);
        expectEach(lists.parcelStatuses, shapes.StatusCode);
        expectEach(lists.interchangeStatuses, shapes.StatusCode);
      },
    ),
  ],
} satisfies Record<string, Case[]>;

const cases: Case[] = Object.values(groups).flat();

/** What Prism found wrong with a request: the `sl-violations` header it adds to every answer it rejects. */
function violations(response: Response): { location: string[]; code: string | number; message: string }[] {
  const header = response.headers.get("sl-violations");
  return header === null ? [] : JSON.parse(header);
}

async function exercise({ operationId, call, check }: Case): Promise<void> {
  const client = createClient<paths>({ baseUrl, headers: apiKey });
  const sent: { method: string; schemaPath: string }[] = [];
  client.use({
    onRequest({ request, schemaPath }) {
      sent.push({ method: request.method, schemaPath });
    },
  });

  const { data: body, error, response } = await call(client);

  // The case calls the operation it is named after, exactly once.
  const expected = specOperations.find((o) => o.operationId === operationId);
  expect(sent).toEqual([{ method: expected?.method, schemaPath: expected?.schemaPath }]);
  // Prism's request validation passed (it answers an invalid request with 400/401 and an `sl-violations` header).
  expect(violations(response), `Prism found violations in ${operationId}`).toEqual([]);
  expect(error, `Prism rejected ${operationId}: ${JSON.stringify(error)}`).toBeUndefined();
  expect(response.status).toBeGreaterThanOrEqual(200);
  expect(response.status).toBeLessThan(300);
  // The ApiResponse envelope ...
  expect(body).toMatchObject({ success: true, httpStatus: 200, traceId: expect.any(String) });
  // ... and the payload the operation promises.
  const payload: unknown = body && "data" in body ? body.data : undefined;
  expect(payload, "the envelope carries data").not.toBeUndefined();
  check(payload, body);
}

describe("ECGrid: every operation of the spec through the typed client against Prism", () => {
  for (const [tag, list] of Object.entries(groups)) {
    describe(tag, () => {
      it.each(list)("$operationId", exercise);
    });
  }

  it("has one case per spec operation: exactly the spec's 119 operationIds, no extras, no duplicates", () => {
    const specIds = specOperations.map((o) => o.operationId);
    const caseIds: string[] = cases.map((c) => c.operationId);
    expect(new Set(specIds).size, "operationIds are unique in the spec").toBe(specIds.length);
    expect(specIds).toHaveLength(119);
    expect(
      caseIds.filter((id, index) => caseIds.indexOf(id) !== index),
      "duplicate cases",
    ).toEqual([]);
    expect(
      specIds.filter((id) => !caseIds.includes(id)),
      "operations without a case",
    ).toEqual([]);
    expect(
      caseIds.filter((id) => !specIds.includes(id)),
      "cases without an operation",
    ).toEqual([]);
    expect(caseIds).toHaveLength(119);
  });
});

describe("ECGrid: response enums are open, request enums strict (generated types)", () => {
  it("types an unknown response status as valid and keeps the known literals", () => {
    // Extract<…> is `never` (and this line fails tsc) if the union collapsed to `string`.
    const known: Extract<Schemas["ParcelStatusOpen"], "OutBoxDelivered"> = "OutBoxDelivered";
    const fromRequests: Extract<Schemas["ParcelStatusOpen"], "InBoxReady"> = "InBoxReady";
    const parcel: Schemas["ParcelIDInfo"] = { parcelId: 1, status: "SomeFutureStatus" };
    const event: Schemas["CallbackInfo"]["event"] = "SomeFutureObject";
    // @ts-expect-error requests send only the documented spelling
    const request: Schemas["ParcelStatus"] = "SomeFutureStatus";
    expect([known, fromRequests, parcel.status, event, request]).toHaveLength(5);
  });
});

describe("ECGrid: Prism validates requests and credentials", () => {
  const client = createClient<paths>({ baseUrl, headers: apiKey });
  const anonymous = createClient<paths>({ baseUrl });

  it("rejects recordsPerPage above 500 on parcelsInboxList with 400", async () => {
    const { error, response } = await client.POST("/v2/parcels/inbox-list", {
      body: { mailboxId: 1001, status: "InBoxReady", pageNo: 1, recordsPerPage: 501 },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ success: false, httpStatus: 400 });
    expect(violations(response)).toEqual([
      expect.objectContaining({ location: ["request", "body", "recordsPerPage"], code: "maximum" }),
    ]);
  });

  it("rejects an upload without the required fileName with 400 (and the types reject it too)", async () => {
    const { error, response } = await client.POST("/v2/parcels/upload", {
      // @ts-expect-error fileName is required by ParcelUploadRequest
      body: { content: "SVFU4OiogU2VuZGluZyBFREkgZGF0YSB2aWEgRUNHcmlk...", bytes: 4096, mailboxId: 1001 },
    });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ success: false, httpStatus: 400 });
    expect(violations(response)).toEqual([
      expect.objectContaining({ code: "required", message: expect.stringContaining("'fileName'") }),
    ]);
  });

  it("refuses a secured operation (usersGetMe) without credentials with 401", async () => {
    const { error, response } = await anonymous.GET("/v2/users/me");
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ success: false, httpStatus: 401 });
    expect(violations(response)).toEqual([expect.objectContaining({ code: 401 })]);
  });

  it("serves the open authVersion without credentials with 200", async () => {
    const { data, response } = await anonymous.GET("/v2/auth/version");
    expect(response.status).toBe(200);
    expect(violations(response)).toEqual([]);
    expect(data?.success).toBe(true);
    expectShape(pageObject("VersionInfo", data?.data), { version: "string" });
  });
});
