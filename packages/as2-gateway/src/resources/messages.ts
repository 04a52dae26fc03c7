// Message workflows across categories: send (and wait until sent), and at-least-once processing
// of the inbox.
import {
  type CallOptions,
  checkCallOptions,
  checkFields,
  checkInboxCoordinator,
  checkInboxHandler,
  checkValue,
  type InboxCoordinator,
  type InboxPass,
  type InboxPassResult,
  idempotencyOf,
  NotFoundError,
  passReport,
  type ReconcileCallOptions,
  type Reconciled,
  resolveReconcile,
  runInboxPass,
  runWatch,
  sendReconciled,
  sleep,
  UserAbortError,
  ValidationError,
  type Watch,
  type WatchOptions,
} from "@edi-clients/runtime";
import type { As2GatewaySlimCore } from "../core/client.js";
import type { DownloadedFile } from "../core/download.js";
import {
  BatchMessageError,
  MessageFailedError,
  type SendState,
  WaitForSentTimeoutError,
} from "../core/errors.js";
import { type FileInput, type PreparedFile, prepareFiles } from "../core/files.js";
import { MESSAGE_ID, OPERATION_INPUTS } from "../core/inputs.js";
import { messageIdFromLink } from "../core/link.js";
import { type AS2Message, type FiltersOf, type QueryOf, Resource } from "../core/resource.js";
import { sendMessage } from "../generated/operations.js";
import { type BatchMessageResult, MAX_IDS_PER_BATCH } from "./batch-download.js";
import type { FailedMessages } from "./failed.js";
import type { QueuedMessages } from "./queued.js";
import type { ReceivedMessages } from "./received.js";
import type { SentMessages } from "./sent.js";

export interface SendInput extends QueryOf<"sendMessage"> {
  /** AS2 ID of your station (the sender). */
  stationId: string;
  /** AS2 ID of the trading partner (the receiver). */
  partnerId: string;
  /** One file, sent as the raw request body with `Name` and `Content-Type` headers. */
  file?: FileInput;
  /** Up to 10 files with unique names (10 MB in total), sent as multipart `file` parts. */
  files?: readonly FileInput[];
}

export interface SendResult {
  /**
   * The AS2 message ID from the `Link` header. Undefined only when the server sent no usable Link;
   * the message WAS accepted then — look for it in the queued list, do not send it again.
   */
  as2MessageId: string | undefined;
  /** The raw `Link` header: the URL of the sent message once it exists. */
  link: string | null;
  /** The server's acknowledgement, e.g. "Successfully added a new outbound entry". */
  message: string;
  /**
   * Set when the send failed after the server may have received it (timeout, cut connection, 5xx)
   * and the message was then found in the queued, sent or failed list: what failed, how many looks,
   * how long. `as2MessageId` is the found message's, `link` null, `message` empty.
   */
  reconciled?: Reconciled;
}

/**
 * Options of `messages.send`: the call options plus `reconcile` / `onUnknownOutcome` (over the
 * client's; default on, 60 s window, a look every 5 s, "reject").
 */
export interface SendOptions extends CallOptions, ReconcileCallOptions {}

export interface WaitForSentOptions {
  /** Give up after this long. Default 5 minutes. */
  timeoutMs?: number;
  /** Wait before the first check (the vendor advises 5–10 s after sending). Default 5 s. */
  initialDelayMs?: number;
  /** Ceiling of the doubling wait between checks. Default 30 s. */
  maxDelayMs?: number;
  signal?: AbortSignal;
}

export interface ReceivedHandlerContext {
  message: AS2Message;
  /** The message's attachments, downloaded. */
  attachments: DownloadedFile[];
  signal: AbortSignal | undefined;
}

export interface ProcessReceivedOptions {
  /** Narrow the inbox (partner, station, subject…); `unreadOnly` is always on. */
  filters?: Omit<FiltersOf<"listReceivedMessages">, "unreadOnly">;
  /** Messages handled at once. Default 1. */
  concurrency?: number;
  /** Handle at most this many messages in this run. */
  limit?: number;
  /** Page size used to list the inbox (1–100). */
  pageSize?: number;
  /** Messages whose attachments are fetched per batch request (1–100). Default 10. */
  batchSize?: number;
  signal?: AbortSignal;
  /**
   * Share the inbox with other workers (e.g. `createRedisCoordinator` of @edi-clients/redis): each
   * message is claimed with a lease before its download, the lease is renewed while the handler
   * runs, a "handled" mark is written before marking it read. Without one, nothing is coordinated.
   */
  coordinator?: InboxCoordinator;
  /** The lease per message with a coordinator, renewed every third of it. Default 30 s. */
  leaseMs?: number;
}

export interface ProcessReceivedResult {
  /** Handled and marked as read: `unreadOnly` lists will not return these again. */
  succeeded: string[];
  /** Left unread (download, handler, marking or coordinator failed): returned again on the next run. */
  failed: { as2MessageId: string; error: unknown }[];
  /** With a coordinator: messages another worker holds or has marked read, left alone here. */
  skipped?: string[];
  /**
   * With a coordinator: marked read without calling the handler, which had succeeded in an earlier
   * run whose marking failed (also listed in `succeeded`).
   */
  reconfirmed?: string[];
}

/** `processReceived` options (without its signal) plus the polling ones. */
export interface WatchReceivedOptions extends Omit<ProcessReceivedOptions, "signal">, WatchOptions {}

/** A running `watchReceived`: live counters and the promise of the final ones. */
export type ReceivedWatch = Watch;

type ReceivedHandler = (context: ReceivedHandlerContext) => Promise<void> | void;

const DEFAULT_WAIT: Required<Omit<WaitForSentOptions, "signal">> = {
  timeoutMs: 5 * 60_000,
  initialDelayMs: 5_000,
  maxDelayMs: 30_000,
};

type Probe =
  | { state: "sent"; message: AS2Message }
  | { state: "failed"; message: AS2Message }
  | { state: "queued" | "unknown" };

/** Sending, waiting for delivery, and processing the inbox. */
export class Messages extends Resource {
  readonly #received: ReceivedMessages;
  readonly #sent: SentMessages;
  readonly #queued: QueuedMessages;
  readonly #failed: FailedMessages;

  constructor(
    core: As2GatewaySlimCore,
    categories: {
      received: ReceivedMessages;
      sent: SentMessages;
      queued: QueuedMessages;
      failed: FailedMessages;
    },
  ) {
    super(core);
    // The client's send defaults, checked now: a bad `reconcile` fails before any request.
    core.reconcileSettings(resolveReconcile);
    this.#received = categories.received;
    this.#sent = categories.sent;
    this.#queued = categories.queued;
    this.#failed = categories.failed;
  }

  /**
   * Enqueues an AS2 message with one file (`file`) or several (`files`, multipart). Everything is
   * checked before the request. Never repeated once the request may have reached the server: a
   * lost answer must not become a second message to your partner.
   *
   * @example
   * ```ts
   * const { as2MessageId } = await as2.messages.send({
   *   stationId: "ACME_EDI_PROD",
   *   partnerId: "GLOBEX_AS2",
   *   files: [{ name: "po_850.edi", content: x12 }, { name: "po_851.edi", content: other }],
   * });
   * await as2.messages.waitForSent(as2MessageId!); // MessageFailedError when it failed
   * ```
   */
  async send(input: SendInput, options?: SendOptions): Promise<SendResult> {
    const { stationId, partnerId, file, files, subject } = checkSendInput(input);
    const prepared = await prepareFiles(file ? [file] : (files as readonly FileInput[]), file !== undefined);
    const { reconcile, onUnknownOutcome, ...call } = options ?? {};
    checkCallOptions(options, "sendMessage");
    const settings = resolveReconcile("messages.send", this.core.reconcileSettings(resolveReconcile), {
      reconcile,
      onUnknownOutcome,
    });
    const sendOnce = () => this.#sendOnce(input, prepared, call);
    if (settings.reconcile === false) return sendOnce();
    // The server's persistedTimestamp reaches back by the skew allowance; what was there already
    // is excluded by the snapshot's IDs, not by time.
    const since = Date.now() - settings.reconcile.clockSkewMs;
    const names = prepared.map((p) => `${JSON.stringify(p.name)} (${p.blob.size} bytes)`).join(", ");
    return sendReconciled<SendResult>(
      {
        operation: "sendMessage",
        describe: `queued, sent and failed messages from ${stationId} to ${partnerId} with ${names}${subject === undefined ? "" : ` and subject ${JSON.stringify(subject)}`} since ${new Date(since).toISOString()}`,
        list: (signal) => this.#matching({ stationId, partnerId, subject }, prepared, since, signal),
        send: sendOnce,
        found: (id, reconciled) => ({ as2MessageId: id, link: null, message: "", reconciled }),
      },
      settings,
      { logger: this.core.logger, signal: call.signal },
    );
  }

  /**
   * The IDs of the messages, queued, sent or failed, persisted since `since` (newest first, each
   * list read until an older one), that match a send: same station (sender), partner (receiver),
   * subject when one was given, and the same attachment names and sizes. An entry listed without
   * its attachments (the queued list may leave them out) is no match: it is found once it is sent.
   */
  async #matching(
    sent: { stationId: string; partnerId: string; subject: string | undefined },
    files: readonly PreparedFile[],
    since: number,
    signal: AbortSignal | undefined,
  ): Promise<string[]> {
    const expected = files.map((f) => `${f.name}\u0000${f.blob.size}`).sort();
    const options = { sortCol: "persistedTimestamp", sortDir: "desc" } as const;
    const paging = signal ? { signal } : {};
    const filters = { partnerAS2Id: sent.partnerId, stationAS2Id: sent.stationId, ...options };
    const lists = [
      this.#queued.list({ query: sent.partnerId, ...options }, paging),
      this.#sent.list(filters, paging),
      this.#failed.list(filters, paging),
    ];
    const ids = new Set<string>();
    for (const list of lists) {
      for await (const message of list) {
        if (message.persistedTimestamp < since) break;
        if (message.senderId !== sent.stationId || message.receiverId !== sent.partnerId) continue;
        if (sent.subject !== undefined && message.subject !== sent.subject) continue;
        const attachments = message.attachments;
        if (!attachments) continue;
        const listed = attachments.map((a) => `${a.name}\u0000${a.size}`).sort();
        if (listed.length === expected.length && listed.every((key, i) => key === expected[i])) {
          ids.add(message.as2MessageId);
        }
      }
    }
    return [...ids];
  }

  async #sendOnce(input: SendInput, prepared: PreparedFile[], options: CallOptions): Promise<SendResult> {
    const { stationId, partnerId, file, subject, partnerType, profile } = input;
    const params = {
      path: { as2StationId: stationId, as2PartnerId: partnerId },
      query: {
        ...(subject === undefined ? {} : { subject }),
        ...(partnerType === undefined ? {} : { partnerType }),
        ...(profile === undefined ? {} : { profile }),
      },
    };
    // Built by hand (a raw or multipart body), sent through the core's one send path; the body
    // is passed through as it is (openapi-fetch's serialiser would JSON-encode it).
    const asIs = (body: unknown) => body;
    const single = prepared[0] as (typeof prepared)[number];
    const call = file
      ? {
          // Raw upload: the file's own Content-Type, not application/json.
          params: { ...params, header: { Name: single.name } },
          body: single.blob,
          bodySerializer: asIs,
          headers: { "Content-Type": single.mimeType },
        }
      : {
          // Multipart: a native FormData, and no Content-Type of ours (fetch adds the boundary).
          params,
          body: multipart(prepared),
          bodySerializer: asIs,
        };
    const { data, response } = await this.core.send<{ message?: string } | undefined>(
      sendMessage.id,
      idempotencyOf(sendMessage),
      { operation: sendMessage, call },
      options,
      params,
    );
    const link = response.headers.get("link");
    return { as2MessageId: messageIdFromLink(link), link, message: data?.message ?? "" };
  }

  /**
   * Polls until the message is sent (resolves with the sent message), failed for good (rejects
   * with MessageFailedError carrying the failed record) or `timeoutMs` passed (rejects with
   * WaitForSentTimeoutError). Each check looks in sent, then queued, then failed. A message counts
   * as failed only when two checks in a row find it in the failure log and in neither sent nor
   * queued: between two of its up to 10 retries it is briefly in none of the lists ("processing").
   */
  async waitForSent(as2MessageId: string, options: WaitForSentOptions = {}): Promise<AS2Message> {
    checkValue("as2MessageId", as2MessageId, MESSAGE_ID, "waitForSent");
    const { timeoutMs, initialDelayMs, maxDelayMs } = checkWaitOptions(options);
    const { signal } = options;
    const deadline = Date.now() + timeoutMs;
    let delay = initialDelayMs;
    let state: SendState = "unknown";
    let failedChecks = 0;
    for (;;) {
      try {
        await sleep(Math.min(delay, Math.max(0, deadline - Date.now())), signal);
      } catch {
        throw new UserAbortError("waitForSent: aborted by the caller", {
          operation: "waitForSent",
          cause: signal?.reason,
        });
      }
      const probe = await this.#probe(as2MessageId, signal);
      if (probe.state === "sent") return probe.message;
      failedChecks = probe.state === "failed" ? failedChecks + 1 : 0;
      if (probe.state === "failed" && failedChecks >= 2)
        throw new MessageFailedError(as2MessageId, probe.message);
      state = probe.state;
      if (Date.now() >= deadline) throw new WaitForSentTimeoutError(as2MessageId, timeoutMs, state);
      delay = Math.min(maxDelayMs, Math.max(1_000, delay * 2));
    }
  }

  /**
   * Drains the inbox at least once: lists the unread messages (a snapshot, so marking does not
   * shift later pages), downloads their attachments in batches, awaits `handler` per message, and
   * marks a message as read only after its handler resolved. A handler that throws, a failed
   * download (e.g. a `.error` entry) or a crash leaves the message unread, so the next run gets it
   * again — make the handler idempotent. With a `coordinator`, several workers drain one inbox: a
   * message held by another live worker is skipped, one whose handler succeeded in a run that
   * failed to mark it is only marked, and a lease lost while the handler ran (a ClaimLostError)
   * leaves the message unread.
   *
   * @example
   * ```ts
   * const { succeeded, failed } = await as2.messages.processReceived(async ({ message, attachments }) => {
   *   for (const file of attachments) await writeFile(`inbound/${file.name}`, file.bytes);
   *   console.log("from", message.senderId, attachments.length, "files");
   * });
   * console.log(`${succeeded.length} marked read, ${failed.length} left unread`);
   * ```
   */
  async processReceived(
    handler: ReceivedHandler,
    options: ProcessReceivedOptions = {},
  ): Promise<ProcessReceivedResult> {
    checkProcessReceived(handler, options, "processReceived");
    return receivedResult((await this.#pass(handler, options, options.signal, options.signal, true)).result);
  }

  /**
   * Keeps draining the inbox until `signal` aborts: a `processReceived` pass, then a sleep of
   * `intervalMs` ± `jitter`. On abort nothing new is claimed or downloaded; handlers in flight
   * finish and their messages are marked read (the handler's `signal` is not the stop signal);
   * then `done` resolves with the counters.
   */
  watchReceived(handler: ReceivedHandler, options: WatchReceivedOptions = {}): ReceivedWatch {
    const { intervalMs: _i, jitter: _j, signal: _s, onPass: _o, ...pass } = options ?? {};
    const given = typeof options === "object" && options !== null ? pass : options;
    const check = () => checkProcessReceived(handler, given, "watchReceived");
    return runWatch(
      "watchReceived",
      options ?? {},
      async (stop) => {
        const drained = await this.#pass(handler, pass, undefined, stop, false);
        const stamps = drained.listed.map((m) => m.persistedTimestamp).filter(Number.isFinite);
        return {
          ...passReport(drained),
          pending: drained.listed.length,
          oldestArrival: stamps.length === 0 ? undefined : Math.min(...stamps),
        };
      },
      { check },
    );
  }

  /**
   * One pass: `signal` goes to every request, `stop` ends claiming and starting handlers (for
   * processReceived both are the caller's signal). `reportUnstarted` lists the messages never
   * started as failed (processReceived).
   */
  #pass(
    handler: ReceivedHandler,
    options: Omit<ProcessReceivedOptions, "signal">,
    signal: AbortSignal | undefined,
    stop: AbortSignal | undefined,
    reportUnstarted: boolean,
  ): Promise<InboxPass<AS2Message, string>> {
    return runInboxPass<AS2Message, string, Downloads>(
      {
        list: (listSignal) =>
          this.#received.list(
            {
              ...options.filters,
              unreadOnly: true,
              ...(options.pageSize === undefined ? {} : { pageLength: options.pageSize }),
            },
            {
              ...(options.limit === undefined ? {} : { limit: options.limit }),
              ...(listSignal ? { signal: listSignal } : {}),
            },
          ),
        id: (message) => message.as2MessageId,
        key: (message) => this.#itemKey(message),
        prefetch: (messages, prefetchSignal) => this.#downloadChunk(messages, prefetchSignal),
        handle: async (message, downloads, handlerSignal) => {
          const attachments = attachmentsOf(message, downloads ?? { byId: new Map() });
          await handler({ message, attachments, signal: handlerSignal });
        },
        complete: async (message, completeSignal) => {
          await this.#received.get(message.as2MessageId, {
            markAsRead: true,
            ...(completeSignal ? { signal: completeSignal } : {}),
          });
        },
      },
      { ...options, signal, stop, reportUnstarted },
    );
  }

  /** The coordinator's name of a message: API, server, station, message ID — never a credential. */
  #itemKey(message: AS2Message): string {
    const host = new URL(this.core.baseUrl).host;
    return `as2:${host}:station:${message.senderId ?? "unknown"}:message:${message.as2MessageId}`;
  }

  async #downloadChunk(chunk: AS2Message[], signal: AbortSignal | undefined): Promise<Downloads> {
    const ids = chunk.filter(hasAttachments).map((m) => m.as2MessageId);
    if (ids.length === 0) return { byId: new Map() };
    try {
      // No markAsRead here: marking waits for the handler.
      const batch = await this.#received.downloadBatch(ids, signal ? { signal } : {});
      return { byId: new Map(batch.messages.map((m) => [m.as2MessageId, m])) };
    } catch (error) {
      return { byId: new Map(), error };
    }
  }

  async #probe(id: string, signal: AbortSignal | undefined): Promise<Probe> {
    const options = signal ? { signal } : {};
    const sent = await unlessNotFound(this.#sent.get(id, options));
    if (sent) return { state: "sent", message: sent };
    const queued = await unlessNotFound(this.#queued.get(id, options));
    if (queued) return { state: "queued" };
    const failed = await unlessNotFound(this.#failed.get(id, options));
    return failed ? { state: "failed", message: failed } : { state: "unknown" };
  }
}

interface Downloads {
  byId: Map<string, BatchMessageResult>;
  /** The whole batch download failed (network, auth…). */
  error?: unknown;
}

/** A message listed without attachments info is downloaded too; one listed with none is not. */
function hasAttachments(message: AS2Message): boolean {
  return message.attachments === undefined || message.attachments.length > 0;
}

function attachmentsOf(message: AS2Message, downloads: Downloads): DownloadedFile[] {
  if (!hasAttachments(message)) return [];
  if (downloads.error !== undefined) throw downloads.error;
  const id = message.as2MessageId;
  const result = downloads.byId.get(id);
  if (!result) throw new BatchMessageError(id, "the batch download returned nothing for this message");
  if (!result.ok) throw result.error;
  const expected = message.attachments?.length;
  if (expected !== undefined && result.attachments.length < expected) {
    // Never mark a message read when part of it is missing.
    throw new BatchMessageError(
      id,
      `expected ${expected} attachments, the archive held ${result.attachments.length}`,
    );
  }
  return result.attachments;
}

async function unlessNotFound<T>(call: PromiseLike<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

function checkSendInput(input: SendInput): SendInput {
  const operation = "sendMessage";
  const fail = (message: string): never => {
    throw new ValidationError(`${operation}: ${message}`, { operation });
  };
  if (!input || typeof input !== "object") fail("the input must be an object");
  const rules = OPERATION_INPUTS.sendMessage;
  checkFields(input, { stationId: rules.path.as2StationId, partnerId: rules.path.as2PartnerId }, operation);
  checkFields(input, rules.query, operation);
  if ((input.file === undefined) === (input.files === undefined)) {
    fail("pass exactly one of `file` (one file) or `files` (multipart, up to 10)");
  }
  if (input.files !== undefined && !Array.isArray(input.files)) fail("`files` must be an array");
  return input;
}

function checkWaitOptions(options: WaitForSentOptions): Required<Omit<WaitForSentOptions, "signal">> {
  checkFields(options, {}, "waitForSent", "options");
  checkCallOptions({ signal: options.signal }, "waitForSent");
  const resolved = { ...DEFAULT_WAIT };
  for (const key of ["timeoutMs", "initialDelayMs", "maxDelayMs"] as const) {
    const value = options[key];
    if (value === undefined) continue;
    if (
      typeof value !== "number" ||
      !Number.isFinite(value) ||
      value < 0 ||
      (key !== "initialDelayMs" && value === 0)
    ) {
      throw new ValidationError(
        `waitForSent: ${key} must be a ${key === "initialDelayMs" ? "number >= 0" : "positive number"}, got ${value}`,
        {
          operation: "waitForSent",
        },
      );
    }
    resolved[key] = value;
  }
  return resolved;
}

function checkProcessReceived(handler: unknown, options: ProcessReceivedOptions, name: string): void {
  checkInboxHandler(handler, name);
  checkFields(options, {}, name, "options");
  // The filters' values are checked with the first page of the inbox.
  if (options.filters !== undefined) checkFields(options.filters, {}, name, "filters");
  checkCount(options.concurrency ?? 1, "concurrency", name);
  checkCount(options.batchSize ?? 10, "batchSize", name, MAX_IDS_PER_BATCH);
  if (options.leaseMs !== undefined) checkCount(options.leaseMs, "leaseMs", name);
  checkInboxCoordinator(options.coordinator, name);
}

/** The generic pass result in processReceived's terms (AS2 message IDs). */
function receivedResult(result: InboxPassResult<string>): ProcessReceivedResult {
  return {
    succeeded: result.completed,
    failed: result.failed.map(({ id, error }) => ({ as2MessageId: id, error })),
    ...(result.skipped ? { skipped: result.skipped } : {}),
    ...(result.reconfirmed ? { reconfirmed: result.reconfirmed } : {}),
  };
}

function checkCount(value: number, name: string, where: string, max?: number): number {
  if (!Number.isInteger(value) || value < 1 || (max !== undefined && value > max)) {
    const range = max === undefined ? ">= 1" : `from 1 to ${max}`;
    throw new ValidationError(`${where}: ${name} must be an integer ${range}, got ${value}`);
  }
  return value;
}

/** The files of a multi-file send as one multipart form, a `file` part each. */
function multipart(prepared: PreparedFile[]): FormData {
  const form = new FormData();
  for (const part of prepared) form.append("file", part.blob, part.name);
  return form;
}
