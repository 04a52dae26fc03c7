// Throughput at the server's limit (issue 13, target 2): a loopback server counting fixed
// windows (scaled: `limit` per `windowMs`), its windows deliberately misaligned with the client's,
// bursts of calls. The ECGrid wrapper (its throttle set to the server's limit, following the
// X-RateLimit-* answers) against bare openapi-fetch with a reactive retry-on-429 loop.
import createClient from "openapi-fetch";
import type { paths } from "../packages/ecgrid/src/generated/openapi.ts";
import { ECGrid } from "../packages/ecgrid/src/index.ts";
import { type Row, startServer } from "./harness.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function throughput(options: { limit?: number; windowMs?: number; bursts?: number[] } = {}) {
  const { limit = 50, windowMs = 1_000, bursts = [200, 500] } = options;
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const burst of bursts) {
    for (const variant of ["ECGrid wrapper", "bare openapi-fetch + retry on 429"] as const) {
      // Misaligned: the server's windows start 37 % into the clock's, the client starts anywhere.
      const server = await startServer({
        kind: "limit",
        limit,
        windowMs,
        offsetMs: Math.round(windowMs * 0.37),
      });
      const baseUrl = server.url;
      let call: () => Promise<unknown>;
      let close = async () => {};
      if (variant === "ECGrid wrapper") {
        const ecgrid = new ECGrid({ apiKey: "k", baseUrl, throttle: { limit, windowMs }, logLevel: "off" });
        call = () => ecgrid.networks.get(1);
        close = () => ecgrid.close();
      } else {
        const bare = createClient<paths>({ baseUrl, headers: { "X-API-Key": "k" } });
        call = async () => {
          for (;;) {
            const { response } = await bare.GET("/v2/networks/{id}", { params: { path: { id: 1 } } });
            if (response.status !== 429) return;
            await sleep(Number(response.headers.get("retry-after") ?? "1") * 1000);
          }
        };
      }
      // Start somewhere inside the server's window, not at its boundary.
      await sleep(Math.round(windowMs * 0.61));
      const offsetMs = Math.round(windowMs * 0.37);
      const startedAt = Date.now();
      const started = performance.now();
      await Promise.all(Array.from({ length: burst }, () => call()));
      const elapsed = performance.now() - started;
      // The best any client can do against these windows: `limit` now, `limit` more at each server
      // window boundary after that; the last batch goes at boundary ceil(burst / limit) - 1.
      const firstBoundary = Math.ceil((startedAt - offsetMs) / windowMs) * windowMs + offsetMs - startedAt;
      const ideal = firstBoundary + (Math.ceil(burst / limit) - 2) * windowMs;
      const stats = await server.stats();
      await close();
      await server.stop();
      // Achieved / limit: the ideal time over the time taken (1.00 = every window used to the full).
      const ratio = ideal > 0 ? Math.min(ideal, elapsed) / elapsed : 1;
      data[`${variant}, burst ${burst}`] = {
        elapsedMs: elapsed,
        idealMs: ideal,
        served: stats.served,
        limited: stats.limited,
        ratio,
      };
      rows.push({
        section: "throughput at the limit",
        what: `${variant}, burst of ${burst} (${limit}/${windowMs} ms)`,
        value: `${(elapsed / 1000).toFixed(2)} s`,
        ratio: ratio.toFixed(2),
        note: `achieved/limit (ideal ${(ideal / 1000).toFixed(2)} s); ${stats.limited} × 429, ${stats.served} requests sent`,
      });
    }
  }
  return { rows, data };
}
