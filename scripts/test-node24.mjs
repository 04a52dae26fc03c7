#!/usr/bin/env node
// The published packages support Node >= 20; CI builds and tests on the Node it runs (20), and this
// runs every package's test suite once more on Node 24 (fetched with `npx node@24`).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
let failed = 0;
for (const dir of readdirSync(join(root, "packages"))) {
  const cwd = join(root, "packages", dir);
  if (!existsSync(join(cwd, "vitest.config.ts"))) continue;
  try {
    const out = execFileSync("npx", ["-y", "node@24", vitest, "run"], {
      cwd,
      encoding: "utf8",
      stdio: "pipe",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    const summary = out.match(/Tests\s+.*\d+ passed.*/)?.[0] ?? "passed";
    console.log(`✓ ${dir} on Node 24: ${summary}`);
  } catch (error) {
    failed++;
    console.error(`✗ ${dir} on Node 24\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
