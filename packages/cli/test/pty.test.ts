// The CLI in a real pseudo-terminal (util-linux `script`, on every Debian/Ubuntu image): progress is drawn on the
// terminal while the inbox drains, and Ctrl-C (a real ^C through the terminal's line discipline,
// so SIGINT to the foreground process) prints the summary and exits 130. In a pipe: no progress.
import { execFileSync, spawn } from "node:child_process";
import { createServer } from "node:http";
import { join } from "node:path";
import { type Listening, listen } from "@edi-clients/test-helpers/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCliBundle, tempDir } from "./support.js";

let bundle = "";

const has = (tool: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${tool}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const hasScript = has("script");

const PARCELS = 60;
let confirmed = 0;
/** Requests for the pending-inbox-list (the count `N/M` is drawn against). */
let pendingLists = 0;
let baseUrl = "";
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const answer = (data: unknown, delay = 0) =>
      setTimeout(() => {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ success: true, httpStatus: 200, message: "", data }));
      }, delay);
    if (path.endsWith("/pending-inbox-list")) pendingLists++;
    if (path.endsWith("/inbox-list") || path.endsWith("/pending-inbox-list"))
      return answer(
        Array.from({ length: PARCELS }, (_, i) => ({
          parcelId: 1000 + i,
          mailboxId: 1,
          status: "InBoxReady",
        })),
      );
    if (path.endsWith("/download"))
      return answer(
        { parcelId: body.parcelId, fileName: `${body.parcelId}.edi`, content: btoa("ISA*00*~".repeat(50)) },
        120,
      );
    if (path.endsWith("/confirm")) {
      confirmed++;
      return answer(true);
    }
    res.writeHead(404).end("{}");
  });
});

// An AS2 Gateway with MESSAGES unread messages (no attachments, so no batch download); marking one
// read (GET …/received/{id}?markAsRead=true) takes 120 ms.
const MESSAGES = 40;
let markedRead = 0;
let as2Url = "";
const message = (i: number) => ({
  as2MessageId: `<m${i}@pty.example>`,
  persistedTimestamp: "2026-01-01T00:00:00Z",
  compressed: false,
  encrypted: false,
  signed: false,
  receiverId: "ACME",
  senderId: "GLOBEX",
  mdnStatus: "Received",
  partnerType: "Production",
  attachments: [],
});
const as2Server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  const json = (data: unknown, delay = 0) =>
    setTimeout(() => {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(data));
    }, delay);
  if (url.pathname === "/v1/message/received") {
    const page = Number(url.searchParams.get("pageOffset") ?? 0);
    const length = Number(url.searchParams.get("pageLength") ?? 100);
    const all = Array.from({ length: MESSAGES }, (_, i) => message(i));
    return json({ totalRecords: MESSAGES, records: all.slice(page * length, (page + 1) * length) });
  }
  const one = /^\/v1\/message\/received\/([^/]+)$/.exec(url.pathname);
  if (one && url.searchParams.get("markAsRead") === "true") {
    markedRead++;
    const i = Number(/^<m(\d+)@/.exec(decodeURIComponent(one[1] ?? ""))?.[1]);
    return json(message(i), 120);
  }
  res.writeHead(404, { "Content-Type": "application/json" }).end("{}");
});

let listening: Listening[] = [];
beforeAll(async () => {
  bundle = await buildCliBundle("cli-pty.mjs");
  listening = await Promise.all([listen(server), listen(as2Server)]);
  [baseUrl, as2Url] = listening.map((l) => l.url) as [string, string];
});

afterAll(() => Promise.all(listening.map((l) => l.close())));

/** Runs the CLI under a pseudo-terminal; `interrupt()` types ^C into it. */
function inTerminal(args: string[], env: Record<string, string>) {
  const command = [process.execPath, bundle, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
  // -e: script exits with the command's status; its stdin is typed into the terminal.
  const child = spawn("script", ["-q", "-e", "-c", command, "/dev/null"], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...env, TERM: "xterm", COLUMNS: "120" },
  });
  let screen = "";
  child.stdout.on("data", (c: Buffer) => {
    screen += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    screen += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    screen: () => screen,
    interrupt: () => child.stdin.write("\u0003"),
    exited,
  };
}

describe("progress and interruption", () => {
  it.skipIf(!hasScript)(
    `${hasScript ? "" : "[skipped: util-linux 'script' is not installed, no pseudo-terminal] "}ecgrid inbox draws progress on the terminal; ^C prints the summary (confirmed, failed, skipped) and exits 130`,
    async () => {
      const out = await tempDir();
      confirmed = 0;
      pendingLists = 0;
      const run = inTerminal(["ecgrid", "inbox", "--out", out], {
        ECGRID_API_KEY: "pty-key",
        ECGRID_BASE_URL: baseUrl,
        EDI_CLIENTS_CONFIG: join(out, "none.json"),
      });
      // Five parcels confirmed by the server and counted by the CLI (its progress line): the server
      // counts a confirm before answering it, so interrupting on the server's count alone can abort
      // the fifth confirm's answer on its way back (that failed once under load in CI).
      const shown = () =>
        Math.max(0, ...[...run.screen().matchAll(/inbox \S{24} (\d+)\/60/g)].map((m) => Number(m[1])));
      for (let i = 0; i < 400 && (confirmed < 5 || shown() < 5); i++)
        await new Promise((r) => setTimeout(r, 25));
      expect(confirmed).toBeGreaterThanOrEqual(5);
      run.interrupt();
      const code = await run.exited;
      const screen = run.screen();
      expect(code, screen).toBe(130);
      // The progress line was drawn (and redrawn with \r) while the parcels were saved: N of the
      // M parcels the pending-inbox-list counted before the pass, and the failures so far.
      expect(pendingLists).toBe(1);
      expect(screen).toMatch(/inbox \S{24} \d+\/60 · 0 failed · [\d.]+ (B|KB)/);
      // Redrawn in place (cursor to column 1), not one line per parcel.
      expect(screen.split("\u001b[1Ginbox ").length - 1).toBeGreaterThanOrEqual(5);
      expect(screen).toContain("SIGINT: stopping — starting no new parcels");
      const summary = /summary: (\d+) confirmed, (\d+) failed, (\d+) skipped/.exec(screen);
      expect(summary, screen).not.toBeNull();
      const [, ok, failed, skipped] = summary?.map(Number) ?? [];
      expect(ok).toBeGreaterThanOrEqual(5);
      // A confirm on the wire when ^C came is aborted: the CLI reports that parcel as not confirmed
      // (saved, so it is a failure, not a skip), while the server may have counted it — at most one
      // (one parcel at a time). Nothing is lost: the file was written before the confirm was sent.
      expect(confirmed - (ok ?? 0)).toBeGreaterThanOrEqual(0);
      expect(confirmed - (ok ?? 0)).toBeLessThanOrEqual(1);
      expect((ok ?? 0) + (failed ?? 0) + (skipped ?? 0)).toBe(PARCELS);
      expect(skipped).toBeGreaterThan(0);
    },
  );

  it.skipIf(!hasScript)(
    `${hasScript ? "" : "[skipped: util-linux 'script' is not installed, no pseudo-terminal] "}as2 received process draws N/M; ^C starts no new message, prints the summary (marked read, failed, skipped) and exits 130`,
    async () => {
      const out = await tempDir();
      markedRead = 0;
      const run = inTerminal(["as2", "received", "process", "--out", out], {
        AS2G_TOKEN: "pty-token",
        AS2G_BASE_URL: as2Url,
        EDI_CLIENTS_CONFIG: join(out, "none.json"),
      });
      for (let i = 0; i < 400 && markedRead < 4; i++) await new Promise((r) => setTimeout(r, 25));
      expect(markedRead).toBeGreaterThanOrEqual(4);
      run.interrupt();
      const code = await run.exited;
      const screen = run.screen();
      expect(code, screen).toBe(130);
      // N of the M unread messages counted up front.
      expect(screen).toMatch(/received \S{24} \d+\/40 · 0 failed/);
      expect(screen).toContain("SIGINT: stopping — starting no new messages");
      const summary = /summary: (\d+) \w[\w ]*, (\d+) failed, (\d+) skipped/.exec(screen);
      expect(summary, screen).not.toBeNull();
      const [, ok, failed, skipped] = summary?.map(Number) ?? [];
      // Marked read: at least the 3 answered before ^C; the mark in flight may be cut by the signal
      // (then the message is left unread: saved but not marked, so failed, delivered again).
      expect(ok).toBeGreaterThanOrEqual(3);
      expect(ok).toBeLessThanOrEqual(markedRead);
      expect(failed).toBeLessThanOrEqual(1);
      expect((ok ?? 0) + (failed ?? 0) + (skipped ?? 0)).toBe(MESSAGES);
      expect(skipped).toBeGreaterThan(0);
      expect(screen.match(/skipped \(interrupted\)/g)?.length).toBe(skipped);
    },
  );

  it("in a pipe there is no progress line (and no pending-inbox-list count asked), only the results", async () => {
    const out = await tempDir();
    pendingLists = 0;
    const child = spawn(process.execPath, [bundle, "ecgrid", "inbox", "--out", out, "--limit", "3"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        ECGRID_API_KEY: "pipe-key",
        ECGRID_BASE_URL: baseUrl,
        EDI_CLIENTS_CONFIG: join(out, "none.json"),
      },
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.match(/confirmed/g)).toHaveLength(3);
    expect(pendingLists).toBe(0);
  });
});
