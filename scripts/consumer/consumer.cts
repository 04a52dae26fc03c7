// The CommonJS consumer: this file compiles to `require()` calls (module: nodenext, .cts) and runs
// on Node's require(esm). It type-checks against the same .d.ts files as the ESM consumer.
import { As2Gateway, NotFoundError as As2NotFoundError, BatchMessageError } from "@edi-clients/as2-gateway";
import { createProgram } from "@edi-clients/cli";
import { ECGrid, EdiClientError, NotFoundError, RateLimitError, ValidationError } from "@edi-clients/ecgrid";
import { uploadFile } from "@edi-clients/ecgrid/node";
import { ApiError } from "@edi-clients/runtime";

async function main(): Promise<void> {
  if (typeof require !== "function" || typeof module !== "object") throw new Error("not running as CommonJS");
  const ecgrid = new ECGrid({ apiKey: "consumer-key", baseUrl: process.env.ECGRID_BASE_URL as string });
  const as2 = new As2Gateway({ token: "consumer-token", baseUrl: process.env.AS2G_BASE_URL as string });
  if (!(ecgrid instanceof ECGrid) || !(as2 instanceof As2Gateway))
    throw new Error("clients are not instances");
  if (typeof uploadFile !== "function" || typeof createProgram !== "function")
    throw new Error("entries missing");
  console.log(`cjs: ECGrid version ${(await ecgrid.auth.version()).version}`);

  try {
    await ecgrid.parcels.get(1, { headers: { Prefer: "code=404" } });
    throw new Error("expected a NotFoundError");
  } catch (error) {
    // One runtime serves both clients: the classes each package re-exports are the same.
    if (!(error instanceof NotFoundError && error instanceof As2NotFoundError && error instanceof ApiError))
      throw error;
    if (
      error instanceof RateLimitError ||
      error instanceof ValidationError ||
      error instanceof BatchMessageError
    )
      throw new Error("a NotFoundError passed for a sibling class");
    console.log(`cjs: typed error ${error.name} ${error.status}`);
  }
  try {
    await ecgrid.parcels.inboxList({ recordsPerPage: 501 });
    throw new Error("expected a ValidationError");
  } catch (error) {
    if (!(error instanceof ValidationError && error instanceof EdiClientError)) throw error;
    console.log("cjs: validation before the network");
  }
  const partners = await as2.partners.list();
  console.log(`cjs: AS2 partners ${partners.length}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
