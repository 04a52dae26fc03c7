// Test doubles: a fake fetch answered by a handler, a client on it, zip archives built with
// fflate, and AS2 message fixtures. The recording node:http server on 127.0.0.1, JSON answers and
// the silent logger come from @edi-clients/test-helpers (shared by every suite).
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { type Zippable, zipSync } from "fflate";
import { type AS2Message, As2Gateway, type As2GatewayOptions } from "../src/index.js";

export { json } from "@edi-clients/test-helpers/fetch";
export { silentLogger } from "@edi-clients/test-helpers/leaks";
export {
  type ReceivedRequest as ServerRequest,
  sendJson,
  startServer,
  type TestServer,
} from "@edi-clients/test-helpers/server";

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array;
  text: string;
  signal: AbortSignal;
}

export type Handler = (request: RecordedRequest, index: number) => Response | Promise<Response>;

export interface FakeFetch {
  fetch: (request: Request, init?: { signal?: AbortSignal }) => Promise<Response>;
  /** Every request, recorded as soon as it is sent (its body is filled in once read). */
  calls: RecordedRequest[];
  /**
   * Resolves once every body read so far is done. Reading a Blob body is real I/O on Node 24, which
   * fake timers do not advance: tests that step fake time between requests await this first.
   */
  settled(): Promise<void>;
}

/** A fetch answered by `handler`; records every request with its body read. */
export function fakeFetch(handler: Handler): FakeFetch {
  const calls: RecordedRequest[] = [];
  const reads: Promise<unknown>[] = [];
  return {
    calls,
    async fetch(request, init) {
      const recorded: RecordedRequest = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: new Uint8Array(0),
        text: "",
        signal: init?.signal ?? request.signal,
      };
      calls.push(recorded);
      const index = calls.length - 1;
      const read = request.body ? request.arrayBuffer() : Promise.resolve(new ArrayBuffer(0));
      reads.push(read.catch(() => undefined));
      recorded.body = new Uint8Array(await read);
      recorded.text = new TextDecoder().decode(recorded.body);
      return handler(recorded, index);
    },
    async settled() {
      await Promise.all(reads);
      // Let the client act on the answers before the test moves the clock.
      for (let i = 0; i < 20; i++) await Promise.resolve();
    },
  };
}

/** An answer that never comes: rejects when the request is aborted (timeout or caller). */
export function hang(request: RecordedRequest): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
}

export function binary(
  bytes: Uint8Array | string,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  const body = typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes;
  return new Response(body as BodyInit, {
    status,
    headers: { "content-type": "application/octet-stream", ...headers },
  });
}

/** A client on a fake fetch with the throttle off and a silent logger. */
export function fakeClient(handler: Handler, options: As2GatewayOptions = {}) {
  const fake = fakeFetch(handler);
  const client = new As2Gateway({
    baseUrl: "https://as2.test",
    token: "tok-static",
    throttle: false,
    logger: silentLogger,
    fetch: fake.fetch,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    // The fakes answer every request alike, so reconciling a send (a listing before it, looks
    // after an ambiguous failure) is off here; test/reconcile*.test.ts prove it against a server.
    reconcile: false,
    ...options,
  });
  return { client, calls: fake.calls, settled: fake.settled };
}

/** A zip archive: `{ "<id>/file.edi": "content", … }` (strings are UTF-8). */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const input: Zippable = {};
  for (const [path, content] of Object.entries(files)) {
    input[path] = typeof content === "string" ? new TextEncoder().encode(content) : content;
  }
  return zipSync(input);
}

let serial = 0;

/** An AS2 message record as the API returns it. */
export function message(overrides: Partial<AS2Message> = {}): AS2Message {
  serial++;
  return {
    as2MessageId: `<msg-${serial}.${Date.now()}@partner.example>`,
    persistedTimestamp: 1718099112457,
    compressed: false,
    encrypted: true,
    signed: true,
    receiverId: "GLOBEX_AS2",
    senderId: "ACME_EDI_PROD",
    mdnStatus: "Received",
    partnerType: "Production",
    attachments: [{ name: "po.edi", size: 10 }],
    ...overrides,
  };
}

export function page(records: AS2Message[], totalRecords = records.length) {
  return { totalRecords, records };
}

/** Waits until `predicate` holds (polling microtasks/short real delays). */
export async function until(predicate: () => boolean, timeoutMs = 2_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error("until: condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A zip archive from ordered entries; unlike `zip`, the same path may appear twice. */
export async function zipOrdered(entries: [string, string | Uint8Array][]): Promise<Uint8Array> {
  const { Zip, ZipDeflate } = await import("fflate");
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const archive = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      chunks.push(chunk);
      if (final) {
        const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      }
    });
    for (const [path, content] of entries) {
      const file = new ZipDeflate(path);
      archive.add(file);
      file.push(typeof content === "string" ? new TextEncoder().encode(content) : content, true);
    }
    archive.end();
  });
}
