// The ECGrid parcel flow through the published client: upload in ACME's mailbox → routed by the ISA
// receiver to Globex's inbox → download the same bytes → confirm → gone → reset → back.
import { BadRequestError, NotFoundError, PermissionDeniedError } from "@edi-clients/ecgrid";
import { describe, expect, it } from "vitest";
import { ACME_KEY, client, GLOBEX_KEY, only, sandbox, x12 } from "./support.ts";

describe("parcel flow", () => {
  it("routes an upload by its ISA receiver, downloads the same bytes, confirms and resets", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    const file = x12(["ZZ", "ACME"], ["ZZ", "GLOBEX"], { element: "|", segment: "\n" });

    const outboxId = await acme.parcels.upload({ fileName: "po_850.edi", content: file });
    expect(outboxId).toBeTypeOf("number");

    const [sent] = await acme.parcels.outboxList();
    expect(sent).toMatchObject({
      parcelId: outboxId,
      mailboxId: 1001,
      ecGridIdFrom: 112233,
      ecGridIdTo: 445566,
    });
    expect(await globex.parcels.outboxList()).toEqual([]);

    const pending = await globex.parcels.pendingInboxList();
    const parcel = only(pending);
    expect(parcel).toMatchObject({
      mailboxId: 1002,
      networkId: 42,
      status: "InBoxReady",
      fileName: "po_850.edi",
    });
    expect(await globex.parcels.inboxList({ status: "InBoxReady" })).toHaveLength(1);
    expect(await acme.parcels.pendingInboxList()).toEqual([]);
    expect(await globex.parcels.get(parcel.parcelId)).toMatchObject({
      parcelId: parcel.parcelId,
      bytes: file.length,
    });

    const downloaded = await globex.parcels.download(parcel.parcelId);
    expect(downloaded.fileName).toBe("po_850.edi");
    expect(downloaded.text()).toBe(file);
    expect(Buffer.from(downloaded.bytes).equals(Buffer.from(file))).toBe(true);

    expect(await globex.parcels.confirm(parcel.parcelId)).toBe(true);
    expect(await globex.parcels.pendingInboxList()).toEqual([]);
    expect(await globex.parcels.inboxList({ status: "InBoxReady" })).toEqual([]);
    expect(await globex.parcels.inboxList({ status: "InBoxTransferred" })).toHaveLength(1);
    // A second confirm is harmless.
    expect(await globex.parcels.confirm(parcel.parcelId)).toBe(true);

    expect(await globex.parcels.resetToInbox(parcel.parcelId)).toBe(true);
    expect((await globex.parcels.pendingInboxList()).map((p) => p.parcelId)).toEqual([parcel.parcelId]);
    expect((await globex.parcels.get(parcel.parcelId)).status).toBe("InBoxReady");
  });

  it("drains the inbox with processInbox, confirming what the handler stored", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    for (const control of ["000000011", "000000012"]) {
      await acme.parcels.upload({
        fileName: `${control}.edi`,
        content: x12(undefined, undefined, { control }),
      });
    }
    const stored: string[] = [];
    const result = await globex.parcels.processInbox(async ({ file }) => {
      stored.push(file.text());
    });
    expect(result.confirmed).toHaveLength(2);
    expect(stored.every((text) => text.startsWith("ISA*"))).toBe(true);
    expect(await globex.parcels.pendingInboxList()).toEqual([]);
  });

  it("answers the documented 404 envelope for an unknown ISA receiver", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const error = await acme.parcels
      .upload({ fileName: "x.edi", content: x12(["ZZ", "ACME"], ["01", "NOBODY"]) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).status).toBe(404);
    expect((error as NotFoundError).detail).toContain("01:NOBODY");
    expect(await acme.parcels.outboxList()).toEqual([]);
  });

  it("refuses a sender that is not the mailbox's own ECGrid ID and content that is not X12", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    await expect(
      acme.parcels.upload({ fileName: "x.edi", content: x12(["ZZ", "GLOBEX"], ["ZZ", "ACME"]) }),
    ).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(acme.parcels.upload({ fileName: "x.txt", content: "hello" })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    // Explicit ECGrid IDs route a file without an ISA segment.
    const id = await acme.parcels.upload({
      fileName: "x.txt",
      content: "hello",
      ecGridIdFrom: 112233,
      ecGridIdTo: 445566,
    });
    expect(id).toBeTypeOf("number");
  });

  it("keeps each user to its own mailbox and parcels", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    await acme.parcels.upload({ fileName: "a.edi", content: x12() });
    const parcel = only(await globex.parcels.pendingInboxList());
    await expect(acme.parcels.download(parcel.parcelId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acme.parcels.confirm(parcel.parcelId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acme.parcels.inboxList({ mailboxId: 1002 })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(acme.parcels.inboxList({ mailboxId: 9999 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("lists", () => {
  it("paginates the inbox for real across 3 pages", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    const ids: number[] = [];
    for (let n = 1; n <= 7; n++) {
      await acme.parcels.upload({
        fileName: `po_${n}.edi`,
        content: x12(undefined, undefined, { control: `00000000${n}` }),
      });
    }
    for (const p of await globex.parcels.pendingInboxList()) ids.push(p.parcelId);
    expect(ids).toHaveLength(7);

    const pages = [];
    for (const pageNo of [1, 2, 3, 4]) {
      pages.push((await globex.parcels.inboxList({ pageNo, recordsPerPage: 3 })).map((p) => p.parcelId));
    }
    expect(pages).toEqual([ids.slice(0, 3), ids.slice(3, 6), ids.slice(6), []]);

    const all: number[] = [];
    for await (const p of globex.parcels.inboxList({ recordsPerPage: 3 })) all.push(p.parcelId);
    expect(all).toEqual(ids);
    const outbox: string[] = [];
    for await (const p of acme.parcels.outboxList({ recordsPerPage: 3 })) outbox.push(p.fileName ?? "");
    expect(outbox).toEqual([
      "po_1.edi",
      "po_2.edi",
      "po_3.edi",
      "po_4.edi",
      "po_5.edi",
      "po_6.edi",
      "po_7.edi",
    ]);
  });

  it("filters by status, mailbox, ECGrid IDs and creation date", async () => {
    let now = Date.parse("2026-05-01T10:00:00Z");
    const at = await sandbox({ clock: () => now });
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    await acme.parcels.upload({ fileName: "may1.edi", content: x12() });
    now = Date.parse("2026-05-03T10:00:00Z");
    await acme.parcels.upload({ fileName: "may3.edi", content: x12() });
    await globex.parcels.upload({ fileName: "back.edi", content: x12(["ZZ", "GLOBEX"], ["ZZ", "ACME"]) });

    const names = async (body: Parameters<typeof globex.parcels.inboxList>[0]) =>
      (await globex.parcels.inboxList(body)).map((p) => p.fileName);
    expect(await names({ mailboxId: 1002 })).toEqual(["may1.edi", "may3.edi"]);
    expect(await names({ beginDate: "2026-05-02T00:00:00Z" })).toEqual(["may3.edi"]);
    expect(await names({ endDate: "2026-05-02T00:00:00Z" })).toEqual(["may1.edi"]);
    expect(await names({ ecGridIdFrom: 112233, ecGridIdTo: 445566 })).toEqual(["may1.edi", "may3.edi"]);
    expect(await names({ ecGridIdFrom: 445566 })).toEqual([]);
    expect(await names({ status: "InBoxTransferred" })).toEqual([]);
    expect((await acme.parcels.inboxList()).map((p) => p.fileName)).toEqual(["back.edi"]);
    expect((await acme.parcels.inboxList())[0]?.created).toBe("2026-05-03T10:00:00Z");
    expect(await globex.parcels.pendingInboxList({ ecGridIdFrom: 445566 })).toEqual([]);
    expect(await globex.parcels.pendingInboxList({ ecGridIdTo: 445566 })).toHaveLength(2);
  });
});
