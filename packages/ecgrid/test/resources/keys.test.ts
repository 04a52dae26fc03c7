import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("keys against Prism", () => {
  it("creates, gets, lists and deletes API keys", async () => {
    const created = await ecgrid.keys.create({ userId: 12345, visibility: "Private" });
    expect(created).toMatchObject({ keyId: 9003, userId: 12345, visibility: "Private" });
    expect((await ecgrid.keys.get({ userId: 12345 })).keyId).toBe(9001);
    const keys = await ecgrid.keys.list({ userId: 12345, visibility: "Private" });
    expect(keys.map((k) => k.keyId)).toEqual([9001, 9002]);
    expect(await ecgrid.keys.delete({ keyId: 9001 })).toBe(true);
  });
});
