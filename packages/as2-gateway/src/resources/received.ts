import type { CallOptions } from "@edi-clients/runtime";
import {
  type AttachmentSelector,
  checkIndex,
  type DownloadCall,
  type DownloadedFile,
  type DownloadStream,
  fetchBytes,
  fetchStream,
} from "../core/download.js";
import { type PagedListOptions, paginateMessages } from "../core/pagination.js";
import { type FiltersOf, type QueryOf, Resource, splitMarkAsRead } from "../core/resource.js";
import {
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
import { Cleanup } from "./cleanup.js";

export interface ReadOptions extends CallOptions {
  /**
   * Mark the message as read (API scope) with this request, so `unreadOnly` lists skip it. For
   * at-least-once processing prefer `messages.processReceived`, which marks only after your handler.
   */
  markAsRead?: boolean;
}

/** Messages received from partners (the inbox). */
export class ReceivedMessages extends Resource {
  /** One page (`pageOffset` is a page number, `pageLength` 1–100; `unreadOnly` skips read ones). */
  list(query: QueryOf<"listReceivedMessages"> = {}, options?: CallOptions) {
    return this.core.call(listReceivedMessages, { params: { query } }, options);
  }

  /** Every received message matching the filters, page after page: `for await (const m of …)`. */
  all(filters: FiltersOf<"listReceivedMessages"> = {}, options?: PagedListOptions) {
    return paginateMessages(
      this.core,
      "listReceivedMessages",
      filters,
      (query, init) => this.core.raw.GET("/v1/message/received", { params: { query }, ...init }),
      options,
    );
  }

  /** One received message; `markAsRead: true` marks it as read at the same time. */
  get(as2MessageId: string, options: ReadOptions = {}) {
    const { markAsRead, callOptions } = splitMarkAsRead(options);
    return this.core.call(
      getReceivedMessage,
      { params: { path: { as2MessageId }, ...markQuery(markAsRead) } },
      callOptions,
    );
  }

  /** Reverts `markAsRead`: `unreadOnly` lists return the message again. */
  markUnread(as2MessageId: string, options?: CallOptions) {
    return this.core.call(markReceivedMessageUnread, { params: { path: { as2MessageId } } }, options);
  }

  /** An attachment in memory (default the first; `"all"` = the archive of all of them). */
  async attachment(
    as2MessageId: string,
    index?: AttachmentSelector,
    options: ReadOptions = {},
  ): Promise<DownloadedFile> {
    const { markAsRead, callOptions } = splitMarkAsRead(options);
    const d = this.#attachment(as2MessageId, index, markAsRead);
    return fetchBytes(this.core, d.operation, (init) => d.run(init, "arrayBuffer"), callOptions, d.input);
  }

  /** An attachment as a stream, for large files (Node: `saveStream` in the node entry). */
  async attachmentStream(
    as2MessageId: string,
    index?: AttachmentSelector,
    options: ReadOptions = {},
  ): Promise<DownloadStream> {
    const { markAsRead, callOptions } = splitMarkAsRead(options);
    const d = this.#attachment(as2MessageId, index, markAsRead);
    return fetchStream(this.core, d.operation, (init) => d.run(init, "stream"), callOptions, d.input);
  }

  /** The MDN sent for the message, in memory. */
  async mdn(as2MessageId: string, options: ReadOptions = {}): Promise<DownloadedFile> {
    const { markAsRead, callOptions } = splitMarkAsRead(options);
    const d = this.#mdn(as2MessageId, markAsRead);
    return fetchBytes(this.core, d.operation, (init) => d.run(init, "arrayBuffer"), callOptions, d.input);
  }

  /** The MDN sent for the message, as a stream. */
  async mdnStream(as2MessageId: string, options: ReadOptions = {}): Promise<DownloadStream> {
    const { markAsRead, callOptions } = splitMarkAsRead(options);
    const d = this.#mdn(as2MessageId, markAsRead);
    return fetchStream(this.core, d.operation, (init) => d.run(init, "stream"), callOptions, d.input);
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

  /** Deletes a message from the inbox. */
  delete(as2MessageId: string, options?: CallOptions) {
    return new Cleanup(this.core).delete("received", as2MessageId, options);
  }

  /** Deletes messages from the inbox, 100 per request. */
  deleteMany(as2MessageIds: readonly string[], options?: CallOptions) {
    return new Cleanup(this.core).deleteMany("received", as2MessageIds, options);
  }

  #attachment(
    as2MessageId: string,
    index: AttachmentSelector | undefined,
    markAsRead?: boolean,
  ): DownloadCall {
    const raw = this.core.raw;
    const path = { as2MessageId };
    const query = markQuery(markAsRead);
    if (index === undefined) {
      return {
        operation: "downloadFirstReceivedAttachment",
        input: { path, ...query },
        run: (init, parseAs) =>
          raw.GET("/v1/message/received/{as2MessageId}/attachments", {
            params: { path, ...query },
            parseAs,
            ...init,
          }) as never,
      };
    }
    if (index === "all") {
      return {
        operation: "downloadAllReceivedAttachments",
        input: { path, ...query },
        run: (init, parseAs) =>
          raw.GET("/v1/message/received/{as2MessageId}/attachments/all", {
            params: { path, ...query },
            parseAs,
            ...init,
          }) as never,
      };
    }
    checkIndex(index, "downloadReceivedAttachmentByIndex");
    return {
      operation: "downloadReceivedAttachmentByIndex",
      input: { path: { as2MessageId, index }, ...query },
      run: (init, parseAs) =>
        raw.GET("/v1/message/received/{as2MessageId}/attachments/{index}", {
          params: { path: { as2MessageId, index }, ...query },
          parseAs,
          ...init,
        }) as never,
    };
  }

  #mdn(as2MessageId: string, markAsRead?: boolean): DownloadCall {
    return {
      operation: "downloadReceivedMdn",
      input: { path: { as2MessageId }, ...markQuery(markAsRead) },
      run: (init, parseAs) =>
        this.core.raw.GET("/v1/message/received/{as2MessageId}/mdn", {
          params: { path: { as2MessageId }, ...markQuery(markAsRead) },
          parseAs,
          ...init,
        }) as never,
    };
  }
}

/** `markAsRead` goes on the query only when the caller set it. */
function markQuery(markAsRead: boolean | undefined): { query?: { markAsRead: boolean } } {
  return markAsRead === undefined ? {} : { query: { markAsRead } };
}
