// The suite-wide credential guard (scripts/vitest-credential-guard.ts, issue 14 item 3) catches
// what it must: a child vitest runs scripts/credential-guard-fixture, whose "leaks" tests plant a
// credential in an error, a cause, a client logger, the console, and must each fail; its "clean"
// tests (scrubbed errors, an allowLeak-marked input) must pass.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../..");

interface JsonReport {
  testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
}

it("fails every test that leaks a planted credential and passes the clean ones", async () => {
  const dir = mkdtempSync(join(tmpdir(), "credential-guard-"));
  const out = join(dir, "report.json");
  try {
    const run = promisify(execFile)(
      join(root, "node_modules/.bin/vitest"),
      [
        "run",
        "--config",
        "scripts/credential-guard-fixture/vitest.config.ts",
        "--reporter=json",
        `--outputFile=${out}`,
      ],
      { cwd: root, env: { ...process.env, CI: "1" } },
    );
    // The child fails (its leaky tests do): that is the point.
    await expect(run).rejects.toMatchObject({ code: 1 });
    const report = JSON.parse(readFileSync(out, "utf8")) as JsonReport;
    const results = report.testResults.flatMap((file) => file.assertionResults);
    expect(results.length).toBe(10);
    for (const result of results) {
      if (result.title.startsWith("leaks:")) {
        expect(result.status, result.title).toBe("failed");
        expect(result.failureMessages.join("\n"), result.title).toContain(
          "credential guard: a planted credential",
        );
        // The failure names where, never the credential itself.
        expect(result.failureMessages.join("\n")).not.toMatch(/PLANTED-000|planted-0001|Pa55word/);
      } else {
        expect(result.status, result.title).toBe("passed");
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
