// `pnpm bench` (issue 12 item 6): how fast 1, 2 and 4 worker processes drain one mailbox as a
// fraction of what the server's rate limit allows. The sandbox enforces a scaled-down limit (default
// 60 requests per 2 s for the API key); N parcels (default 150) wait in ACME's inbox; each worker is a
// child process (bench/workers/drain-worker.mjs: the built ECGrid client on the shared Redis budget
// with the Redis coordinator, one processInbox pass). A counting proxy in front of the sandbox sees
// every request: the table gives the requests by kind, the 429s, the parcels/s and the theoretical
// maximum — the allowed requests/s over the requests one parcel costs (download + confirm + the
// list pages, every worker listing the inbox once). A benchmark, not a test: only a drain that
// does not finish (or confirms a parcel twice) fails it, never a timing.
//
// Needs `pnpm build` (the workers run the built packages) and a redis-server (scripts/redis.mjs
// installs it when missing and we are root). Knobs: BENCH_DRAIN_PARCELS (10–1000), BENCH_DRAIN_LIMIT,
// BENCH_DRAIN_WINDOW_MS (≥ 1000), BENCH_DRAIN_WORKERS (e.g. "1,2,4"), BENCH_DRAIN_CONCURRENCY (per worker).
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bench, describe } from "vitest";
import { fillAcmeInbox } from "../packages/redis/test/support/inbox.ts";
import { type Sandbox, startSandbox } from "../packages/sandbox/dist/index.js";
import { type RedisServer, startRedis } from "../scripts/redis.mjs";

const int = (name: string, fallback: number, min: number, max: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${process.env[name]}`);
  }
  return value;
};
const PARCELS = int("BENCH_DRAIN_PARCELS", 150, 10, 1000);
const LIMIT = int("BENCH_DRAIN_LIMIT", 60, 1, 10_000);
const WINDOW_MS = int("BENCH_DRAIN_WINDOW_MS", 2_000, 1_000, 60_000);
const CONCURRENCY = int("BENCH_DRAIN_CONCURRENCY", 4, 1, 64);
const PAGE_SIZE = 500;
const WORKERS = (process.env.BENCH_DRAIN_WORKERS ?? "1,2,4").split(",").map((w) => {
  const n = Number(w);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new RangeError(`BENCH_DRAIN_WORKERS: bad count ${w}`);
  return n;
});
const ACME_KEY = "sandbox-acme-key";
const WORKER_FILE = fileURLToPath(new URL("./workers/drain-worker.mjs", import.meta.url));
/** A drain of this bench takes ~N·2/(limit/window) s; a worker still running after this is killed. */
const HARD_LIMIT_MS = 30_000 + ((PARCELS * 3) / LIMIT) * WINDOW_MS;

type Kind = "list" | "download" | "confirm" | "other";

/** What the counting proxy saw. */
interface Counts {
  requests: Record<Kind, number>;
  tooMany: number;
  /** Answers other than 2xx and 429 (and proxy errors). */
  otherErrors: number;
  lastConfirmAt: number;
  /** When each request arrived (performance.now()). */
  arrivals: number[];
}

function kindOf(method: string, path: string): Kind {
  if (method === "POST" && path === "/v2/parcels/inbox-list") return "list";
  if (method === "POST" && path === "/v2/parcels/download") return "download";
  if (method === "POST" && path === "/v2/parcels/confirm") return "confirm";
  return "other";
}

/** A proxy on 127.0.0.1 that counts every request to `target` by kind and every answer by status. */
async function startCountingProxy(target: string): Promise<{ url: string; counts: Counts; close(): void }> {
  const to = new URL(target);
  const agent = new Agent({ keepAlive: true });
  const counts: Counts = {
    requests: { list: 0, download: 0, confirm: 0, other: 0 },
    tooMany: 0,
    otherErrors: 0,
    lastConfirmAt: 0,
    arrivals: [],
  };
  const server: Server = createServer((req, res) => {
    const kind = kindOf(req.method ?? "GET", new URL(req.url ?? "/", target).pathname);
    counts.requests[kind]++;
    counts.arrivals.push(performance.now());
    const upstream = httpRequest(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: to.host },
        agent,
      },
      (answer) => {
        const status = answer.statusCode ?? 502;
        if (status === 429) counts.tooMany++;
        else if (status < 200 || status > 299) counts.otherErrors++;
        res.writeHead(status, answer.headers);
        answer.pipe(res);
        answer.on("end", () => {
          if (kind === "confirm") counts.lastConfirmAt = performance.now();
        });
      },
    );
    upstream.on("error", (error) => {
      counts.otherErrors++;
      res.writeHead(502).end(String(error));
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close() {
      server.close();
      server.closeAllConnections();
      agent.destroy();
    },
  };
}

interface WorkerResult {
  ms: number;
  confirmed: number;
  skipped: number;
  failed: number;
  errors: string[];
}

/** A drain worker process: `ready` once it is connected, `result` when it exited. */
function startWorker(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [WORKER_FILE], {
    env: { ...process.env, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const limit = setTimeout(() => child.kill("SIGKILL"), HARD_LIMIT_MS);
  let stdout = "";
  let stderr = "";
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
    if (stdout.includes('{"ready":true}')) onReady();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    child.on("exit", (code, signal) => {
      clearTimeout(limit);
      onReady();
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code === 0 && !last.includes('"ready"')) resolve(JSON.parse(last) as WorkerResult);
      else reject(new Error(`drain worker exited with ${code ?? signal}:\n${stdout}\n${stderr}`));
    });
  });
  return { child, ready, result, go: () => child.stdin?.end("go\n") };
}

/** One row of the printed table. */
interface Row {
  workers: number;
  /** From the start signal to the answer of the last confirm. */
  "wall s": string;
  requests: number;
  "list/download/confirm": string;
  "429s": number;
  "parcels/s": string;
  "max parcels/s": string;
  "of max": string;
  windows: number;
  "late/window ms": string;
  "confirmed per worker": string;
}

let redis: RedisServer | undefined;
/** A sandbox data directory holding the filled mailbox: each case starts a sandbox on a copy. */
let filled: string | undefined;
const rows: Row[] = [];

async function prepare(): Promise<void> {
  redis ??= await startRedis();
  if (filled) return;
  filled = mkdtempSync(join(tmpdir(), "edi-bench-drain-"));
  // Filled without a rate limit (the uploads are not what is measured), then kept on disk.
  const sandbox = await startSandbox({ dataDir: filled });
  try {
    await fillAcmeInbox(sandbox.ecgridUrl, PARCELS);
  } finally {
    await sandbox.close();
  }
}

interface Case {
  dir: string;
  sandbox: Sandbox;
  proxy: Awaited<ReturnType<typeof startCountingProxy>>;
  workers: ReturnType<typeof startWorker>[];
}

async function startCase(workers: number): Promise<Case> {
  await prepare();
  const dir = mkdtempSync(join(tmpdir(), "edi-bench-drain-case-"));
  cpSync(filled as string, dir, { recursive: true });
  const sandbox = await startSandbox({
    dataDir: dir,
    rateLimit: { limit: LIMIT, windowMs: WINDOW_MS },
    as2: { rateLimit: false },
  });
  const proxy = await startCountingProxy(sandbox.ecgridUrl);
  const env = {
    API_URL: proxy.url,
    API_KEY: ACME_KEY,
    REDIS_URL: (redis as RedisServer).url,
    KEY_PREFIX: `bench-drain:${process.pid}:${Date.now()}:${workers}`,
    LIMIT: String(LIMIT),
    WINDOW_MS: String(WINDOW_MS),
    CONCURRENCY: String(CONCURRENCY),
    PAGE_SIZE: String(PAGE_SIZE),
  };
  const started = Array.from({ length: workers }, () => startWorker(env));
  await Promise.all(started.map((w) => w.ready));
  return { dir, sandbox, proxy, workers: started };
}

async function closeCase({ dir, sandbox, proxy, workers }: Case): Promise<void> {
  for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGKILL");
  proxy.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
}

async function drain(current: Case, workers: number): Promise<void> {
  const started = performance.now();
  for (const worker of current.workers) worker.go();
  const results = await Promise.all(current.workers.map((w) => w.result));
  const { counts } = current.proxy;
  const confirmed = results.reduce((sum, r) => sum + r.confirmed, 0);
  const failures = results.flatMap((r) => r.errors);
  if (confirmed !== PARCELS || counts.requests.confirm !== PARCELS) {
    throw new Error(
      `${workers} worker(s): ${confirmed} of ${PARCELS} parcels confirmed with ${counts.requests.confirm} confirm requests; ${failures.join("; ")}`,
    );
  }
  const seconds = (counts.lastConfirmAt - started) / 1000;
  const requests = Object.values(counts.requests).reduce((a, b) => a + b, 0);
  const allowedPerSecond = LIMIT / (WINDOW_MS / 1000);
  // The least a drain can send: download + confirm per parcel, and each worker lists the inbox once.
  const ideal = 2 * PARCELS + workers * Math.ceil(PARCELS / PAGE_SIZE);
  const max = allowedPerSecond / (ideal / PARCELS);
  const achieved = PARCELS / seconds;
  const { list, download, confirm } = counts.requests;
  const windows = serverWindows(counts.arrivals);
  rows.push({
    workers,
    "wall s": seconds.toFixed(2),
    requests,
    "list/download/confirm": `${list}/${download}/${confirm}${counts.requests.other ? ` +${counts.requests.other}` : ""}`,
    "429s": counts.tooMany,
    "parcels/s": achieved.toFixed(2),
    "max parcels/s": max.toFixed(2),
    "of max": `${((achieved / max) * 100).toFixed(1)} %`,
    windows: windows.count,
    "late/window ms": windows.lateMs.toFixed(0),
    "confirmed per worker": results.map((r) => r.confirmed).join("/"),
  });
  if (counts.otherErrors > 0)
    console.warn(`[drain] ${workers} worker(s): ${counts.otherErrors} non-2xx answers`);
}

/**
 * The server's fixed windows as the sandbox counts them (a window starts with the first request after
 * the last one ended), from the arrival times: how many, and how late on average each window after
 * the first began (0 when every window starts the moment the previous one ends).
 */
function serverWindows(arrivals: number[]): { count: number; lateMs: number } {
  const starts: number[] = [];
  for (const at of arrivals) {
    const start = starts.at(-1);
    if (start === undefined || at - start >= WINDOW_MS) starts.push(at);
  }
  const late = starts.slice(1).map((start, i) => start - ((starts[i] as number) + WINDOW_MS));
  return { count: starts.length, lateMs: late.length ? late.reduce((a, b) => a + b, 0) / late.length : 0 };
}

function printTable(): void {
  console.log(
    `\n[drain] ${PARCELS} parcels, limit ${LIMIT} requests / ${WINDOW_MS} ms per API key (fixed windows), ` +
      `processInbox concurrency ${CONCURRENCY} per worker, page size ${PAGE_SIZE}; ` +
      `${cpus().length} cores, load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
  );
  console.table(rows);
}

describe(`drain one mailbox (issue 12 item 6): ${PARCELS} parcels, ${LIMIT} requests / ${WINDOW_MS} ms`, () => {
  WORKERS.forEach((workers, index) => {
    let current: Case | undefined;
    bench(
      `${workers} worker process${workers === 1 ? "" : "es"} (shared Redis budget + coordinator)`,
      async () => {
        try {
          await drain(current as Case, workers);
        } finally {
          await closeCase(current as Case);
          current = undefined;
          if (index === WORKERS.length - 1) {
            if (rows.length > 0) printTable();
            await redis?.stop();
            redis = undefined;
            if (filled) rmSync(filled, { recursive: true, force: true });
            filled = undefined;
          }
        }
      },
      {
        iterations: 1,
        warmupIterations: 0,
        time: 0,
        warmupTime: 0,
        // Awaited before the timed run (tinybench does not await teardown, so cleaning up is the run's end).
        setup: async (_task, mode) => {
          if (mode === "run") current = await startCase(workers);
        },
      },
    );
  });
});
