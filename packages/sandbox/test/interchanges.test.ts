// Interchanges derived from the ISA/IEA and GS/GE envelopes of uploaded files, through the published
// client: control numbers, group and transaction counts, inbox/outbox lists with filters and pages.
import { NotFoundError } from "@edi-clients/ecgrid";
import { describe, expect, it } from "vitest";
import { INTERCHANGE_OPERATIONS, readInterchanges } from "../src/interchanges.ts";
import { ACME_KEY, client, GLOBEX_KEY, only, sandbox, x12 } from "./support.ts";
import { expectTour } from "./tour.ts";

/** Two interchanges in one file: the second with two groups (two 850s, one 810). */
function twoInterchanges(): string {
  const first = x12(undefined, undefined, { control: "000000101" });
  const second = x12(undefined, undefined, { control: "000000102" })
    .replace("GE*1*1~", "GE*2*1~")
    .replace(
      "IEA*1*000000102~",
      "GS*IN*ACME*GLOBEX*20260507*0800*2*X*004010~ST*810*0001~SE*2*0001~GE*1*2~IEA*2*000000102~",
    )
    .replace("SE*3*0001~", "SE*3*0001~ST*850*0002~SE*2*0002~");
  return `${first}\r\n${second}`;
}

describe("interchanges", () => {
  it("reads control numbers, dates, groups and transaction sets from the envelopes", () => {
    const found = readInterchanges(twoInterchanges());
    expect(found.map((x) => x.controlNumber)).toEqual(["000000101", "000000102"]);
    expect(found[1]).toMatchObject({
      sender: "ZZ:ACME",
      receiver: "ZZ:GLOBEX",
      dateTime: "2026-05-07T08:00:00Z",
      declaredGroups: 2,
      groups: [
        { functionalId: "PO", controlNumber: "1", transactionSets: ["850", "850"], declaredCount: 2 },
        { functionalId: "IN", controlNumber: "2", transactionSets: ["810"], declaredCount: 1 },
      ],
    });
    expect(readInterchanges("not x12")).toEqual([]);
    expect(readInterchanges(`ISA${"*".repeat(20)}`)).toEqual([]);
    const newlines = x12(undefined, undefined, { element: "|", segment: "\n", control: "000000007" });
    expect(only(readInterchanges(newlines))).toMatchObject({ controlNumber: "000000007", groups: [{}] });
  });

  it("lists the inbox and outbox interchanges of uploads, filtered and paged, and gets one", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    const parcelId = await acme.parcels.upload({ fileName: "two.edi", content: twoInterchanges() });
    await acme.parcels.upload({
      fileName: "one.edi",
      content: x12(undefined, undefined, { control: "000000103" }),
    });

    const inbox = await globex.interchanges.inboxList();
    expect(inbox.totalRecords).toBe(3);
    expect(inbox.interchanges.map((x) => x.interchangeControlId)).toEqual([
      "000000101",
      "000000102",
      "000000103",
    ]);
    expect(inbox.interchanges[1]).toMatchObject({
      sender: "ZZ:ACME",
      receiver: "ZZ:GLOBEX",
      standard: "X12",
      documentType: "850",
      status: "InBoxReady",
      mailboxIdFrom: 1001,
      mailboxIdTo: 1002,
      groupCount: 2,
      transactionCount: 3,
    });

    const outbox = await acme.interchanges.outboxList({ pageNo: 2, recordsPerPage: 2 });
    expect(outbox).toMatchObject({ totalRecords: 3, pageNo: 2, recordsPerPage: 2 });
    expect(only(outbox.interchanges).interchangeControlId).toBe("000000103");
    expect((await acme.interchanges.outboxList({ interchangeControlId: "000000102" })).interchanges).toEqual([
      expect.objectContaining({ parcelId, interchangeId: parcelId * 100 + 1 }),
    ]);
    expect((await acme.interchanges.outboxList({ ecGridIdTo: 999 })).totalRecords).toBe(0);
    expect((await acme.interchanges.outboxList({ beginDate: "2099-01-01T00:00:00Z" })).totalRecords).toBe(0);
    expect(
      (
        await acme.interchanges.outboxList({
          ecGridIdFrom: 112233,
          endDate: "2099-01-01T00:00:00Z",
        })
      ).totalRecords,
    ).toBe(3);
    expect(await acme.interchanges.inboxList()).toMatchObject({ totalRecords: 0 });

    const one = await globex.interchanges.get(Number(inbox.interchanges[0]?.interchangeId));
    expect(one).toMatchObject({ interchangeControlId: "000000101", groupCount: 1, transactionCount: 1 });
    await expect(acme.interchanges.get(Number(inbox.interchanges[0]?.interchangeId))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(globex.interchanges.get(1)).rejects.toBeInstanceOf(NotFoundError);
  });

  // Runs last: the answers of every test of this file.
  it("every answer validates against the spec, and every interchange operation succeeded", () => {
    expectTour(INTERCHANGE_OPERATIONS);
  });
});
