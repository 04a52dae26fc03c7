import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });
// The evidence body (X10-KEYS-1): Prism validates it against the re-modelled request schemas.
const ref = { systemObject: "Mailbox", objectId: 142, key: "ftp:status", visibility: "Shared" } as const;

describe("keys against Prism", () => {
  it("sets, gets, lists and removes key/value records on a system object", async () => {
    const created = await ecgrid.keys.create({ ...ref, value: "ready", meta: "setup", daysToLive: 30 });
    // The spec's example is still the reference page's record; it arrives as a KeyValue.
    expect(created).toMatchObject({ keyId: 9003, userId: 12345, visibility: "Private" });
    const one = await ecgrid.keys.get(ref);
    expect(one).toMatchObject({ keyId: 9001, visibility: "Private" });
    expect(typeof one.key).toBe("string");
    const keys = await ecgrid.keys.list({ systemObject: "Mailbox", objectId: 142 });
    expect(keys.map((k) => k.keyId)).toEqual([9001, 9002]);
    expect(await ecgrid.keys.delete(ref)).toBe(true);
  });
});
