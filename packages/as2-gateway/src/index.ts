// @edi-clients/as2-gateway: a typed client for the AS2 Gateway REST API v1. This entry runs
// anywhere fetch does (Node, Deno, Bun, browsers, workers); file-path helpers live in `./node`.
import { As2GatewayCore, type As2GatewayOptions } from "./core/client.js";
import { Auth } from "./resources/auth.js";
import { Cleanup } from "./resources/cleanup.js";
import { FailedMessages } from "./resources/failed.js";
import { Messages } from "./resources/messages.js";
import { Partners } from "./resources/partners.js";
import { QueuedMessages } from "./resources/queued.js";
import { ReceivedMessages } from "./resources/received.js";
import { SentMessages } from "./resources/sent.js";
import { Stations } from "./resources/stations.js";

// What a user needs of the runtime (errors, options and their types, ApiCall, PagePromise, the
// inbox coordination and watch types): one curated list, packages/runtime/src/public.ts, pinned by
// test/public-exports.test.ts. The rest of the runtime stays internal.
export * from "@edi-clients/runtime/public";
export type { As2GatewayCredentials } from "./core/auth.js";
export {
  AS2_GATEWAY_RATE_LIMIT,
  As2GatewayCore,
  type As2GatewayOptions,
  As2GatewaySlimCore,
} from "./core/client.js";
export { filenameFromContentDisposition } from "./core/content-disposition.js";
export type { AttachmentSelector, DownloadedFile, DownloadStream } from "./core/download.js";
export {
  BatchMessageError,
  describeAs2Error,
  MessageFailedError,
  type SendState,
  WaitForSentTimeoutError,
} from "./core/errors.js";
export { type FileContent, type FileInput, MAX_FILES, MAX_TOTAL_BYTES } from "./core/files.js";
export { messageIdFromLink } from "./core/link.js";
export { DEFAULT_MIME_TYPE, mimeTypeFor } from "./core/mime.js";
export type {
  AS2Message,
  FiltersOf,
  GenericResponse,
  MessageType,
  Pagination,
  Partner,
  QueryOf,
  Station,
} from "./core/resource.js";
export { archiveFiles, unzipEntries, type ZipEntry } from "./core/zip.js";
export type { components, operations, paths } from "./generated/openapi.js";
export { OPERATIONS, type OperationId } from "./generated/operations.js";
export {
  AS2_GATEWAY_BASE_URL,
  type As2GatewayClientOptions,
  type As2GatewayRawClient,
  createAs2GatewayRawClient,
} from "./raw-client.js";
export {
  type BatchArchive,
  type BatchDownloadOptions,
  type BatchDownloadResult,
  type BatchMessageResult,
  MAX_IDS_PER_BATCH,
  parseTruncationIndex,
  type TruncationIndex,
} from "./resources/batch-download.js";
export { type DeleteManyResult, MAX_IDS_PER_DELETE } from "./resources/cleanup.js";
export type {
  ProcessReceivedOptions,
  ProcessReceivedResult,
  ReceivedHandlerContext,
  ReceivedWatch,
  SendInput,
  SendOptions,
  SendResult,
  WaitForSentOptions,
  WatchReceivedOptions,
} from "./resources/messages.js";
export type { ReadOptions } from "./resources/received.js";
export {
  Auth,
  Cleanup,
  FailedMessages,
  Messages,
  Partners,
  QueuedMessages,
  ReceivedMessages,
  SentMessages,
  Stations,
};

/**
 * The AS2 Gateway client: one property per resource group. `baseUrl` points it at another server:
 * the mock (`pnpm mock`: `http://127.0.0.1:4021`) or the sandbox (`@edi-clients/sandbox`).
 *
 * @example
 * ```ts
 * const as2 = new As2Gateway({ credentials: { username: "edi@acme.com", password } });
 * const { as2MessageId } = await as2.messages.send({
 *   stationId: "ACME", partnerId: "GLOBEX", file: { name: "invoice.edi", content: x12 },
 * });
 * await as2.messages.waitForSent(as2MessageId!);
 * ```
 */
export class As2Gateway {
  readonly core: As2GatewayCore;
  /** The typed openapi-fetch client with the same auth, retries and throttle (escape hatch). */
  readonly raw: As2GatewayCore["raw"];
  readonly auth: Auth;
  /** Send, wait until sent, process the inbox. */
  readonly messages: Messages;
  readonly received: ReceivedMessages;
  readonly sent: SentMessages;
  readonly failed: FailedMessages;
  readonly queued: QueuedMessages;
  /** Deletes by category (received, sent, queued, stopped, failed). */
  readonly cleanup: Cleanup;
  readonly partners: Partners;
  readonly stations: Stations;

  constructor(options: As2GatewayOptions = {}) {
    this.core = new As2GatewayCore(options);
    this.raw = this.core.raw;
    this.auth = new Auth(this.core);
    this.received = new ReceivedMessages(this.core);
    this.sent = new SentMessages(this.core);
    this.failed = new FailedMessages(this.core);
    this.queued = new QueuedMessages(this.core);
    this.messages = new Messages(this.core, {
      received: this.received,
      sent: this.sent,
      queued: this.queued,
      failed: this.failed,
    });
    this.cleanup = new Cleanup(this.core);
    this.partners = new Partners(this.core);
    this.stations = new Stations(this.core);
    // Not a `[Symbol.for(…)]()` method: a computed class key counts as a side effect for bundlers,
    // which then keep the class, and with it every resource, in any bundle importing this entry.
    Object.defineProperty(this, Symbol.for("nodejs.util.inspect.custom"), { value: () => "As2Gateway(***)" });
  }

  /**
   * Sends nothing more (later calls reject with a ClientClosedError) and stops the rate limiter's
   * timers, so a short script can exit at once.
   */
  close(): Promise<void> {
    return this.core.close();
  }

  toString(): string {
    return "As2Gateway(***)";
  }
  toJSON(): string {
    return "As2Gateway(***)";
  }
}

export default As2Gateway;
