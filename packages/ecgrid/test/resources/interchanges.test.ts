import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });
const interchangeHeader =
  "ISA*00*          *00*          *ZZ*ACMECORP       *ZZ*BUYERINC       *260501*1030*^*00501*000000001*0*P*>";
const filters = {
  mailboxId: 12345,
  ecGridIdFrom: 0,
  ecGridIdTo: 0,
  beginDate: "2026-05-01T00:00:00Z",
  endDate: "2026-05-07T23:59:59Z",
};

describe("interchanges against Prism", () => {
  it("gets an interchange and its manifest", async () => {
    expect(await ecgrid.interchanges.get(9870001)).toMatchObject({
      interchangeId: 9870001,
      documentType: "850",
    });
    const manifest = await ecgrid.interchanges.manifest(9870001);
    expect(manifest.map((group) => group.transactionSetType)).toEqual(["850", "810"]);
  });

  it("cancels and resends an interchange", async () => {
    expect(await ecgrid.interchanges.cancel(9870001)).toBe(true);
    expect(await ecgrid.interchanges.resend(9870001)).toEqual({ resent: true, raw: true });
  });

  it("parses the date and the fields of an ISA header", async () => {
    expect(await ecgrid.interchanges.getDate({ interchangeHeader })).toBe("2026-05-01T10:30:00Z");
    const header = await ecgrid.interchanges.getHeader({ interchangeHeader });
    expect(header).toMatchObject({
      senderIdQualifier: "ZZ",
      controlNumber: "000000001",
      usageIndicator: "P",
    });
  });

  it("lists one inbox page and one outbox page", async () => {
    const inbox = await ecgrid.interchanges.inboxList({ ...filters, pageNo: 1, recordsPerPage: 100 });
    expect(inbox).toMatchObject({ totalRecords: 42, pageNo: 1 });
    expect(inbox.interchanges?.[0]?.interchangeId).toBe(9870001);
    const outbox = await ecgrid.interchanges.outboxList({ ...filters, pageNo: 1, recordsPerPage: 100 });
    expect(outbox).toMatchObject({ totalRecords: 18 });
    expect(outbox.interchanges?.[0]?.interchangeId).toBe(9870099);
  });

  it("iterates the inbox and the outbox by iterating inboxList/outboxList", async () => {
    const inbox: number[] = [];
    for await (const interchange of ecgrid.interchanges.inboxList(filters))
      inbox.push(interchange.interchangeId);
    expect(inbox).toEqual([9870001]);
    const outbox: number[] = [];
    for await (const interchange of ecgrid.interchanges.outboxList(filters))
      outbox.push(interchange.interchangeId);
    expect(outbox).toEqual([9870099]);
  });
});
