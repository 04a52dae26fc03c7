#!/usr/bin/env node
// Package hygiene of every publishable package, on the built artefacts: publint (exports, files,
// types conditions) and Are The Types Wrong (types resolve for Node16 ESM and bundlers). The
// packages ship ESM only; CommonJS code loads the same files through the `default` condition and
// Node's require(esm) (^20.19, >= 22.12). attw models node16 CJS without require(esm) and would
// call that "dynamic import only", so it runs with the esm-only profile; the consumer smoke test
// type-checks a .cts consumer (module nodenext) and runs it.
//
// Then the two dist layouts (scripts/build-package.mjs, issue 13): a bundler resolving the built
// packages gets one module per source file and keeps only what an entry uses, Node gets the bundle.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);
const packages = readdirSync(join(root, "packages"))
  .map((dir) => join(root, "packages", dir))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).private);

let failed = 0;
for (const dir of packages) {
  const { name } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  for (const [tool, args] of [
    ["publint", [dir, "--strict", "--pack", "npm"]],
    ["attw", ["--pack", dir, "--profile", "esm-only", "--format", "ascii"]],
  ]) {
    try {
      execFileSync(bin(tool), args, { cwd: dir, stdio: "pipe", encoding: "utf8" });
      console.log(`✓ ${tool} ${name}`);
    } catch (error) {
      failed++;
      console.error(`✗ ${tool} ${name}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
    }
  }
}
// A consumer of both clients (the CLI depends on them) bundles from the built packages.
const consumer = join(root, "packages", "cli");
const { bundle } = await import("./bundle.mjs");
const shaking = [
  {
    what: "only bytesToBase64 from @edi-clients/ecgrid",
    entry: `import { bytesToBase64 } from "@edi-clients/ecgrid"; console.log(bytesToBase64(new Uint8Array(1)));`,
    refuse: /runtime\/dist|ecgrid\/dist\/(resources|index)|openapi-fetch/,
    maxGzip: 1_000,
  },
  {
    what: "only mimeTypeFor from @edi-clients/as2-gateway",
    entry: `import { mimeTypeFor } from "@edi-clients/as2-gateway"; console.log(mimeTypeFor("a.edi"));`,
    refuse: /runtime\/dist|as2-gateway\/dist\/resources|openapi-fetch/,
    maxGzip: 1_000,
  },
  {
    what: "one resource over the slim ECGrid core",
    entry: `import { ECGridSlimCore, Networks } from "@edi-clients/ecgrid"; console.log(new Networks(new ECGridSlimCore({ apiKey: "k" })));`,
    refuse:
      /rate-limiter-flexible|runtime\/dist\/(throttle|all-plugins|raw-client|response-validation)\.|ecgrid\/dist\/resources\/(?!networks)/,
  },
];
for (const { what, entry, refuse, maxGzip } of shaking) {
  const result = await bundle(entry, consumer);
  const kept = result.inputs.map((input) => input.path).filter((path) => refuse.test(path));
  const tooBig = maxGzip !== undefined && result.gzipBytes > maxGzip;
  if (kept.length > 0 || tooBig) {
    failed++;
    console.error(
      `✗ tree-shaking the built packages, ${what}: ${result.gzipBytes} B gz; kept ${kept.join(", ")}`,
    );
  } else {
    console.log(`✓ tree-shaking the built packages: ${what} (${result.gzipBytes} B gz)`);
  }
}
for (const name of ["@edi-clients/runtime", "@edi-clients/ecgrid", "@edi-clients/as2-gateway"]) {
  const resolved = execFileSync(
    process.execPath,
    ["--input-type=module", "-e", `console.log(import.meta.resolve(${JSON.stringify(name)}))`],
    { cwd: consumer, encoding: "utf8" },
  ).trim();
  if (resolved.includes("/dist/bundled/")) console.log(`✓ Node loads ${name} as one bundle`);
  else {
    failed++;
    console.error(`✗ Node resolves ${name} to ${resolved}, not dist/bundled`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
