#!/usr/bin/env node
// Builds a library package's dist in two layouts (issue 13, bundle size):
//   dist/*.js, *.d.ts    one ES module per source file (tsc, tsconfig.build.json): what bundlers get
//                        (the `default` export condition), so they drop every module a program
//                        does not use, with its dependencies — a one-file bundle keeps every
//                        top-level call and import of the package in any bundle that touches it;
//   dist/bundled/*.js    one file per entry (tsup): what Node loads (the `node` condition), which
//                        starts faster than dozens of modules.
// Generated JavaScript under src/generated (the compiled response validators) is copied as is,
// with its declarations. Usage (from the package): node ../../scripts/build-package.mjs src/index.ts …
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error("build-package: name the entries, e.g. src/index.ts src/node.ts");
  process.exit(2);
}
const require = createRequire(join(process.cwd(), "package.json"));
const bin = (pkg, name) => join(require.resolve(`${pkg}/package.json`), "..", name);

rmSync("dist", { recursive: true, force: true });
execFileSync(process.execPath, [bin("typescript", "bin/tsc"), "-p", "tsconfig.build.json"], {
  stdio: "inherit",
});
if (existsSync("src/generated")) {
  for (const file of readdirSync("src/generated")) {
    if (file.endsWith(".js") || file.endsWith(".d.ts")) {
      cpSync(join("src/generated", file), join("dist/generated", file));
    }
  }
}
execFileSync(
  process.execPath,
  [
    bin("tsup", "dist/cli-default.js"),
    ...entries,
    "--format",
    "esm",
    "--sourcemap",
    "--target",
    "node20",
    "-d",
    "dist/bundled",
    "--silent",
  ],
  { stdio: "inherit" },
);
