import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("ids against Prism", () => {
  it("creates an ECGrid ID", async () => {
    const id = await ecgrid.ids.create({
      mailboxId: 1001,
      qualifier: "01",
      id: "PARTNER001",
      description: "Acme Corp Production",
      ediStandard: "X12",
      routingGroup: "ProductionA",
    });
    expect(id).toMatchObject({ ecGridId: 123456, qualifier: "01", id: "PARTNER001" });
  });

  it("gets, updates and deletes an ECGrid ID by its numeric ID", async () => {
    expect((await ecgrid.ids.get(123456)).ecGridId).toBe(123456);
    const updated = await ecgrid.ids.update(123456, {
      description: "Acme Corp Production (updated)",
      status: "Active",
      ediStandard: "X12",
    });
    expect(updated.description).toBe("Acme Corp Production (updated)");
    expect(await ecgrid.ids.delete(123456)).toBe(true);
  });

  it("finds IDs by qualifier and ID", async () => {
    const found = await ecgrid.ids.find({ qualifier: "01", id: "PARTNER001" });
    expect(found.map((i) => i.ecGridId)).toEqual([123456]);
  });

  it("lists one page (a plain array)", async () => {
    const page = await ecgrid.ids.list({ mailboxId: 1001, status: "Active", pageNo: 1, recordsPerPage: 25 });
    expect(page.map((i) => i.ecGridId)).toEqual([123456, 123457]);
  });

  it("iterates every ID by iterating the list", async () => {
    const ids: number[] = [];
    for await (const id of ecgrid.ids.list({ mailboxId: 1001, status: "Active" })) ids.push(id.ecGridId);
    expect(ids).toEqual([123456, 123457]);
  });

  it("adds a VAN and reads the default mailbox", async () => {
    expect(await ecgrid.ids.addVan({ ecGridId: 123456, vanQualifier: "01", vanId: "VANPARTNER001" })).toEqual(
      {
        added: true,
      },
    );
    const mailbox = await ecgrid.ids.getMailboxDefault({ ecGridId: 123456 });
    expect(mailbox).toMatchObject({ mailboxId: 1001, mailboxName: "Acme Corp Mailbox" });
  });

  it("moves an ID to another mailbox", async () => {
    const moved = await ecgrid.ids.move({ ecGridId: 123456, newMailboxId: 1002 });
    expect(moved.mailboxId).toBe(1002);
  });

  it("updates the data email, description, X12 delimiters and config", async () => {
    const ecGridId = 123456;
    expect(
      await ecgrid.ids.updateDataEmail({
        ecGridId,
        email: "edi@acmecorp.com",
        emailSystem: "smtp",
        emailPayload: "Attachment",
      }),
    ).toBe(true);
    expect(await ecgrid.ids.updateDescription({ ecGridId, description: "Acme Corp — Production EDI" })).toBe(
      true,
    );
    expect(
      await ecgrid.ids.setX12Delimiters({
        ecGridId,
        elementDelimiter: "*",
        subElementDelimiter: ":",
        segmentTerminator: "~",
      }),
    ).toBe(true);
    expect(await ecgrid.ids.updateConfig({ ecGridId })).toBe(true);
  });
});
