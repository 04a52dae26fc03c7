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
import { type FiltersOf, type QueryOf, Resource } from "../core/resource.js";
import { getSentMessage, listSentMessages } from "../generated/operations.js";
import { Cleanup } from "./cleanup.js";

/** Successfully sent messages. */
export class SentMessages extends Resource {
  /** One page (`pageOffset` is a page number, `pageLength` 1–100). */
  list(query: QueryOf<"listSentMessages"> = {}, options?: CallOptions) {
    return this.core.call(listSentMessages, { params: { query } }, options);
  }

  /** Every sent message matching the filters, page after page: `for await (const m of …)`. */
  all(filters: FiltersOf<"listSentMessages"> = {}, options?: PagedListOptions) {
    return paginateMessages(
      this.core,
      "listSentMessages",
      filters,
      (query, init) => this.core.raw.GET("/v1/message/sent", { params: { query }, ...init }),
      options,
    );
  }

  /** One sent message. */
  get(as2MessageId: string, options?: CallOptions) {
    return this.core.call(getSentMessage, { params: { path: { as2MessageId } } }, options);
  }

  /** An attachment in memory (default the first; `"all"` = the archive of all of them). */
  async attachment(
    as2MessageId: string,
    index?: AttachmentSelector,
    options?: CallOptions,
  ): Promise<DownloadedFile> {
    const d = this.#attachment(as2MessageId, index);
    return fetchBytes(this.core, d.operation, (init) => d.run(init, "arrayBuffer"), options, d.input);
  }

  /** An attachment as a stream, for large files (Node: `saveStream` in the node entry). */
  async attachmentStream(
    as2MessageId: string,
    index?: AttachmentSelector,
    options?: CallOptions,
  ): Promise<DownloadStream> {
    const d = this.#attachment(as2MessageId, index);
    return fetchStream(this.core, d.operation, (init) => d.run(init, "stream"), options, d.input);
  }

  /** The MDN received for the message, in memory. */
  async mdn(as2MessageId: string, options?: CallOptions): Promise<DownloadedFile> {
    const d = this.#mdn(as2MessageId);
    return fetchBytes(this.core, d.operation, (init) => d.run(init, "arrayBuffer"), options, d.input);
  }

  /** The MDN received for the message, as a stream. */
  async mdnStream(as2MessageId: string, options?: CallOptions): Promise<DownloadStream> {
    const d = this.#mdn(as2MessageId);
    return fetchStream(this.core, d.operation, (init) => d.run(init, "stream"), options, d.input);
  }

  /** Deletes a message from the sent list. */
  delete(as2MessageId: string, options?: CallOptions) {
    return new Cleanup(this.core).delete("sent", as2MessageId, options);
  }

  /** Deletes messages from the sent list, 100 per request. */
  deleteMany(as2MessageIds: readonly string[], options?: CallOptions) {
    return new Cleanup(this.core).deleteMany("sent", as2MessageIds, options);
  }

  #attachment(as2MessageId: string, index: AttachmentSelector | undefined): DownloadCall {
    const raw = this.core.raw;
    const path = { as2MessageId };
    if (index === undefined) {
      return {
        operation: "downloadFirstSentAttachment",
        input: { path },
        run: (init, parseAs) =>
          raw.GET("/v1/message/sent/{as2MessageId}/attachments", {
            params: { path },
            parseAs,
            ...init,
          }) as never,
      };
    }
    if (index === "all") {
      return {
        operation: "downloadAllSentAttachments",
        input: { path },
        run: (init, parseAs) =>
          raw.GET("/v1/message/sent/{as2MessageId}/attachments/all", {
            params: { path },
            parseAs,
            ...init,
          }) as never,
      };
    }
    checkIndex(index, "downloadSentAttachmentByIndex");
    return {
      operation: "downloadSentAttachmentByIndex",
      input: { path: { as2MessageId, index } },
      run: (init, parseAs) =>
        raw.GET("/v1/message/sent/{as2MessageId}/attachments/{index}", {
          params: { path: { as2MessageId, index } },
          parseAs,
          ...init,
        }) as never,
    };
  }

  #mdn(as2MessageId: string): DownloadCall {
    return {
      operation: "downloadSentMdn",
      input: { path: { as2MessageId } },
      run: (init, parseAs) =>
        this.core.raw.GET("/v1/message/sent/{as2MessageId}/mdn", {
          params: { path: { as2MessageId } },
          parseAs,
          ...init,
        }) as never,
    };
  }
}
