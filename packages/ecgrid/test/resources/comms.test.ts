import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("comms against Prism", () => {
  it("gets and creates a comm", async () => {
    expect(await ecgrid.comms.get(5001)).toMatchObject({ commId: 5001, identifier: "MYCOMPANY-AS2" });
    const created = await ecgrid.comms.create({
      mailboxId: 101,
      commType: "as2",
      identifier: "MYCOMPANY-AS2",
      useType: "Production",
    });
    expect(created).toMatchObject({ commId: 5010, withCerts: false });
  });

  it("finds and lists comms", async () => {
    const found = await ecgrid.comms.find({ identifier: "MYCOMPANY-AS2", commType: "as2" });
    expect(found.map((c) => c.commId)).toEqual([5001]);
    const listed = await ecgrid.comms.list({
      commType: "as2",
      useType: "Production",
      showInactive: false,
      withCerts: true,
    });
    expect(listed.map((c) => c.commId)).toEqual([5001, 5002]);
  });

  it("reads and sets the comm pair of two IDs", async () => {
    const pair = await ecgrid.comms.pair({ ecGridIdFrom: 100001, ecGridIdTo: 200002 });
    expect(pair.map((c) => c.commId)).toEqual([5001, 5099]);
    const set = await ecgrid.comms.setPair({ ecGridIdFrom: 100001, ecGridIdTo: 200002, commId: 5001 });
    expect(set[0]?.commId).toBe(5001);
  });

  it("updates a comm and its config", async () => {
    const updated = await ecgrid.comms.update({
      commId: 5001,
      identifier: "MYCOMPANY-AS2-NEW",
      status: "Active",
    });
    expect(updated.identifier).toBe("MYCOMPANY-AS2-NEW");
    expect(await ecgrid.comms.updateConfig({ commId: 5001 })).toBe(true);
  });
});
