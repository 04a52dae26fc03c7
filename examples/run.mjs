// Runs every example script against the Prism mocks (what CI does with `pnpm examples`).
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { specPath, startPrism } from "../scripts/prism-harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const scripts = readdirSync(here).filter((f) => /^(ecgrid|as2)-.*\.mjs$/.test(f));
const [ecgrid, as2] = await Promise.all([
  startPrism(specPath("ecgrid")),
  startPrism(specPath("as2-gateway")),
]);
let failed = 0;
try {
  for (const script of scripts) {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [join(here, script)], {
        env: { ...process.env, ECGRID_URL: ecgrid.url, AS2_URL: as2.url },
        timeout: 60_000,
      });
      console.log(`✓ ${script}\n${stdout.trim().replace(/^/gm, "    ")}`);
    } catch (error) {
      failed++;
      console.error(`✗ ${script}\n${error.stdout ?? ""}${error.stderr ?? error.message}`);
    }
  }
} finally {
  await Promise.all([ecgrid.stop(), as2.stop()]);
}
process.exitCode = failed > 0 ? 1 : 0;
