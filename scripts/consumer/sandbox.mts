// A consumer of the published @edi-clients/sandbox, installed from its tarball: it type-checks with
// the clients (skipLibCheck off) and runs a flow against the installed package, which must find the
// specs it ships (dist/specs) — no repository around it.
import { As2Gateway } from "@edi-clients/as2-gateway";
import { ECGrid } from "@edi-clients/ecgrid";
import { DEFAULT_SEED, type Sandbox, startSandbox } from "@edi-clients/sandbox";

const isa =
  "ISA*00*          *00*          *ZZ*ACME           *ZZ*GLOBEX         *260507*0800*U*00401*000000001*0*P*>~" +
  "GS*PO*ACME*GLOBEX*20260507*0800*1*X*004010~ST*850*0001~SE*2*0001~GE*1*1~IEA*1*000000001~";

const sandbox: Sandbox = await startSandbox({ rateLimit: true });
try {
  const [acmeKey, globexKey] = DEFAULT_SEED.users.map((u) => u.apiKey);
  const acme = new ECGrid({ apiKey: String(acmeKey), baseUrl: sandbox.ecgridUrl });
  const globex = new ECGrid({ apiKey: String(globexKey), baseUrl: sandbox.ecgridUrl });
  const sent = await acme.parcels.upload({ fileName: "po.edi", content: isa });
  const [parcel] = await globex.parcels.pendingInboxList();
  if (!parcel) throw new Error("the upload did not reach Globex's inbox");
  const file = await globex.parcels.download(parcel.parcelId);
  if (file.text() !== isa) throw new Error("the download differs from the upload");
  await globex.parcels.confirm(parcel.parcelId);
  const status = (await acme.parcels.get(sent)).status;
  console.log(`sandbox ECGrid: parcel ${sent} routed, downloaded, confirmed (${status})`);
  // The installed package validates requests against the spec it ships: an invalid body is a 400.
  const invalid = await fetch(`${sandbox.ecgridUrl}/v2/parcels/inbox-list`, {
    method: "POST",
    headers: { "X-API-Key": String(acmeKey), "Content-Type": "application/json" },
    body: JSON.stringify({ recordsPerPage: 0 }),
  });
  console.log(`sandbox ECGrid: invalid request answered ${invalid.status}`);

  const as2 = new As2Gateway({
    baseUrl: sandbox.as2Url,
    credentials: { username: "edi-ops@acme-corp.example", password: "as2-sandbox" },
  });
  console.log(`sandbox AS2: stations ${(await as2.stations.list()).map((s) => s.as2Identifier).join(", ")}`);
  await Promise.all([acme.close(), globex.close(), as2.close()]);
} finally {
  await sandbox.close();
}
console.log("sandbox closed");
