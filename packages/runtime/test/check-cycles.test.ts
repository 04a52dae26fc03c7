// The import-cycle check of `pnpm verify` (scripts/check-cycles.mjs) on small trees of its own: a
// cycle through a type-only import, an `export … from` and a folder index is found; a tree without
// one passes; the command exits 1 naming the cycle.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findCycles, importGraph } from "../../../scripts/check-cycles.mjs";

const root = mkdtempSync(join(tmpdir(), "edi-cycles-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes `files` (path → source) under a fresh folder and returns it. */
function tree(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

const cyclesIn = (dir: string) =>
  findCycles(importGraph([dir])).map((cycle) => cycle.map((file) => relative(dir, file)));

describe("check-cycles", () => {
  it("finds a cycle closed by a type-only import (as madge counts it)", () => {
    const dir = tree("type-only", {
      "client.ts": 'import { signIn } from "./auth.js";\nexport class Core {}\nexport const x = signIn;\n',
      "auth.ts": 'import type { Core } from "./client.js";\nexport function signIn(core: Core) {}\n',
      "leaf.ts": 'import { x } from "./client.js";\nexport const y = x;\n',
    });
    expect(cyclesIn(dir)).toEqual([["auth.ts", "client.ts", "auth.ts"]]);
  });

  it("follows export … from, folder indexes and .js specifiers; one cycle per tangle", () => {
    const dir = tree("tangle", {
      "a.ts": 'export * from "./lib";\n',
      "lib/index.ts": 'export { b } from "./b.js";\n',
      "lib/b.ts": 'import "../a.js";\nexport const b = 1;\n',
      "c.ts": 'import { d } from "./d.ts";\nexport const c = d;\n',
      "d.ts": 'import { c } from "./c.ts";\nexport const d = c;\nimport "./e.js";\n',
      "e.ts": 'import "./d.js";\n',
    });
    const cycles = cyclesIn(dir);
    expect(cycles).toHaveLength(2);
    expect(cycles).toContainEqual(["a.ts", join("lib", "index.ts"), join("lib", "b.ts"), "a.ts"]);
    // c, d and e are one component: reported once, by a path from its first file back to it.
    const tangle = cycles.find((cycle) => cycle[0] === "c.ts");
    expect(tangle).toEqual(["c.ts", "d.ts", "c.ts"]);
  });

  it("a tree without cycles (packages, missing files and a self-free graph) passes", () => {
    const dir = tree("clean", {
      "index.ts": 'export * from "./a.js";\nimport "@edi-clients/runtime";\nimport "./missing.js";\n',
      "a.ts": 'import type { B } from "./b.js";\nexport type A = B;\n',
      "b.ts": "export type B = string;\n",
    });
    expect(cyclesIn(dir)).toEqual([]);
  });

  it("the command exits 1 and names the cycle; 0 when there is none", () => {
    const script = fileURLToPath(new URL("../../../scripts/check-cycles.mjs", import.meta.url));
    const bad = tree("command", { "x.ts": 'import "./y.js";\n', "y.ts": 'import "./x.js";\n' });
    let failure: { status: number; stderr: Buffer } | undefined;
    try {
      execFileSync(process.execPath, [script, bad], { stdio: "pipe" });
    } catch (error) {
      failure = error as { status: number; stderr: Buffer };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr.toString()).toMatch(/1 import cycle.*\n.*x\.ts → .*y\.ts → .*x\.ts/);
    const good = tree("command-ok", { "x.ts": 'import "./y.js";\n', "y.ts": "export {};\n" });
    expect(execFileSync(process.execPath, [script, good]).toString()).toContain(
      "no import cycles in 2 modules",
    );
  });
});
