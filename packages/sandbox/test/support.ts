// Test helpers: ECGrid clients pointed at a sandbox with response validation on ("throw"), so every
// body the sandbox answers in these tests is checked against specs/ecgrid/openapi.yaml, and X12 files.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ECGrid, type ECGridOptions, type FetchLike } from "@edi-clients/ecgrid";
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { x12Interchange } from "@edi-clients/test-helpers/x12";
import { afterEach } from "vitest";
import { type Sandbox, type SandboxOptions, startSandbox } from "../src/index.ts";

export const ACME_KEY = "sandbox-acme-key";
export const GLOBEX_KEY = "sandbox-globex-key";

/** One answer the sandbox sent to a test client: what the response-validation test checks. */
export interface Exchange {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

/** Every answer of every client made by client() in this test file. */
export const exchanges: Exchange[] = [];

const recordingFetch: FetchLike = async (request, init) => {
  const response = await globalThis.fetch(request, init);
  const text = await response.clone().text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: recorded as text
  }
  exchanges.push({
    method: request.method,
    path: new URL(request.url).pathname,
    status: response.status,
    body,
  });
  return response;
};

const open: { close(): Promise<void> }[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "edi-sandbox-"));
  dirs.push(dir);
  return dir;
}

/** A sandbox closed after the test. */
export async function sandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const started = await startSandbox(options);
  open.push(started);
  return started;
}

/** An ECGrid client for the sandbox, validating every response against the spec (throws on drift). */
export function client(at: Pick<Sandbox, "ecgridUrl">, auth: string | Partial<ECGridOptions>): ECGrid {
  const ecgrid = new ECGrid({
    baseUrl: at.ecgridUrl,
    fetch: recordingFetch,
    ...(typeof auth === "string" ? { apiKey: auth } : auth),
    validateResponses: "throw",
    responseValidator: validateResponse,
    throttle: false,
    maxRetries: 0,
  });
  open.push(ecgrid);
  return ecgrid;
}

/** A small X12 850 interchange from `from` to `to` ([qualifier, id]) with the given separators. */
export function x12(
  from: [string, string] = ["ZZ", "ACME"],
  to: [string, string] = ["ZZ", "GLOBEX"],
  { element = "*", segment = "~", control = "000000001" } = {},
): string {
  return x12Interchange({ from, to, control, element, segment });
}

/** The one item of a list (fails the test otherwise). */
export function only<T>(items: readonly T[]): T {
  if (items.length !== 1) throw new Error(`expected exactly one item, got ${items.length}`);
  return items[0] as T;
}
