// Runs every example script against the Prism mocks (what CI does with `pnpm examples`), then the
// README's demo (demo.mjs), which starts the sandbox itself: it must exit 0 and print every step.
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
        env: { ...process.env, ECGRID_BASE_URL: ecgrid.url, AS2G_BASE_URL: as2.url },
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

// The demo's steps, in order: a missing or reordered one fails the run as surely as a non-zero exit.
const DEMO_STEPS = [
  "webhook receiver listens",
  "globex.callbacks.create(",
  "acme.parcels.upload(",
  "globex.parcels.pendingInboxList()",
  "the InBox callback arrived",
  "globex.interchanges.inboxList()",
  "globex.parcels.download(",
  "globex.parcels.confirm(",
  "acme.parcels.get(outboxId)",
  "globex.callbacks.queueList()",
  "as2.messages.send(",
  "as2.messages.waitForSent(",
  "as2.messages.send(",
  "as2.received.list(",
  "as2.received.attachment(",
];
try {
  const started = Date.now();
  const { stdout } = await promisify(execFile)(process.execPath, [join(here, "demo.mjs")], {
    env: { ...process.env, ECGRID_BASE_URL: "", AS2G_BASE_URL: "" },
    timeout: 30_000,
  });
  const problems = demoProblems(stdout);
  if (problems.length > 0) throw Object.assign(new Error(problems.join("\n")), { stdout });
  console.log(`✓ demo.mjs (sandbox, ${DEMO_STEPS.length} steps, ${Date.now() - started} ms)`);
} catch (error) {
  failed++;
  console.error(`✗ demo.mjs\n${error.stdout ?? ""}${error.stderr ?? ""}${error.message}`);
}

/** What is wrong with the demo's output: a step missing or out of order, or no closing line. */
function demoProblems(stdout) {
  const steps = [...stdout.matchAll(/^ *(\d+)\. (.*)$/gm)].map((m) => ({ n: Number(m[1]), title: m[2] }));
  const problems = DEMO_STEPS.flatMap((expected, i) => {
    const got = steps[i];
    return got?.n === i + 1 && got.title.includes(expected)
      ? []
      : [`step ${i + 1} should mention "${expected}", got ${got ? `"${got.n}. ${got.title}"` : "nothing"}`];
  });
  if (steps.length !== DEMO_STEPS.length)
    problems.push(`${steps.length} steps, expected ${DEMO_STEPS.length}`);
  if (!stdout.includes(`Demo complete: ${DEMO_STEPS.length} steps`)) problems.push("no closing line");
  return problems;
}
process.exitCode = failed > 0 ? 1 : 0;
