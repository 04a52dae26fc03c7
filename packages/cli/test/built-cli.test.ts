// The built CLI as a shell runs it: its stdout piped into a reader that goes away early
// (`edi-clients … | head -1`) must not crash it on EPIPE, and its stdout carries results only.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { buildCliBundle, loopbackServer, tempDir } from "./support.js";

let bundle = "";

beforeAll(async () => {
  bundle = await buildCliBundle("cli.mjs");
});

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI. `reader`: "reads all" (a plain pipe), "closes first" (the reader is gone
 * before the first line, like `| head -0`) or "reads one chunk" (then goes away, like `| head -1`).
 */
function spawnCli(
  args: string[],
  reader: "reads all" | "closes first" | "reads one chunk",
  env: Record<string, string> = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    if (reader === "closes first") child.stdout.destroy();
    else
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
        if (reader === "reads one chunk") child.stdout.destroy();
      });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const ecgrid = { ECGRID_API_KEY: "cli-test-key", ECGRID_BASE_URL: inject("prismUrls").ecgrid as string };

describe("edi-clients | head", () => {
  it.each(["closes first", "reads one chunk"] as const)(
    "exits 0 quietly when the reader %s",
    async (reader) => {
      for (const args of [
        ["--help"],
        ["ecgrid", "parcels", "list"],
        ["--json", "ecgrid", "parcels", "list"],
      ]) {
        const result = await spawnCli(args, reader, ecgrid);
        expect(result.stderr).toBe("");
        expect(result).toMatchObject({ code: 0, signal: null });
      }
    },
  );

  it("keeps its exit status and still finishes the work: an upload whose output nobody reads", async () => {
    const dir = await tempDir();
    const files = await Promise.all(
      ["a.edi", "b.edi", "c.edi"].map(async (name) => {
        const path = join(dir, name);
        await writeFile(path, "ISA*00*~");
        return path;
      }),
    );
    const ok = await spawnCli(["ecgrid", "parcels", "upload", ...files], "closes first", ecgrid);
    expect(ok).toEqual({ code: 0, signal: null, stdout: "", stderr: "" });
    const missing = await spawnCli(
      ["ecgrid", "parcels", "upload", join(dir, "missing.edi")],
      "closes first",
      ecgrid,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("missing.edi: cannot be read (ENOENT)");
    expect(missing.stderr).not.toContain("EPIPE");
  });
});

describe("edi-clients stdout", () => {
  it("carries only results: with EDI_CLIENTS_LOG=debug the logs go to stderr, and no credential appears", async () => {
    const planted = "planted-SECRET-api-key-0042";
    for (const env of [{ EDI_CLIENTS_LOG: "debug" }, {}] as Record<string, string>[]) {
      const args = [
        "--json",
        ...(env.EDI_CLIENTS_LOG ? [] : ["--debug"]),
        "ecgrid",
        "parcels",
        "list",
        "--limit",
        "2",
      ];
      const result = await spawnCli(args, "reads all", { ...ecgrid, ECGRID_API_KEY: planted, ...env });
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split("\n");
      for (const line of lines) expect(JSON.parse(line)).toHaveProperty("parcelId");
      expect(result.stderr).toMatch(/^\[edi-clients\] debug attempt /m);
      expect(result.stdout + result.stderr).not.toContain(planted);
    }
  });
});

describe("edi-clients … --watch as a process", () => {
  it("SIGTERM stops the watch cleanly: exit 0 and the counters on stdout", async () => {
    const server = await loopbackServer(({ url }) =>
      url.pathname === "/v2/parcels/pending-inbox-list" ? { json: { success: true, data: [] } } : undefined,
    );
    try {
      const child = spawn(
        process.execPath,
        [bundle, "--json", "ecgrid", "inbox", "--out", await tempDir(), "--watch", "--interval", "0.05"],
        {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, ECGRID_API_KEY: "cli-test-key", ECGRID_BASE_URL: server.url },
        },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
      });
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on("close", (code, signal) => resolve([code, signal])),
      );
      for (let i = 0; i < 200 && server.requests.length < 3; i++) await new Promise((r) => setTimeout(r, 25));
      expect(server.requests.length).toBeGreaterThanOrEqual(3);
      child.kill("SIGTERM");
      expect(await exited).toEqual([0, null]);
      const counters = JSON.parse(stdout.trim().split("\n").at(-1) as string);
      expect(counters).toMatchObject({ handled: 0, failed: 0, pollErrors: 0 });
      expect(counters.passes).toBeGreaterThanOrEqual(3);
      expect(stderr).toContain("SIGTERM: stopping");
    } finally {
      await server.close();
    }
  });
});
