// Helpers of the many-workers inbox proofs: X12 files to fill a mailbox, a recording proxy in front
// of the sandbox that notes every confirm / mark-read and checks, the moment it arrives, that the
// handler's "finish" line for that item is already in the shared log, worker processes, the log.
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ECGrid } from "@edi-clients/ecgrid";
import { listen } from "@edi-clients/test-helpers/server";
import { x12Interchange } from "@edi-clients/test-helpers/x12";

/** One line of the shared handler log, written by the workers (appendFileSync, one JSON a line). */
export interface LogEvent {
  ev: "start" | "finish" | "hang";
  id: string;
  worker: string;
  pid: number;
  t: number;
}

/** Reads the log incrementally (only what was appended since the last read). */
export class HandlerLog {
  readonly events: LogEvent[] = [];
  readonly finished = new Set<string>();
  #offset = 0;
  #rest = "";
  constructor(readonly path: string) {}

  read(): LogEvent[] {
    let fd: number;
    try {
      fd = openSync(this.path, "r");
    } catch {
      return this.events;
    }
    try {
      const buffer = Buffer.alloc(1 << 16);
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, this.#offset);
        if (n === 0) break;
        this.#offset += n;
        this.#rest += buffer.subarray(0, n).toString("utf8");
      }
    } finally {
      closeSync(fd);
    }
    const lines = this.#rest.split("\n");
    this.#rest = lines.pop() ?? "";
    for (const line of lines) {
      if (!line) continue;
      const event = JSON.parse(line) as LogEvent;
      this.events.push(event);
      if (event.ev === "finish") this.finished.add(event.id);
    }
    return this.events;
  }
}

/** A confirm (ECGrid) or mark-read (AS2) as the server saw it. */
export interface Completion {
  id: string;
  at: number;
  /** Whether the shared log held a "finish" of this item's handler when the request arrived. */
  finishedBefore: boolean;
  ok: boolean;
}

export interface Recorder {
  url: string;
  completions: Completion[];
  /** Items the server confirmed (or marked read) successfully. */
  done: Set<string>;
  close(): Promise<void>;
}

/**
 * A proxy on 127.0.0.1 to `target`; `completionOf` names the item a request confirms (or undefined).
 * Only the checks happen here: the sandbox answers every request.
 */
export async function startRecorder(
  target: string,
  log: HandlerLog,
  completionOf: (method: string, url: URL, body: string) => string | undefined,
): Promise<Recorder> {
  const completions: Completion[] = [];
  const done = new Set<string>();
  const server: Server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const url = new URL(req.url ?? "/", target);
      const id = completionOf(req.method ?? "GET", url, body.toString("utf8"));
      if (id) log.read();
      const completion: Completion | undefined = id
        ? { id, at: Date.now(), finishedBefore: log.finished.has(id), ok: false }
        : undefined;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === "string" && name !== "host" && name !== "connection") headers.set(name, value);
      }
      const answer = await fetch(new URL(req.url ?? "/", target), {
        method: req.method ?? "GET",
        headers,
        ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
      });
      const bytes = Buffer.from(await answer.arrayBuffer());
      if (completion) {
        completion.ok = answer.ok && !/"success"\s*:\s*false/.test(bytes.toString("utf8"));
        completions.push(completion);
        if (completion.ok) done.add(id as string);
      }
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!["content-encoding", "content-length", "transfer-encoding", "connection"].includes(name))
          out[name] = value;
      });
      res.writeHead(answer.status, out).end(bytes);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  const { url, close } = await listen(server);
  return { url, completions, done, close };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A worker process; `result` settles when it exits (stdout's last line parsed as JSON). */
export interface WorkerProcess {
  name: string;
  child: ChildProcess;
  pid: number;
  result: Promise<{ code: number | null; signal: NodeJS.Signals | null; stats: unknown; stderr: string }>;
}

export function startWorker(
  file: string,
  name: string,
  env: Record<string, string>,
  hardLimitMs: number,
): WorkerProcess {
  const child = spawn(process.execPath, [file], {
    env: { ...process.env, ...env, WORKER: name },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  // Bounded in time whatever happens: a stuck worker is killed.
  const limit = setTimeout(() => child.kill("SIGKILL"), hardLimitMs);
  const result = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stats: unknown;
    stderr: string;
  }>((resolve) => {
    child.on("exit", (code, signal) => {
      clearTimeout(limit);
      let stats: unknown;
      try {
        stats = JSON.parse(stdout.trim().split("\n").at(-1) ?? "");
      } catch {
        stats = undefined;
      }
      resolve({ code, signal, stats, stderr });
    });
  });
  return { name, child, pid: child.pid as number, result };
}

/** Waits until `predicate` holds, checking every `everyMs`; false when `timeoutMs` passed. */
export async function waitUntil(predicate: () => boolean, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return true;
}

/** Handler runs per item, and the items whose handler ran more than once. */
export function runsPerItem(events: LogEvent[]): { starts: Map<string, LogEvent[]>; twice: string[] } {
  const starts = new Map<string, LogEvent[]>();
  for (const event of events) {
    if (event.ev !== "start") continue;
    starts.set(event.id, [...(starts.get(event.id) ?? []), event]);
  }
  return { starts, twice: [...starts].filter(([, runs]) => runs.length > 1).map(([id]) => id) };
}

/** Items whose handler was started by one of `pids` and never finished by it (the process died inside). */
export function diedInside(events: LogEvent[], pids: Set<number>): Set<string> {
  const started = new Set<string>();
  const finished = new Set<string>();
  for (const event of events) {
    if (!pids.has(event.pid)) continue;
    if (event.ev === "start") started.add(event.id);
    if (event.ev === "finish") finished.add(event.id);
  }
  return new Set([...started].filter((id) => !finished.has(id)));
}

/** An X12 850 from ZZ:GLOBEX to ZZ:ACME with control number `n` (the sandbox routes it to ACME's inbox). */
export function x12To(n: number, from = "GLOBEX", to = "ACME"): string {
  const control = String(n).padStart(9, "0");
  return x12Interchange({ from: ["ZZ", from], to: ["ZZ", to], control, group: String(n) });
}

/** A fresh, empty handler log in a temporary directory. */
export function newHandlerLog(): HandlerLog {
  const log = new HandlerLog(join(mkdtempSync(join(tmpdir(), "inbox-proof-")), "handlers.log"));
  writeFileSync(log.path, "");
  return log;
}

/** A recorder of ECGrid confirms in front of `ecgridUrl`. */
export function recordConfirms(ecgridUrl: string, log: HandlerLog): Promise<Recorder> {
  return startRecorder(ecgridUrl, log, (method, url, body) =>
    method === "POST" && url.pathname === "/v2/parcels/confirm"
      ? String((JSON.parse(body) as { parcelId: number }).parcelId)
      : undefined,
  );
}

/** Uploads `count` X12 files from the sandbox's Globex to ACME: `count` InBoxReady parcels in ACME's mailbox. */
export async function fillAcmeInbox(ecgridUrl: string, count: number): Promise<void> {
  const globex = new ECGrid({ apiKey: "sandbox-globex-key", baseUrl: ecgridUrl, throttle: false });
  for (let i = 1; i <= count; i++)
    await globex.parcels.upload({ fileName: `po-${i}.edi`, content: x12To(i) });
  await globex.close();
}
