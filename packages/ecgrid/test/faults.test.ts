// Network faults through the whole ECGrid client, on a node:http server on 127.0.0.1: a silent
// server while garbage collections run (the CLI's `whoami` once hung 421 s), a body that stalls,
// a body cut off in the middle.
import type { ServerResponse } from "node:http";
import {
  ClientClosedError,
  ConnectionError,
  EdiClientError,
  OutcomeUnknownError,
  TimeoutError,
  UserAbortError,
} from "@edi-clients/runtime";
import { cutOff, stall } from "@edi-clients/test-helpers/faults";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { type ReceivedRequest, startServer, type TestServer } from "@edi-clients/test-helpers/server";
import { settledUnderGc } from "@edi-clients/test-helpers/settle";
import { afterEach, describe, expect, it } from "vitest";
import { ECGrid } from "../src/index.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handle: (req: ReceivedRequest, res: ServerResponse, index: number) => void) {
  server = await startServer(handle);
  return server;
}

const me = { userId: 7, login: "acme", email: "edi@acme.example", authLevel: "MailboxAdmin" };

describe("ECGrid client under faults", () => {
  it("times out users.me() on a silent server after timeoutMs while garbage collections run", async () => {
    const { url } = await serve(() => {});
    const ecgrid = new ECGrid({
      baseUrl: url,
      apiKey: "key-123456",
      logger: silentLogger,
      timeoutMs: 300,
      maxRetries: 1,
    });
    const { result, ms } = await settledUnderGc(() => ecgrid.users.me());
    expect(result).toBeInstanceOf(TimeoutError);
    expect((result as TimeoutError).operation).toBe("usersGetMe");
    expect(server?.received).toHaveLength(2);
    expect(ms).toBeLessThan(5_000);
  });

  it("stops waiting for a silent server when the caller aborts, under GC", async () => {
    const { url } = await serve(() => {});
    const ecgrid = new ECGrid({ baseUrl: url, apiKey: "key-123456", logger: silentLogger });
    const caller = new AbortController();
    setTimeout(() => caller.abort(new Error("Ctrl-C")), 200);
    const { result, ms } = await settledUnderGc(() => ecgrid.users.me({ signal: caller.signal }));
    expect(result).toBeInstanceOf(UserAbortError);
    expect(ms).toBeLessThan(5_000);
  });

  it("times out a read whose body stalls after the headers", async () => {
    const { url } = await serve((_req, res) => {
      stall(res, '{"success":true,"data":{');
    });
    const ecgrid = new ECGrid({
      baseUrl: url,
      apiKey: "key-123456",
      logger: silentLogger,
      timeoutMs: 300,
      maxRetries: 0,
    });
    const { result, ms } = await settledUnderGc(() => ecgrid.users.me());
    expect(result).toBeInstanceOf(TimeoutError);
    expect(ms).toBeLessThan(5_000);
  });

  it("retries a read whose body was cut off and returns the whole answer", async () => {
    const { url } = await serve((_req, res, index) => {
      if (index === 0) {
        cutOff(res, '{"success":true,"da', { length: 400 });
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ success: true, data: me }));
    });
    const ecgrid = new ECGrid({
      baseUrl: url,
      apiKey: "key-123456",
      logger: silentLogger,
      retry: { baseDelayMs: 1 },
    });
    expect((await ecgrid.users.me()).login).toBe("acme");
    expect(server?.received).toHaveLength(2);
  });

  it("does not re-send an upload whose answer was cut off, and says so in a ConnectionError", async () => {
    const { url } = await serve((_req, res) => {
      cutOff(res, '{"success":true,"data":12', { length: 400 });
    });
    // The transport's verdict, reconcile off: a ConnectionError, the upload sent once.
    const ecgrid = new ECGrid({ baseUrl: url, apiKey: "key-123456", logger: silentLogger, reconcile: false });
    const error = await ecgrid.parcels
      .upload({ fileName: "po.edi", content: "ISA*00*~" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).maybeSent).toBe(true);
    expect((error as Error).message).toMatch(/the response body was cut off/);
    expect(server?.received).toHaveLength(1);
    // Reconcile on (the default), and this server cuts off the outbox listing too: the snapshot
    // fails, so the outcome cannot be settled — OutcomeUnknownError, the upload still sent once.
    const reconciling = new ECGrid({
      baseUrl: url,
      apiKey: "key-123456",
      logger: silentLogger,
      retry: { baseDelayMs: 1 },
    });
    const unknown = await reconciling.parcels
      .upload({ fileName: "po.edi", content: "ISA*00*~" })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(OutcomeUnknownError);
    expect((unknown as OutcomeUnknownError).checks).toBe(0);
    expect((unknown as OutcomeUnknownError).cause).toBeInstanceOf(ConnectionError);
    expect(server?.received.filter((r) => r.url === "/v2/parcels/upload")).toHaveLength(2);
  });

  it.each([
    ["with its rate limiter", {}],
    ["without a rate limiter", { throttle: false as const }],
  ])("rejects calls after close() with a ClientClosedError, sending nothing (%s)", async (_name, extra) => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ success: true, data: me }));
    });
    const ecgrid = new ECGrid({ baseUrl: url, apiKey: "key-123456", logger: silentLogger, ...extra });
    expect((await ecgrid.users.me()).login).toBe("acme");
    await ecgrid.close();
    const error = await ecgrid.users.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClientClosedError);
    expect(error).toBeInstanceOf(EdiClientError);
    expect((error as ClientClosedError).operation).toBe("usersGetMe");
    expect(server?.received).toHaveLength(1);
  });
});
