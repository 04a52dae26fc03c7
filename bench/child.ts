// One large-payload task per process (issue 13, target 4), so its peak RSS is its own: forked by
// bench/large.ts (bundled with esbuild first). Reports time and peak RSS growth over the baseline
// taken after the inputs exist (the payload the caller already holds is not counted).
import { Worker } from "node:worker_threads";
import { As2Gateway } from "../packages/as2-gateway/src/index.ts";
import { base64ToBytes } from "../packages/ecgrid/src/core/base64.ts";
import { ECGrid } from "../packages/ecgrid/src/index.ts";
import { toUploadBody } from "../packages/ecgrid/src/resources/parcels.ts";

const [task, url, sizeText] = process.argv.slice(2);
const size = Number(sizeText);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** The decode before issue 13: two regular-expression passes over the text, then Buffer. */
function oldDecode(base64: string): Uint8Array {
  const clean = base64.replace(/\s+/g, "");
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean))
    throw new SyntaxError("not valid Base64");
  const decoded = Buffer.from(clean, "base64");
  return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
}

async function main() {
  const payload = new Uint8Array(size).map((_, i) => (i * 31 + (i >> 10)) & 0xff);
  const text = task.startsWith("decode") ? Buffer.from(payload).toString("base64") : "";
  const ecgrid = new ECGrid({
    apiKey: "k",
    baseUrl: url,
    throttle: false,
    logLevel: "off",
    timeoutMs: 300_000,
  });
  const as2 = new As2Gateway({
    token: "t",
    baseUrl: url,
    throttle: false,
    logLevel: "off",
    timeoutMs: 300_000,
  });
  const run: Record<string, () => Promise<unknown> | unknown> = {
    "decode-new": () => base64ToBytes(text),
    "decode-old": () => oldDecode(text),
    "decode-buffer": () => Buffer.from(text, "base64"),
    "ecgrid-download": () => ecgrid.parcels.download(1),
    // The download as read before issue 13 item 4: the whole JSON answer, then its content decoded.
    "ecgrid-download-whole": async () =>
      base64ToBytes(((await ecgrid.parcels.downloadRaw(1)) as { content: string }).content),
    "ecgrid-upload": () => ecgrid.parcels.upload({ fileName: "big.edi", content: payload }),
    // The upload body serialised whole, as before issue 13 item 4 (one JSON text of the whole body).
    "ecgrid-upload-whole": async () =>
      ecgrid.parcels.uploadCall(await toUploadBody({ fileName: "big.edi", content: payload })),
    "as2-send": () =>
      as2.messages.send({
        stationId: "ACME",
        partnerId: "GLOBEX",
        file: { name: "big.edi", content: payload },
      }),
    "as2-attachment": () => as2.received.attachment("<1@as2gateway.com>"),
  };
  const job = run[task];
  if (!job) throw new Error(`unknown task ${task}`);
  // The process's RSS sampled every millisecond from a thread of its own, which keeps sampling
  // while this one is busy in a synchronous parse or decode.
  const sampler = new Worker(
    `const { parentPort } = require("node:worker_threads");
     let peak = 0;
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 1);
     parentPort.on("message", () => { clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true },
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
  const baseRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await job();
  const ms = performance.now() - started;
  const peakRss = await new Promise<number>((resolve) => {
    sampler.once("message", resolve);
    sampler.postMessage("stop");
  });
  await sampler.terminate();
  void result;
  await ecgrid.close();
  await as2.close();
  process.send?.({ ms, baseRss, peakRss, growth: Math.max(0, peakRss - baseRss) });
}

main().catch((error) => {
  process.send?.({ error: String(error?.stack ?? error) });
});
