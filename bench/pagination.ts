// Pagination (issue 13, target 3): 100,000 parcels in pages of 500, 20 ms page latency, 5 ms of
// consumer work per page, with and without prefetch; wall time against pages × latency, RSS growth.
import { ECGrid } from "../packages/ecgrid/src/index.ts";
import { mb, type Row, startServer } from "./harness.ts";

export async function pagination(
  options: { total?: number; pageSize?: number; latencyMs?: number; workMs?: number } = {},
) {
  const { total = 100_000, pageSize = 500, latencyMs = 20, workMs = 5 } = options;
  const server = await startServer({ kind: "pages", total, latencyMs });
  // No client throttle here: 200 pages would wait for ECGrid's 180/minute.
  const ecgrid = new ECGrid({ apiKey: "k", baseUrl: server.url, throttle: false, logLevel: "off" });
  const pages = Math.ceil(total / pageSize);
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  for (const prefetch of [false, true]) {
    (globalThis as { gc?: () => void }).gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 5);
    const started = performance.now();
    let count = 0;
    for await (const page of ecgrid.parcels.inboxList({ recordsPerPage: pageSize }, { prefetch }).pages()) {
      count += page.items.length;
      const until = performance.now() + workMs;
      while (performance.now() < until) {
        // consumer work, synchronous like parsing or writing out a page
      }
    }
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (count !== total) throw new Error(`pagination: read ${count} of ${total}`);
    const ratio = elapsed / (pages * latencyMs);
    data[prefetch ? "prefetch" : "no prefetch"] = {
      elapsedMs: elapsed,
      ratio,
      rssGrowthBytes: peak - base,
      pages,
    };
    rows.push({
      section: "pagination",
      what: `${total} records, pages of ${pageSize}, ${latencyMs} ms latency, ${workMs} ms work/page, ${prefetch ? "prefetch" : "no prefetch"}`,
      value: `${(elapsed / 1000).toFixed(2)} s`,
      ratio: ratio.toFixed(2),
      note: `× pages·latency; RSS +${mb(peak - base)}`,
    });
  }
  await ecgrid.close();
  await server.stop();
  return { rows, data };
}
