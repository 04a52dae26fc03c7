// Where the wrapper's time per call goes (issue 13: "where a target is missed … show with a profile
// where the remaining time goes"). The same loopback calls as the overhead section, bare
// openapi-fetch and the wrapper in alternating rounds, each round under V8's sampling profiler
// (node:inspector, in this process; the server runs in its own). Every sample's CPU time is charged
// to the source module its function comes from — the bundle esbuild built for `pnpm bench` marks
// each module's start with a `// path` comment — or, for Node's own code, to what it does (undici's
// fetch, web streams, AbortSignal, timers, GC). The rows are µs per call: the wrapper's, bare
// openapi-fetch's and the difference, so the extra time of the wrapper can be read by module.
// Sampling costs time of its own: read the shares, not the absolute µs.
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { fileURLToPath } from "node:url";
import createClient from "openapi-fetch";
import type { paths as As2Paths } from "../packages/as2-gateway/src/generated/openapi.ts";
import { As2Gateway } from "../packages/as2-gateway/src/index.ts";
import type { paths as EcgridPaths } from "../packages/ecgrid/src/generated/openapi.ts";
import { ECGrid } from "../packages/ecgrid/src/index.ts";
import { type Row, startServer } from "./harness.ts";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Module start lines of the running bundle, from esbuild's `// path` markers. */
function moduleMap(file: string): { starts: number[]; names: string[] } {
  const starts: number[] = [];
  const names: string[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      const marker = /^\/\/ ((?:packages|node_modules|bench)\/\S+)$/.exec(line);
      if (marker?.[1]) {
        starts.push(index);
        names.push(shortName(marker[1]));
      }
    });
  return { starts, names };
}

function shortName(path: string): string {
  if (path.startsWith("bench/")) return "bench";
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg?.[1]) return pkg[1];
  return path.replace(/^packages\//, "").replace("/src/", "/");
}

/** What Node's own code (and V8's) is doing, by URL and function. */
function nodeGroup(frame: CallFrame): string | undefined {
  const { url, functionName } = frame;
  if (functionName === "(idle)") return undefined;
  if (functionName === "(garbage collector)") return "V8: garbage collection";
  if (url.includes("undici")) return "Node: undici (fetch, Request, Response, Headers)";
  if (url.includes("webstreams")) return "Node: web streams (bodies)";
  if (url.includes("abort_controller") || url.includes("event_target"))
    return "Node: AbortSignal, EventTarget";
  if (url.includes("timers")) return "Node: timers";
  if (url === "") {
    if (functionName === "runMicrotasks") return "V8: promise jobs (runMicrotasks)";
    // The socket write of the request and the reads of the answer: system calls, whose time on a
    // shared machine swings the most between rounds.
    if (/^(write|writev|read)|String$|Slice$/.test(functionName)) return "native: socket writes and reads";
    return "V8: builtins (JSON.parse, …) and (program)";
  }
  if (url.startsWith("node:")) return "Node: other (sockets, HTTP parser, microtasks)";
  return undefined;
}

/** CPU µs charged to each group over one profile. */
function charge(
  profile: CpuProfile,
  bundle: string,
  modules: { starts: number[]; names: string[] },
): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const totals = new Map<string, number>();
  const groupOf = new Map<number, string | undefined>();
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i: charge it to the sample.
    const micros = profile.timeDeltas[i] ?? 0;
    let group = groupOf.get(id);
    if (!groupOf.has(id)) {
      const frame = byId.get(id) as CallFrame;
      if (frame.url === bundle) {
        let lo = 0;
        let hi = modules.starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((modules.starts[mid] as number) <= frame.lineNumber) lo = mid;
          else hi = mid - 1;
        }
        group = modules.names[lo] ?? "bench";
      } else {
        group = nodeGroup(frame);
      }
      groupOf.set(id, group);
    }
    if (group !== undefined) totals.set(group, (totals.get(group) ?? 0) + micros);
  });
  return totals;
}

type Call = () => Promise<unknown>;
type Side = "bare" | "wrapper";

export async function profile(options: { rounds?: number; callsPerRound?: number; top?: number } = {}) {
  // Short rounds, many of them: a burst of load on a shared machine then lands on both alike.
  const rounds = options.rounds ?? 12;
  const callsPerRound = options.callsPerRound ?? 500;
  const top = options.top ?? 14;
  const bundle = import.meta.url;
  const modules = moduleMap(fileURLToPath(bundle));
  const server = await startServer({ kind: "echo" });
  const baseUrl = server.url;
  const unlimited = { limit: 1e9, windowMs: 60_000 };
  const bareEcgrid = createClient<EcgridPaths>({
    baseUrl,
    headers: { "X-API-Key": "k", Accept: "application/json" },
  });
  const bareAs2 = createClient<As2Paths>({ baseUrl, headers: { Authorization: "t" } });
  const ecgrid = new ECGrid({ apiKey: "k", baseUrl, throttle: unlimited, logLevel: "off" });
  const as2 = new As2Gateway({ token: "t", baseUrl, throttle: unlimited, logLevel: "off" });
  const pairs: ({ label: string } & Record<Side, Call>)[] = [
    {
      label: "ECGrid GET /v2/networks/{id}",
      bare: () => bareEcgrid.GET("/v2/networks/{id}", { params: { path: { id: 1 } } }),
      wrapper: () => ecgrid.networks.get(1),
    },
    {
      label: "AS2 GET /v1/station",
      bare: () => bareAs2.GET("/v1/station", {}),
      wrapper: () => as2.stations.list(),
    },
  ];
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 50 });
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  try {
    for (const pair of pairs) {
      for (const side of ["bare", "wrapper"] as const) for (let i = 0; i < 500; i++) await pair[side]();
      const sums: Record<Side, Map<string, number>> = { bare: new Map(), wrapper: new Map() };
      for (let round = 0; round < rounds; round++) {
        // Alternate which goes first, so drift over the run hits both alike.
        const order: Side[] = round % 2 === 0 ? ["bare", "wrapper"] : ["wrapper", "bare"];
        for (const side of order) {
          const call = pair[side];
          await session.post("Profiler.start");
          for (let i = 0; i < callsPerRound; i++) await call();
          const { profile: taken } = (await session.post("Profiler.stop")) as unknown as {
            profile: CpuProfile;
          };
          const into = sums[side];
          for (const [group, micros] of charge(taken, bundle, modules)) {
            into.set(group, (into.get(group) ?? 0) + micros);
          }
        }
      }
      const calls = rounds * callsPerRound;
      const perCall = (map: Map<string, number>, group: string) => (map.get(group) ?? 0) / calls;
      const groups = [...new Set([...sums.bare.keys(), ...sums.wrapper.keys()])].filter((g) => g !== "bench");
      const total = (map: Map<string, number>) => groups.reduce((sum, group) => sum + perCall(map, group), 0);
      const bareTotal = total(sums.bare);
      const wrapperTotal = total(sums.wrapper);
      const extra = wrapperTotal - bareTotal;
      const section = `where the time goes, ${pair.label}`;
      rows.push({
        section,
        what: "all sampled CPU (client process)",
        value: `${(wrapperTotal).toFixed(1)} µs`,
        ratio: (wrapperTotal / bareTotal).toFixed(2),
        note: `bare openapi-fetch ${bareTotal.toFixed(1)} µs/call, the wrapper ${extra >= 0 ? "+" : ""}${extra.toFixed(1)} µs; ${calls} calls each, sampled every 50 µs`,
      });
      // The SDK's own modules (none of them runs in bare openapi-fetch), apart from Node's and V8's
      // shares, which both variants have and which move most between runs.
      const own = groups.filter((group) => !/^(Node|V8): /.test(group) && group !== "openapi-fetch");
      const ownTotal = own.reduce(
        (sum, group) => sum + perCall(sums.wrapper, group) - perCall(sums.bare, group),
        0,
      );
      rows.push({
        section,
        what: "the SDK's own modules, together",
        value: `+${ownTotal.toFixed(1)} µs`,
        ratio: extra > 0 ? `${((100 * ownTotal) / extra).toFixed(0)}%` : "—",
        note: `${((100 * ownTotal) / bareTotal).toFixed(1)} % of a bare call; the rest of the difference is openapi-fetch's own code (${(perCall(sums.wrapper, "openapi-fetch") - perCall(sums.bare, "openapi-fetch")).toFixed(1)} µs) and Node's and V8's`,
      });
      const byDifference = groups
        .map((group) => ({ group, bare: perCall(sums.bare, group), wrapper: perCall(sums.wrapper, group) }))
        .sort((a, b) => Math.abs(b.wrapper - b.bare) - Math.abs(a.wrapper - a.bare));
      for (const entry of byDifference.slice(0, top)) {
        const difference = entry.wrapper - entry.bare;
        rows.push({
          section,
          what: entry.group,
          value: `${difference >= 0 ? "+" : ""}${difference.toFixed(1)} µs`,
          ratio: extra > 0 ? `${((100 * difference) / extra).toFixed(0)}%` : "—",
          note: `wrapper ${entry.wrapper.toFixed(1)} µs/call, bare ${entry.bare.toFixed(1)} µs/call; ratio column: share of the wrapper's extra`,
        });
      }
      data[pair.label] = {
        calls,
        bare: Object.fromEntries([...sums.bare].map(([g, v]) => [g, v / calls])),
        wrapper: Object.fromEntries([...sums.wrapper].map(([g, v]) => [g, v / calls])),
      };
    }
  } finally {
    await session.post("Profiler.disable");
    session.disconnect();
    await ecgrid.close();
    await as2.close();
    await server.stop();
  }
  return { rows, data };
}
