// The sections of `pnpm bench`, run as plain Node (bundled by bench/side-by-side.bench.ts with
// esbuild, not through vitest's module runner, whose per-import indirection would be measured
// too). Prints the table and writes bench/results.json.
import { coldstart } from "./coldstart.ts";
import { machine, printTable, type Row, results, writeResults } from "./harness.ts";
import { large } from "./large.ts";
import { overhead, stubbedOverhead } from "./overhead.ts";
import { pagination } from "./pagination.ts";
import { profile } from "./profile.ts";
import { size } from "./size.ts";
import { throughput } from "./throughput.ts";
import { types } from "./types.ts";

type Section = () =>
  | Promise<{ rows: Row[]; data: Record<string, unknown> }>
  | { rows: Row[]; data: Record<string, unknown> };

const quick = process.env.BENCH_QUICK === "1";
const only = process.env.BENCH_ONLY?.split(",");

const sections: [string, Section][] = [
  [
    "stubbed",
    () => stubbedOverhead(quick ? { rounds: 4, callsPerRound: 500 } : { rounds: 20, callsPerRound: 1_000 }),
  ],
  // Many short rounds: each wrapper round sits next to a bare one, so load and GC hit both alike.
  [
    "overhead",
    () => overhead(quick ? { rounds: 4, callsPerRound: 200 } : { rounds: 25, callsPerRound: 200 }),
  ],
  ["profile", () => profile(quick ? { rounds: 2, callsPerRound: 500 } : {})],
  ["throughput", () => throughput(quick ? { bursts: [200] } : { bursts: [100, 200, 500] })],
  ["pagination", () => pagination(quick ? { total: 20_000 } : {})],
  ["large", () => large()],
  ["size", () => size()],
  ["coldstart", () => coldstart()],
  ["types", () => types(quick ? 1 : 3)],
];

results.machine = machine();
for (const [name, run] of sections) {
  if (only && !only.includes(name)) continue;
  const started = performance.now();
  const { rows, data } = await run();
  results.rows.push(...rows);
  results.data[name] = data;
  console.log(`[bench] ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
results.machine.loadavgAfter = machine().loadavg;
if (!only) writeResults();
console.log(`\n${JSON.stringify(results.machine)}\n${printTable(results.rows)}\n`);
