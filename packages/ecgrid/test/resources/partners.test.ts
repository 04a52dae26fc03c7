import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("partners against Prism", () => {
  it("creates, gets and deletes an interconnect", async () => {
    const created = await ecgrid.partners.create({ ecGridIdFrom: 123456, ecGridIdTo: 654321 });
    expect(created).toMatchObject({ interconnectId: 9001, ecGridIdFrom: 123456, ecGridIdTo: 654321 });
    expect((await ecgrid.partners.get(9001)).interconnectId).toBe(9001);
    expect(await ecgrid.partners.delete(9001)).toBe(true);
  });

  it("counts the interconnects of an ID", async () => {
    expect(await ecgrid.partners.count({ ecGridId: 123456, status: "Active" })).toBe(14);
  });

  it("lists one page (a plain array)", async () => {
    const page = await ecgrid.partners.list({
      ecGridId: 123456,
      status: "Active",
      pageNo: 1,
      recordsPerPage: 25,
    });
    expect(page.map((p) => p.interconnectId)).toEqual([9001, 9002]);
  });

  it("iterates every interconnect by iterating the list", async () => {
    const ids: number[] = [];
    for await (const partner of ecgrid.partners.list({ ecGridId: 123456 })) ids.push(partner.interconnectId);
    expect(ids).toEqual([9001, 9002]);
  });

  it("adds and lists notes", async () => {
    const note = "Approved by network admin on 2024-06-01. Test EDI verified.";
    expect(await ecgrid.partners.addNote({ interconnectId: 9001, note })).toBe(true);
    const notes = await ecgrid.partners.listNotes({ interconnectId: 9001 });
    expect(notes[0]).toMatchObject({ text: note, userId: 501 });
  });
});
