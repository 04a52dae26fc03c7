#!/usr/bin/env node
// Proves the release flow without publishing: on a copy of the workspace manifests, `changeset
// version` must bump every package named in the pending changesets, write its CHANGELOG.md from
// them, and leave private packages alone. (`pnpm release:dry-run` covers packing and publishing.)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "edi-clients-release-"));
const manifests = ["package.json", "pnpm-workspace.yaml", ".changeset", "examples/package.json"];
for (const dir of readdirSync(join(root, "packages"))) {
  if (existsSync(join(root, "packages", dir, "package.json"))) manifests.push(`packages/${dir}/package.json`);
}
for (const path of manifests) cpSync(join(root, path), join(work, path), { recursive: true });

const pending = readdirSync(join(root, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
const read = (path) => JSON.parse(readFileSync(join(work, path), "utf8"));
const before = Object.fromEntries(
  manifests.filter((m) => m.endsWith("package.json")).map((m) => [m, read(m)]),
);
let failed = 0;
const check = (ok, message) => {
  console.log(`${ok ? "✓" : "✗"} ${message}`);
  if (!ok) failed++;
};
try {
  if (pending.length === 0) {
    console.log("no pending changesets: nothing to release");
  } else {
    execFileSync(join(root, "node_modules", ".bin", "changeset"), ["version"], { cwd: work, stdio: "pipe" });
    const named = new Set(
      pending.flatMap((file) =>
        [...readFileSync(join(root, ".changeset", file), "utf8").matchAll(/^"([^"]+)":/gm)].map((m) => m[1]),
      ),
    );
    for (const [path, old] of Object.entries(before)) {
      const now = read(path);
      const dir = dirname(path);
      if (old.private) {
        check(now.version === old.version, `${old.name} is private and keeps version ${old.version}`);
      } else if (named.has(old.name)) {
        check(now.version !== old.version, `${old.name}: ${old.version} → ${now.version}`);
        const changelog = join(work, dir, "CHANGELOG.md");
        check(
          existsSync(changelog) && readFileSync(changelog, "utf8").includes(`## ${now.version}`),
          `${old.name} has a CHANGELOG.md entry for ${now.version}`,
        );
      }
    }
    const left = readdirSync(join(work, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
    check(left.length === 0, "the pending changesets were consumed");
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
