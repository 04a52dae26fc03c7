// The progress line in-process: a fake terminal stream (isTTY) instead of a pseudo-terminal, so the
// drawing and the up-front count (`N/M`) are checked without a child process.

import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { protectedOutput } from "../src/io.js";
import { run } from "../src/program.js";
import { knownTotal, progress } from "../src/progress.js";
import { tempDir } from "./support.js";

/** A stream that says it is a terminal, with everything written to it. */
function terminal() {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  let screen = "";
  stream.on("data", (c: Buffer) => {
    screen += c.toString();
  });
  return { stream, screen: () => screen };
}

const ioWith = (progressStream?: NodeJS.WritableStream) =>
  protectedOutput({
    stdout() {},
    stderr() {},
    env: { NO_COLOR: "1" },
    ...(progressStream ? { progressStream } : {}),
  });

describe("progress line", () => {
  it("draws N/M with the failures and bytes; the total grows when more items than counted arrive", async () => {
    const tty = terminal();
    const bar = progress(ioWith(tty.stream), "inbox", 2);
    bar.item(true, 2048);
    bar.item(false);
    bar.item(true, 10);
    await new Promise((r) => setTimeout(r, 150));
    bar.stop();
    expect(tty.screen()).toMatch(/inbox [#-]{24} 3\/3 · 1 failed · 2\.0 KB/);
    expect(tty.screen()).not.toMatch(/3\/2/);
  });

  it("knownTotal asks the count only when a line is drawn, caps it at --limit, and gives up quietly", async () => {
    let asked = 0;
    const count = async () => {
      asked++;
      return 60;
    };
    expect(await knownTotal(ioWith(), count)).toBeUndefined();
    expect(asked).toBe(0);
    const tty = ioWith(terminal().stream);
    expect(await knownTotal(tty, count)).toBe(60);
    expect(await knownTotal(tty, count, 5)).toBe(5);
    expect(asked).toBe(2);
    expect(
      await knownTotal(tty, async () => {
        throw new Error("401");
      }),
    ).toBeUndefined();
    expect(await knownTotal(tty, async () => undefined)).toBeUndefined();
  });
});

/** An ECGrid download answer of `size` bytes of content, sent in 4 chunks 150 ms apart, with its Content-Length. */
function slowDownload(requests: string[], sent: number[]) {
  return async (request: Request) => {
    requests.push(new URL(request.url).pathname);
    const body = JSON.parse(await request.text()) as { parcelId: number };
    const text = JSON.stringify({
      success: true,
      httpStatus: 200,
      message: "",
      data: { parcelId: body.parcelId, fileName: "big.edi", content: btoa("ISA*00*~".repeat(2000)) },
    });
    const bytes = new TextEncoder().encode(text);
    sent.push(bytes.length);
    const quarter = Math.ceil(bytes.length / 4);
    let at = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (at >= bytes.length) return controller.close();
        await new Promise((r) => setTimeout(r, 150));
        controller.enqueue(bytes.slice(at, at + quarter));
        at += quarter;
      },
    });
    return new Response(stream, {
      headers: { "Content-Type": "application/json", "Content-Length": String(bytes.length) },
    });
  };
}

describe("download bytes progress", () => {
  const download = async (progressStream?: NodeJS.WritableStream) => {
    const dir = await tempDir();
    const requests: string[] = [];
    const sent: number[] = [];
    const out: string[] = [];
    const code = await run(["--json", "ecgrid", "parcels", "download", "7", "--out", dir], {
      stdout: (t) => out.push(t),
      stderr: () => {},
      env: {
        ECGRID_API_KEY: "progress-key",
        ECGRID_BASE_URL: "http://127.0.0.1:9",
        EDI_CLIENTS_CONFIG: join(dir, "none.json"),
        NO_COLOR: "1",
      },
      fetch: slowDownload(requests, sent),
      ...(progressStream ? { progressStream } : {}),
    });
    return { code, out: out.join("\n"), requests, length: sent[0] ?? 0 };
  };

  it("ecgrid parcels download draws bytes received / Content-Length on a terminal, then the result", async () => {
    const tty = terminal();
    const result = await download(tty.stream);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ parcelId: 7, bytes: 16_000 });
    const screen = tty.screen();
    // Redrawn as the chunks arrive: more than one distinct byte count, each of the same total.
    const seen = [...screen.matchAll(/parcel 7 [#-]{24} ([\d.]+ (?:B|KB)) \/ ([\d.]+ KB) \((\d+) %\)/g)];
    expect(seen.length, screen).toBeGreaterThanOrEqual(2);
    expect(new Set(seen.map((m) => m[1])).size).toBeGreaterThanOrEqual(2);
    expect(new Set(seen.map((m) => m[2]))).toEqual(new Set([`${(result.length / 1024).toFixed(1)} KB`]));
  });

  it("in a pipe (no terminal) nothing is drawn and the download is the same", async () => {
    const result = await download();
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ parcelId: 7, bytes: 16_000 });
    expect(result.requests).toEqual(["/v2/parcels/download"]);
  });
});
