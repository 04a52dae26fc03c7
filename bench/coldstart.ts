// Cold start (issue 13, target 6): a fresh `node` importing and constructing each client (built
// dist), and `edi-clients --version`, against importing openapi-fetch alone. Medians of 7 runs.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchDir, type Row } from "./harness.ts";

const root = fileURLToPath(new URL("..", benchDir));
const dist = (path: string) => JSON.stringify(`${root}packages/${path}`);

const SCRIPTS: [string, string][] = [
  [
    "import openapi-fetch + createClient",
    `const { default: c } = await import("openapi-fetch"); c({ baseUrl: "https://x" });`,
  ],
  [
    "import @edi-clients/ecgrid + new ECGrid",
    `const { ECGrid } = await import(${dist("ecgrid/dist/index.js")}); await new ECGrid({ apiKey: "k" }).close();`,
  ],
  [
    "import @edi-clients/as2-gateway + new As2Gateway",
    `const { As2Gateway } = await import(${dist("as2-gateway/dist/index.js")}); await new As2Gateway({ token: "t" }).close();`,
  ],
];

function timeNode(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: "ignore" });
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

export function coldstart() {
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  const runs: [string, string[]][] = [
    ["node -e '' (the floor)", ["-e", ""]],
    ...SCRIPTS.map(([what, code]) => [what, ["--input-type=module", "-e", code]] as [string, string[]]),
    ["edi-clients --version", [`${root}packages/cli/dist/cli.js`, "--version"]],
  ];
  const times = new Map<string, number[]>(runs.map(([what]) => [what, []]));
  for (let round = 0; round < 7; round++) {
    for (const [what, args] of runs) times.get(what)?.push(timeNode(args));
  }
  const floor = median(times.get(runs[0]?.[0] as string) as number[]);
  const base = median(times.get(runs[1]?.[0] as string) as number[]);
  for (const [what] of runs) {
    const ms = median(times.get(what) as number[]);
    data[what] = { medianMs: ms, runs: times.get(what) };
    rows.push({
      section: "cold start (fresh node)",
      what,
      value: `${ms.toFixed(0)} ms`,
      ratio: (ms / base).toFixed(2),
      note: `× openapi-fetch; ${(ms - floor).toFixed(0)} ms over bare node`,
    });
  }
  return { rows, data };
}
