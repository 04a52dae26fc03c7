// Bundle size (issue 13, target 5): esbuild browser bundles (minified + gzip) of an entry that
// constructs each client, of entries using one resource only, and of openapi-fetch alone, with
// the biggest contributors from the metafile.
import { fileURLToPath } from "node:url";
import { bundle } from "../scripts/bundle.mjs";
import { benchDir, type Row } from "./harness.ts";

const here = fileURLToPath(new URL(".", benchDir));
const ecgrid = JSON.stringify(fileURLToPath(new URL("../packages/ecgrid/src/index.ts", benchDir)));
const as2 = JSON.stringify(fileURLToPath(new URL("../packages/as2-gateway/src/index.ts", benchDir)));

const ENTRIES: [string, string][] = [
  [
    "openapi-fetch alone (createClient)",
    `import createClient from "openapi-fetch"; console.log(createClient({ baseUrl: "https://x" }));`,
  ],
  ["ECGrid: new ECGrid()", `import { ECGrid } from ${ecgrid}; console.log(new ECGrid({ apiKey: "k" }));`],
  [
    "ECGrid: one resource (new Parcels(new ECGridCore()))",
    `import { ECGridCore, Parcels } from ${ecgrid}; console.log(new Parcels(new ECGridCore({ apiKey: "k" })));`,
  ],
  [
    "ECGrid: one resource (new Networks(new ECGridCore()))",
    `import { ECGridCore, Networks } from ${ecgrid}; console.log(new Networks(new ECGridCore({ apiKey: "k" })));`,
  ],
  [
    "ECGrid: one resource, slim core (new Networks(new ECGridSlimCore()))",
    `import { ECGridSlimCore, Networks } from ${ecgrid}; console.log(new Networks(new ECGridSlimCore({ apiKey: "k" })));`,
  ],
  [
    "ECGrid: bytesToBase64 only",
    `import { bytesToBase64 } from ${ecgrid}; console.log(bytesToBase64(new Uint8Array(1)));`,
  ],
  [
    "AS2: new As2Gateway()",
    `import { As2Gateway } from ${as2}; console.log(new As2Gateway({ token: "t" }));`,
  ],
  [
    "AS2: one resource (new Stations(new As2GatewayCore()))",
    `import { As2GatewayCore, Stations } from ${as2}; console.log(new Stations(new As2GatewayCore({ token: "t" })));`,
  ],
  [
    "AS2: one resource, slim core (new Stations(new As2GatewaySlimCore()))",
    `import { As2GatewaySlimCore, Stations } from ${as2}; console.log(new Stations(new As2GatewaySlimCore({ token: "t" })));`,
  ],
];

// The headline figures bundle the runtime's dist (what users get: one module per source file since
// issue 13); the breakdown bundles the same entry with the runtime from its sources, so module
// names read as the source files.
const runtimeSources = fileURLToPath(new URL("../packages/runtime/src", benchDir));

export async function size() {
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  let baseline = 0;
  for (const [what, contents] of ENTRIES) {
    const result = await bundle(contents, here);
    const detail = await bundle(contents, here, { "@edi-clients/runtime": runtimeSources });
    if (!baseline) baseline = result.gzipBytes;
    const top = detail.inputs
      .slice(0, 6)
      .map(
        (input) =>
          `${input.path.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, "").replace(/^\.\.\/packages\//, "")} ${(input.bytes / 1024).toFixed(1)}k`,
      )
      .join(", ");
    data[what] = {
      bytes: result.bytes,
      gzipBytes: result.gzipBytes,
      inputs: result.inputs.slice(0, 12),
      // Every module left in the bundle, the runtime's one by one (minified bytes).
      modules: detail.inputs,
    };
    rows.push({
      section: "bundle size (esbuild, min+gz)",
      what,
      value: `${(result.gzipBytes / 1024).toFixed(1)} kB`,
      ratio: (result.gzipBytes / baseline).toFixed(2),
      note: `× openapi-fetch; ${(result.bytes / 1024).toFixed(1)} kB min; top (runtime from source): ${top}`,
    });
  }
  return { rows, data };
}
