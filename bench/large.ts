// Large payloads (issue 13, target 4): Base64 decode of 50 MB (the new checked native decode vs the
// old two regex passes vs bare Buffer), ECGrid upload/download of 5 and 50 MB parcels (Base64 in
// JSON; `ecgrid-download-whole` is the download read the way it was before issue 13 item 4 — the
// whole JSON answer, then base64ToBytes of its content — next to the streamed `parcels.download`),
// AS2 send and attachment download of 10 MB. Each task in a fresh process (bench/child.ts),
// against the loopback server in another: time and peak RSS growth per payload byte.
import { fork } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { benchDir, mb, type Row, startServer } from "./harness.ts";

const MiB = 1024 * 1024;

async function childScript(): Promise<string> {
  const outfile = join(tmpdir(), `edi-clients-bench-child-${process.pid}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL("child.ts", benchDir))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile,
    logLevel: "silent",
    alias: {
      "@edi-clients/runtime": fileURLToPath(new URL("../packages/runtime/src", benchDir)),
    },
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return outfile;
}

interface ChildResult {
  ms: number;
  growth: number;
  error?: string;
}

function runChild(script: string, task: string, url: string, size: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [task, url, String(size)], {
      execArgv: ["--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("message", (message) => {
      child.kill();
      const result = message as ChildResult;
      if (result.error) reject(new Error(`${task}: ${result.error}`));
      else resolve(result);
    });
    child.once("exit", (code) => {
      if (code) reject(new Error(`${task} exited with ${code}`));
    });
  });
}

export async function large() {
  const script = await childScript();
  const rows: Row[] = [];
  const data: Record<string, unknown> = {};
  const record = (what: string, size: number, result: ChildResult, ratio?: string, note = "") => {
    data[what] = { ...result, size };
    rows.push({
      section: "large payloads",
      what,
      value: `${result.ms.toFixed(0)} ms`,
      ...(ratio === undefined ? {} : { ratio }),
      note: `peak RSS +${mb(result.growth)} (${(result.growth / size).toFixed(1)}× payload)${note}`,
    });
  };
  const decode: Record<string, ChildResult> = {};
  for (const task of ["decode-old", "decode-new", "decode-buffer"]) {
    decode[task] = await runChild(script, task, "http://127.0.0.1:9", 50 * MiB);
  }
  const oldMs = (decode["decode-old"] as ChildResult).ms;
  for (const [task, result] of Object.entries(decode)) {
    const label = {
      "decode-old": "before (2 regex passes)",
      "decode-new": "base64ToBytes now",
      "decode-buffer": "Buffer.from, unchecked",
    }[task];
    record(
      `Base64 decode 50 MB: ${label}`,
      50 * MiB,
      result,
      (result.ms / oldMs).toFixed(2),
      "; ratio vs before",
    );
  }
  for (const [task, sizes] of [
    ["ecgrid-download", [5, 50]],
    ["ecgrid-download-whole", [5, 50]],
    ["ecgrid-upload", [5, 50]],
    ["ecgrid-upload-whole", [5, 50]],
    ["as2-send", [10]],
    ["as2-attachment", [10]],
  ] as const) {
    for (const sizeMb of sizes) {
      const size = sizeMb * MiB;
      const server = await startServer({ kind: "large", size });
      try {
        record(`${task} ${sizeMb} MB`, size, await runChild(script, task, server.url, size));
      } finally {
        await server.stop();
      }
    }
  }
  return { rows, data };
}
