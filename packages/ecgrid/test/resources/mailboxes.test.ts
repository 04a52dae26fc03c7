import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("mailboxes against Prism", () => {
  it("gets a mailbox by ID", async () => {
    const mailbox = await ecgrid.mailboxes.get(5001);
    expect(mailbox).toMatchObject({ mailboxId: 5001, networkId: 1001, uniqueId: "ACMEMBOX01" });
  });

  it("creates a mailbox", async () => {
    const mailbox = await ecgrid.mailboxes.create({
      networkId: 1001,
      uniqueId: "ACMEMBOX02",
      companyName: "Acme Mailbox Two",
    });
    expect(mailbox).toMatchObject({ mailboxId: 5002, uniqueId: "ACMEMBOX02", status: "Active" });
  });

  it("updates a mailbox", async () => {
    const mailbox = await ecgrid.mailboxes.update({
      mailboxId: 5001,
      companyName: "Acme Mailbox One — Updated",
    });
    expect(mailbox.companyName).toBe("Acme Mailbox One — Updated");
  });

  it("deletes a mailbox (no payload)", async () => {
    expect(await ecgrid.mailboxes.delete(5001)).toBe(true);
  });

  it("lists one page with its paging metadata", async () => {
    const page = await ecgrid.mailboxes.list({
      networkId: 1001,
      status: "Active",
      pageNo: 1,
      recordsPerPage: 25,
    });
    expect(page).toMatchObject({ totalRecords: 14, pageNo: 1 });
    expect(page.mailboxes?.[0]?.mailboxId).toBe(5001);
  });

  it("iterates every mailbox by iterating the list", async () => {
    const ids: number[] = [];
    for await (const mailbox of ecgrid.mailboxes.list({ networkId: 1001 })) ids.push(mailbox.mailboxId);
    expect(ids).toEqual([5001]);
  });

  it("updates the config and the X12 delimiters (no payload)", async () => {
    expect(await ecgrid.mailboxes.updateConfig({ mailboxId: 5001 })).toBe(true);
    const delimiters = { elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" };
    expect(await ecgrid.mailboxes.setX12Delimiters({ mailboxId: 5001, ...delimiters })).toBe(true);
  });
});
