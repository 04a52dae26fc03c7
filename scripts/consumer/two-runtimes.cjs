// Two copies of @edi-clients/runtime in one install (the smoke test nests a second copy under
// @edi-clients/ecgrid, as npm does when the clients want different runtime versions): an error
// thrown through one copy must still pass `instanceof` with the classes of the other copy.
const { dirname } = require("node:path");
const ecgrid = require("@edi-clients/ecgrid");
const as2 = require("@edi-clients/as2-gateway");
const runtime = require("@edi-clients/runtime");

const runtimeOf = (pkg) =>
  require.resolve("@edi-clients/runtime", { paths: [dirname(require.resolve(pkg))] });
if (runtimeOf("@edi-clients/ecgrid") === runtimeOf("@edi-clients/as2-gateway"))
  throw new Error("expected two copies of @edi-clients/runtime");
if (ecgrid.NotFoundError === as2.NotFoundError) throw new Error("the two clients share one runtime copy");

async function main() {
  const client = new ecgrid.ECGrid({ apiKey: "consumer-key", baseUrl: process.env.ECGRID_BASE_URL });
  const error = await client.parcels.get(1, { headers: { Prefer: "code=404" } }).then(
    () => {
      throw new Error("expected a NotFoundError");
    },
    (e) => e,
  );
  const checks = {
    "as2.NotFoundError": error instanceof as2.NotFoundError,
    "as2.ApiError": error instanceof as2.ApiError,
    "runtime.EdiClientError": error instanceof runtime.EdiClientError,
    "not as2.RateLimitError": !(error instanceof as2.RateLimitError),
    "not runtime.ValidationError": !(error instanceof runtime.ValidationError),
    "not as2.BatchMessageError": !(error instanceof as2.BatchMessageError),
  };
  const failed = Object.entries(checks).filter(([, ok]) => !ok);
  if (failed.length > 0)
    throw new Error(`across runtime copies: ${failed.map(([k]) => k).join(", ")} failed`);
  console.log(
    `two runtime copies: ${error.name} from ecgrid's copy passes ${Object.keys(checks).length} checks`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
