// @edi-clients/sandbox: a local, stateful ECGrid for rehearsing EDI flows end to end.
//
//   const sandbox = await startSandbox();
//   const ecgrid = new ECGrid({ apiKey: "sandbox-acme-key", baseUrl: sandbox.ecgridUrl });
//   ...
//   await sandbox.close();
import type { AddressInfo } from "node:net";
import { startAs2Server } from "./as2/server.js";
import { type DeliveryOptions, OutboxDelivery } from "./delivery.js";
import { createEcgridApp } from "./ecgrid.js";
import { type CallbackOptions, CallbackService } from "./ecgrid-callbacks.js";
import { checkFaults, type FaultOptions, type FaultStatus, Faults } from "./faults.js";
import { listen } from "./listen.js";
import type { As2RateLimitOptions, RateLimitOptions } from "./rate-limit.js";
import { checkSeed, DEFAULT_SEED, type Seed } from "./seed.js";
import { ecgridValidators } from "./spec.js";
import { SandboxState } from "./state.js";
import { type VariantOptions, Variants } from "./variants.js";

export { AS2_SERVED_OPERATIONS } from "./as2/app.js";
export type { DeliveryOptions } from "./delivery.js";
export {
  checkFaults,
  type DropPoint,
  type FaultKind,
  type FaultOptions,
  FaultOptionsError,
  type FaultStatus,
  type RouteFault,
} from "./faults.js";
export type { As2RateLimitOptions, RateLimitOptions } from "./rate-limit.js";
export {
  checkSeed,
  DEFAULT_AS2_SEED,
  DEFAULT_SEED,
  type Seed,
  type SeedAs2,
  type SeedAs2Partner,
  type SeedAs2Station,
  type SeedEcgridId,
  type SeedMailbox,
  type SeedNetwork,
  type SeedPartner,
  type SeedUser,
} from "./seed.js";
export {
  checkVariants,
  VARIANT_CHOICES,
  type VariantName,
  type VariantOptions,
  VariantOptionsError,
} from "./variants.js";
export { type IsaEnvelope, type IsaParty, readIsa } from "./x12.js";

export interface SandboxOptions {
  /** Port on 127.0.0.1; default 0 (a free port). */
  port?: number;
  /** The fixture to start from (networks, mailboxes, ECGrid IDs, partners, users). Default DEFAULT_SEED. */
  seed?: Seed;
  /** The sandbox's clock in milliseconds since the epoch (parcel dates, token expiry). Default Date.now. */
  clock?: () => number;
  /** Keep the state in `dataDir/ecgrid.json` and `dataDir/as2.json`: a restart with the same directory
   * keeps it (parcels, callbacks, AS2 messages and read flags; not sessions or tokens). */
  dataDir?: string;
  /** Lifetime of login tokens in milliseconds. Default one hour. */
  tokenTtlMs?: number;
  /** Enforce the documented rate limits of both halves (429 + Retry-After): `true`, or ECGrid's numbers
   * (default 180/min per credential and 40/min unauthenticated, with X-RateLimit-*); the AS2 half then
   * allows 50 requests / 10 s unless `as2.rateLimit` says otherwise. Off by default. */
  rateLimit?: boolean | RateLimitOptions;
  /** AS2 Gateway half: port on 127.0.0.1 (default 0, a free port), token lifetime (default 24 h),
   * sandbox-clock delay from an accepted send to its first attempt (default 1 s) and between
   * attempts to a partner that is down (default 60 s); its rate limit (`true`: 50 requests / 10 s,
   * other numbers, or `false`; default: on when `rateLimit` is). */
  as2?: {
    port?: number;
    tokenTtlMs?: number;
    sendDelayMs?: number;
    retryIntervalMs?: number;
    rateLimit?: boolean | As2RateLimitOptions;
  };
  /** Callback deliveries: retry delay (default 1000 ms, doubling) and per-attempt timeout (5000 ms). */
  callbacks?: CallbackOptions;
  /** Outbox progression: sandbox-clock delay from an upload (`outboxPending`) to its delivery
   * (`outboxSent`, the receiver's `InBoxReady` parcel); default 0 (delivered at once). */
  outbox?: DeliveryOptions;
  /** Fault knobs of each half (latency, 503 bursts, dropped connections, failure rates; README "Fault and
   * variant knobs"); changeable later with `setFaults` or `POST /_sandbox/faults`. Default none. */
  faults?: SandboxFaults;
  /** Response-variant knobs of the ECGrid half (envelope style, upload-result shape, …); changeable later
   * with `setVariants` or `POST /_sandbox/variants`. Default: the getting-started envelope, bare IDs. */
  variants?: VariantOptions;
}

/** Fault settings per half; a half left out has none (at start) or keeps its settings (`setFaults`). */
export interface SandboxFaults {
  ecgrid?: FaultOptions;
  as2?: FaultOptions;
}

export interface Sandbox {
  /** Base URL for the ECGrid client (`baseUrl`) and the CLI (`ECGRID_BASE_URL`). */
  ecgridUrl: string;
  /** Base URL for the AS2 Gateway client (`baseUrl`); its paths start with `/v1`. */
  as2Url: string;
  /** Replaces the fault settings of the halves given (restarting their seeded PRNG and counters). */
  setFaults(faults: SandboxFaults): void;
  /** Each half's fault settings, what is left of its burst and drops, and the faults it injected. */
  faults(): { ecgrid: FaultStatus; as2: FaultStatus };
  /** Replaces the ECGrid half's response variants (knobs left out answer their default). */
  setVariants(variants: VariantOptions): void;
  /** Every variant knob of the ECGrid half with its current value. */
  variants(): Required<VariantOptions>;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Starts the sandbox on 127.0.0.1 and resolves once it listens. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = checkSeed(options.seed ?? DEFAULT_SEED);
  const state = SandboxState.open(seed, options.dataDir);
  const now = options.clock ?? Date.now;
  const iso = () => new Date(now()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const callbacks = new CallbackService(state, iso, options.callbacks);
  const delivery = new OutboxDelivery(state, callbacks, now, iso, options.outbox);
  const faults = { ecgrid: new Faults(options.faults?.ecgrid), as2: new Faults(options.faults?.as2) };
  const variants = new Variants(options.variants);
  const app = createEcgridApp({
    faults: faults.ecgrid,
    variants,
    callbacks,
    delivery,
    state,
    validators: ecgridValidators(),
    now,
    ...(options.tokenTtlMs === undefined ? {} : { tokenTtlMs: options.tokenTtlMs }),
    ...(options.rateLimit ? { rateLimit: options.rateLimit === true ? {} : options.rateLimit } : {}),
  });
  const server = await listen(app.fetch, options.port ?? 0);
  const { port } = server.address() as AddressInfo;
  const as2Limit = options.as2?.rateLimit ?? (options.rateLimit ? true : undefined);
  const as2Options = {
    ...options.as2,
    faults: faults.as2,
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    rateLimit: as2Limit ? (as2Limit === true ? {} : as2Limit) : undefined,
  };
  const as2 = await startAs2Server(seed.as2, now, as2Options).catch(async (error: unknown) => {
    await new Promise((resolve) => server.close(resolve));
    throw error;
  });
  // Due outbox parcels are also delivered between requests, so their callbacks fire on time.
  const tick = setInterval(() => delivery.advance(), 250);
  tick.unref();
  let closing: Promise<void> | undefined;
  return {
    ecgridUrl: `http://127.0.0.1:${port}`,
    as2Url: as2.url,
    setFaults(settings) {
      // Both checked before either changes.
      const checked = {
        ecgrid: settings.ecgrid && checkFaults(settings.ecgrid),
        as2: settings.as2 && checkFaults(settings.as2),
      };
      if (checked.ecgrid) faults.ecgrid.set(checked.ecgrid);
      if (checked.as2) faults.as2.set(checked.as2);
    },
    faults: () => ({ ecgrid: faults.ecgrid.status(), as2: faults.as2.status() }),
    setVariants(settings) {
      variants.set(settings);
    },
    variants: () => variants.settings(),
    close() {
      clearInterval(tick);
      closing ??= callbacks.close().then(
        () =>
          new Promise<void>((resolve, reject) => {
            server.close((error) => (error ? reject(error) : resolve()));
            (server as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      );
      return Promise.all([closing, as2.close()]).then(() => {});
    },
  };
}
export { SERVED_OPERATIONS } from "./ecgrid.js";
