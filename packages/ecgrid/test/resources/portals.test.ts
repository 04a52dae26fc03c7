import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("portals against Prism", () => {
  it("creates a portal and gets a mailbox's portal", async () => {
    expect(await ecgrid.portals.create({ mailboxId: 7890 })).toMatchObject({
      portalId: 502,
      mailboxId: 7890,
    });
    const portal = await ecgrid.portals.getByMailbox(7890);
    expect(portal).toMatchObject({ portalId: 501, url: "https://portal.ecgrid.io/company-name" });
  });
});
