// Message workflows across categories: send (and wait until sent), and at-least-once processing
// of the inbox.
import {
  type CallOptions,
  checkCallOptions,
  checkFields,
  checkValue,
  describeValue,
  forEachConcurrent,
  NotFoundError,
  sleep,
  UserAbortError,
  ValidationError,
} from "@edi-clients/runtime";
import type { As2GatewayCore } from "../core/client.js";
import type { DownloadedFile } from "../core/download.js";
import {
  BatchMessageError,
  MessageFailedError,
  type SendState,
  WaitForSentTimeoutError,
} from "../core/errors.js";
import { type FileInput, prepareFiles } from "../core/files.js";
import { MESSAGE_ID, OPERATION_INPUTS } from "../core/inputs.js";
import { messageIdFromLink } from "../core/link.js";
import { type AS2Message, type FiltersOf, type QueryOf, Resource } from "../core/resource.js";
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
}

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
}

export interface ProcessReceivedResult {
  /** Handled and marked as read: `unreadOnly` lists will not return these again. */
  succeeded: string[];
  /** Left unread (download, handler or marking failed): returned again on the next run. */
  failed: { as2MessageId: string; error: unknown }[];
}

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
    core: As2GatewayCore,
    categories: {
      received: ReceivedMessages;
      sent: SentMessages;
      queued: QueuedMessages;
      failed: FailedMessages;
    },
  ) {
    super(core);
    this.#received = categories.received;
    this.#sent = categories.sent;
    this.#queued = categories.queued;
    this.#failed = categories.failed;
  }

  /**
   * Enqueues an AS2 message with one file (`file`) or several (`files`, multipart). Everything is
   * checked before the request. Never repeated once the request may have reached the server: a
   * lost answer must not become a second message to your partner.
   */
  async send(input: SendInput, options?: CallOptions): Promise<SendResult> {
    const { stationId, partnerId, file, files, subject, partnerType, profile } = checkSendInput(input);
    const prepared = await prepareFiles(file ? [file] : (files as readonly FileInput[]), file !== undefined);
    const params = {
      path: { as2StationId: stationId, as2PartnerId: partnerId },
      query: {
        ...(subject === undefined ? {} : { subject }),
        ...(partnerType === undefined ? {} : { partnerType }),
        ...(profile === undefined ? {} : { profile }),
      },
    };
    const path = "/v1/message/{as2StationId}/{as2PartnerId}";
    const { data, response } = await this.core.request(
      "sendMessage",
      (init) => {
        if (file) {
          const single = prepared[0] as (typeof prepared)[number];
          // Raw upload: openapi-fetch would JSON-encode the body and say application/json unless told.
          return this.core.raw.POST(path, {
            params: { ...params, header: { Name: single.name } },
            body: single.blob as never,
            bodySerializer: (body: unknown) => body,
            headers: { "Content-Type": single.mimeType },
            ...init,
          });
        }
        // Multipart: a native FormData, and no Content-Type of ours (fetch adds the boundary).
        const form = new FormData();
        for (const part of prepared) form.append("file", part.blob, part.name);
        return this.core.raw.POST(path, {
          params,
          body: form as never,
          bodySerializer: (body: unknown) => body,
          ...init,
        });
      },
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
   * again — make the handler idempotent.
   */
  async processReceived(
    handler: (context: ReceivedHandlerContext) => Promise<void> | void,
    options: ProcessReceivedOptions = {},
  ): Promise<ProcessReceivedResult> {
    if (typeof handler !== "function") {
      throw new ValidationError(`processReceived: handler must be a function, got ${describeValue(handler)}`);
    }
    checkFields(options, {}, "processReceived", "options");
    // The filters' values are checked with the first page of the inbox.
    if (options.filters !== undefined) checkFields(options.filters, {}, "processReceived", "filters");
    const concurrency = checkCount(options.concurrency ?? 1, "concurrency");
    const batchSize = checkCount(options.batchSize ?? 10, "batchSize", MAX_IDS_PER_BATCH);
    const { signal } = options;
    const unread: AS2Message[] = [];
    const seen = new Set<string>();
    for await (const message of this.#received.all(
      { ...options.filters, unreadOnly: true },
      {
        ...(options.limit === undefined ? {} : { limit: options.limit }),
        ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
        ...(signal ? { signal } : {}),
      },
    )) {
      if (seen.has(message.as2MessageId)) continue;
      seen.add(message.as2MessageId);
      unread.push(message);
    }

    const result: ProcessReceivedResult = { succeeded: [], failed: [] };
    for (let at = 0; at < unread.length; at += batchSize) {
      const chunk = unread.slice(at, at + batchSize);
      const downloads = await this.#downloadChunk(chunk, signal);
      await forEachConcurrent(chunk, concurrency, async (message) => {
        const id = message.as2MessageId;
        if (signal?.aborted) {
          result.failed.push({ as2MessageId: id, error: signal.reason });
          return;
        }
        try {
          const attachments = attachmentsOf(message, downloads);
          await handler({ message, attachments, signal });
          await this.#received.get(id, { markAsRead: true, ...(signal ? { signal } : {}) });
          result.succeeded.push(id);
        } catch (error) {
          result.failed.push({ as2MessageId: id, error });
        }
      });
    }
    return result;
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

function checkCount(value: number, name: string, max?: number): number {
  if (!Number.isInteger(value) || value < 1 || (max !== undefined && value > max)) {
    const range = max === undefined ? ">= 1" : `from 1 to ${max}`;
    throw new ValidationError(`processReceived: ${name} must be an integer ${range}, got ${value}`);
  }
  return value;
}
