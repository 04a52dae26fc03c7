// ECGrid file exchange: upload a file, then drain the inbox at least once — each parcel is
// confirmed only after the handler stored it, so a crash never loses a file.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ECGrid } from "@edi-clients/ecgrid";
import { uploadFile } from "@edi-clients/ecgrid/node";

const ecgrid = new ECGrid({
  apiKey: process.env.ECGRID_API_KEY ?? "demo-key",
  baseUrl: process.env.ECGRID_BASE_URL,
});
const outDir = await mkdtemp(join(tmpdir(), "ecgrid-inbox-"));

const source = join(outDir, "po_850.edi");
await writeFile(
  source,
  "ISA*00*          *00*          *ZZ*112233         *ZZ*445566         *260507*0800*U*00401*000000001*0*P*>~",
);
const parcelId = await uploadFile(ecgrid, source, { ecGridIdFrom: 112233, ecGridIdTo: 445566 });
console.log("uploaded parcel", parcelId, "(never re-sent automatically once it may have reached ECGrid)");

const result = await ecgrid.parcels.processInbox(
  async ({ parcel, file }) => {
    const target = join(outDir, `${parcel.parcelId}-${file.fileName ?? "parcel.edi"}`);
    await writeFile(target, file.bytes);
    console.log(`stored ${file.bytes.length} bytes in ${target}`);
  },
  { concurrency: 2 },
);
console.log(
  "confirmed:",
  result.confirmed,
  "left for the next run:",
  result.failed.map((f) => f.parcelId),
);
for (const { parcelId, error } of result.failed) console.error(`not processed ${parcelId}:`, error);
// A parcel that could not be processed fails the run (exit code 1), for cron jobs and CI.
if (result.failed.length > 0) process.exitCode = 1;
