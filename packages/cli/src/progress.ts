// Progress of long work on stderr when it is a terminal (cli-progress: one redrawn line, cursor
// hidden, cleared at the end); nothing at all in a pipe or a log file. And the stop signals of a
// run that is not a `--watch`: the first SIGINT/SIGTERM stops claiming new work, the summary of
// what was done is printed and the command exits 130.

import type { FetchLike } from "@edi-clients/ecgrid";
import { UserAbortError } from "@edi-clients/ecgrid";
import cliProgress from "cli-progress";
import type { CliOutput } from "./io.js";

export interface Progress {
  /** One item done (ok or failed), with its size in bytes when known. */
  item(ok: boolean, bytes?: number): void;
  /** More items are known (a page arrived). */
  total(n: number): void;
  stop(): void;
}

const NONE: Progress = { item() {}, total() {}, stop() {} };

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Colour only on a terminal, and never with NO_COLOR (https://no-color.org) or TERM=dumb. */
export function colours(io: CliOutput): boolean {
  return io.progressStream !== undefined && !io.env.NO_COLOR && io.env.TERM !== "dumb";
}

/** One redrawn line on the terminal `stream`, cleared at the end. */
function line(io: CliOutput, stream: NodeJS.WritableStream, format: string): cliProgress.SingleBar {
  return new cliProgress.SingleBar(
    {
      stream,
      format,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
      noTTYOutput: false,
      barsize: 24,
      barCompleteChar: colours(io) ? "\u2588" : "#",
      barIncompleteChar: colours(io) ? "\u2591" : "-",
    },
    cliProgress.Presets.shades_classic,
  );
}

/**
 * A progress line `what  n/total  failed f  bytes` (without a total: `n`), drawn only when stderr
 * is a terminal; `total` undefined when the number of items is not known up front.
 */
export function progress(io: CliOutput, what: string, total?: number): Progress {
  const stream = io.progressStream;
  if (!stream) return NONE;
  const counted = total !== undefined;
  const bar = line(
    io,
    stream,
    counted
      ? `${what} {bar} {value}/{total} · {failed} failed · {size}`
      : `${what} {value} · {failed} failed · {size}`,
  );
  let failed = 0;
  let bytes = 0;
  let done = 0;
  let known = total ?? 0;
  bar.start(known, 0, { failed, size: size(bytes) });
  return {
    item(ok, n = 0) {
      if (!ok) failed++;
      bytes += n;
      done++;
      // More arrived than the count asked up front: the total grows, never `61/60`.
      if (counted && done > known) {
        known = done;
        bar.setTotal(known);
      }
      bar.increment(1, { failed, size: size(bytes) });
    },
    total(n) {
      known += n;
      bar.setTotal(known);
    },
    stop() {
      bar.stop();
    },
  };
}

export interface BytesProgress {
  /** Bytes received so far, of `total` when the server sent a Content-Length. */
  update(received: number, total?: number): void;
  stop(): void;
}

/**
 * A download's bytes on a terminal: `what  received / total` (a bar) when the size is known, else
 * `what  received`; drawn from the first bytes on, cleared at the end; nothing in a pipe.
 */
export function bytesProgress(io: CliOutput, what: string): BytesProgress {
  const stream = io.progressStream;
  if (!stream) return { update() {}, stop() {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(received, total) {
      if (!bar) {
        bar = line(
          io,
          stream,
          total === undefined ? `${what} {received}` : `${what} {bar} {received} / {size} ({percentage} %)`,
        );
        bar.start(total ?? 0, 0, { received: size(0), size: size(total ?? 0) });
      }
      bar.update(total === undefined ? 0 : Math.min(received, total), { received: size(received) });
    },
    stop() {
      bar?.stop();
    },
  };
}

/**
 * A fetch that reports the bytes of the response bodies of the requests `counted` picks as they
 * arrive (with the Content-Length as total, when sent); the body itself is passed on unchanged.
 */
export function countingFetch(
  fetch: FetchLike,
  counted: (request: Request) => boolean,
  onBytes: (received: number, total?: number) => void,
): FetchLike {
  return async (request, init) => {
    const response = await fetch(request, init);
    if (!response.body || !counted(request)) return response;
    const length = Number(response.headers.get("content-length") ?? Number.NaN);
    const total = Number.isInteger(length) && length > 0 ? length : undefined;
    let received = 0;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          received += chunk.byteLength;
          onBytes(received, total);
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * How many items an inbox pass will handle (`N/M` on the progress line), asked up front — but only
 * when a progress line is drawn: in a pipe no extra request is made. At most `limit`; undefined
 * (a bare counter) when the count cannot be had.
 */
export async function knownTotal(
  io: CliOutput,
  count: () => PromiseLike<number | undefined>,
  limit?: number,
): Promise<number | undefined> {
  if (!io.progressStream) return undefined;
  try {
    const n = await count();
    if (n === undefined || !Number.isFinite(n)) return undefined;
    return limit === undefined ? n : Math.min(n, limit);
  } catch {
    return undefined;
  }
}

/**
 * Until `done()`: the first SIGINT/SIGTERM aborts the returned signal (nothing new is started;
 * a second signal is left to Node, which ends the process at once) and is remembered in `signal()`.
 */
export function interruptible(io: CliOutput, what: string) {
  const controller = new AbortController();
  let received: string | undefined;
  let unsubscribe = () => {};
  unsubscribe =
    io.onStopSignal?.((signal) => {
      unsubscribe();
      received = signal;
      io.stderr(`\n${signal}: stopping — starting no new ${what}`);
      controller.abort(new Error(`interrupted by ${signal}`));
    }) ?? unsubscribe;
  return {
    signal: controller.signal,
    /** The signal that stopped the run, if one did. */
    received: () => received,
    done: () => unsubscribe(),
  };
}

/** A failure that is only the stop signal (never started, or its request aborted by it): skipped. */
export function stopped(error: unknown, signal: AbortSignal): boolean {
  return error === signal.reason || error instanceof UserAbortError;
}

/**
 * Runs one inbox pass (`processInbox` / `processReceived`) that the first SIGINT/SIGTERM stops,
 * and splits its failures: those only the signal caused (never started, or aborted, and not
 * saved) are skipped — delivered again next run — the others failed.
 */
export async function stoppablePass<R extends { failed: { error: unknown }[]; skipped?: unknown[] }>(
  io: CliOutput,
  what: string,
  bar: Progress | undefined,
  pass: (signal: AbortSignal) => Promise<R>,
  saved: (failure: R["failed"][number]) => boolean,
) {
  const stop = interruptible(io, what);
  const result = await pass(stop.signal).finally(() => {
    bar?.stop();
    stop.done();
  });
  const notStarted: R["failed"] = result.failed.filter(
    (f) => stop.received() && !saved(f) && stopped(f.error, stop.signal),
  );
  const failed: R["failed"] = result.failed.filter((f) => !notStarted.includes(f));
  return {
    result,
    failed,
    notStarted,
    skipped: notStarted.length + (result.skipped?.length ?? 0),
    interrupted: stop.received() !== undefined,
  };
}
