// Issue 13: calls sharing one AbortSignal while they wait for rate-limit slots must not add a
// listener each to it (Node prints MaxListenersExceededWarning past 10), through the whole client
// and the real fetch.
import { createServer } from "node:http";
import { type Listening, listen } from "@edi-clients/test-helpers/server";
import { afterEach, expect, it } from "vitest";
import { ECGrid } from "../src/index.js";

let server: Listening | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it("30 calls on one signal waiting for rate-limit slots emit no MaxListenersExceededWarning", async () => {
  server = await listen(
    createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ success: true, httpStatus: 200, message: "", traceId: "t", data: { networkId: 1 } }),
      );
    }),
  );
  const baseUrl = server.url;
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);
  process.on("warning", onWarning);
  const ecgrid = new ECGrid({ apiKey: "k", baseUrl, throttle: { limit: 5, windowMs: 100 }, logLevel: "off" });
  try {
    const shared = new AbortController();
    const results = await Promise.all(
      Array.from({ length: 30 }, () => ecgrid.networks.get(1, { signal: shared.signal })),
    );
    expect(results).toHaveLength(30);
    // Warnings are emitted on a later tick.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  } finally {
    process.off("warning", onWarning);
    await ecgrid.close();
  }
});
