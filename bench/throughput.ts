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
  const { limit = 50, windowMs = 1_000, bursts = [100, 200, 500] } = options;
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  await warmUp();
  for (const burst of bursts) {
    for (const variant of ["ECGrid wrapper", "bare openapi-fetch + retry on 429"] as const) {
      // Misaligned: the server's windows start 37 % into the clock's, the client's own throttle
      // windows start with the burst (below), 240 ms before a server boundary.
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
      // Start inside the server's window, at the same point every run: 24 % of it left. The server's
      // windows follow the clock (offset 37 %), so a fixed sleep after its start met them at a
      // random point; when only a few ms were left, no client could get the first `limit` calls
      // there in time, and the run measured a window lost to the phase, not to the client
      // (2026-12-02: 0.88 for the wrapper and bare alike, on this tree and the one before).
      const offsetMs = Math.round(windowMs * 0.37);
      const left = Math.round(windowMs * 0.24);
      const now = Date.now();
      const boundary = Math.ceil((now - offsetMs) / windowMs) * windowMs + offsetMs;
      let wait = boundary - left - now;
      if (wait < windowMs * 0.2) wait += windowMs;
      await sleep(wait);
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

/**
 * Both kinds of client, compiled before the first measured burst: run cold (JIT, first
 * connections), the first burst of a process met its first window ≈ 100 ms late on this machine,
 * lost that window and measured 0.68 where the same burst warm gave 0.95 (2026-12-02).
 */
async function warmUp(): Promise<void> {
  const server = await startServer({ kind: "echo" });
  const ecgrid = new ECGrid({ apiKey: "k", baseUrl: server.url, throttle: false, logLevel: "off" });
  const bare = createClient<paths>({ baseUrl: server.url, headers: { "X-API-Key": "k" } });
  for (let round = 0; round < 5; round++) {
    await Promise.all(
      Array.from({ length: 50 }, () =>
        Promise.all([ecgrid.networks.get(1), bare.GET("/v2/networks/{id}", { params: { path: { id: 1 } } })]),
      ),
    );
  }
  await ecgrid.close();
  await server.stop();
}
