// The built CLI as a shell runs it, with its stdout piped into a reader that goes away early
// (`edi-clients … | head -1`): it must exit quietly, with its own status, instead of crashing on EPIPE.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { tempDir } from "./support.js";

const root = fileURLToPath(new URL("..", import.meta.url));
// Inside the package, so the bundle resolves its dependencies from the package's node_modules.
const bundle = join(root, "node_modules", ".cache", "edi-clients-cli-test", "cli.mjs");

beforeAll(async () => {
  // The same bundle tsup makes for dist/cli.js (dependencies external), from the current sources.
  await build({
    entryPoints: [join(root, "src", "cli.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "error",
  });
});

interface Piped {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the built CLI with stdout closed by its reader before the first line (like `| head -0`) or after the first chunk (`| head -1`). */
function piped(args: string[], readFirst: boolean, env: Record<string, string> = {}): Promise<Piped> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    if (readFirst) child.stdout.once("data", () => child.stdout.destroy());
    else child.stdout.destroy();
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe("edi-clients | head", () => {
  const ecgrid = { ECGRID_API_KEY: "cli-test-key", ECGRID_BASE_URL: inject("prismUrls").ecgrid as string };

  it.each([false, true])("exits quietly on EPIPE (reader reads first chunk: %s)", async (readFirst) => {
    for (const args of [["--help"], ["ecgrid", "parcels", "list"], ["--json", "ecgrid", "parcels", "list"]]) {
      const result = await piped(args, readFirst, ecgrid);
      expect(result.stderr).toBe("");
      expect(result).toEqual({ code: 0, signal: null, stderr: "" });
    }
  });

  it("keeps its exit status and still finishes the work: an upload whose output nobody reads", async () => {
    const dir = await tempDir();
    const files = await Promise.all(
      ["a.edi", "b.edi", "c.edi"].map(async (name) => {
        const path = join(dir, name);
        await writeFile(path, "ISA*00*~");
        return path;
      }),
    );
    const ok = await piped(["ecgrid", "parcels", "upload", ...files], false, ecgrid);
    expect(ok).toEqual({ code: 0, signal: null, stderr: "" });
    const missing = await piped(["ecgrid", "parcels", "upload", join(dir, "missing.edi")], false, ecgrid);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("missing.edi: cannot be read (ENOENT)");
    expect(missing.stderr).not.toContain("EPIPE");
  });
});
