// Response-variant knobs (src/variants.ts): the same parcel flow, read end to end by the ECGrid client
// (validateResponses "throw"), gives the same normalised result under every documented shape, while the
// recorded answers show the variant really was served and validate against the spec.
import { NotFoundError, type Parcel, ServiceUnavailableError } from "@edi-clients/ecgrid";
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkVariants, VARIANT_CHOICES, type VariantOptions, VariantOptionsError } from "../src/index.ts";
import { main } from "../src/main.ts";
import { ACME_KEY, client, type Exchange, exchanges, GLOBEX_KEY, sandbox, x12 } from "./support.ts";
import { operationOf } from "./tour.ts";

const NOW = Date.parse("2026-05-07T09:00:00Z");

/** The fields the client normalises, whatever spelling arrived. */
const canonical = (p: Parcel) => ({
  parcelId: p.parcelId,
  mailboxId: p.mailboxId,
  networkId: p.networkId,
  fileName: p.fileName,
  bytes: p.bytes,
  status: p.status,
  ecGridIdFrom: p.ecGridIdFrom,
  ecGridIdTo: p.ecGridIdTo,
  created: p.created,
  modified: p.modified,
});

/** Uploads three files and reads them back through every parcel operation; the normalised results. */
async function flow(variants: VariantOptions) {
  exchanges.length = 0;
  const at = await sandbox({ clock: () => NOW, variants });
  // Reconciling off: the outbox listing before each upload would come first in the recorded answers.
  const acme = client(at, { apiKey: ACME_KEY, reconcile: false });
  const globex = client(at, GLOBEX_KEY);
  const ids: number[] = [];
  for (const n of [1, 2, 3])
    ids.push(
      await acme.parcels.upload({
        fileName: `po-${n}.edi`,
        content: x12(undefined, undefined, { control: `00000000${n}` }),
      }),
    );
  const outboxAll: Parcel[] = [];
  for await (const parcel of acme.parcels.outboxList({ recordsPerPage: 2 })) outboxAll.push(parcel);
  const pending = await globex.parcels.pendingInboxList();
  const first = pending[0]?.parcelId as number;
  const file = await globex.parcels.download(first);
  const result = {
    ids,
    outboxPage: (await acme.parcels.outboxList({ pageNo: 2, recordsPerPage: 2 })).map(canonical),
    outboxAll: outboxAll.map(canonical),
    pending: pending.map(canonical),
    inbox: (await globex.parcels.inboxList({ recordsPerPage: 2 })).map(canonical),
    one: canonical(await globex.parcels.get(first)),
    file: { parcelId: file.parcelId, fileName: file.fileName, text: file.text() },
    confirmed: await globex.parcels.confirm(first),
    stillPending: (await globex.parcels.pendingInboxList()).map((p) => p.parcelId),
    processed: (await globex.parcels.processInbox(() => {})).confirmed,
    missing: await globex.parcels.download(999_999).then(
      () => "found",
      (error: unknown) => {
        const { name, status, message } = error as NotFoundError;
        // The getting-started envelope adds its traceId to the message; the pages' envelope has none.
        return {
          notFound: error instanceof NotFoundError,
          name,
          status,
          message: message.replace(/ \(traceId \S+\)$/, ""),
        };
      },
    ),
  };
  // Every answer the clients got matches the spec (they would have thrown otherwise; checked again).
  for (const exchange of exchanges)
    expect(validateResponse(String(operationOf(exchange)), exchange.status, exchange.body)).toEqual([]);
  return result;
}

type Body = Record<string, unknown>;
const answersOf = (operation: string, status = 200): Body[] =>
  exchanges
    .filter((e: Exchange) => operationOf(e) === operation && e.status === status)
    .map((e) => e.body as Body);
const dataOf = (operation: string) => answersOf(operation).map((b) => b.data as Body);
const firstParcel = () => (dataOf("parcelsGetParcel")[0] ?? {}) as Body;

/** Each non-default variant, and what its answers look like on the wire. */
const SERVED: [VariantOptions, () => void][] = [
  [
    { envelope: "pages" },
    () => {
      for (const body of answersOf("parcelsPendingInboxList")) {
        expect(body).toMatchObject({ success: true, errorCode: "", message: "" });
        expect(body).not.toHaveProperty("traceId");
      }
      expect(answersOf("parcelsDownloadParcel", 404)[0]).toEqual({
        success: false,
        errorCode: "ObjectNotFound",
        message: expect.any(String),
        data: null,
      });
    },
  ],
  [
    { envelope: "minimal" },
    () => {
      for (const body of answersOf("parcelsGetParcel"))
        expect(Object.keys(body).sort()).toEqual(["data", "success"]);
      expect(answersOf("parcelsDownloadParcel", 404)[0]).toMatchObject({ success: false, data: null });
    },
  ],
  [
    { uploadResult: "object" },
    () =>
      expect(dataOf("parcelsUploadParcel")[0]).toEqual({
        parcelId: expect.any(Number),
        fileName: "po-1.edi",
        status: "outboxSent",
        size: expect.any(Number),
      }),
  ],
  [
    { uploadResult: "object-ecgridos" },
    () =>
      expect(dataOf("parcelsUploadParcel")[0]).toMatchObject({
        parcelID: expect.any(Number),
        fileName: "po-1.edi",
      }),
  ],
  [
    { parcelList: "bare-array" },
    () => {
      const body = answersOf("parcelsOutboxList")[0] as Body;
      expect(Array.isArray(body.data)).toBe(true);
      expect(body).not.toHaveProperty("totalRecords");
    },
  ],
  [
    { parcelList: "collection" },
    () => {
      expect(answersOf("parcelsOutboxList")[0]).not.toHaveProperty("totalRecords");
      expect(dataOf("parcelsOutboxList")[0]).toMatchObject({
        pageSize: 2,
        pageNumber: 1,
        count: 2,
        totalRecords: 3,
        totalPages: 2,
        parcelIDInfoList: expect.any(Array),
      });
      expect(dataOf("parcelsPendingInboxList")[0]).toMatchObject({ count: 3, totalPages: 1 });
    },
  ],
  [
    { parcelStatus: "object" },
    () =>
      expect(firstParcel().status).toEqual({
        code: "InBoxReady",
        description: expect.any(String),
        statusDate: "2026-05-07T09:00:00Z",
      }),
  ],
  [
    { parcelStatus: "flat" },
    () => {
      expect(firstParcel()).toMatchObject({ statusCode: "InBoxReady", statusDate: "2026-05-07T09:00:00Z" });
      expect(firstParcel()).not.toHaveProperty("status");
    },
  ],
  [
    { parcelKeys: "guides" },
    () => {
      expect(firstParcel()).toMatchObject({
        fromECGridId: 112233,
        toECGridId: 445566,
        size: expect.any(Number),
      });
      expect(firstParcel()).not.toHaveProperty("ecGridIdFrom");
    },
  ],
  [
    { parcelKeys: "ecgridos" },
    () => {
      expect(firstParcel()).toMatchObject({
        parcelID: expect.any(Number),
        mailboxID: 1002,
        ecGridIDFrom: 112233,
      });
      expect(firstParcel()).not.toHaveProperty("parcelId");
    },
  ],
  [
    { confirm: "object" },
    () => expect(dataOf("parcelsConfirmDownload")[0]).toMatchObject({ status: "InBoxTransferred" }),
  ],
  [
    { download: "guide" },
    () => expect(dataOf("parcelsDownloadParcel")[0]).toMatchObject({ contentEncoding: "Base64" }),
  ],
  [
    { download: "ecgridos" },
    () => {
      expect(dataOf("parcelsDownloadParcel")[0]).toHaveProperty("contentBase64String");
      expect(dataOf("parcelsDownloadParcel")[0]).not.toHaveProperty("content");
    },
  ],
];

afterEach(() => vi.restoreAllMocks());

describe("response variants", () => {
  it("cover every non-default value of every knob", () => {
    const covered = new Set(SERVED.map(([v]) => Object.entries(v).map(([k, value]) => `${k}=${value}`)[0]));
    const all = Object.entries(VARIANT_CHOICES).flatMap(([knob, values]) =>
      values.slice(1).map((v) => `${knob}=${v}`),
    );
    expect([...covered].sort()).toEqual(all.sort());
  });

  it("read by the client give the same result as the default shapes, each variant on the wire", async () => {
    const baseline = await flow({});
    expect(baseline.ids).toHaveLength(3);
    expect(baseline.outboxAll.map((p) => p.parcelId)).toEqual(baseline.ids);
    expect(baseline.file.text).toBe(x12(undefined, undefined, { control: "000000001" }));
    expect(baseline.confirmed).toBe(true);
    expect(baseline.stillPending).toHaveLength(2);
    expect(baseline.processed).toEqual(baseline.stillPending);
    expect(baseline.missing).toMatchObject({ notFound: true, status: 404 });
    for (const [variants, served] of SERVED) {
      expect(await flow(variants), JSON.stringify(variants)).toEqual(baseline);
      served();
    }
    // Every non-default shape at once.
    const everything = Object.fromEntries(
      Object.entries(VARIANT_CHOICES).map(([knob, values]) => [knob, values.at(-1)]),
    ) as VariantOptions;
    expect(await flow(everything)).toEqual(baseline);
  });

  it("injected faults answer in the envelope of the variant", async () => {
    const at = await sandbox({
      variants: { envelope: "pages" },
      faults: { ecgrid: { burst503: 1, rates: { parcelsOutboxList: 1 } } },
    });
    const acme = client(at, ACME_KEY);
    exchanges.length = 0;
    await expect(acme.parcels.pendingInboxList()).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(acme.parcels.outboxList()).rejects.toMatchObject({ status: 500 });
    expect(exchanges.map((e) => e.body)).toEqual([
      { success: false, errorCode: null, message: "The service is temporarily unavailable.", data: null },
      { success: false, errorCode: "InternalError", message: "An unexpected error occurred.", data: null },
    ]);
  });
});

describe("switching variants at runtime", () => {
  it("setVariants and POST /_sandbox/variants change the shape of the next answer", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const upload = () =>
      acme.raw.POST("/v2/parcels/upload", { body: { fileName: "a.edi", content: btoa(x12()) } });
    expect(typeof (await upload()).data?.data).toBe("number");
    at.setVariants({ uploadResult: "object" });
    expect(at.variants()).toMatchObject({ uploadResult: "object", envelope: "getting-started" });
    expect((await upload()).data?.data).toMatchObject({ parcelId: expect.any(Number) });
    // The client reads both: the next upload's ID follows the previous ones.
    const id = await acme.parcels.upload({ fileName: "b.edi", content: x12() });

    const post = (body: unknown) =>
      fetch(`${at.ecgridUrl}/_sandbox/variants`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
    const switched = await post({ envelope: "minimal" });
    expect(switched.status).toBe(200);
    // POST replaces: uploadResult is back to its default.
    expect(await switched.json()).toMatchObject({ envelope: "minimal", uploadResult: "id" });
    expect(await (await fetch(`${at.ecgridUrl}/_sandbox/variants`)).json()).toEqual(at.variants());
    const minimal = await upload();
    expect(minimal.data).toEqual({ success: true, data: expect.any(Number) });
    expect(minimal.data?.data).toBeGreaterThan(id);

    const bad = await post({ envelope: "xml" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      message: "variants.envelope must be one of getting-started, pages, minimal",
    });
    expect((await post("[")).status).toBe(400);
    expect(at.variants().envelope).toBe("minimal");
  });

  it("checkVariants names what is wrong", () => {
    expect(() => checkVariants(null)).toThrow(VariantOptionsError);
    expect(() => checkVariants([])).toThrow("variants must be an object");
    expect(() => checkVariants({ casing: "upper" })).toThrow("variants.casing is not a variant knob");
    expect(() => checkVariants({ confirm: true })).toThrow("variants.confirm must be one of boolean, object");
    expect(checkVariants({ confirm: "object", download: undefined })).toEqual({ confirm: "object" });
  });

  it("--variant flags start the ECGrid half with those shapes", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const running = await main([
      "--port",
      "0",
      "--as2-port",
      "0",
      "--variant",
      "envelope=pages",
      "--variant",
      "confirm=object",
    ]);
    try {
      const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
      const url = String(/ECGrid sandbox listening on (\S+)/.exec(printed)?.[1]);
      expect(await (await fetch(`${url}/_sandbox/variants`)).json()).toMatchObject({
        envelope: "pages",
        confirm: "object",
      });
      expect(printed).toContain("/_sandbox/variants");
    } finally {
      await running.close();
    }
    await expect(main(["--port", "0", "--variant", "envelope"])).rejects.toThrow("--variant");
    await expect(main(["--port", "0", "--variant", "envelope=xml"])).rejects.toThrow(VariantOptionsError);
  });
});
