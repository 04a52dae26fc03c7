import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("networks against Prism", () => {
  it("gets a network by ID", async () => {
    const network = await ecgrid.networks.get(1001);
    expect(network).toMatchObject({ networkId: 1001, uniqueId: "MYNETWORK", status: "Active" });
  });

  it("lists one page with its paging metadata", async () => {
    const page = await ecgrid.networks.list({
      networkId: 0,
      mailboxId: 0,
      status: "Active",
      pageNo: 1,
      recordsPerPage: 25,
    });
    expect(page).toMatchObject({ totalRecords: 42, pageNo: 1, recordsPerPage: 25 });
    expect(page.networks?.[0]?.companyName).toBe("Acme Corporation");
  });

  it("iterates every network by iterating the list", async () => {
    const ids: number[] = [];
    for await (const network of ecgrid.networks.list({ status: "Active" })) ids.push(network.networkId);
    expect(ids).toEqual([1001]);
  });

  it("updates a network's profile", async () => {
    const network = await ecgrid.networks.update({
      networkId: 1001,
      companyName: "Acme Corporation",
      address1: "123 Commerce Way",
      address2: "Suite 400",
      city: "Chicago",
      state: "IL",
      zip: "60601",
      phone: "312-555-0100",
      website: "https://www.acme.example.com",
    });
    expect(network).toMatchObject({ networkId: 1001, modified: "2026-05-07T10:45:00Z" });
  });

  it("gets the contact for a role", async () => {
    const contact = await ecgrid.networks.getContact({ networkId: 1001, contactType: "CustomerService" });
    expect(contact).toMatchObject({ contactType: "CustomerService", email: "support@acme.example.com" });
  });

  it("updates the config and the X12 delimiters (no payload)", async () => {
    expect(await ecgrid.networks.updateConfig({ networkId: 1001 })).toBe(true);
    const delimiters = { elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" };
    expect(await ecgrid.networks.setX12Delimiters({ networkId: 1001, ...delimiters })).toBe(true);
  });
});
