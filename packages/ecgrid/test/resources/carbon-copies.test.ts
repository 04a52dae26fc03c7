import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("carbon copies against Prism", () => {
  it("creates, gets, updates and deletes a rule", async () => {
    const created = await ecgrid.carbonCopies.create({
      fromMailboxId: 101,
      toMailboxId: 202,
      direction: "InBox",
    });
    expect(created).toMatchObject({ ccId: 1043, fromMailboxId: 101, toMailboxId: 202 });
    expect((await ecgrid.carbonCopies.get(1042)).ccId).toBe(1042);
    const updated = await ecgrid.carbonCopies.update({
      ccId: 1042,
      status: "Suspended",
      direction: "OutBox",
    });
    expect(updated).toMatchObject({ status: "Suspended", direction: "OutBox" });
    expect(await ecgrid.carbonCopies.delete(1042)).toBe(true);
  });

  it("lists one page (the rules are `data` itself)", async () => {
    const page = await ecgrid.carbonCopies.list({
      mailboxId: 101,
      status: "Active",
      pageNo: 1,
      recordsPerPage: 50,
    });
    expect(page.map((cc) => cc.ccId)).toEqual([1042, 1043]);
  });

  it("iterates every rule by iterating the list", async () => {
    const ids: number[] = [];
    for await (const cc of ecgrid.carbonCopies.list({ mailboxId: 101, status: "Active" })) ids.push(cc.ccId);
    expect(ids).toEqual([1042, 1043]);
  });
});
