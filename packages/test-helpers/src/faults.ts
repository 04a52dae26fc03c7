// Fault servers on 127.0.0.1 for the proofs that go through a real socket: a test file's loopback
// scope (its server, its clients and the answers it holds back, all closed after each test), the
// faults a reconcile proof aims at one request (answered, reset, hung past the client's timeout,
// 500, 400), and an outage server that is down until the test brings it up (retry budgets).
import type { ServerResponse } from "node:http";
import { afterEach } from "vitest";
import { type ReceivedRequest, sendJson, startServer, type TestServer } from "./server.ts";

type Handler = (request: ReceivedRequest, res: ServerResponse, index: number) => unknown;

export interface LoopbackScope {
  /** The server of the running test, if it started one. */
  readonly server: TestServer | undefined;
  /** Starts the test's recording server (see `startServer`). */
  start(handle: Handler): Promise<TestServer>;
  /** Starts one more recording server for the test (closed after it, with the others). */
  serve(handle: Handler): Promise<TestServer>;
  /** Closes `client` after the test (before the server). */
  track<T extends { close(): Promise<void> }>(client: T): T;
  /** Leaves `res` unanswered until the test ends (a server that hangs). */
  hold(res: ServerResponse): void;
}

/** The loopback server, clients and held answers of a test file; closed after each test. */
export function loopbackScope(): LoopbackScope {
  let server: TestServer | undefined;
  const servers: TestServer[] = [];
  const clients: { close(): Promise<void> }[] = [];
  const held: ServerResponse[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) await client.close();
    for (const res of held.splice(0)) res.destroy();
    await Promise.all([server, ...servers.splice(0)].map((s) => s?.close()));
    server = undefined;
  });
  return {
    get server() {
      return server;
    },
    async start(handle) {
      server = await startServer(handle);
      return server;
    },
    async serve(handle) {
      const started = await startServer(handle);
      servers.push(started);
      return started;
    },
    track(client) {
      clients.push(client);
      return client;
    },
    hold(res) {
      held.push(res);
    },
  };
}

/** How a fault server answers the request a fault is aimed at. */
export type FaultAnswer = "ok" | "reset" | "hang" | "500" | "400";

/** What the server does with the next write: store it or not, then how it answers. */
export interface Fault {
  answer: FaultAnswer;
  /** Store the write before answering (default true; a 400 never stores). */
  store?: boolean;
  /** The stored copy shows in the server's listings only this long after it was stored. */
  visibleAfterMs?: number;
}

/** A JSON answer: status (default per fault: ok 200, "400" 400, "500" 500), body, headers. */
export interface JsonAnswer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Whether a write under `fault` is stored by the server. */
export function stores(fault: Fault): boolean {
  return fault.answer !== "400" && fault.store !== false;
}

/**
 * Answers `res` as `answer` says: "reset" destroys the connection, "hang" holds the answer back
 * until the test ends (past the client's timeout), the others send the JSON answer given for them.
 */
export function answerFault(
  scope: Pick<LoopbackScope, "hold">,
  res: ServerResponse,
  answer: FaultAnswer,
  answers: Record<"ok" | "400" | "500", JsonAnswer>,
): void {
  if (answer === "reset") res.socket?.destroy();
  else if (answer === "hang") scope.hold(res);
  else {
    const given = answers[answer];
    sendJson(res, given.body, given.status ?? (answer === "ok" ? 200 : Number(answer)), given.headers);
  }
}

export interface OutageServer {
  /** While true (at the start of every test) the server answers `down`, else `up`. */
  down: boolean;
  /** Starts the test's server. */
  start(): Promise<TestServer>;
}

/** A server that answers `down` to every request until the test sets `down = false`; closed after each test. */
export function outageServer(answers: { down: JsonAnswer; up: JsonAnswer }): OutageServer {
  let server: TestServer | undefined;
  const outage: OutageServer = {
    down: true,
    async start() {
      server = await startServer((_req, res) => {
        const given = outage.down ? answers.down : answers.up;
        sendJson(res, given.body, given.status ?? (outage.down ? 503 : 200), given.headers);
      });
      return server;
    },
  };
  afterEach(async () => {
    await server?.close();
    server = undefined;
    outage.down = true;
  });
  return outage;
}

/** `n` concurrent calls of `call`, settled. */
export function callers(n: number, call: () => Promise<unknown>): Promise<PromiseSettledResult<unknown>[]> {
  return Promise.allSettled(Array.from({ length: n }, call));
}

/** A body cut off in the middle: promises `length` bytes, sends `part` and drops the connection 20 ms later. */
export function cutOff(
  res: ServerResponse,
  part: string,
  { length, contentType = "application/json" }: { length: number; contentType?: string },
): void {
  res.writeHead(200, { "content-type": contentType, "content-length": String(length) });
  res.write(part);
  setTimeout(() => res.socket?.destroy(), 20);
}

/** A body that stalls: the headers and `part` at once, then nothing (the test's end closes it). */
export function stall(res: ServerResponse, part: string, contentType = "application/json"): void {
  res.writeHead(200, { "content-type": contentType });
  res.write(part);
}
