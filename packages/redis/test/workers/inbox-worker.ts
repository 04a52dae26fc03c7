// One worker process of the many-workers inbox proofs: the built clients' watchInbox (API=ecgrid) or
// watchReceived (API=as2) with the Redis coordinator, until SIGTERM. The handler writes "start" and
// "finish" lines to the shared LOG; with HANG_AT=n its n-th handler call writes "hang" and never
// returns (the test SIGKILLs the process there). Prints the watch's counters as one JSON line.
import { appendFileSync } from "node:fs";
import { As2Gateway } from "@edi-clients/as2-gateway";
import { ECGrid } from "@edi-clients/ecgrid";
import { Redis } from "ioredis";
import { createRedisCoordinator } from "../../src/index.ts";

const env = (name: string, fallback?: string): string => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};
const worker = env("WORKER");
const log = env("LOG");
const hangAt = Number(env("HANG_AT", "0"));
const handlerMs = Number(env("HANDLER_MS", "5"));
const redis = new Redis(env("REDIS_URL"), { maxRetriesPerRequest: 1 });
redis.on("error", () => undefined);
const coordinator = createRedisCoordinator(redis, { keyPrefix: env("KEY_PREFIX"), timeoutMs: 1_000 });
const controller = new AbortController();
process.on("SIGTERM", () => controller.abort(new Error("SIGTERM")));

const write = (ev: string, id: string) =>
  appendFileSync(log, `${JSON.stringify({ ev, id, worker, pid: process.pid, t: Date.now() })}\n`);
let starts = 0;
async function handle(id: string): Promise<void> {
  starts++;
  write("start", id);
  if (starts === hangAt) {
    write("hang", id);
    await new Promise(() => undefined);
  }
  await new Promise((resolve) => setTimeout(resolve, handlerMs));
  write("finish", id);
}

const common = {
  intervalMs: Number(env("INTERVAL_MS", "200")),
  jitter: 0.2,
  signal: controller.signal,
  coordinator,
  leaseMs: Number(env("LEASE_MS", "1500")),
  concurrency: Number(env("CONCURRENCY", "2")),
  pageSize: 100,
};
let close: () => Promise<void>;
let done: Promise<Record<string, unknown>>;
if (env("API") === "ecgrid") {
  const ecgrid = new ECGrid({ baseUrl: env("API_URL"), apiKey: env("API_KEY"), throttle: false });
  close = () => ecgrid.close();
  done = ecgrid.parcels.watchInbox(({ parcel }) => handle(String(parcel.parcelId)), common).done as never;
} else {
  const as2 = new As2Gateway({
    baseUrl: env("API_URL"),
    credentials: { username: env("AS2_USER"), password: env("AS2_PASSWORD") },
    throttle: false,
  });
  close = () => as2.close();
  done = as2.messages.watchReceived(({ message }) => handle(message.as2MessageId), {
    ...common,
    batchSize: 10,
  }).done as never;
}
const stats = await done;
const lastError = stats.lastError as Error | undefined;
await close();
redis.disconnect();
process.stdout.write(
  `${JSON.stringify({ ...stats, lastError: lastError && { name: lastError.name, message: lastError.message } })}\n`,
);
