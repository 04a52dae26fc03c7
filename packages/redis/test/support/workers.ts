// Runs worker scripts of test/workers/ as separate Node processes: each is bundled with esbuild
// (its own imports of src/ included, packages left to Node) next to this package's node_modules.
import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForNode } from "@edi-clients/test-helpers/bundle";

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, "..", "..", "node_modules", ".cache", "edi-clients-redis-test");

/** Bundles test/workers/<name>.ts and returns the path of the runnable .mjs. */
export async function bundleWorker(name: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  return bundleForNode(join(here, "..", "workers", `${name}.ts`), join(outDir, `${name}.mjs`), "silent");
}

/** Runs a bundled worker to its end and parses the JSON line it prints. */
export function runWorker<T>(file: string, env: Record<string, string>, timeoutMs = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [file],
      { env: { ...process.env, ...env }, timeout: timeoutMs, killSignal: "SIGKILL" },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`worker failed: ${error.message}\n${stderr}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as T);
        } catch {
          reject(new Error(`worker printed no result:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}
