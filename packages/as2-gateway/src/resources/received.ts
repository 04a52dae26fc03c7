import type { CallOptions } from "@edi-clients/runtime";
import type { As2GatewaySlimCore } from "../core/client.js";
import {
  downloadAllReceivedAttachments,
  downloadFirstReceivedAttachment,
  downloadReceivedAttachmentByIndex,
  downloadReceivedMdn,
  getReceivedMessage,
  listReceivedMessages,
  markReceivedMessageUnread,
} from "../generated/operations.js";
import {
  type BatchArchive,
  type BatchDownloadOptions,
  type BatchDownloadResult,
  downloadBatch,
  downloadBatchArchive,
} from "./batch-download.js";
import { MessageFolder } from "./message-folder.js";

export interface ReadOptions extends CallOptions {
  /**
   * Mark the message as read (API scope) with this request, so `unreadOnly` lists skip it. For
   * at-least-once processing prefer `messages.processReceived`, which marks only after your handler.
   */
  markAsRead?: boolean;
}

const RECEIVED = {
  category: "received",
  marksRead: true,
  list: listReceivedMessages,
  get: getReceivedMessage,
  firstAttachment: downloadFirstReceivedAttachment,
  attachmentByIndex: downloadReceivedAttachmentByIndex,
  allAttachments: downloadAllReceivedAttachments,
  mdn: downloadReceivedMdn,
} as const;

/**
 * Messages received from partners (the inbox): `list` (await one page, or `for await` every
 * message; `unreadOnly` skips read ones), `get`, `attachment`/`attachmentStream`, `mdn`/`mdnStream`
 * (the MDN sent for it) — each read can mark the message read (`markAsRead: true`) — `markUnread`,
 * batch downloads, `delete`/`deleteMany`.
 */
export class ReceivedMessages extends MessageFolder<typeof RECEIVED, ReadOptions> {
  constructor(core: As2GatewaySlimCore) {
    super(core, RECEIVED);
  }

  /** Reverts `markAsRead`: `unreadOnly` lists return the message again. */
  markUnread(as2MessageId: string, options?: CallOptions) {
    return this.core.call(markReceivedMessageUnread, { params: { path: { as2MessageId } } }, options);
  }

  /**
   * The attachments of up to 100 messages, unpacked, one result per message in request order. A
   * message the server could not archive (a `.error` file in its folder) is a per-message error.
   * When the 10 MB response limit truncates the archive (206), the rest is fetched automatically.
   * `markAsRead` is passed to the server, which marks only fully archived messages.
   */
  async downloadBatch(
    as2MessageIds: readonly string[],
    options?: BatchDownloadOptions,
  ): Promise<BatchDownloadResult> {
    return downloadBatch(this, as2MessageIds, options);
  }

  /** One batch request as the API answers it: the zip archive and, on 206, the truncation index. */
  async downloadBatchArchive(
    as2MessageIds: readonly string[],
    options?: BatchDownloadOptions,
  ): Promise<BatchArchive> {
    return downloadBatchArchive(this.core, as2MessageIds, options);
  }
}
