// Tolerant reading (issue 10 items 2 and 5): a real node:http server on 127.0.0.1 answers with each
// variant the vendor's sources document (specs/ecgrid/NOTES.md, "Cross-check against the live
// service's evidence") — both success envelopes, both error envelopes, both upload result shapes,
// status strings and objects, arrays and collections, unknown enum values, extra unknown fields,
// ID key casings — and every wrapper method involved must return the same normalised value. A
// value a method must return that is missing is a ResponseShapeError naming the operation and the
// field, with no payload value and no credential in its message.

import type { ReceivedRequest } from "@edi-clients/test-helpers/server";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  AuthenticationError,
  EdiClientError,
  NotFoundError,
  ResponseShapeError,
} from "../src/index.js";
import { ENVELOPES, variantServer } from "./support/variant-server.ts";

const API_KEY = "variant-key-5f2c9a";
const { client, received } = variantServer(API_KEY);

const ok = (body: unknown) => ({ body });
const requests = () => received().map((r) => `${r.method} ${r.url}`);

/** The rejection of `promise`, checked to be a ResponseShapeError naming `operation` and `field`. */
async function shapeError(promise: PromiseLike<unknown>, operation: string, field: string) {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ResponseShapeError);
  expect(error).toBeInstanceOf(EdiClientError);
  const shape = error as ResponseShapeError;
  expect(shape.operation).toBe(operation);
  expect(shape.field).toBe(field);
  expect(shape.message).toContain(operation);
  expect(shape.message).toContain(field);
  expect(shape.message).not.toContain(API_KEY);
  return shape;
}

describe.each(ENVELOPES)("in the %s", (_name, envelope) => {
  describe("parcels.upload resolves to the numeric parcel ID", () => {
    it.each([
      ["a bare integer (endpoint page)", 987654322],
      ["an integer as a string", "987654322"],
      [
        "the guide's object {parcelId, fileName, status, size}",
        {
          parcelId: 987654322,
          fileName: "po_850.edi",
          status: "OutBoxQueued",
          size: 10,
        },
      ],
      ["the send guide's object {parcelId, status}", { parcelId: 987654322, status: "OutBoxQueued" }],
      ["an object with parcelID (WSDL casing)", { parcelID: 987654322, fileName: "po_850.edi" }],
      [
        "an object with ParcelID (PascalCase) and unknown fields",
        { ParcelID: 987654322, routerArchive: "x" },
      ],
    ])("from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      await expect(ecgrid.parcels.upload({ fileName: "po_850.edi", content: "ISA*00*~" })).resolves.toBe(
        987654322,
      );
    });

    it("fails with a ResponseShapeError naming the operation and /data/parcelId when the object has no ID", async () => {
      const ecgrid = await client(ok(envelope({ fileName: "secret-po.edi", status: "OutBoxQueued" })));
      const error = await shapeError(
        ecgrid.parcels.upload({ fileName: "secret-po.edi", content: "ISA*00*~" }),
        "parcelsUploadParcel",
        "/data/parcelId",
      );
      expect(error.received).toBe("missing");
      expect(error.message).not.toContain("secret-po.edi");
      expect(error.message).not.toContain("OutBoxQueued");
    });

    it("fails rather than return a rounded ID beyond 2^53", async () => {
      const ecgrid = await client(ok(envelope(2 ** 60)));
      const error = await shapeError(
        ecgrid.parcels.upload({ fileName: "po.edi", content: "ISA~" }),
        "parcelsUploadParcel",
        "/data",
      );
      expect(error.received).toBe("integer");
    });

    it("fails when data is null", async () => {
      const ecgrid = await client(ok(envelope(null)));
      await shapeError(
        ecgrid.parcels.upload({ fileName: "po.edi", content: "ISA~" }),
        "parcelsUploadParcel",
        "/data",
      );
    });
  });

  describe("a parcel status is always a string", () => {
    const base = { parcelId: 5, fileName: "a.edi", bytes: 12 };
    it.each([
      ["a documented ParcelStatus string", { ...base, status: "InBoxReady" }, { status: "InBoxReady" }],
      [
        "an unknown enum value (OutBoxDelivered)",
        { ...base, status: "OutBoxDelivered" },
        { status: "OutBoxDelivered" },
      ],
      [
        "the live tools' object {code, description, statusDate}",
        { ...base, status: { code: "InBoxReady", description: "Ready", statusDate: "2026-01-02T03:04:05Z" } },
        { status: "InBoxReady", statusDescription: "Ready", statusDate: "2026-01-02T03:04:05Z" },
      ],
      [
        "a status object with a numeric code",
        { ...base, status: { code: 2400, description: "Ready" } },
        { status: "2400", statusDescription: "Ready" },
      ],
      [
        "the WSDL's flat statusCode/statusMessage",
        { ...base, statusCode: "M2400", statusMessage: "Ready" },
        { status: "M2400", statusDescription: "Ready" },
      ],
    ])("parcels.get from %s", async (_variant, data, expected) => {
      const ecgrid = await client(ok(envelope(data)));
      const parcel = await ecgrid.parcels.get(5);
      expect(parcel).toMatchObject({ parcelId: 5, fileName: "a.edi", bytes: 12, ...expected });
      expect(typeof parcel.status).toBe("string");
    });

    it("parcels.get keeps extra unknown fields and fills page names from WSDL/guide spellings", async () => {
      const ecgrid = await client(
        ok(
          envelope({
            parcelID: "5",
            parcelBytes: 99,
            parcelDate: "2026-01-02T00:00:00Z",
            fromECGridId: 100,
            to: { ecgridId: 200 },
            mailbagControlId: "MB1",
            futureField: { nested: true },
          }),
        ),
      );
      expect(await ecgrid.parcels.get(5)).toEqual({
        parcelID: "5",
        parcelId: 5,
        parcelBytes: 99,
        bytes: 99,
        parcelDate: "2026-01-02T00:00:00Z",
        created: "2026-01-02T00:00:00Z",
        fromECGridId: 100,
        ecGridIdFrom: 100,
        to: { ecgridId: 200 },
        ecGridIdTo: 200,
        mailbagControlId: "MB1",
        futureField: { nested: true },
      });
    });

    it("parcels.get without a parcel ID is a ResponseShapeError at /data/parcelId", async () => {
      const ecgrid = await client(ok(envelope({ fileName: "a.edi", status: "InBoxReady" })));
      await shapeError(ecgrid.parcels.get(5), "parcelsGetParcel", "/data/parcelId");
    });
  });

  describe("parcel lists: an array or the WSDL collection, both to Parcel[]", () => {
    const items = [
      { parcelId: 1, status: "InBoxReady", fileName: "a.edi" },
      { parcelID: 2, status: { code: "InBoxReady" }, size: 7, receivedDate: "2026-01-01T00:00:00Z" },
    ];
    const expected = [
      { parcelId: 1, status: "InBoxReady", fileName: "a.edi" },
      { parcelId: 2, status: "InBoxReady", bytes: 7, created: "2026-01-01T00:00:00Z" },
    ];
    const collection = {
      pageSize: 25,
      pageNumber: 1,
      count: 2,
      totalRecords: 2,
      totalPages: 1,
      parcelIDInfoList: items,
    };

    it.each([
      ["inboxList", "an array"],
      ["outboxList", "an array"],
      ["pendingInboxList", "an array"],
      ["findMailbagControlId", "an array"],
    ] as const)("parcels.%s from %s", async (method, _variant) => {
      const ecgrid = await client(ok(envelope(items)));
      const list = await (ecgrid.parcels[method] as (body: object) => Promise<unknown>)({
        mailboxId: 1,
        ...(method === "findMailbagControlId" ? { mailbagControlId: "MB1" } : {}),
      });
      expect(list).toMatchObject(expected);
    });

    it.each([["inboxList"], ["outboxList"], ["pendingInboxList"]] as const)(
      "parcels.%s from the ParcelIDInfoCollection {…, parcelIDInfoList}",
      async (method) => {
        const ecgrid = await client(ok(envelope(collection)));
        const list = await (ecgrid.parcels[method] as (body: object) => Promise<unknown>)({ mailboxId: 1 });
        expect(list).toMatchObject(expected);
      },
    );

    it("parcels.inboxList from an empty collection with no list key", async () => {
      const ecgrid = await client(ok(envelope({ pageSize: 25, pageNumber: 1, count: 0, totalRecords: 0 })));
      expect(await ecgrid.parcels.inboxList({})).toEqual([]);
    });

    it("parcels.inboxList iterated reads the collection and stops at its totalRecords", async () => {
      const ecgrid = await client(
        ok(envelope({ ...collection, totalRecords: 3, parcelIDInfoList: items })),
        ok(envelope({ ...collection, totalRecords: 3, parcelIDInfoList: [{ parcelId: 3 }] })),
      );
      const ids: number[] = [];
      for await (const p of ecgrid.parcels.inboxList({ recordsPerPage: 2 })) ids.push(p.parcelId);
      expect(ids).toEqual([1, 2, 3]);
      expect(received()).toHaveLength(2);
    });

    it("parcels.inboxList iterated stops at totalRecords given next to data (X10-ENV-3)", async () => {
      const ecgrid = await client(ok(envelope(items, { totalRecords: 2, pageNo: 1, recordsPerPage: 2 })));
      const ids: number[] = [];
      for await (const p of ecgrid.parcels.inboxList({ recordsPerPage: 2 })) ids.push(p.parcelId);
      expect(ids).toEqual([1, 2]);
      expect(received()).toHaveLength(1);
    });

    it("a list item without an ID is a ResponseShapeError with its index", async () => {
      const ecgrid = await client(
        ok(envelope({ ...collection, parcelIDInfoList: [items[0], { fileName: "x" }] })),
      );
      await shapeError(ecgrid.parcels.inboxList({}), "parcelsInboxList", "/data/parcelIDInfoList/1/parcelId");
    });

    it("a list that is neither an array nor a collection is a ResponseShapeError", async () => {
      const ecgrid = await client(ok(envelope("three parcels")));
      await shapeError(ecgrid.parcels.outboxList({}), "parcelsOutboxList", "/data");
    });
  });

  describe("parcels.confirm resolves to a boolean", () => {
    it.each([
      ["the page's true", true, true],
      ["the guide's {parcelId, status}", { parcelId: 42, status: "InBoxTransferred" }, true],
      ["the guide's object with parcelID casing", { parcelID: 42, status: "InBoxTransferred" }, true],
      ["false", false, false],
    ])("from %s", async (_variant, data, expected) => {
      const ecgrid = await client(ok(envelope(data)));
      await expect(ecgrid.parcels.confirm(42)).resolves.toBe(expected);
    });

    it("an object about another parcel is a ResponseShapeError, not a confirmation", async () => {
      const ecgrid = await client(ok(envelope({ parcelId: 43, status: "InBoxTransferred" })));
      await shapeError(ecgrid.parcels.confirm(42), "parcelsConfirmDownload", "/data/parcelId");
    });
  });

  describe("parcels.download reads content in each documented shape", () => {
    const base64 = Buffer.from("ISA*00*~").toString("base64");
    it.each([
      [
        "the page's {parcelId, fileName, content, bytes}",
        { parcelId: 7, fileName: "a.edi", content: base64, bytes: 8 },
      ],
      [
        "the guide's contentEncoding: Base64 and size",
        { parcelId: 7, fileName: "a.edi", content: base64, contentEncoding: "Base64", size: 8 },
      ],
      [
        "the WSDL's contentBase64String with ParcelID casing",
        { ParcelID: 7, FileName: "a.edi", contentBase64String: base64 },
      ],
    ])("from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      const file = await ecgrid.parcels.download(7);
      expect(file.parcelId).toBe(7);
      expect(file.fileName).toBe("a.edi");
      expect(file.text()).toBe("ISA*00*~");
    });

    it("refuses a content encoding other than Base64", async () => {
      const ecgrid = await client(ok(envelope({ parcelId: 7, content: base64, contentEncoding: "gzip" })));
      const error = await shapeError(
        ecgrid.parcels.download(7),
        "parcelsDownloadParcel",
        "/data/contentEncoding",
      );
      expect(error.message).not.toContain("gzip");
    });

    it("fails when neither content nor contentBase64String arrived", async () => {
      const ecgrid = await client(ok(envelope({ parcelId: 7, fileName: "a.edi" })));
      await shapeError(ecgrid.parcels.download(7), "parcelsDownloadParcel", "/data/content");
    });

    it("fails when the answer is about another parcel", async () => {
      const ecgrid = await client(ok(envelope({ parcelId: 8, content: base64 })));
      await shapeError(ecgrid.parcels.download(7), "parcelsDownloadParcel", "/data/parcelId");
    });
  });

  describe("parcels.processInbox works with every list and confirm shape", () => {
    const base64 = Buffer.from("ISA~").toString("base64");
    const route = (confirm: unknown) => (request: ReceivedRequest) => {
      if (request.url.endsWith("/inbox-list")) {
        return ok(
          envelope({
            totalRecords: 2,
            parcelIDInfoList: [
              { parcelID: 1, status: { code: "InBoxReady" } },
              { parcelId: "2", status: "InBoxReady" },
            ],
          }),
        );
      }
      const { parcelId } = JSON.parse(request.body.toString()) as { parcelId: number };
      if (request.url.endsWith("/download"))
        return ok(envelope({ parcelId, fileName: `${parcelId}.edi`, content: base64 }));
      return ok(envelope(typeof confirm === "function" ? confirm(parcelId) : confirm));
    };

    it("confirms each parcel of a collection whose confirm answers the guide's object", async () => {
      const ecgrid = await client(route((parcelId: number) => ({ parcelId, status: "InBoxTransferred" })));
      const seen: number[] = [];
      const result = await ecgrid.parcels.processInbox(({ parcel }) => {
        seen.push(parcel.parcelId);
        expect(parcel.status).toBe("InBoxReady");
      });
      expect(seen).toEqual([1, 2]);
      expect(result).toEqual({ confirmed: [1, 2], failed: [] });
    });

    it("reports a parcel whose confirm answered false as failed, not confirmed", async () => {
      const ecgrid = await client(route(false));
      const result = await ecgrid.parcels.processInbox(() => {});
      expect(result.confirmed).toEqual([]);
      expect(result.failed.map((f) => f.parcelId)).toEqual([1, 2]);
      expect(result.failed[0]?.error).toBeInstanceOf(ResponseShapeError);
    });
  });

  describe("parcels.update and sendTestFile", () => {
    it("update resolves to the parcel from the page's record", async () => {
      const ecgrid = await client(ok(envelope({ parcelId: 9, status: { code: "InBoxTransferred" } })));
      expect(await ecgrid.parcels.update({ parcelId: 9, status: "InBoxTransferred" })).toMatchObject({
        parcelId: 9,
        status: "InBoxTransferred",
      });
    });

    it("update reads the parcel back when the server answered only true (WSDL)", async () => {
      const ecgrid = await client(
        ok(envelope(true)),
        ok(envelope({ parcelId: 9, status: "InBoxTransferred" })),
      );
      expect(await ecgrid.parcels.update({ parcelId: 9, status: "InBoxTransferred" })).toMatchObject({
        parcelId: 9,
        status: "InBoxTransferred",
      });
      expect(requests()).toEqual(["POST /v2/parcels/update", "GET /v2/parcels/9"]);
    });

    it("update answered false is a ResponseShapeError, not a record", async () => {
      const ecgrid = await client(ok(envelope(false)));
      await shapeError(
        ecgrid.parcels.update({ parcelId: 9, status: "InBoxTransferred" }),
        "parcelsUpdateParcel",
        "/data",
      );
    });

    it.each([[555], ["555"], [{ parcelId: 555 }]])(
      "sendTestFile resolves to the ID from %j",
      async (data) => {
        const ecgrid = await client(ok(envelope(data)));
        await expect(
          ecgrid.parcels.sendTestFile({ ecGridIdFrom: 1, ecGridIdTo: 2, documentType: "X12" }),
        ).resolves.toBe(555);
      },
    );
  });

  describe("interchanges", () => {
    const items = [
      { interchangeId: 1, status: "Active", sender: "A" },
      {
        interchangeID: 2,
        status: { code: "4000", description: "Complete: CLOSED" },
        interchangeProcessDate: "2026-01-01",
      },
      { InterchangeID: "3", statusCode: "Delivered" },
    ];
    const expected = [
      { interchangeId: 1, status: "Active", sender: "A" },
      { interchangeId: 2, status: "4000", statusDescription: "Complete: CLOSED", created: "2026-01-01" },
      { interchangeId: 3, status: "Delivered" },
    ];

    it.each([
      [
        "the page's paged object {totalRecords, pageNo, recordsPerPage, interchanges}",
        { totalRecords: 3, pageNo: 1, recordsPerPage: 25, interchanges: items },
      ],
      [
        "the WSDL collection {…, interchangeIDInfoList}",
        {
          pageSize: 25,
          pageNumber: 1,
          count: 3,
          totalRecords: 3,
          totalPages: 1,
          interchangeIDInfoList: items,
        },
      ],
      ["a bare array", items],
    ])("inboxList and outboxList from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      const inbox = await ecgrid.interchanges.inboxList({});
      expect(inbox.interchanges).toMatchObject(expected);
      const outbox = await ecgrid.interchanges.outboxList({});
      expect(outbox.interchanges).toMatchObject(expected);
      if (!Array.isArray(data)) expect(inbox.totalRecords).toBe(3);
    });

    it("inboxList iterates a bare-array page", async () => {
      const ecgrid = await client(ok(envelope(items)));
      const ids: number[] = [];
      for await (const i of ecgrid.interchanges.inboxList({ recordsPerPage: 5 })) ids.push(i.interchangeId);
      expect(ids).toEqual([1, 2, 3]);
    });

    it.each([
      ["a status string", { interchangeId: 4, status: "Received" }, "Received"],
      ["an unknown status value", { interchangeId: 4, status: "SomethingNew" }, "SomethingNew"],
      ["a status object", { interchangeId: 4, status: { code: "4101", description: "CANCELED" } }, "4101"],
    ])("get from %s", async (_variant, data, status) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.interchanges.get(4)).toMatchObject({ interchangeId: 4, status });
    });

    it.each([
      [
        "the page's parsed ISA fields",
        { senderIdQualifier: "ZZ", senderId: "ACME", controlNumber: "000000001", extra: 1 },
        { senderIdQualifier: "ZZ", senderId: "ACME", controlNumber: "000000001", extra: 1 },
      ],
      [
        "the WSDL's interchange record",
        { interchangeID: 12, status: { code: "Received" }, standard: "X12" },
        { interchangeId: 12, status: "Received", standard: "X12" },
      ],
    ])("getHeader from %s", async (_variant, data, expected) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.interchanges.getHeader({ interchangeHeader: "ISA*00*" })).toMatchObject(expected);
    });

    it("getHeader with neither ISA fields nor an interchange ID is a ResponseShapeError", async () => {
      const ecgrid = await client(ok(envelope({ unrelated: true })));
      await shapeError(
        ecgrid.interchanges.getHeader({ interchangeHeader: "ISA*00*" }),
        "interchangesGetHeader",
        "/data/interchangeId",
      );
    });

    it.each([
      ["the page's true", true, { resent: true, raw: true }],
      ["the SOAP client's integer", 9870002, { resent: true, interchangeId: 9870002, raw: 9870002 }],
      [
        "the WSDL's InterchangeIDStatus object",
        { id: 9870003, statusCode: "Queued" },
        { resent: true, interchangeId: 9870003 },
      ],
      ["false", false, { resent: false, raw: false }],
    ])("resend from %s", async (_variant, data, expected) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.interchanges.resend(1)).toMatchObject(expected);
    });
  });

  describe("auth.version resolves to {version, build?}", () => {
    it.each([
      ["the page's {version}", { version: "2.6" }, { version: "2.6" }],
      [
        "the quick start's {version, build}",
        { version: "2.6.x", build: "1042" },
        { version: "2.6.x", build: "1042" },
      ],
      [
        "a bare string with a build (live tools)",
        "v2.6 (Build 1042)",
        { version: "v2.6 (Build 1042)", build: "1042" },
      ],
      ["a bare string", "2.6", { version: "2.6" }],
    ])("from %s", async (_variant, data, expected) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.auth.version()).toEqual(expected);
    });

    it("an object without a version is a ResponseShapeError at /data/version", async () => {
      const ecgrid = await client(ok(envelope({ build: "1042" })));
      await shapeError(ecgrid.auth.version(), "authVersion", "/data/version");
    });

    it.each([[null], [true], [1]])("changePassword resolves to true from %j", async (data) => {
      const ecgrid = await client(ok(envelope(data)));
      await expect(
        ecgrid.auth.changePassword({ currentPassword: "Old-pass-1", newPassword: "New-pass-2" }),
      ).resolves.toBe(true);
    });
  });

  describe("IDs, networks, mailboxes, partners, carbon copies, comms, users", () => {
    it.each([
      ["ecGridId", { ecGridId: 123456 }],
      ["ecGridID (WSDL casing)", { ecGridID: 123456 }],
      ["ecgridId (live tools)", { ecgridId: 123456 }],
    ])("ids.get reads the ID from %s and routingGroup from ownerInfo", async (_variant, idField) => {
      const ecgrid = await client(
        ok(
          envelope({
            ...idField,
            isaQualifier: "01",
            isaId: "ACME",
            status: "AutoRoute",
            ownerInfo: { routingGroup: "ProductionA" },
          }),
        ),
      );
      expect(await ecgrid.ids.get(123456)).toMatchObject({
        ecGridId: 123456,
        qualifier: "01",
        id: "ACME",
        status: "AutoRoute",
        routingGroup: "ProductionA",
      });
    });

    it("ids.list reads the WSDL ECGridIDInfoCollection, iterated too", async () => {
      const data = { totalRecords: 2, ecGridIDInfoList: [{ ecGridID: 1 }, { ecgridId: 2 }] };
      const ecgrid = await client(ok(envelope(data)));
      expect((await ecgrid.ids.list({})).map((i) => i.ecGridId)).toEqual([1, 2]);
      const ids: number[] = [];
      for await (const i of ecgrid.ids.list({ recordsPerPage: 2 })) ids.push(i.ecGridId);
      expect(ids).toEqual([1, 2]);
    });

    it("ids.create reads the record back when only the new integer ID arrived (WSDL TPAddEx)", async () => {
      const ecgrid = await client(ok(envelope(777)), ok(envelope({ ecGridId: 777, qualifier: "ZZ" })));
      expect(await ecgrid.ids.create({ mailboxId: 1, qualifier: "ZZ", id: "NEW" })).toMatchObject({
        ecGridId: 777,
      });
      expect(requests()).toEqual(["POST /v2/ids", "GET /v2/ids/777"]);
    });

    it.each([
      [
        "the page's MailboxDefaultInfo",
        { mailboxId: 1001, networkId: 1, mailboxName: "Acme", status: "Active" },
        {},
      ],
      [
        "the WSDL's ECGrid ID record",
        { ecGridID: 123456, mailboxID: 1001, networkId: 1, mailboxName: "Acme", status: "Active" },
        { ecGridId: 123456 },
      ],
    ])("ids.getMailboxDefault from %s", async (_variant, data, extra) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.ids.getMailboxDefault({ ecGridId: 123456 })).toMatchObject({
        mailboxId: 1001,
        networkId: 1,
        mailboxName: "Acme",
        status: "Active",
        ...extra,
      });
    });

    it.each([
      [true, { added: true }],
      [424242, { added: true, ecGridId: 424242 }],
      [false, { added: false }],
    ])("ids.addVan from %j", async (data, expected) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.ids.addVan({ ecGridId: 1, vanQualifier: "01", vanId: "V" })).toEqual(expected);
    });

    it.each([
      ["the page's paged object", { totalRecords: 1, networks: [{ networkId: 1, companyName: "Acme" }] }],
      ["the WSDL array with name", [{ networkID: 1, name: "Acme" }]],
    ])("networks.list from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      const page = await ecgrid.networks.list({});
      expect(page.networks).toMatchObject([{ networkId: 1, companyName: "Acme" }]);
    });

    it.each([
      [
        "the page's paged object",
        { totalRecords: 1, mailboxes: [{ mailboxId: 5, companyName: "Acme", created: "2026-01-01" }] },
      ],
      [
        "the WSDL array with name and the guide's createdDate",
        [{ MailboxID: 5, name: "Acme", createdDate: "2026-01-01" }],
      ],
    ])("mailboxes.list awaited and iterated from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      expect((await ecgrid.mailboxes.list({})).mailboxes).toMatchObject([
        { mailboxId: 5, companyName: "Acme", created: "2026-01-01" },
      ]);
      const all: number[] = [];
      for await (const m of ecgrid.mailboxes.list({ recordsPerPage: 5 })) all.push(m.mailboxId);
      expect(all).toEqual([5]);
    });

    it.each([
      ["the pages' null (with a message)", null, true],
      ["the WSDL's true", true, true],
      ["false", false, false],
    ])(
      "x12 delimiters, update-config and mailbox delete resolve to a boolean from %s",
      async (_variant, data, expected) => {
        const ecgrid = await client(ok(envelope(data, { message: "Done." })));
        const delimiters = { elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" };
        await expect(ecgrid.networks.setX12Delimiters({ networkId: 1, ...delimiters })).resolves.toBe(
          expected,
        );
        await expect(ecgrid.networks.updateConfig({ networkId: 1 })).resolves.toBe(expected);
        await expect(ecgrid.mailboxes.setX12Delimiters({ mailboxId: 1, ...delimiters })).resolves.toBe(
          expected,
        );
        await expect(ecgrid.mailboxes.updateConfig({ mailboxId: 1 })).resolves.toBe(expected);
        await expect(ecgrid.mailboxes.delete(1)).resolves.toBe(expected);
      },
    );

    it("networks.update and comms.update read the record back when the server answered true", async () => {
      const ecgrid = await client(
        ok(envelope(true)),
        ok(envelope({ networkID: 1, name: "Acme" })),
        ok(envelope(true)),
        ok(envelope({ commId: 3, type: "ftp" })),
      );
      expect(await ecgrid.networks.update({ networkId: 1, companyName: "Acme" })).toMatchObject({
        networkId: 1,
        companyName: "Acme",
      });
      expect(await ecgrid.comms.update({ commId: 3, identifier: "x" })).toMatchObject({
        commId: 3,
        commType: "ftp",
      });
      expect(requests()).toEqual([
        "PUT /v2/networks",
        "GET /v2/networks/1",
        "PUT /v2/comms/update",
        "GET /v2/comms/3",
      ]);
    });

    it("mailboxes.create reads the mailbox back when only its ID arrived (WSDL MailboxAddEx)", async () => {
      const ecgrid = await client(ok(envelope(31)), ok(envelope({ mailboxId: 31, companyName: "New Co" })));
      expect(
        await ecgrid.mailboxes.create({ networkId: 1, uniqueId: "NEWCO", companyName: "New Co" }),
      ).toMatchObject({
        mailboxId: 31,
      });
      expect(requests()).toEqual(["POST /v2/mailboxes/create", "GET /v2/mailboxes/31"]);
    });

    it("partners.get reads ecGridIdFrom/To from the WSDL's tp1/tp2 and an open StatusInterconnect", async () => {
      const ecgrid = await client(
        ok(
          envelope({
            interconnectID: 8,
            tp1: { ecGridID: 100 },
            tp2: { ecgridId: 200 },
            status: "Completed",
          }),
        ),
      );
      expect(await ecgrid.partners.get(8)).toMatchObject({
        interconnectId: 8,
        ecGridIdFrom: 100,
        ecGridIdTo: 200,
        status: "Completed",
      });
    });

    it.each([
      ["the page's integer", 14],
      ["an object {count}", { count: 14 }],
      ["a DataSet row with one number", [{ Total: 14, Label: "all" }]],
    ])("partners.count resolves to a number from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      await expect(ecgrid.partners.count({ ecGridId: 1 })).resolves.toBe(14);
    });

    it("partners.count with no single number is a ResponseShapeError", async () => {
      const ecgrid = await client(ok(envelope([{ a: 1, b: 2 }])));
      await shapeError(ecgrid.partners.count({ ecGridId: 1 }), "partnersCountPartners", "/data");
    });

    it("partners.listNotes fills text/timestamp from the WSDL's note/noteDate", async () => {
      const ecgrid = await client(ok(envelope([{ note: "hello", noteDate: "2026-01-01", userID: 3 }])));
      expect(await ecgrid.partners.listNotes({ interconnectId: 8 })).toMatchObject([
        { text: "hello", timestamp: "2026-01-01", userId: 3 },
      ]);
    });

    it.each([
      ["ccId", { ccId: 4 }],
      ["the guide's carbonCopyId and copyToMailboxId", { carbonCopyId: 4, copyToMailboxId: 9 }],
      ["the WSDL's carbonCopyID", { carbonCopyID: 4 }],
    ])("carbonCopies.get reads the ID from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.carbonCopies.get(4)).toMatchObject({ ccId: 4 });
    });

    it("carbonCopies.create reads the rule back when only its ID arrived", async () => {
      const ecgrid = await client(ok(envelope(4)), ok(envelope({ carbonCopyId: 4 })));
      expect(
        await ecgrid.carbonCopies.create({ fromMailboxId: 1, toMailboxId: 2, direction: "InBox" } as never),
      ).toMatchObject({ ccId: 4 });
    });

    it("comms.get reads commType from the WSDL's type", async () => {
      const ecgrid = await client(ok(envelope({ commID: 3, type: "as2", identifier: "ACME" })));
      expect(await ecgrid.comms.get(3)).toMatchObject({ commId: 3, commType: "as2" });
    });

    it.each([
      [
        "the page's UserIDInfo",
        { userId: 7, login: "acme", email: "a@x.example", authLevel: "MailboxAdmin" },
      ],
      [
        "the WSDL's SessionInfo names",
        { userID: 7, loginName: "acme", eMail: "a@x.example", authLevel: "MailboxAdmin", sessionId: "s" },
      ],
    ])("users.me from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.users.me()).toMatchObject({
        userId: 7,
        login: "acme",
        email: "a@x.example",
        authLevel: "MailboxAdmin",
      });
    });

    it.each([
      ["the page's array", [{ userId: 7, login: "acme" }]],
      ["the WSDL's single record", { userId: 7, loginName: "acme" }],
    ])("users.getByName resolves to an array from %s", async (_variant, data) => {
      const ecgrid = await client(ok(envelope(data)));
      expect(await ecgrid.users.getByName({ login: "acme" })).toMatchObject([{ userId: 7, login: "acme" }]);
    });

    it("users.setRole reads the user back when the server answered true (WSDL UserSetAuthLevel)", async () => {
      const ecgrid = await client(ok(envelope(true)), ok(envelope({ userId: 7, authLevel: "NetworkAdmin" })));
      expect(await ecgrid.users.setRole({ userId: 7, authLevel: "NetworkAdmin" })).toMatchObject({
        userId: 7,
        authLevel: "NetworkAdmin",
      });
      expect(requests()).toEqual(["POST /v2/users/role", "GET /v2/users/7"]);
    });
  });

  describe("statusLists.get", () => {
    it("from the page's object of lists", async () => {
      const ecgrid = await client(
        ok(
          envelope({
            parcelStatuses: [{ code: "InBoxReady", description: "Ready" }],
            interchangeStatuses: [{ code: "Received" }],
          }),
        ),
      );
      const lists = await ecgrid.statusLists.get();
      expect(lists.parcelStatuses).toMatchObject([
        { code: "InBoxReady", message: "Ready", description: "Ready" },
      ]);
      expect(lists.statuses.map((s) => s.code)).toEqual(["InBoxReady", "Received"]);
    });

    it("from the WSDL's array of StatusInfo {code (number), qualifier, message, level}", async () => {
      const ecgrid = await client(ok(envelope([{ code: 2400, qualifier: "M", message: "Ready", level: 1 }])));
      const lists = await ecgrid.statusLists.get();
      expect(lists.statuses).toEqual([
        { code: "2400", qualifier: "M", message: "Ready", description: "Ready", level: "1" },
      ]);
      expect(lists.parcelStatuses).toBeUndefined();
    });
  });
});

describe("error envelopes", () => {
  it("the legacy {success: false, errorCode, message, data: null} on HTTP 401 is an AuthenticationError keeping errorCode", async () => {
    const ecgrid = await client({
      status: 401,
      body: { success: false, errorCode: "InvalidAPIKey", message: "The API key is invalid.", data: null },
    });
    const error = (await ecgrid.parcels.get(1).catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.operation).toBe("parcelsGetParcel");
    expect(error.errorInfo).toEqual({ errorCode: "InvalidAPIKey" });
    expect(error.message).toContain("The API key is invalid.");
  });

  it("the legacy envelope under HTTP 200 is an ApiError with the HTTP status (no httpStatus) and the errorCode", async () => {
    const ecgrid = await client(
      ok({ success: false, errorCode: "AccessDenied", message: "Access denied.", data: null }),
    );
    const error = (await ecgrid.parcels.get(1).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(200);
    expect(error.errorInfo).toEqual({ errorCode: "AccessDenied" });
  });

  it("seed 001's {httpStatus, success: false, message, detail, traceId, errorInfo} takes its status from httpStatus", async () => {
    const ecgrid = await client(
      ok({
        httpStatus: 404,
        success: false,
        message: "Parcel not found.",
        detail: "No parcel 1.",
        traceId: "00-abc-01",
        errorInfo: { faultCode: "Client", errorCode: 17 },
      }),
    );
    const error = (await ecgrid.parcels.get(1).catch((e: unknown) => e)) as NotFoundError;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.traceId).toBe("00-abc-01");
    expect(error.detail).toBe("No parcel 1.");
    expect(error.errorInfo).toEqual({ faultCode: "Client", errorCode: 17 });
  });

  it("both together: errorCode is added to an errorInfo that lacks one", async () => {
    const ecgrid = await client({
      status: 403,
      body: {
        success: false,
        message: "Denied",
        errorCode: "AccessDenied",
        errorInfo: { faultString: "no" },
      },
    });
    const error = (await ecgrid.users.me().catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(403);
    expect(error.errorInfo).toEqual({ faultString: "no", errorCode: "AccessDenied" });
  });

  it("a body matching neither error envelope still yields an ApiError from the HTTP status", async () => {
    const ecgrid = await client({ status: 500, body: { unexpected: true } });
    const error = (await ecgrid.parcels.get(1).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(500);
  });

  it("an upload answered with an error envelope never resolves to an ID", async () => {
    const ecgrid = await client(
      ok({ success: false, errorCode: "InvalidParameter", message: "Bad file.", data: null }),
    );
    await expect(ecgrid.parcels.upload({ fileName: "a.edi", content: "ISA~" })).rejects.toBeInstanceOf(
      ApiError,
    );
  });
});
