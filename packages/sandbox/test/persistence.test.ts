// `dataDir`: the state survives a restart; a fresh directory starts from the seed.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startSandbox } from "../src/index.ts";
import { ACME_KEY, client, GLOBEX_KEY, only, sandbox, tempDir, x12 } from "./support.ts";

describe("persistence", () => {
  it("keeps a parcel and its status across a restart with the same data directory", async () => {
    const dataDir = join(tempDir(), "state");
    const first = await startSandbox({ dataDir });
    const acme = client(first, ACME_KEY);
    await acme.parcels.upload({ fileName: "kept.edi", content: x12() });
    const parcel = only(await client(first, GLOBEX_KEY).parcels.pendingInboxList());
    await client(first, GLOBEX_KEY).parcels.confirm(parcel.parcelId);
    await first.close();
    await first.close();
    expect(JSON.parse(readFileSync(join(dataDir, "ecgrid.json"), "utf8")).parcels).toHaveLength(2);

    const second = await sandbox({ dataDir });
    const globex = client(second, GLOBEX_KEY);
    const [again] = await globex.parcels.inboxList();
    expect(again).toMatchObject({
      parcelId: parcel.parcelId,
      fileName: "kept.edi",
      status: "InBoxTransferred",
    });
    expect((await globex.parcels.download(parcel.parcelId)).text()).toBe(x12());
    // New parcels continue the numbering instead of reusing IDs.
    const next = await client(second, ACME_KEY).parcels.upload({ fileName: "next.edi", content: x12() });
    expect(next).toBeGreaterThan(parcel.parcelId);
  });

  it("refuses a data file that is not sandbox state", async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "ecgrid.json"), JSON.stringify({ version: 7 }));
    await expect(startSandbox({ dataDir })).rejects.toThrow(/not a sandbox state file/);
  });

  it("fails to start on a port that is taken", async () => {
    const first = await sandbox();
    const port = Number(new URL(first.ecgridUrl).port);
    await expect(startSandbox({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});
