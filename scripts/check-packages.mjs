#!/usr/bin/env node
// Package hygiene of every publishable package, on the built artefacts: publint (exports, files,
// types conditions) and Are The Types Wrong (types resolve for Node16 ESM and bundlers). The
// packages ship ESM only; CommonJS code loads the same files through the `default` condition and
// Node's require(esm) (^20.19, >= 22.12). attw models node16 CJS without require(esm) and would
// call that "dynamic import only", so it runs with the esm-only profile; the consumer smoke test
// type-checks a .cts consumer (module nodenext) and runs it.
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
process.exitCode = failed > 0 ? 1 : 0;
