// What the wrapper costs on top of bare openapi-fetch, per call, with the network stubbed out:
// the retry loop, request clone, auth header and error mapping must stay far below one real
// round trip (milliseconds).
import createClient from "openapi-fetch";
import { bench, describe } from "vitest";
import { ECGridCore } from "../packages/ecgrid/src/core/client.ts";
import type { paths } from "../packages/ecgrid/src/generated/openapi.ts";
import { Parcels } from "../packages/ecgrid/src/resources/parcels.ts";
import { apiKeyAuth, createThrottle, createTransport } from "../packages/runtime/src/index.ts";

const body = JSON.stringify({
  httpStatus: 200,
  message: "",
  traceId: "t",
  success: true,
  data: [{ parcelId: 1 }],
});
const stub = async () => new Response(body, { status: 200, headers: { "Content-Type": "application/json" } });
const baseUrl = "https://bench.invalid";

const bare = createClient<paths>({ baseUrl, fetch: stub, headers: { "X-API-Key": "k" } });
const wrappedFetch = createClient<paths>({
  baseUrl,
  fetch: createTransport({ fetch: stub, auth: apiKeyAuth("X-API-Key", "k") }),
});
const throttled = createClient<paths>({
  baseUrl,
  fetch: createTransport({
    fetch: stub,
    auth: apiKeyAuth("X-API-Key", "k"),
    throttle: createThrottle({ limit: 1e9, windowMs: 60_000 }),
  }),
});
const parcels = new Parcels(new ECGridCore({ apiKey: "k", baseUrl, fetch: stub, throttle: false }));
const request = { body: { pageNo: 1, recordsPerPage: 25 } };

describe("one inbox-list call, network stubbed", () => {
  bench("bare openapi-fetch", async () => {
    await bare.POST("/v2/parcels/inbox-list", request);
  });
  bench("openapi-fetch + runtime transport (auth, retry loop, timeout)", async () => {
    await wrappedFetch.POST("/v2/parcels/inbox-list", request);
  });
  bench("… + throttle (rate-limiter-flexible)", async () => {
    await throttled.POST("/v2/parcels/inbox-list", request);
  });
  bench("ecgrid.parcels.inboxList (envelope, typed errors)", async () => {
    await parcels.inboxList({ pageNo: 1, recordsPerPage: 25 });
  });
});
