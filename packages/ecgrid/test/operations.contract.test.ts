// Acceptance test of "ECGrid spec: every operation", through the SDK (issue 16 item 5).
//
// Every operation of specs/ecgrid/openapi.yaml is called through the `ECGrid` client's own methods
// (`ecgrid.networks.update(body)`, `ecgrid.parcels.download(id)`, the credentials sign-in …), never
// a bare openapi-fetch call, against Prism with request validation on: a request that breaks the spec
// gets a 4xx (and an `sl-violations` header) and the call rejects. Responses are checked against the
// spec too (`validateResponses: "throw"` with the generated validators), so a passing case proves the
// request the SDK built, the answer and the SDK's reading of it.
//
// Each case carries the request example of the operation's reference page
// (reference/ecgrid-rest-docs/rest-api/<group>/<page>.md; path IDs from the page's response example),
// typed by the generated `operations` (tsc checks every body and parameter), and the harness proves
// the SDK sent exactly that on the wire: the method and path of the operation's descriptor with those
// path and query values, and the example body verbatim. Where a method builds the body itself (the
// sign-in, a Base64 upload, the key/value methods' references) the case names what it must send.
//
// Coverage: the client core's send path is wrapped, and the last test fails naming every operationId
// of the spec (and of the generated table) that no case sent through the SDK.
import { readFileSync } from "node:fs";
import type { CallParams } from "@edi-clients/runtime";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { afterEach, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { OPERATIONS, type OperationId, usersGetMe } from "../src/generated/operations.js";
import {
  ApiError,
  AuthenticationError,
  ECGrid,
  type ECGridOptions,
  type operations,
  ValidationError,
} from "../src/index.js";
import { validateResponse } from "../src/validation.js";

const baseUrl = inject("prismUrls").ecgrid as string;

// The operations as the spec lists them.
const spec = parse(readFileSync(new URL("../../../specs/ecgrid/openapi.yaml", import.meta.url), "utf8"));
const specIds: string[] = Object.values<Record<string, { operationId?: unknown }>>(spec.paths).flatMap(
  (pathItem) =>
    Object.values(pathItem).flatMap((o) => (typeof o?.operationId === "string" ? [o.operationId] : [])),
);

/** Operations the cases sent through the SDK (the core's send path, whichever method called it). */
const covered = new Set<string>();

/** One request as it left the client, with Prism's verdict on it. */
interface Wire {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  status: number;
  /** Prism's `sl-violations` header: what it found wrong with the request. */
  violations: unknown[];
}

interface Recorded {
  ecgrid: ECGrid;
  /** Operation IDs in the order the core sent them. */
  sent: string[];
  wire: Wire[];
}

const clients: ECGrid[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

/** An SDK client against Prism that records what it sends, answers checked against the spec. */
function recorded(options: Partial<ECGridOptions> = {}): Recorded {
  const wire: Wire[] = [];
  const sent: string[] = [];
  const ecgrid = new ECGrid({
    ...(options.credentials || options.tokenProvider ? {} : { apiKey: "test-key" }),
    baseUrl,
    logger: silentLogger,
    throttle: false,
    maxRetries: 0,
    validateResponses: "throw",
    responseValidator: validateResponse,
    fetch: async (request, init) => {
      const body = request.body ? await request.clone().text() : "";
      const response = await globalThis.fetch(request, init);
      const header = response.headers.get("sl-violations");
      wire.push({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body,
        status: response.status,
        violations: header === null ? [] : JSON.parse(header),
      });
      return response;
    },
    ...options,
  });
  const send = ecgrid.core.send.bind(ecgrid.core);
  ecgrid.core.send = ((operation, ...rest) => {
    sent.push(operation);
    return send(operation, ...rest);
  }) as typeof ecgrid.core.send;
  clients.push(ecgrid);
  return { ecgrid, sent, wire };
}

/** What an operation takes, typed from the spec: path/query parameters and body. */
type RequestOf<Op extends OperationId> = CallParams<operations[Op]>;

interface Case {
  operationId: OperationId;
  /** The request the SDK must put on the wire for this operation. */
  request: { params?: { path?: Record<string, unknown>; query?: Record<string, unknown> }; body?: unknown };
  run(ecgrid: ECGrid): PromiseLike<unknown>;
  check?(result: unknown): void;
  /** Client options of the case (the sign-in cases use credentials). */
  client?: Partial<ECGridOptions>;
  /** The operations the call sends, in order, when it is more than its own (a sign-in first). */
  sends?: OperationId[];
}

/**
 * One case: the SDK call gets the request example (typed by the operation), `check` sees the
 * method's own (normalised) result type.
 */
function op<Op extends OperationId, R>(
  operationId: Op,
  request: RequestOf<Op>,
  call: (ecgrid: ECGrid, request: RequestOf<Op>) => PromiseLike<R>,
  check?: (result: R) => void,
  more: Pick<Case, "client" | "sends"> = {},
): Case {
  return {
    operationId,
    request: request as Case["request"],
    run: (ecgrid) => call(ecgrid, request),
    check: check as Case["check"],
    ...more,
  };
}

/** The path of a descriptor's template with the case's path parameters filled in. */
function filledPath(template: string, path: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
}

/** Whether a request went to the descriptor's method and path template. */
function matches(wire: Wire, operationId: string): boolean {
  const { method, path } = OPERATIONS[operationId as OperationId];
  const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`);
  return wire.method === method && pattern.test(wire.url.pathname);
}

// The example the spec's login answers with (the refresh case sends it back).
const loginToken: string = (() => {
  const login = spec.paths["/v2/auth/login"].post.responses["200"].content["application/json"];
  const example = login.example ?? Object.values<{ value: unknown }>(login.examples ?? {})[0]?.value;
  return (example as { data: { token: string } }).data.token;
})();

const credentials = { login: "jsmith@example.com", password: "Sup3r$ecret!" };
// The key/value methods take a reference to a system object (X10-KEYS-1), not the reference page's body.
const keyRef = { systemObject: "Mailbox", objectId: 142, key: "ftp:status", visibility: "Shared" } as const;
const uploadText = "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       ~";

const groups = {
  Auth: [
    op(
      "authLogin",
      { body: credentials },
      // The sign-in sends the login before the first call that needs a token.
      (ecgrid) => ecgrid.users.me(),
      (user) => expect(user.userId).toBeTypeOf("number"),
      { client: { credentials }, sends: ["authLogin", "usersGetMe"] },
    ),
    op(
      "authLogout",
      {},
      (ecgrid) => ecgrid.auth.logout(),
      (result) => expect(result).toBeUndefined(),
    ),
    op(
      "authChangePassword",
      {
        body: { currentPassword: "OldP@ssword1", newPassword: "NewP@ssword2!" },
      },
      (ecgrid, { body }) => ecgrid.auth.changePassword(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "authRefreshToken",
      { body: { token: loginToken } },
      // The example token expired on 2026-05-07: the second call renews it with the token it holds.
      async (ecgrid) => {
        await ecgrid.users.me();
        return ecgrid.users.me();
      },
      (user) => expect(user.userId).toBeTypeOf("number"),
      { client: { credentials }, sends: ["authLogin", "usersGetMe", "authRefreshToken", "usersGetMe"] },
    ),
    op(
      "authSession",
      {},
      (ecgrid) => ecgrid.auth.session(),
      (session) => expect(session).toBeTypeOf("object"),
    ),
    op(
      "authVersion",
      {},
      (ecgrid) => ecgrid.auth.version(),
      (version) => expect(version.version).toBeTypeOf("string"),
    ),
  ],
  Networks: [
    op(
      "networksUpdateNetwork",
      {
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
      },
      (ecgrid, { body }) => ecgrid.networks.update(body),
      (network) => expect(network.networkId).toBe(1001),
    ),
    op(
      "networksGetNetwork",
      { params: { path: { id: 1001 } } },
      (ecgrid, { params }) => ecgrid.networks.get(params.path.id),
      (network) => expect(network.networkId).toBe(1001),
    ),
    op(
      "networksGetContact",
      {
        body: { networkId: 1001, contactType: "CustomerService" },
      },
      (ecgrid, { body }) => ecgrid.networks.getContact(body),
      (contact) => expect(contact).toBeTypeOf("object"),
    ),
    op(
      "networksListNetworks",
      {
        body: { networkId: 0, mailboxId: 0, status: "Active", pageNo: 1, recordsPerPage: 25 },
      },
      (ecgrid, { body }) => ecgrid.networks.list(body),
      (page) => expect(page.networks.length).toBeGreaterThan(0),
    ),
    op(
      "networksUpdateConfig",
      { body: { networkId: 1001 } },
      (ecgrid, { body }) => ecgrid.networks.updateConfig(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "networksX12Delimiters",
      {
        body: { networkId: 1001, elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" },
      },
      (ecgrid, { body }) => ecgrid.networks.setX12Delimiters(body),
      (done) => expect(done).toBe(true),
    ),
  ],
  Mailboxes: [
    op(
      "mailboxesGetMailbox",
      { params: { path: { id: 5001 } } },
      (ecgrid, { params }) => ecgrid.mailboxes.get(params.path.id),
      (mailbox) => expect(mailbox.mailboxId).toBeTypeOf("number"),
    ),
    op(
      "mailboxesDeleteMailbox",
      { params: { path: { id: 5002 } } },
      (ecgrid, { params }) => ecgrid.mailboxes.delete(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "mailboxesCreateMailbox",
      {
        body: { networkId: 1001, uniqueId: "ACMEMBOX02", companyName: "Acme Mailbox Two" },
      },
      (ecgrid, { body }) => ecgrid.mailboxes.create(body),
      (mailbox) => expect(mailbox.mailboxId).toBeTypeOf("number"),
    ),
    op(
      "mailboxesListMailboxes",
      {
        body: { networkId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 },
      },
      (ecgrid, { body }) => ecgrid.mailboxes.list(body),
      (page) => expect(page.mailboxes.length).toBeGreaterThan(0),
    ),
    op(
      "mailboxesUpdateMailbox",
      {
        body: { mailboxId: 5001, companyName: "Acme Mailbox One — Updated" },
      },
      (ecgrid, { body }) => ecgrid.mailboxes.update(body),
      (mailbox) => expect(mailbox.mailboxId).toBe(5001),
    ),
    op(
      "mailboxesUpdateConfig",
      { body: { mailboxId: 5001 } },
      (ecgrid, { body }) => ecgrid.mailboxes.updateConfig(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "mailboxesX12Delimiters",
      {
        body: { mailboxId: 5001, elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" },
      },
      (ecgrid, { body }) => ecgrid.mailboxes.setX12Delimiters(body),
      (done) => expect(done).toBe(true),
    ),
  ],
  IDs: [
    op(
      "idsCreateId",
      {
        body: {
          mailboxId: 1001,
          qualifier: "01",
          id: "PARTNER001",
          description: "Acme Corp Production",
          ediStandard: "X12",
          routingGroup: "ProductionA",
        },
      },
      (ecgrid, { body }) => ecgrid.ids.create(body),
      (id) => expect(id.ecGridId).toBeTypeOf("number"),
    ),
    op(
      "idsGetId",
      { params: { path: { id: 123456 } } },
      (ecgrid, { params }) => ecgrid.ids.get(params.path.id),
      (id) => expect(id.ecGridId).toBe(123456),
    ),
    op(
      "idsUpdateId",
      {
        params: { path: { id: 123456 } },
        body: { description: "Acme Corp Production (updated)", status: "Active", ediStandard: "X12" },
      },
      (ecgrid, { params, body }) => ecgrid.ids.update(params.path.id, body),
      (id) => expect(id.ecGridId).toBe(123456),
    ),
    op(
      "idsDeleteId",
      { params: { path: { id: 123456 } } },
      (ecgrid, { params }) => ecgrid.ids.delete(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "idsFindId",
      { body: { qualifier: "01", id: "PARTNER001" } },
      (ecgrid, { body }) => ecgrid.ids.find(body),
      (ids) => expect(ids.length).toBeGreaterThan(0),
    ),
    op(
      "idsListIds",
      {
        body: { mailboxId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 },
      },
      (ecgrid, { body }) => ecgrid.ids.list(body),
      (ids) => expect(ids.length).toBeGreaterThan(0),
    ),
    op(
      "idsAddVan",
      {
        body: { ecGridId: 123456, vanQualifier: "01", vanId: "VANPARTNER001" },
      },
      (ecgrid, { body }) => ecgrid.ids.addVan(body),
    ),
    op(
      "idsGetMailboxDefault",
      { body: { ecGridId: 123456 } },
      (ecgrid, { body }) => ecgrid.ids.getMailboxDefault(body),
      (mailbox) => expect(mailbox.mailboxId).toBeTypeOf("number"),
    ),
    op(
      "idsMoveTp",
      { body: { ecGridId: 123456, newMailboxId: 1002 } },
      (ecgrid, { body }) => ecgrid.ids.move(body),
      (id) => expect(id.ecGridId).toBe(123456),
    ),
    op(
      "idsUpdateDataEmail",
      {
        body: {
          ecGridId: 123456,
          email: "edi@acmecorp.com",
          emailSystem: "smtp",
          emailPayload: "Attachment",
        },
      },
      (ecgrid, { body }) => ecgrid.ids.updateDataEmail(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "idsUpdateDescription",
      {
        body: { ecGridId: 123456, description: "Acme Corp — Production EDI" },
      },
      (ecgrid, { body }) => ecgrid.ids.updateDescription(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "idsX12Delimiters",
      {
        body: { ecGridId: 123456, elementDelimiter: "*", subElementDelimiter: ":", segmentTerminator: "~" },
      },
      (ecgrid, { body }) => ecgrid.ids.setX12Delimiters(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "idsUpdateConfig",
      { body: { ecGridId: 123456 } },
      (ecgrid, { body }) => ecgrid.ids.updateConfig(body),
      (done) => expect(done).toBe(true),
    ),
  ],
  Partners: [
    op(
      "partnersCreatePartner",
      { body: { ecGridIdFrom: 123456, ecGridIdTo: 654321 } },
      (ecgrid, { body }) => ecgrid.partners.create(body),
      (partner) => expect(partner.interconnectId).toBeTypeOf("number"),
    ),
    op(
      "partnersGetPartner",
      { params: { path: { id: 9001 } } },
      (ecgrid, { params }) => ecgrid.partners.get(params.path.id),
      (partner) => expect(partner.interconnectId).toBe(9001),
    ),
    op(
      "partnersDeletePartner",
      { params: { path: { id: 9001 } } },
      (ecgrid, { params }) => ecgrid.partners.delete(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "partnersCountPartners",
      { body: { ecGridId: 123456, status: "Active" } },
      (ecgrid, { body }) => ecgrid.partners.count(body),
      (count) => expect(Number.isInteger(count)).toBe(true),
    ),
    op(
      "partnersListPartners",
      {
        body: { ecGridId: 123456, status: "Active", pageNo: 1, recordsPerPage: 25 },
      },
      (ecgrid, { body }) => ecgrid.partners.list(body),
      (partners) => expect(partners.length).toBeGreaterThan(0),
    ),
    op(
      "partnersAddNote",
      {
        body: { interconnectId: 9001, note: "Approved by network admin on 2024-06-01. Test EDI verified." },
      },
      (ecgrid, { body }) => ecgrid.partners.addNote(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "partnersListNotes",
      { body: { interconnectId: 9001 } },
      (ecgrid, { body }) => ecgrid.partners.listNotes(body),
      (notes) => expect(notes.length).toBeGreaterThan(0),
    ),
  ],
  Parcels: [
    op(
      "parcelsGetParcel",
      { params: { path: { id: 987654321 } } },
      (ecgrid, { params }) => ecgrid.parcels.get(params.path.id),
      (parcel) => expect(parcel.parcelId).toBe(987654321),
    ),
    op(
      "parcelsAcknowledgmentNote",
      {
        body: { parcelId: 987654321, note: "Received and processed by AP system at 2026-05-07T10:15:00Z." },
      },
      (ecgrid, { body }) => ecgrid.parcels.acknowledgmentNote(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "parcelsCancelParcel",
      { params: { path: { id: 987654321 } } },
      (ecgrid, { params }) => ecgrid.parcels.cancel(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "parcelsConfirmDownload",
      { body: { parcelId: 987654321 } },
      (ecgrid, { body }) => ecgrid.parcels.confirm(body.parcelId),
      (done) => expect(done).toBe(true),
    ),
    op(
      "parcelsDownloadParcel",
      { body: { parcelId: 987654321 } },
      (ecgrid, { body }) => ecgrid.parcels.download(body.parcelId),
      (parcel) => expect(parcel.bytes.byteLength).toBeGreaterThan(0),
    ),
    op(
      "parcelsFindMailbagControlId",
      {
        body: { mailboxId: 1001, mailbagControlId: "ACME-2026050701" },
      },
      (ecgrid, { body }) => ecgrid.parcels.findMailbagControlId(body),
      (parcels) => expect(parcels.length).toBeGreaterThan(0),
    ),
    op(
      "parcelsInboxList",
      {
        body: {
          mailboxId: 1001,
          status: "InBoxReady",
          beginDate: "2026-05-01T00:00:00Z",
          endDate: "2026-05-07T23:59:59Z",
          pageNo: 1,
          recordsPerPage: 25,
        },
      },
      (ecgrid, { body }) => ecgrid.parcels.inboxList(body),
      (parcels) => expect(parcels.length).toBeGreaterThan(0),
    ),
    op(
      "parcelsGetManifest",
      { params: { path: { id: 987654321 } } },
      (ecgrid, { params }) => ecgrid.parcels.manifest(params.path.id),
      (manifest) => expect(manifest.length).toBeGreaterThan(0),
    ),
    op(
      "parcelsOutboxList",
      {
        body: {
          mailboxId: 1001,
          ecGridIdFrom: 112233,
          beginDate: "2026-05-01T00:00:00Z",
          endDate: "2026-05-07T23:59:59Z",
          pageNo: 1,
          recordsPerPage: 25,
        },
      },
      (ecgrid, { body }) => ecgrid.parcels.outboxList(body),
      (parcels) => expect(parcels.length).toBeGreaterThan(0),
    ),
    op(
      "parcelsPendingInboxList",
      { body: { mailboxId: 1001 } },
      (ecgrid, { body }) => ecgrid.parcels.pendingInboxList(body),
      (parcels) => expect(parcels.length).toBeGreaterThan(0),
    ),
    op(
      "parcelsResetToInbox",
      { params: { path: { id: 987654321 } } },
      (ecgrid, { params }) => ecgrid.parcels.resetToInbox(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "parcelsSendTestFile",
      {
        body: { ecGridIdFrom: 112233, ecGridIdTo: 445566, documentType: "850" },
      },
      (ecgrid, { body }) => ecgrid.parcels.sendTestFile(body),
      (parcelId) => expect(Number.isInteger(parcelId)).toBe(true),
    ),
    op(
      "parcelsSetMailbagControlId",
      {
        body: { parcelId: 987654321, mailbagControlId: "ACME-2026050701" },
      },
      (ecgrid, { body }) => ecgrid.parcels.setMailbagControlId(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "parcelsUpdateParcel",
      { body: { parcelId: 987654321, status: "InBoxReady" } },
      (ecgrid, { body }) => ecgrid.parcels.update(body),
      (parcel) => expect(parcel.parcelId).toBe(987654321),
    ),
    op(
      "parcelsUploadParcel",
      {
        body: {
          fileName: "po_batch_20260507.edi",
          content: Buffer.from(uploadText).toString("base64"),
          bytes: uploadText.length,
          ecGridIdFrom: 112233,
          ecGridIdTo: 445566,
          mailboxId: 1001,
        },
      },
      // upload() takes the file as it is and sends its Base64 and length (no reconciling listing here).
      (ecgrid, { body }) =>
        ecgrid.parcels.upload(
          {
            fileName: body.fileName,
            content: uploadText,
            ecGridIdFrom: 112233,
            ecGridIdTo: 445566,
            mailboxId: 1001,
          },
          { reconcile: false },
        ),
      (parcelId) => expect(Number.isInteger(parcelId)).toBe(true),
    ),
  ],
  Interchanges: [
    op(
      "interchangesGetInterchange",
      { params: { path: { id: 9870001 } } },
      (ecgrid, { params }) => ecgrid.interchanges.get(params.path.id),
      (interchange) => expect(interchange.interchangeId).toBe(9870001),
    ),
    op(
      "interchangesCancelInterchange",
      { params: { path: { id: 9870001 } } },
      (ecgrid, { params }) => ecgrid.interchanges.cancel(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "interchangesGetDate",
      {
        body: {
          interchangeHeader:
            "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
        },
      },
      (ecgrid, { body }) => ecgrid.interchanges.getDate(body),
      (date) => expect(date).toBeTypeOf("string"),
    ),
    op(
      "interchangesGetHeader",
      {
        body: {
          interchangeHeader:
            "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>",
        },
      },
      (ecgrid, { body }) => ecgrid.interchanges.getHeader(body),
      (header) => expect(header).toBeTypeOf("object"),
    ),
    op(
      "interchangesGetManifest",
      { params: { path: { id: 9870001 } } },
      (ecgrid, { params }) => ecgrid.interchanges.manifest(params.path.id),
      (manifest) => expect(manifest.length).toBeGreaterThan(0),
    ),
    op(
      "interchangesInboxList",
      {
        body: {
          mailboxId: 12345,
          ecGridIdFrom: 0,
          ecGridIdTo: 0,
          beginDate: "2026-05-01T00:00:00Z",
          endDate: "2026-05-07T23:59:59Z",
          pageNo: 1,
          recordsPerPage: 100,
        },
      },
      (ecgrid, { body }) => ecgrid.interchanges.inboxList(body),
      (page) => expect(page.interchanges.length).toBeGreaterThan(0),
    ),
    op(
      "interchangesOutboxList",
      {
        body: {
          mailboxId: 12345,
          ecGridIdFrom: 0,
          ecGridIdTo: 0,
          beginDate: "2026-05-01T00:00:00Z",
          endDate: "2026-05-07T23:59:59Z",
          pageNo: 1,
          recordsPerPage: 100,
        },
      },
      (ecgrid, { body }) => ecgrid.interchanges.outboxList(body),
      (page) => expect(page.interchanges.length).toBeGreaterThan(0),
    ),
    op("interchangesResendInterchange", { params: { path: { id: 9870001 } } }, (ecgrid, { params }) =>
      ecgrid.interchanges.resend(params.path.id),
    ),
  ],
  Callbacks: [
    op(
      "callbacksDeleteCallback",
      { body: { callbackId: 7001 } },
      (ecgrid, { body }) => ecgrid.callbacks.delete(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "callbacksCreateCallback",
      {
        body: {
          url: "https://app.example.com/webhooks/ecgrid",
          event: "Parcel",
          mailboxId: 12345,
          httpAuthType: "Basic",
          username: "webhook_user",
          password: "s3cr3t!",
        },
      },
      (ecgrid, { body }) => ecgrid.callbacks.create(body),
      (callback) => expect(callback.callbackId).toBeTypeOf("number"),
    ),
    op(
      "callbacksEventList",
      {
        // The SDK takes both scopes (0 = all), the reference page sends one: networkId added.
        body: {
          networkId: 7,
          mailboxId: 12345,
          event: "Parcel",
          beginDate: "2026-05-01T00:00:00Z",
          endDate: "2026-05-07T23:59:59Z",
          pageNo: 1,
          recordsPerPage: 100,
        },
      },
      (ecgrid, { body }) => ecgrid.callbacks.eventList({ ...body, networkId: 7, mailboxId: 12345 }),
      (page) => expect(page.events.length).toBeGreaterThan(0),
    ),
    op(
      "callbacksGetEventById",
      { body: { callbackEventId: 88001 } },
      (ecgrid, { body }) => ecgrid.callbacks.getEvent(body),
      (event) => expect(event.callbackEventId).toBeTypeOf("number"),
    ),
    op(
      "callbacksGetQueueById",
      { params: { query: { callbackId: 7001 } } },
      (ecgrid, { params }) => ecgrid.callbacks.getQueueEntry(params.query.callbackId),
      (entry) => expect(entry).toBeTypeOf("object"),
    ),
    op(
      "callbacksQueueList",
      {
        // Both scopes, as for callbacksEventList.
        body: { networkId: 7, mailboxId: 12345, status: "Active", pageNo: 1, recordsPerPage: 100 },
      },
      (ecgrid, { body }) =>
        ecgrid.callbacks.queueList({
          ...body,
          networkId: 7,
          mailboxId: 12345,
          view: undefined,
          maxDays: undefined,
        }),
      (page) => expect(page.queueEntries.length).toBeGreaterThan(0),
    ),
    op(
      "callbacksTestCallback",
      { body: { callbackId: 7001 } },
      (ecgrid, { body }) => ecgrid.callbacks.test(body),
      (result) => expect(result).toBeTypeOf("object"),
    ),
    op(
      "callbacksUpdateCallback",
      {
        body: {
          callbackId: 7001,
          url: "https://app.example.com/webhooks/ecgrid-v2",
          status: "Active",
          httpAuthType: "Basic",
          username: "webhook_user",
          password: "n3wP@ssword!",
        },
      },
      (ecgrid, { body }) => ecgrid.callbacks.update(body),
    ),
  ],
  "Carbon Copies": [
    op(
      "carbonCopiesGetCarbonCopy",
      { params: { path: { id: 1042 } } },
      (ecgrid, { params }) => ecgrid.carbonCopies.get(params.path.id),
      (copy) => expect(copy.ccId).toBe(1042),
    ),
    op(
      "carbonCopiesDeleteCarbonCopy",
      { params: { path: { id: 1042 } } },
      (ecgrid, { params }) => ecgrid.carbonCopies.delete(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "carbonCopiesCreateCarbonCopy",
      {
        body: { fromMailboxId: 101, toMailboxId: 202, direction: "InBox" },
      },
      (ecgrid, { body }) => ecgrid.carbonCopies.create(body),
      (copy) => expect(copy.ccId).toBeTypeOf("number"),
    ),
    op(
      "carbonCopiesListCarbonCopies",
      {
        body: { mailboxId: 101, status: "Active", pageNo: 1, recordsPerPage: 50 },
      },
      (ecgrid, { body }) => ecgrid.carbonCopies.list(body),
      (copies) => expect(copies.length).toBeGreaterThan(0),
    ),
    op(
      "carbonCopiesUpdateCarbonCopy",
      {
        body: { ccId: 1042, status: "Suspended", direction: "OutBox" },
      },
      (ecgrid, { body }) => ecgrid.carbonCopies.update(body),
      (copy) => expect(copy.ccId).toBe(1042),
    ),
  ],
  Certificates: [
    op(
      "certificatesAddPrivate",
      {
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
      },
      (ecgrid, { body }) => ecgrid.certificates.addPrivate(body),
      (comm) => expect(comm).toBeTypeOf("object"),
    ),
    op(
      "certificatesAddPublic",
      {
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
      },
      (ecgrid, { body }) => ecgrid.certificates.addPublic(body),
      (comm) => expect(comm).toBeTypeOf("object"),
    ),
    op(
      "certificatesCreateCertificate",
      {
        body: {
          commId: 5001,
          beginUsage: "2026-05-07T00:00:00Z",
          usage: "EncryptionAndSignature",
          secureHashAlgorithm: "SHA256",
          partnerAs2Id: "PARTNER-AS2-ID",
          expires: "2028-05-07T00:00:00Z",
        },
      },
      (ecgrid, { body }) => ecgrid.certificates.create(body),
      (comm) => expect(comm).toBeTypeOf("object"),
    ),
    op(
      "certificatesRenewCertificate",
      {
        body: { commId: 5001, certKeyId: 88, overlapDays: 30, years: 2, secureHashAlgorithm: "SHA256" },
      },
      (ecgrid, { body }) => ecgrid.certificates.renew(body),
      (comm) => expect(comm).toBeTypeOf("object"),
    ),
    op(
      "certificatesTerminateCertificate",
      { body: { commId: 5001, certKeyId: 88 } },
      (ecgrid, { body }) => ecgrid.certificates.terminate(body),
      (done) => expect(done).toBe(true),
    ),
  ],
  Comms: [
    op(
      "commsGetComm",
      { params: { path: { id: 5001 } } },
      (ecgrid, { params }) => ecgrid.comms.get(params.path.id),
      (comm) => expect(comm.commId).toBe(5001),
    ),
    op(
      "commsCreateComm",
      {
        body: { mailboxId: 101, commType: "as2", identifier: "MYCOMPANY-AS2", useType: "Production" },
      },
      (ecgrid, { body }) => ecgrid.comms.create(body),
      (comm) => expect(comm.commId).toBeTypeOf("number"),
    ),
    op(
      "commsFindComm",
      { body: { identifier: "MYCOMPANY-AS2", commType: "as2" } },
      (ecgrid, { body }) => ecgrid.comms.find(body),
      (comms) => expect(comms.length).toBeGreaterThan(0),
    ),
    op(
      "commsListComms",
      {
        body: { commType: "as2", useType: "Production", showInactive: false, withCerts: true },
      },
      (ecgrid, { body }) => ecgrid.comms.list(body),
      (comms) => expect(comms.length).toBeGreaterThan(0),
    ),
    op(
      "commsCommPair",
      { body: { ecGridIdFrom: 100001, ecGridIdTo: 200002 } },
      (ecgrid, { body }) => ecgrid.comms.pair(body),
      (comms) => expect(comms.length).toBeGreaterThan(0),
    ),
    op(
      "commsSetPair",
      {
        body: { ecGridIdFrom: 100001, ecGridIdTo: 200002, commId: 5001 },
      },
      (ecgrid, { body }) => ecgrid.comms.setPair(body),
      (comms) => expect(comms.length).toBeGreaterThan(0),
    ),
    op(
      "commsUpdateComm",
      {
        body: { commId: 5001, identifier: "MYCOMPANY-AS2-NEW", status: "Active" },
      },
      (ecgrid, { body }) => ecgrid.comms.update(body),
      (comm) => expect(comm.commId).toBe(5001),
    ),
    op(
      "commsUpdateConfig",
      { body: { commId: 5001 } },
      (ecgrid, { body }) => ecgrid.comms.updateConfig(body),
      (done) => expect(done).toBe(true),
    ),
  ],
  Users: [
    op(
      "usersUpdateUser",
      {
        body: { userId: 1042, email: "john.smith@example.com", firstName: "John", lastName: "Smith" },
      },
      (ecgrid, { body }) => ecgrid.users.update(body),
      (user) => expect(user.userId).toBe(1042),
    ),
    op(
      "usersCreateUser",
      {
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
      },
      (ecgrid, { body }) => ecgrid.users.create(body),
      (user) => expect(user.userId).toBeTypeOf("number"),
    ),
    op(
      "usersGetUser",
      { params: { path: { id: 1042 } } },
      (ecgrid, { params }) => ecgrid.users.get(params.path.id),
      (user) => expect(user.userId).toBe(1042),
    ),
    op(
      "usersTerminateUser",
      { params: { path: { id: 1042 } } },
      (ecgrid, { params }) => ecgrid.users.terminate(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "usersGetByName",
      { body: { login: "jsmith" } },
      (ecgrid, { body }) => ecgrid.users.getByName(body),
      (users) => expect(users.length).toBeGreaterThan(0),
    ),
    op(
      "usersGeneratePassword",
      { body: { length: 16 } },
      (ecgrid, { body }) => ecgrid.users.generatePassword(body),
      (password) => expect(password).toBeTypeOf("string"),
    ),
    op(
      "usersGenerateApiKey",
      { params: { path: { id: 1042 } } },
      (ecgrid, { params }) => ecgrid.users.generateApiKey(params.path.id),
      (key) => expect(key).toBeTypeOf("string"),
    ),
    op(
      "usersGetApiKey",
      { params: { path: { id: 1042 } } },
      (ecgrid, { params }) => ecgrid.users.getApiKey(params.path.id),
      (key) => expect(key).toBeTypeOf("string"),
    ),
    op(
      "usersListUsers",
      {
        body: {
          networkId: 1,
          mailboxId: 101,
          authLevel: "MailboxUser",
          status: "Active",
          pageNo: 1,
          recordsPerPage: 25,
        },
      },
      (ecgrid, { body }) => ecgrid.users.list(body),
      (users) => expect(users.length).toBeGreaterThan(0),
    ),
    op(
      "usersGetMe",
      {},
      (ecgrid) => ecgrid.users.me(),
      (user) => expect(user.userId).toBeTypeOf("number"),
    ),
    op(
      "usersUpdatePassword",
      { body: { userId: 1042, newPassword: "NewPassw0rd!" } },
      (ecgrid, { body }) => ecgrid.users.updatePassword(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "usersResetSessions",
      { params: { path: { id: 1042 } } },
      (ecgrid, { params }) => ecgrid.users.resetSessions(params.path.id),
      (done) => expect(done).toBe(true),
    ),
    op(
      "usersSetRole",
      { body: { userId: 1042, authLevel: "NetworkAdmin", networkId: 1 } },
      (ecgrid, { body }) => ecgrid.users.setRole(body),
      (user) => expect(user.userId).toBe(1042),
    ),
    op(
      "usersSendSms",
      {
        body: { userId: 1042, message: "Your ECGrid parcel download is ready." },
      },
      (ecgrid, { body }) => ecgrid.users.sendSms(body),
      (done) => expect(done).toBe(true),
    ),
    op(
      "usersSetNetworkMailbox",
      {
        body: { userId: 1042, networkId: 2, mailboxId: 205 },
      },
      (ecgrid, { body }) => ecgrid.users.setNetworkMailbox(body),
      (user) => expect(user.userId).toBe(1042),
    ),
    op(
      "usersUpdateConfig",
      { body: { userId: 1042 } },
      (ecgrid, { body }) => ecgrid.users.updateConfig(body),
      (done) => expect(done).toBe(true),
    ),
  ],
  Keys: [
    op(
      "keysDeleteKey",
      { body: keyRef },
      (ecgrid) => ecgrid.keys.delete(keyRef),
      (done) => expect(done).toBe(true),
    ),
    op(
      "keysCreateKey",
      { body: { ...keyRef, value: "ready", meta: "setup", daysToLive: 30 } },
      (ecgrid) => ecgrid.keys.create({ ...keyRef, value: "ready", meta: "setup", daysToLive: 30 }),
      (key) => expect(key).toBeTruthy(),
    ),
    op(
      "keysGetKey",
      { body: keyRef },
      (ecgrid) => ecgrid.keys.get(keyRef),
      (key) => expect(key.keyId).toBeTypeOf("number"),
    ),
    op(
      "keysListKeys",
      { body: { systemObject: "Mailbox", objectId: 142 } },
      (ecgrid) => ecgrid.keys.list({ systemObject: "Mailbox", objectId: 142 }),
      (keys) => expect(keys.length).toBeGreaterThan(0),
    ),
  ],
  Portals: [
    op(
      "portalsGetPortalByMailbox",
      { params: { path: { mailboxId: 7890 } } },
      (ecgrid, { params }) => ecgrid.portals.getByMailbox(params.path.mailboxId),
      (portal) => expect(portal).toBeTypeOf("object"),
    ),
    op(
      "portalsCreatePortal",
      { body: { mailboxId: 7890 } },
      (ecgrid, { body }) => ecgrid.portals.create(body),
      (portal) => expect(portal).toBeTypeOf("object"),
    ),
  ],
  Reports: [
    op(
      "reportsReportList",
      { params: { path: { ShowInactive: false } } },
      (ecgrid, { params }) => ecgrid.reports.list(params.path.ShowInactive),
      (reports) => expect(reports.length).toBeGreaterThan(0),
    ),
    op(
      "reportsReportByDate",
      {
        body: { reportId: 1, startDate: "2026-04-01T00:00:00Z", endDate: "2026-04-30T23:59:59Z" },
      },
      (ecgrid, { body }) => ecgrid.reports.byDate(body),
      (rows) => expect(rows.length).toBeGreaterThan(0),
    ),
    op(
      "reportsInstantStats",
      { body: { minutes1: 5, minutes2: 60 } },
      (ecgrid, { body }) => ecgrid.reports.instantStats(body),
      (stats) => expect(stats).toBeTypeOf("object"),
    ),
    op(
      "reportsInterchangeStats",
      {
        body: { startTime: "2026-04-01T00:00:00Z", endTime: "2026-04-30T23:59:59Z", direction: "InBox" },
      },
      (ecgrid, { body }) => ecgrid.reports.interchangeStats(body),
      (rows) => expect(rows.length).toBeGreaterThan(0),
    ),
    op(
      "reportsMailboxInterchangeStats",
      {},
      (ecgrid) => ecgrid.reports.mailboxInterchangeStats(),
      (stats) => expect(stats).toBeTypeOf("object"),
    ),
    op(
      "reportsMailboxStats",
      {},
      (ecgrid) => ecgrid.reports.mailboxStats(),
      (stats) => expect(stats).toBeTypeOf("object"),
    ),
    op(
      "reportsMonthlyReport",
      { body: { report: 1, month: "2026-04-01T00:00:00Z" } },
      (ecgrid, { body }) => ecgrid.reports.monthly(body),
      (rows) => expect(rows.length).toBeGreaterThan(0),
    ),
    op(
      "reportsTrafficStats",
      {
        body: { targetTime: "2026-05-07T00:00:00Z", numPeriods: 7, period: "Day" },
      },
      (ecgrid, { body }) => ecgrid.reports.trafficStats(body),
      (rows) => expect(rows.length).toBeGreaterThan(0),
    ),
  ],
  "Status Lists": [
    op(
      "statusListsGetStatusLists",
      {},
      (ecgrid) => ecgrid.statusLists.get(),
      (lists) => expect(lists).toBeTypeOf("object"),
    ),
  ],
} satisfies Record<string, Case[]>;

const cases: Case[] = Object.values(groups).flat();

async function exercise(c: Case): Promise<void> {
  const { ecgrid, sent, wire } = recorded(c.client);
  const outcome = await Promise.resolve(c.run(ecgrid)).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  for (const id of sent) covered.add(id);

  // Prism's request validation passed on every request the call sent …
  expect(
    wire.map((w) => w.violations),
    `Prism found violations in ${c.operationId}`,
  ).toEqual(wire.map(() => []));
  if ("error" in outcome) throw outcome.error;
  // … and the call sent its operation (after a sign-in where it needs one), nothing else.
  const sends = c.sends ?? [c.operationId];
  // (The spy sees a call enter the send path before its sign-in does: compared as a set.)
  expect([...sent].sort()).toEqual([...sends].sort());
  expect(wire).toHaveLength(sends.length);
  sends.forEach((id, index) => {
    expect(matches(wire[index] as Wire, id), `request ${index} is ${id}`).toBe(true);
  });
  // The operation's own request is the example: its path and query values, its body verbatim.
  const own = wire[sends.indexOf(c.operationId)] as Wire;
  const { method, path } = OPERATIONS[c.operationId];
  expect(own.method).toBe(method);
  expect(own.url.pathname).toBe(filledPath(path, c.request.params?.path));
  expect(Object.fromEntries(own.url.searchParams)).toEqual(
    Object.fromEntries(Object.entries(c.request.params?.query ?? {}).map(([k, v]) => [k, String(v)])),
  );
  if (c.request.body === undefined) expect(own.body).toBe("");
  else expect(JSON.parse(own.body)).toEqual(c.request.body);
  expect(own.status).toBeGreaterThanOrEqual(200);
  expect(own.status).toBeLessThan(300);
  // The method's result, normalised.
  c.check?.(outcome.value);
}

describe("ECGrid: every operation of the spec through the SDK against Prism", () => {
  for (const [tag, list] of Object.entries(groups)) {
    describe(tag, () => {
      it.each(list)("$operationId", exercise);
    });
  }
});

describe("ECGrid SDK against Prism: requests the spec or the credentials refuse", () => {
  it("recordsPerPage above the spec's maximum is refused before sending; sent past the input rules, Prism's 400 is an ApiError", async () => {
    const { ecgrid, wire } = recorded();
    const body = { mailboxId: 1001, status: "InBoxReady", pageNo: 1, recordsPerPage: 501 } as const;
    await expect(ecgrid.parcels.inboxList(body)).rejects.toBeInstanceOf(ValidationError);
    expect(wire).toHaveLength(0);
    // The same request through the core's send path with no input to check.
    const error = await ecgrid.core
      .send("parcelsInboxList", "idempotent", (init) =>
        ecgrid.raw.POST("/v2/parcels/inbox-list", { body, ...init }),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, operation: "parcelsInboxList" });
    expect(wire.map((w) => w.violations)).toEqual([
      [expect.objectContaining({ location: ["request", "body", "recordsPerPage"], code: "maximum" })],
    ]);
  });

  it("an upload without the required fileName is a type error and refused before sending", async () => {
    const { ecgrid, wire } = recorded();
    // @ts-expect-error fileName is required by ParcelUploadRequest
    const upload = ecgrid.parcels.upload({ content: uploadText, mailboxId: 1001 }, { reconcile: false });
    await expect(upload).rejects.toBeInstanceOf(ValidationError);
    expect(wire).toHaveLength(0);
  });

  it("a secured operation (usersGetMe) sent without credentials is an AuthenticationError (Prism's 401)", async () => {
    const { ecgrid, wire } = recorded();
    await expect(ecgrid.core.call(usersGetMe, {}, { authenticate: false })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    expect(wire.map((w) => [w.status, w.headers.has("x-api-key")])).toEqual([[401, false]]);
  });

  it("auth.version() is sent without credentials and Prism serves it", async () => {
    const { ecgrid, wire } = recorded();
    expect((await ecgrid.auth.version()).version).toBeTypeOf("string");
    expect(wire.map((w) => [w.status, w.headers.has("x-api-key")])).toEqual([[200, false]]);
  });
});

/** The request body example the spec carries for an operation (the reference page's), if it takes one. */
function specExample(operationId: string): { body: unknown } | undefined {
  for (const pathItem of Object.values<Record<string, SpecOperation>>(spec.paths)) {
    for (const operation of Object.values(pathItem)) {
      if (operation?.operationId !== operationId) continue;
      const json = operation.requestBody?.content?.["application/json"];
      if (!json) return undefined;
      return { body: json.example ?? Object.values(json.examples ?? {})[0]?.value };
    }
  }
  return undefined;
}
interface SpecOperation {
  operationId?: string;
  requestBody?: {
    content?: Record<string, { example?: unknown; examples?: Record<string, { value: unknown }> }>;
  };
}

describe("ECGrid: the spec's request examples", () => {
  const withExample = cases.filter((c) => specExample(c.operationId) !== undefined);

  it.each(withExample)(
    "$operationId: the case sent the spec's example verbatim, or Prism accepts the example through the core",
    async (c) => {
      const example = specExample(c.operationId)?.body;
      expect(example, "the spec's example").toBeDefined();
      // Most SDK methods pass the body on as given: the case above sent the example itself.
      if (JSON.stringify(example) === JSON.stringify(c.request.body)) return;
      // The method builds its own body (a sign-in, an upload's Base64, the key/value references, both
      // callback scopes): the page's example still validates, sent by descriptor through the core.
      const { ecgrid, wire } = recorded();
      const descriptor = OPERATIONS[c.operationId];
      // biome-ignore lint/suspicious/noExplicitAny: the example is the spec's own body for this operation
      const sent = ecgrid.core.request(descriptor, { params: c.request.params, body: example } as any, {
        authenticate: !c.operationId.startsWith("auth"),
      });
      await sent.catch(() => undefined);
      expect(wire.map((w) => w.violations)).toEqual([[]]);
      expect(wire[0]?.status).toBeLessThan(300);
    },
  );
});

// Last in the file: what every case above sent through the SDK.
describe("ECGrid: coverage of the spec through the SDK", () => {
  it("the generated table holds exactly the spec's operationIds, each once", () => {
    expect(new Set(specIds).size, "operationIds are unique in the spec").toBe(specIds.length);
    expect([...specIds].sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  it("has one case per operation: no duplicates, none for an unknown operation", () => {
    const ids: string[] = cases.map((c) => c.operationId);
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      "duplicate cases",
    ).toEqual([]);
    expect(
      ids.filter((id) => !specIds.includes(id)),
      "cases without an operation",
    ).toEqual([]);
  });

  it("sent every operation of the spec through the SDK", () => {
    const missing = [...new Set([...specIds, ...Object.keys(OPERATIONS)])].filter((id) => !covered.has(id));
    expect(missing, "operations never sent through the SDK").toEqual([]);
  });
});
