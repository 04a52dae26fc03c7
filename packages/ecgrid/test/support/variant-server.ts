// A loopback ECGrid for tolerant-reading tests: a real node:http server on 127.0.0.1 that answers
// scripted bodies in either documented success envelope, and a client bound to it (no throttle, no
// retries, silent logger). One server per test; it is closed after each test.
import type { ServerResponse } from "node:http";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { type ReceivedRequest, startServer, type TestServer } from "@edi-clients/test-helpers/server";
import { afterEach } from "vitest";
import { ECGrid } from "../../src/index.js";

/** The pages' envelope: `{success, data, errorCode, message}` (errorCode "" and message null). */
export const pagesEnvelope = (data: unknown, extra: Record<string, unknown> = {}) => ({
  success: true,
  data,
  errorCode: "",
  message: null,
  ...extra,
});

/** Seed 001's envelope: `{httpStatus, message, traceId, success, data}`. */
export const seedEnvelope = (data: unknown, extra: Record<string, unknown> = {}) => ({
  httpStatus: 200,
  message: "",
  traceId: "00-trace-01",
  success: true,
  data,
  ...extra,
});

/** Both documented success envelopes, for `describe.each`. */
export const ENVELOPES = [
  ["pages' envelope {success, data, errorCode, message}", pagesEnvelope],
  ["seed-001 envelope {httpStatus, message, traceId, success, data}", seedEnvelope],
] as const;

/** One scripted answer, or a function of the request (to route by path). */
export type Answer =
  | { status?: number; body: unknown }
  | ((request: ReceivedRequest) => { status?: number; body: unknown });

/**
 * Registers the per-test server lifecycle and returns `client(...answers)` (answers in order, the
 * last one repeating) and `received()` (the requests the server got, in order).
 */
export function variantServer(apiKey: string) {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return {
    async client(...answers: Answer[]): Promise<ECGrid> {
      server = await startServer((request: ReceivedRequest, res: ServerResponse, index: number) => {
        const step = answers[Math.min(index, answers.length - 1)] as Answer;
        const { status = 200, body } = typeof step === "function" ? step(request) : step;
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
      return new ECGrid({
        baseUrl: server.url,
        apiKey,
        logger: silentLogger,
        throttle: false,
        maxRetries: 0,
      });
    },
    received: (): ReceivedRequest[] => server?.received ?? [],
  };
}
