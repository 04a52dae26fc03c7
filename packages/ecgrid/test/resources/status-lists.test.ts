import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("status lists against Prism", () => {
  it("gets the valid status codes per object type", async () => {
    const lists = await ecgrid.statusLists.get();
    expect(lists.parcelStatuses?.map((s) => s.code)).toContain("InBoxReady");
    expect(lists.interchangeStatuses?.[0]?.code).toBe("Received");
  });
});
