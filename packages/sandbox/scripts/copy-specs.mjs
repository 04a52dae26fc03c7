#!/usr/bin/env node
// Build step: copies the two specs the sandbox validates against into dist/specs/<name>/openapi.yaml,
// so the published package carries them (src/spec.ts reads that copy when it exists).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const name of ["ecgrid", "as2-gateway"]) {
  const target = join(pkg, "dist", "specs", name, "openapi.yaml");
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(pkg, "..", "..", "specs", name, "openapi.yaml"), target);
}
