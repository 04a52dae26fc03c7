// Reconciling an ambiguous outcome (issue 14 item 1). An upload or a send that fails after its body
// may have reached the server (a timeout after sending, a connection cut mid-response, a 5xx) leaves
// the caller not knowing whether the document exists; ECGrid and AS2 Gateway take no idempotency
// key. So the client looks: before sending it notes the IDs of the documents that would match
// (the snapshot: an identical document that was already there is never taken for ours), and after
// an ambiguous failure it polls the server's lists within a bounded window for a new one. One new
// match: the call resolves with its ID, marked reconciled. None: OutcomeUnknownError (or, opted in,
// one resend). More than one: OutcomeUnknownError naming them. The API-specific looks (which list,
// which match) are the clients'; this module is the loop and the rules around it.
import {
  ApiError,
  ClientClosedError,
  ConnectionError,
  type EdiClientError,
  OutcomeUnknownError,
  ResponseParseError,
  UserAbortError,
  ValidationError,
} from "./errors.js";
import type { Logger } from "./logger.js";
import { sleep } from "./sleep.js";
import { describeValue } from "./validate.js";

export interface ReconcileOptions {
  /** How long to keep looking after the failure. Default 60 s; 1 ms to 1 hour. */
  windowMs?: number;
  /** Wait between two looks. Default 5 s; 1 ms to 10 minutes, at most `windowMs`. */
  intervalMs?: number;
  /**
   * How far the server's clock may run behind ours: the lists are asked for documents created
   * since the call began minus this. Default 5 minutes; 0 to 1 day. Only recall depends on it
   * (a document older than that is not found); what was there before is excluded by the snapshot.
   */
  clockSkewMs?: number;
}

/** `false`: no snapshot, no looking — an ambiguous failure rejects with the transport's error. */
export type ReconcileSetting = false | ReconcileOptions;

/**
 * What happens when the window ends without a match: `"reject"` (default) throws
 * OutcomeUnknownError; `"resend"` sends once more (at most once per call), accepting that a
 * document that was there but not yet listed would then exist twice.
 */
export type UnknownOutcomePolicy = "reject" | "resend";

/** The options a client and each reconciled call take. */
export interface ReconcileCallOptions {
  /** Look for the document after an ambiguous failure. Default on: `{ windowMs: 60000, intervalMs: 5000 }`. */
  reconcile?: ReconcileSetting;
  /** When the look finds nothing. Default "reject". */
  onUnknownOutcome?: UnknownOutcomePolicy;
}

export type ResolvedReconcile = Required<ReconcileOptions>;

export const DEFAULT_RECONCILE: Readonly<ResolvedReconcile> = Object.freeze({
  windowMs: 60_000,
  intervalMs: 5_000,
  clockSkewMs: 300_000,
});

/** The documented limits of each reconcile setting (inclusive). */
export const RECONCILE_LIMITS: Readonly<Record<keyof ReconcileOptions, readonly [number, number]>> = {
  windowMs: [1, 3_600_000],
  intervalMs: [1, 600_000],
  clockSkewMs: [0, 86_400_000],
};

export interface ReconcileSettings {
  reconcile: ResolvedReconcile | false;
  onUnknownOutcome: UnknownOutcomePolicy;
}

/** How a call that failed ambiguously was settled (typed result metadata). */
export interface Reconciled {
  /** The error the request failed with. */
  after: EdiClientError;
  /** Looks at the server's lists until the document was found. */
  checks: number;
  /** From the failure to the look that found it. */
  elapsedMs: number;
  /** True when the document found is the one a resend (`onUnknownOutcome: "resend"`) created. */
  resent?: boolean;
}

/**
 * The settings of one call: the client's, then the call's on top (a call's `reconcile` object
 * fills in from the client's, or the defaults when the client had it off). Bad values fail fast,
 * before the network, with a ValidationError naming the limit.
 */
export function resolveReconcile(
  where: string,
  ...layers: (ReconcileCallOptions | ReconcileSettings | undefined)[]
): ReconcileSettings {
  let reconcile: ResolvedReconcile | false = { ...DEFAULT_RECONCILE };
  let onUnknownOutcome: UnknownOutcomePolicy = "reject";
  for (const layer of layers) {
    if (layer === undefined) continue;
    const given = layer.reconcile;
    if (given === false) reconcile = false;
    else if (given !== undefined) reconcile = checkReconcileObject(where, given, reconcile);
    if (layer.onUnknownOutcome !== undefined) {
      if (layer.onUnknownOutcome !== "reject" && layer.onUnknownOutcome !== "resend") {
        fail(
          where,
          `onUnknownOutcome must be "reject" or "resend", got ${describeValue(layer.onUnknownOutcome)}`,
        );
      }
      onUnknownOutcome = layer.onUnknownOutcome;
    }
  }
  return { reconcile, onUnknownOutcome };
}

function checkReconcileObject(
  where: string,
  given: unknown,
  base: ResolvedReconcile | false,
): ResolvedReconcile {
  if (typeof given !== "object" || given === null || Array.isArray(given)) {
    fail(where, `reconcile must be false or an object { windowMs, intervalMs }, got ${describeValue(given)}`);
  }
  const merged: ResolvedReconcile = { ...(base || DEFAULT_RECONCILE) };
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    if (value === undefined) continue;
    const limits = RECONCILE_LIMITS[key as keyof ReconcileOptions];
    if (!limits) fail(where, `reconcile.${key} is not a setting (windowMs, intervalMs, clockSkewMs)`);
    const [min, max] = limits;
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      fail(
        where,
        `reconcile.${key} must be a number of milliseconds from ${min} to ${max}, got ${describeValue(value)}`,
      );
    }
    merged[key as keyof ReconcileOptions] = value;
  }
  if (merged.intervalMs > merged.windowMs) {
    fail(
      where,
      `reconcile.intervalMs (${merged.intervalMs}) must not exceed reconcile.windowMs (${merged.windowMs})`,
    );
  }
  return merged;
}

function fail(where: string, message: string): never {
  throw new ValidationError(`${where}: ${message}`, { operation: where });
}

/**
 * Whether a failed upload or send may have reached the server: a timeout or a connection failure
 * not provably before sending (`maybeSent`), a 5xx, or a success status whose body could not be
 * read. Not: a 4xx, a refused connection, a failure before sending, the caller's abort, a closed
 * client, anything that is not one of our errors.
 */
export function isAmbiguousOutcome(error: unknown): error is EdiClientError {
  if (error instanceof UserAbortError || error instanceof ClientClosedError) return false;
  if (error instanceof ConnectionError) return (error as { maybeSent?: boolean }).maybeSent !== false;
  if (error instanceof ResponseParseError) return error.status >= 500 || error.status < 300;
  if (error instanceof ApiError) return error.status >= 500;
  return false;
}

export interface PollOptions {
  windowMs: number;
  intervalMs: number;
  signal?: AbortSignal | undefined;
}

export interface PollResult<T> {
  found: T | undefined;
  checks: number;
  elapsedMs: number;
  /** The last error a look threw (a look that fails counts as finding nothing). */
  lookupError?: unknown;
}

/**
 * Looks (`look(n)`, n from 1) at once, then every `intervalMs`, until it returns something or
 * `windowMs` has passed since the start (the last look is made at the window's end). A look that
 * throws counts as finding nothing; the caller's abort or a closed client end the loop (rethrown).
 */
export async function pollUntilFound<T>(
  look: (check: number) => Promise<T | undefined>,
  options: PollOptions,
): Promise<PollResult<T>> {
  const started = Date.now();
  let lookupError: unknown;
  for (let check = 1; ; check++) {
    let found: T | undefined;
    try {
      found = await look(check);
    } catch (error) {
      if (options.signal?.aborted || error instanceof UserAbortError || error instanceof ClientClosedError) {
        throw error;
      }
      lookupError = error;
    }
    const elapsedMs = Date.now() - started;
    if (found !== undefined) return { found, checks: check, elapsedMs };
    const left = options.windowMs - elapsedMs;
    if (left <= 0) return { found: undefined, checks: check, elapsedMs, lookupError };
    await sleep(Math.min(options.intervalMs, left), options.signal);
  }
}

/** One document kind on one server: how to list what matches, and what a match resolves to. */
export interface ReconcileTarget<T> {
  /** The operation (for errors and logs), e.g. "parcelsUploadParcel". */
  operation: string;
  /** What is looked for, in words (file names, sizes, list): goes into logs and errors. */
  describe: string;
  /** The IDs of the documents matching now. Called once before sending (the snapshot) and per look. */
  list(signal: AbortSignal | undefined): Promise<string[]>;
  /** Makes the request (the upload, the send). */
  send(): Promise<T>;
  /** The result for a document found on the server. */
  found(id: string, reconciled: Reconciled): T;
}

/**
 * Sends, reconciling an ambiguous failure as the settings say: the snapshot (one `list`) before
 * sending, then on an ambiguous failure the looks (`list` minus the snapshot) within the window.
 * A snapshot that fails does not stop the send; an ambiguous failure then cannot be reconciled
 * (OutcomeUnknownError with 0 checks, never a resend).
 */
export async function sendReconciled<T>(
  target: ReconcileTarget<T>,
  settings: ReconcileSettings,
  context: { logger: Logger; signal?: AbortSignal | undefined },
): Promise<T> {
  const { reconcile } = settings;
  if (reconcile === false) return target.send();
  const { logger, signal } = context;
  const { operation } = target;
  let before: Set<string> | undefined;
  let snapshotError: unknown;
  try {
    before = new Set(await target.list(signal));
  } catch (error) {
    if (signal?.aborted || error instanceof UserAbortError || error instanceof ClientClosedError) throw error;
    snapshotError = error;
    logger.warn(
      `${operation}: could not list ${target.describe} before sending; an ambiguous failure cannot be reconciled`,
      {
        operation,
        error: errorName(error),
      },
    );
  }
  for (let resent = false; ; resent = true) {
    let failure: unknown;
    try {
      return await target.send();
    } catch (error) {
      if (!isAmbiguousOutcome(error)) throw error;
      failure = error;
    }
    const after = failure as EdiClientError;
    if (!before) {
      throw unknown(target, after, reconcile, { checks: 0, elapsedMs: 0, lookupError: snapshotError });
    }
    const snapshot = before;
    logger.warn(
      `${operation}: the request may have reached the server (${after.name}); looking for ${target.describe}`,
      {
        operation,
        windowMs: reconcile.windowMs,
        intervalMs: reconcile.intervalMs,
      },
    );
    let candidates: string[] = [];
    let poll: PollResult<string>;
    try {
      poll = await pollUntilFound(
        async () => {
          const fresh = (await target.list(signal)).filter((id) => !snapshot.has(id));
          candidates = [...new Set(fresh)];
          // One new match is ours; several are ambiguous: stop looking (a resend would add one more).
          return candidates.length === 0 ? undefined : (candidates[0] as string);
        },
        { windowMs: reconcile.windowMs, intervalMs: reconcile.intervalMs, signal },
      );
    } catch (error) {
      if (signal?.aborted) {
        throw new UserAbortError(
          `${operation}: aborted by the caller while looking for ${target.describe}; the outcome is unknown`,
          {
            operation,
            cause: after,
          },
        );
      }
      throw error;
    }
    if (candidates.length > 1) {
      throw unknown(target, after, reconcile, { ...poll, candidates });
    }
    if (poll.found !== undefined) {
      const reconciled: Reconciled = {
        after,
        checks: poll.checks,
        elapsedMs: poll.elapsedMs,
        ...(resent ? { resent: true } : {}),
      };
      logger.warn(
        `${operation}: reconciled — ${target.describe} found as ${poll.found} after ${poll.checks} check(s) in ${poll.elapsedMs} ms (the request had failed with ${after.name})`,
        { operation, id: poll.found, checks: poll.checks, elapsedMs: poll.elapsedMs, after: after.name },
      );
      return target.found(poll.found, reconciled);
    }
    if (settings.onUnknownOutcome !== "resend" || resent) throw unknown(target, after, reconcile, poll);
    logger.warn(
      `${operation}: ${target.describe} not found within ${reconcile.windowMs} ms; sending it again (onUnknownOutcome: "resend")`,
      {
        operation,
        checks: poll.checks,
      },
    );
  }
}

function unknown(
  target: ReconcileTarget<unknown>,
  after: EdiClientError,
  reconcile: ResolvedReconcile,
  seen: { checks: number; elapsedMs: number; candidates?: string[]; lookupError?: unknown },
): OutcomeUnknownError {
  const { operation } = target;
  const what =
    seen.candidates && seen.candidates.length > 1
      ? `${seen.candidates.length} new documents match (${seen.candidates.join(", ")}): which one is this call's is unknown`
      : seen.checks === 0
        ? "the server's list could not be read before sending, so nothing could be looked for"
        : `looked for ${target.describe} ${seen.checks} time(s) over ${seen.elapsedMs} ms (window ${reconcile.windowMs} ms) and found none`;
  const looks = seen.lookupError === undefined ? "" : `; a look failed with ${errorName(seen.lookupError)}`;
  return new OutcomeUnknownError(
    `${operation}: the outcome is unknown — the request failed after it may have reached the server (${after.name}: ${after.message}); ${what}${looks}. Check the server before sending it again.`,
    {
      operation,
      cause: after,
      checked: target.describe,
      checks: seen.checks,
      elapsedMs: seen.elapsedMs,
      windowMs: reconcile.windowMs,
      candidates: seen.candidates,
      lookupError: seen.lookupError,
    },
  );
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
