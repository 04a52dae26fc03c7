// Type-check cost (issue 13, target 7): `tsc --extendedDiagnostics` over a consumer calling every ECGrid
// operation through the SDK (bench/types/all-operations.ts) vs one calling 10 of them (the same call
// lines, taken from that file) vs one only constructing the client; the same three through bare
// openapi-fetch (bench/types/bare-all-operations.ts) side by side. Each consumer is checked alone
// against the built declarations (packages/ecgrid/dist: what a user's compiler sees), with the
// repository's compiler options; 3 interleaved runs each, medians. A consumer that does not compile
// fails the bench.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchDir, type Row } from "./harness.ts";

const root = fileURLToPath(new URL("..", benchDir));
const work = join(root, "bench/.cache/types");
const tsc = join(
  dirname(createRequire(join(root, "package.json")).resolve("typescript/package.json")),
  "bin/tsc",
);

/** The ten calls of the small consumer: a typical integration (lists, a parcel round trip, lookups). */
export const TEN = [
  "usersGetMe",
  "networksGetNetwork",
  "mailboxesListMailboxes",
  "idsFindId",
  "partnersListPartners",
  "parcelsInboxList",
  "parcelsDownloadParcel",
  "parcelsConfirmDownload",
  "parcelsUploadParcel",
  "interchangesInboxList",
] as const;

/** The entries (`  id: () => …,`) of the all-operations consumer, by operationId. */
export function consumerEntries(source: string): Map<string, string> {
  const body = source.slice(source.indexOf("export const calls = {") + "export const calls = {".length);
  const entries = new Map<string, string>();
  const starts = [...body.matchAll(/^ {2}(\w+): \(\) =>/gm)];
  starts.forEach((match, index) => {
    const end = starts[index + 1]?.index ?? body.indexOf("\n} satisfies");
    entries.set(match[1] as string, body.slice(match.index, end).trimEnd());
  });
  return entries;
}

export interface TscDiagnostics {
  instantiations: number;
  types: number;
  checkMs: number;
  totalMs: number;
  memoryKb: number;
}

/** tsc's --extendedDiagnostics lines, e.g. "Instantiations:   123456", "Check time:  1.23s". */
export function parseDiagnostics(output: string): TscDiagnostics {
  const value = (label: string) => {
    const match = output.match(new RegExp(`^${label}:\\s+([\\d.]+)(s|K)?$`, "m"));
    if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${label}"`);
    return Number(match[1]) * (match[2] === "s" ? 1000 : 1);
  };
  return {
    instantiations: value("Instantiations"),
    types: value("Types"),
    checkMs: value("Check time"),
    totalMs: value("Total time"),
    memoryKb: value("Memory used"),
  };
}

/** A consumer with no call, with the ten calls, and with all of them, from one all-operations file. */
function variantsOf(file: string, label: string, none: string): [string, string][] {
  const all = readFileSync(join(root, "bench/types", file), "utf8");
  const entries = consumerEntries(all);
  const head = all.slice(0, all.indexOf("export const calls = {"));
  const ten = TEN.map((id) => {
    const entry = entries.get(id);
    if (!entry) throw new Error(`bench/types/${file} has no call of ${id}`);
    return entry;
  });
  return [
    [`${label}: ${none} only`, `${head}export const calls = {};\n`],
    [
      `${label}: ${TEN.length} operations`,
      `${head}export const calls = {\n${ten.join("\n")}\n} satisfies Partial<Record<OperationId, () => unknown>>;\n`,
    ],
    [`${label}: all ${entries.size} operations`, all],
  ];
}

function consumers(): [string, string][] {
  return [
    ...variantsOf("all-operations.ts", "ECGrid SDK", "new ECGrid()"),
    ...variantsOf("bare-all-operations.ts", "bare openapi-fetch", "createClient<paths>()"),
  ];
}

function check(file: string): TscDiagnostics {
  let output: string;
  try {
    output = execFileSync(process.execPath, [tsc, "-p", file, "--extendedDiagnostics"], {
      cwd: work,
      encoding: "utf8",
    });
  } catch (error) {
    const { stdout = "" } = error as { stdout?: string };
    throw new Error(`tsc failed on the consumer ${file}:\n${stdout.split("\n").slice(0, 30).join("\n")}`);
  }
  return parseDiagnostics(output);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

export function types(runs = 3) {
  mkdirSync(work, { recursive: true });
  const variants = consumers().map(([what, source], index) => {
    writeFileSync(join(work, `consumer-${index}.ts`), source);
    const config = join(work, `tsconfig-${index}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        extends: "../../../tsconfig.base.json",
        compilerOptions: {
          noEmit: true,
          types: [],
          paths: { "@edi-clients/ecgrid": ["../../../packages/ecgrid/dist/index.d.ts"] },
        },
        files: [`consumer-${index}.ts`],
      }),
    );
    return { what, config, samples: [] as TscDiagnostics[] };
  });
  for (let round = 0; round < runs; round++) {
    for (const variant of variants) variant.samples.push(check(variant.config));
  }
  const rows: Row[] = [];
  const data: Record<string, unknown> = { typescript: createRequire(tsc)("../package.json").version };
  const summary = variants.map(({ what, samples }) => ({
    what,
    instantiations: median(samples.map((s) => s.instantiations)),
    types: median(samples.map((s) => s.types)),
    checkMs: median(samples.map((s) => s.checkMs)),
    totalMs: median(samples.map((s) => s.totalMs)),
    memoryMb: median(samples.map((s) => s.memoryKb)) / 1024,
    samples,
  }));
  const half = summary.length / 2;
  summary.forEach((s, index) => {
    data[s.what] = s;
    // Against the same calls through bare openapi-fetch; the SDK and bare rows come in the same order.
    const bare = summary[(index % half) + half] as (typeof summary)[number];
    const ten = summary[index - (index % half) + 1] as (typeof summary)[number];
    rows.push({
      section: "type-check cost (tsc, consumer file)",
      what: s.what,
      value: `${s.checkMs.toFixed(0)} ms check`,
      ratio: (s.checkMs / bare.checkMs).toFixed(2),
      note:
        `× bare openapi-fetch; ${s.instantiations.toLocaleString("en-US")} instantiations ` +
        `(${(s.instantiations / Math.max(1, bare.instantiations)).toFixed(2)}× bare, ` +
        `${(s.instantiations / Math.max(1, ten.instantiations)).toFixed(2)}× its ${TEN.length}-operation file), ` +
        `${s.types.toLocaleString("en-US")} types, ${s.memoryMb.toFixed(0)} MB, total ${s.totalMs.toFixed(0)} ms`,
    });
  });
  return { rows, data };
}
