import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ECGridCore } from "../src/core/client.js";
import { downloadToFile, uploadFile } from "../src/node.js";
import { Parcels } from "../src/resources/parcels.js";
import { apiError, envelope, fakeFetch, type RecordedRequest } from "./support/fake-fetch.js";

const ready = [1, 2, 3, 4].map((parcelId) => ({
  parcelId,
  fileName: `f${parcelId}.edi`,
  status: "InBoxReady",
}));

function inbox(options: { failDownload?: number; failConfirm?: number } = {}) {
  const fake = fakeFetch((r: RecordedRequest) => {
    const body = r.body as { parcelId?: number; pageNo?: number };
    switch (r.path) {
      case "/v2/parcels/inbox-list":
        return envelope(body.pageNo === 1 ? ready : []);
      case "/v2/parcels/download":
        if (body.parcelId === options.failDownload) return apiError(404, "gone");
        return envelope({
          parcelId: body.parcelId,
          fileName: `f${body.parcelId}.edi`,
          content: btoa(`ISA*${body.parcelId}~`),
        });
      case "/v2/parcels/confirm":
        if (body.parcelId === options.failConfirm) return apiError(409, "conflict");
        return envelope(true);
      default:
        return apiError(404, `unexpected ${r.path}`);
    }
  });
  const parcels = new Parcels(
    new ECGridCore({
      apiKey: "k",
      baseUrl: "https://ecgrid.test",
      fetch: fake.fetch,
      throttle: false,
      maxRetries: 0,
    }),
  );
  const confirmed = () =>
    fake.requests
      .filter((r) => r.path === "/v2/parcels/confirm")
      .map((r) => (r.body as { parcelId: number }).parcelId);
  return { parcels, requests: fake.requests, confirmed };
}

describe("processInbox: confirm only after the handler succeeded", () => {
  it("downloads, hands over and confirms every ready parcel", async () => {
    const box = inbox();
    const seen: string[] = [];
    const result = await box.parcels.processInbox(async ({ parcel, file }) => {
      seen.push(`${parcel.parcelId}:${file.text()}`);
    });
    expect(seen).toEqual(["1:ISA*1~", "2:ISA*2~", "3:ISA*3~", "4:ISA*4~"]);
    expect(result).toEqual({ confirmed: [1, 2, 3, 4], failed: [] });
    expect(box.requests[0]?.body).toMatchObject({ status: "InBoxReady", pageNo: 1 });
  });

  it("leaves a parcel unconfirmed when its handler throws, and goes on with the others", async () => {
    const box = inbox();
    const boom = new Error("disk full");
    const result = await box.parcels.processInbox(({ parcel }) => {
      if (parcel.parcelId === 2) throw boom;
    });
    expect(box.confirmed()).toEqual([1, 3, 4]);
    expect(result.failed).toEqual([{ parcelId: 2, error: boom }]);
  });

  it("never confirms a parcel whose download or handler did not finish", async () => {
    const box = inbox({ failDownload: 3 });
    const controller = new AbortController();
    const result = await box.parcels.processInbox(
      async ({ parcel }) => {
        if (parcel.parcelId === 4) controller.abort(new Error("shutting down"));
      },
      { signal: controller.signal },
    );
    expect(box.confirmed()).toEqual([1, 2]);
    expect(result.failed.map((f) => f.parcelId)).toEqual([3, 4]);
  });

  it("reports a failed confirmation (the parcel comes again next run)", async () => {
    const box = inbox({ failConfirm: 1 });
    const result = await box.parcels.processInbox(() => undefined);
    expect(result.confirmed).toEqual([2, 3, 4]);
    expect(result.failed.map((f) => f.parcelId)).toEqual([1]);
  });

  it("keeps at most `concurrency` handlers running", async () => {
    const box = inbox();
    let running = 0;
    let peak = 0;
    await box.parcels.processInbox(
      async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      },
      { concurrency: 2 },
    );
    expect(peak).toBe(2);
    await expect(box.parcels.processInbox(() => undefined, { concurrency: 0 })).rejects.toThrow(
      "processInbox: concurrency must be a positive integer, got 0",
    );
  });

  it("honours limit", async () => {
    const box = inbox();
    const result = await box.parcels.processInbox(() => undefined, { limit: 2 });
    expect(result.confirmed).toEqual([1, 2]);
  });
});

describe("file helpers (node entry)", () => {
  it("uploads a file from disk and downloads to a file atomically", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ecgrid-"));
    const source = join(dir, "po_850.edi");
    await writeFile(source, "ISA*00*~GS*PO~");
    const fake = fakeFetch((r) =>
      r.path === "/v2/parcels/upload"
        ? envelope(77)
        : envelope({ parcelId: 77, fileName: "po_850.edi", content: btoa("ISA*00*~GS*PO~") }),
    );
    const client = {
      parcels: new Parcels(
        // The fake answers the upload's body; the outbox snapshot of reconcile is proven elsewhere.
        new ECGridCore({
          apiKey: "k",
          baseUrl: "https://x.test",
          fetch: fake.fetch,
          throttle: false,
          reconcile: false,
        }),
      ),
    };
    await expect(uploadFile(client, source, { mailboxId: 1001 })).resolves.toBe(77);
    expect(fake.requests[0]?.body).toEqual({
      fileName: "po_850.edi",
      mailboxId: 1001,
      content: btoa("ISA*00*~GS*PO~"),
      bytes: 14,
    });
    const target = join(dir, "in.edi");
    await expect(downloadToFile(client, 77, target)).resolves.toEqual({
      path: target,
      bytes: 14,
      fileName: "po_850.edi",
    });
    expect(await readFile(target, "utf8")).toBe("ISA*00*~GS*PO~");
    expect((await readdir(dir)).sort()).toEqual(["in.edi", "po_850.edi"]);
  });
});
