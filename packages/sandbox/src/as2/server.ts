// Starts the AS2 Gateway half of the sandbox on its own port (its paths, `/v1/...`, would clash
// with nothing of ECGrid's `/v2/...`, but the AS2 client wants a base URL of its own).
import type { AddressInfo } from "node:net";
import type { Faults } from "../faults.js";
import { listen } from "../listen.js";
import type { As2RateLimitOptions } from "../rate-limit.js";
import { DEFAULT_AS2_SEED, type SeedAs2 } from "../seed.js";
import { as2Validators } from "../spec.js";
import { createAs2App } from "./app.js";
import { As2Store } from "./store.js";

export interface As2ServerOptions {
  port?: number;
  tokenTtlMs?: number;
  sendDelayMs?: number;
  retryIntervalMs?: number;
  /** Keep the messages in `dataDir/as2.json` (a restart with the same directory keeps them). */
  dataDir?: string;
  /** Enforce the documented rate limit (50 requests / 10 s); off when absent. */
  rateLimit?: As2RateLimitOptions;
  /** The fault knobs of this half (src/faults.ts). */
  faults?: Faults;
}

export async function startAs2Server(
  account: SeedAs2 | undefined,
  now: () => number,
  options: As2ServerOptions,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = createAs2App({
    account: account ?? DEFAULT_AS2_SEED,
    validators: as2Validators(),
    now,
    ...(options.tokenTtlMs === undefined ? {} : { tokenTtlMs: options.tokenTtlMs }),
    ...(options.sendDelayMs === undefined ? {} : { sendDelayMs: options.sendDelayMs }),
    ...(options.retryIntervalMs === undefined ? {} : { retryIntervalMs: options.retryIntervalMs }),
    store: As2Store.open(options.dataDir),
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.faults === undefined ? {} : { faults: options.faults }),
  });
  const server = await listen(app.fetch, options.port ?? 0);
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      return closing;
    },
  };
}
