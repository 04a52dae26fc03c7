// `--watch` for the inbox commands: run a client's watch until SIGTERM/SIGINT, log each poll that
// did something to stderr, print the final counters as the command's result.
import type { Watch, WatchStats } from "@edi-clients/ecgrid";
import { InvalidArgumentError } from "commander";
import { type CliOutput, type Format, messageOf, printRows } from "./io.js";

/** `--interval <seconds>`: a number of seconds > 0 (fractions allowed), as milliseconds. */
export function seconds(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0)
      throw new InvalidArgumentError(`${name} must be a number of seconds > 0`);
    return Math.round(n * 1000);
  };
}

/**
 * Starts `start(signal, onPass)` and resolves with its final counters once the first SIGTERM or
 * SIGINT stopped it (a second one is left to Node: it ends the process at once). Handlers in flight
 * finish first and their items are confirmed.
 */
export async function watchUntilStopped(
  io: CliOutput,
  json: Format,
  what: string,
  start: (signal: AbortSignal, onPass: (stats: WatchStats) => void) => Watch,
): Promise<WatchStats> {
  const controller = new AbortController();
  let unsubscribe = () => {};
  unsubscribe =
    io.onStopSignal?.((signal) => {
      unsubscribe();
      io.stderr(`${signal}: stopping — finishing the ${what} in flight, claiming nothing new`);
      controller.abort(new Error(signal));
    }) ?? unsubscribe;
  // One stderr line per poll that changed something (or failed), none for the quiet ones.
  let last = "";
  let pollErrors = 0;
  const onPass = (stats: WatchStats) => {
    const line = `handled ${stats.handled}, failed ${stats.failed}, retried ${stats.retried}, pending ${stats.pending}`;
    const failedPoll = stats.pollErrors > pollErrors;
    pollErrors = stats.pollErrors;
    if (line === last && !failedPoll) return;
    last = line;
    const error = failedPoll ? ` — poll failed: ${messageOf(stats.lastError)}` : "";
    io.stderr(`poll ${stats.passes}: ${line}, lag ${Math.round(stats.lagMs / 1000)} s${error}`);
  };
  try {
    const stats = await start(controller.signal, onPass).done;
    printRows(io, [counters(stats)], json);
    return stats;
  } finally {
    unsubscribe();
  }
}

function counters(stats: WatchStats) {
  return {
    passes: stats.passes,
    handled: stats.handled,
    failed: stats.failed,
    retried: stats.retried,
    reconfirmed: stats.reconfirmed,
    skipped: stats.skipped,
    pending: stats.pending,
    lagMs: stats.lagMs,
    pollErrors: stats.pollErrors,
  };
}

/**
 * `--reconcile-window <seconds>`: how long an upload or send whose outcome is ambiguous (timeout,
 * cut connection, 5xx) is looked for on the server before it is reported unknown; 0 turns it off.
 */
export function reconcileWindow(value: string): false | { windowMs: number; intervalMs: number } {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 3600)
    throw new InvalidArgumentError("--reconcile-window must be a number of seconds from 0 to 3600");
  if (n === 0) return false;
  const windowMs = Math.max(1, Math.round(n * 1000));
  return { windowMs, intervalMs: Math.min(windowMs, 5000) };
}
