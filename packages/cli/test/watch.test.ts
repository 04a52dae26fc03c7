// `--watch` on the inbox commands: poll until SIGTERM/SIGINT, finish what is in flight (and confirm
// it), print the counters. The network is a stateful fake; the signals are raised by the test.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/program.js";
import { tempDir } from "./support.js";

/** An IO whose stop signals the test raises; `stop()` sends one. */
function signalledIo(env: Record<string, string>, fetch: (r: Request) => Promise<Response>) {
  const out: string[] = [];
  const err: string[] = [];
  const listeners = new Set<(signal: string) => void>();
  return {
    out,
    err,
    listeners,
    stop: (signal = "SIGTERM") => {
      for (const listener of [...listeners]) listener(signal);
    },
    io: {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      env,
      fetch,
      onStopSignal(listener: (signal: string) => void) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    },
  };
}

const until = async (predicate: () => boolean) => {
  for (let i = 0; i < 400 && !predicate(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(predicate()).toBe(true);
};

const envelope = (data: unknown) => Response.json({ success: true, httpStatus: 200, message: "", data });

describe("edi-clients ecgrid inbox --watch", () => {
  it("polls, saves and confirms what arrives, and on SIGTERM finishes the parcel in flight and prints the counters", async () => {
    const dir = await tempDir();
    const ready = new Map<number, string>([[11, "ISA*11~"]]);
    const paths: string[] = [];
    let signalled: (() => void) | undefined;
    const fetch = async (request: Request) => {
      const path = new URL(request.url).pathname;
      paths.push(path);
      const body = (request.method === "POST" ? await request.json() : {}) as { parcelId?: number };
      const list = [...ready.keys()].map((parcelId) => ({ parcelId, mailboxId: 1, status: "InBoxReady" }));
      if (path.endsWith("pending-inbox-list") || path.endsWith("/inbox-list")) return envelope(list);
      if (path.endsWith("/download")) {
        const id = body.parcelId as number;
        // Parcel 12 is being downloaded when SIGTERM arrives: it must still be saved and confirmed.
        if (id === 12) signalled?.();
        return envelope({ parcelId: id, fileName: `${id}.edi`, content: btoa(ready.get(id) ?? "") });
      }
      if (path.endsWith("/confirm")) {
        ready.delete(body.parcelId as number);
        return envelope(true);
      }
      return Response.json({ success: false, message: "unexpected" }, { status: 404 });
    };
    const t = signalledIo({ ECGRID_API_KEY: "k", ECGRID_BASE_URL: "https://ecgrid.test" }, fetch);
    signalled = () => t.stop("SIGTERM");
    const running = run(["--json", "ecgrid", "inbox", "--out", dir, "--watch", "--interval", "0.02"], t.io);
    await until(() => paths.filter((p) => p.endsWith("/confirm")).length === 1);
    expect(t.listeners.size).toBe(1);
    ready.set(12, "ISA*12~");
    const code = await running;
    expect(code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(["11-11.edi", "12-12.edi"]);
    expect(await readFile(join(dir, "12-12.edi"), "utf8")).toBe("ISA*12~");
    expect(ready.size).toBe(0);
    const counters = JSON.parse(t.out.at(-1) as string);
    expect(counters).toMatchObject({ handled: 2, failed: 0, pollErrors: 0 });
    expect(counters.passes).toBeGreaterThanOrEqual(2);
    expect(t.err.join("\n")).toContain(
      "SIGTERM: stopping — finishing the parcels in flight, claiming nothing new",
    );
    expect(t.err.join("\n")).toMatch(/poll \d+: handled 1, failed 0/);
    // Unsubscribed: a second signal is left to Node (it ends the process).
    expect(t.listeners.size).toBe(0);
  });

  it("refuses a bad --interval before any request", async () => {
    const dir = await tempDir();
    const paths: string[] = [];
    const t = signalledIo({ ECGRID_API_KEY: "k" }, async (r) => {
      paths.push(r.url);
      return envelope([]);
    });
    const code = await run(["ecgrid", "inbox", "--out", dir, "--watch", "--interval", "0"], t.io);
    expect(code).not.toBe(0);
    expect(t.err.join("\n")).toContain("--interval must be a number of seconds > 0");
    expect(paths).toEqual([]);
  });
});

describe("edi-clients as2 received process --watch", () => {
  it("marks read what arrives and stops on SIGINT with the counters as a table", async () => {
    const dir = await tempDir();
    const unread = new Set(["<w1@globex>"]);
    const fetch = async (request: Request) => {
      const url = new URL(request.url);
      if (url.pathname === "/v1/message/received") {
        const records = [...unread].map((as2MessageId) => ({
          as2MessageId,
          persistedTimestamp: Date.now() - 5_000,
          compressed: false,
          encrypted: false,
          signed: false,
          receiverId: "GLOBEX_AS2",
          senderId: "ACME_EDI_PROD",
          mdnStatus: "Received",
          partnerType: "Production",
          attachments: [],
        }));
        return Response.json({ totalRecords: records.length, records });
      }
      if (url.searchParams.get("markAsRead") === "true") {
        unread.delete(decodeURIComponent(url.pathname.split("/")[4] ?? ""));
        return Response.json({});
      }
      return Response.json({ message: "unexpected" }, { status: 404 });
    };
    const t = signalledIo({ AS2G_TOKEN: "tok", AS2G_BASE_URL: "https://as2.test" }, fetch);
    const running = run(["as2", "received", "process", "--out", dir, "--watch", "--interval", "0.02"], t.io);
    await until(() => unread.size === 0);
    t.stop("SIGINT");
    expect(await running).toBe(0);
    expect(await readdir(dir)).toHaveLength(1);
    expect(t.out[0]).toMatch(/^passes\s+handled\s+failed\s+retried/);
    expect(t.out[1]).toMatch(/^\d+\s+1\s+0\s+0/);
    expect(t.err.join("\n")).toContain("SIGINT: stopping — finishing the messages in flight");
  });
});
