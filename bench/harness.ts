// Shared pieces of `pnpm bench` (issue 13): the loopback server in its own process, interleaved
// timing with medians and spread, and the results table / bench/results.json.
import { type ChildProcess, execFileSync, fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";

/** bench/ itself, whether this runs from bench/ or bundled into bench/.cache/. */
export const benchDir = new URL(import.meta.url.includes("/.cache/") ? "../" : "./", import.meta.url);

export interface LoopbackServer {
  url: string;
  stats(): Promise<{ served: number; limited: number; peakRssBytes: number; baseRssBytes: number }>;
  reset(): void;
  stop(): Promise<void>;
}

/** Forks bench/server.mjs in `mode` and resolves once it listens. */
export async function startServer(mode: Record<string, unknown> = { kind: "echo" }): Promise<LoopbackServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL("server.mjs", benchDir)), [JSON.stringify(mode)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("error", reject);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stats: () =>
      new Promise((resolve) => {
        const on = (message: unknown) => {
          const stats = (message as { stats?: Awaited<ReturnType<LoopbackServer["stats"]>> }).stats;
          if (!stats) return;
          child.off("message", on);
          resolve(stats);
        };
        child.on("message", on);
        child.send("stats");
      }),
    reset: () => child.send("reset"),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.disconnect();
      }),
  };
}

export interface Variant {
  name: string;
  call: () => Promise<unknown>;
}

export interface Timing {
  name: string;
  /** Median µs per call over the rounds. */
  medianUs: number;
  /** Fastest and slowest round, µs per call. */
  minUs: number;
  maxUs: number;
  calls: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function runBatch(
  call: () => Promise<unknown>,
  calls: number,
  concurrency: number,
): Promise<{ wallUs: number; cpuUs: number }> {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let next = 0;
  const worker = async () => {
    while (next < calls) {
      next++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const cpu = process.cpuUsage(cpuBefore);
  return {
    wallUs: ((performance.now() - started) * 1000) / calls,
    // This process only (user + system): the loopback server runs in a process of its own.
    cpuUs: (cpu.user + cpu.system) / calls,
  };
}

/**
 * Times every variant in interleaved rounds (the order rotates each round, so load and GC hit
 * all alike): a warm-up batch each, then `rounds` batches of `callsPerRound` calls. No forced
 * collection between rounds: a full `gc()` leaves the next few hundred calls several times
 * slower (measured), which would be timed too.
 */
export async function interleaved(
  variants: Variant[],
  options: { rounds?: number; callsPerRound?: number; warmup?: number; concurrency?: number } = {},
): Promise<{ timings: Timing[]; roundsUs: number[][]; cpuRoundsUs: number[][] }> {
  const { rounds = 12, callsPerRound = 500, warmup = 500, concurrency = 1 } = options;
  for (const variant of variants) await runBatch(variant.call, warmup, concurrency);
  const roundsUs: number[][] = variants.map(() => []);
  const cpuRoundsUs: number[][] = variants.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < variants.length; k++) {
      const index = (k + round) % variants.length;
      const variant = variants[index] as Variant;
      const { wallUs, cpuUs } = await runBatch(variant.call, callsPerRound, concurrency);
      roundsUs[index]?.push(wallUs);
      cpuRoundsUs[index]?.push(cpuUs);
    }
  }
  return {
    roundsUs,
    cpuRoundsUs,
    timings: variants.map((variant, i) => {
      const us = roundsUs[i] as number[];
      return {
        name: variant.name,
        medianUs: median(us),
        minUs: Math.min(...us),
        maxUs: Math.max(...us),
        calls: rounds * callsPerRound,
      };
    }),
  };
}

export { median };

/** Median over the rounds of variant/baseline, paired by round (robust on a loaded machine). */
export function pairedRatio(roundsUs: number[][], variant: number, baseline: number): number {
  const a = roundsUs[variant] as number[];
  const b = roundsUs[baseline] as number[];
  return median(a.map((value, i) => value / (b[i] as number)));
}

export interface Row {
  section: string;
  what: string;
  value: string;
  ratio?: string;
  note?: string;
}

export const results: { machine: Record<string, unknown>; rows: Row[]; data: Record<string, unknown> } = {
  machine: {},
  rows: [],
  data: {},
};

export function machine(): Record<string, unknown> {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? "?"}`,
    loadavg: loadavg()
      .map((l) => l.toFixed(2))
      .join(" "),
    date: new Date().toISOString(),
  };
}

export function printTable(rows: Row[]): string {
  const header: Row = { section: "section", what: "what", value: "value", ratio: "ratio", note: "note" };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => String(r[key] ?? "").length));
  const w = { section: width("section"), what: width("what"), value: width("value"), ratio: width("ratio") };
  const line = (r: Row) =>
    `${r.section.padEnd(w.section)}  ${r.what.padEnd(w.what)}  ${r.value.padStart(w.value)}  ${(r.ratio ?? "").padStart(w.ratio)}  ${r.note ?? ""}`.trimEnd();
  return [line(header), ...rows.map(line)].join("\n");
}

export function writeResults(): void {
  const file = fileURLToPath(new URL("results.json", benchDir));
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  // In the repository's own format, so `pnpm lint` passes after a run.
  const biome = fileURLToPath(new URL("../node_modules/.bin/biome", benchDir));
  try {
    execFileSync(biome, ["format", "--write", file], { stdio: "ignore" });
  } catch {
    // Formatting is a nicety; the numbers are written either way.
  }
}

export const us = (value: number) => `${value.toFixed(1)} µs`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
