// `pnpm bench` (issue 13): the wrapper side by side with bare openapi-fetch in one run — per-call
// overhead, throughput at the server's limit, pagination, large payloads, bundle size, cold start
// and type-check cost (bench/main.ts). Prints one table of ratios and writes bench/results.json; bench/README.md
// has the latest numbers. A benchmark, not a test: nothing fails on a timing.
//   BENCH_QUICK=1   a short run        BENCH_ONLY=overhead,size   some sections (no results.json)
// The sections run bundled (esbuild) in a plain Node process: through vitest's module runner every
// call across a module boundary is an indirection of its own, which would be measured as well.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { bench, describe } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outfile = here("./.cache/main.mjs");
await build({
  entryPoints: [here("./main.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  logLevel: "warning",
  // The runtime from its sources, like the clients; esbuild itself stays a package.
  // The directory, not index.ts: subpaths (`@edi-clients/runtime/public`, `/node`) resolve inside it.
  alias: { "@edi-clients/runtime": here("../packages/runtime/src") },
  external: ["esbuild"],
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
const code = await new Promise<number | null>((resolve) => {
  fork(outfile, [], { execArgv: ["--expose-gc"], stdio: "inherit" }).once("exit", resolve);
});
if (code !== 0) throw new Error(`bench/main.ts exited with ${code}`);

describe("side by side (issue 13): the table above, bench/results.json", () => {
  bench("done", () => {}, { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 });
});
