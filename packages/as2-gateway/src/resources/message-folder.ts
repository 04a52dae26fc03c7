// The four message lists work alike: a paged list, a message by ID, deletes (`MessageCategory`).
// Received and sent messages also have attachments and an MDN, in memory or as a stream
// (`MessageFolder`). One implementation, keyed per category by the generated operation descriptors
// that `received.ts`, `sent.ts`, `failed.ts` and `queued.ts` hand in (each file imports only its own,
// so a bundle with one keeps none of the others'). Received messages can also be marked read with a
// read (`markAsRead`); that is the category's `marksRead`.
import {
  ApiCall,
  type CallOptions,
  type ListOptions,
  type PagePromise,
  ResponseParseError,
} from "@edi-clients/runtime";
import type { As2GatewaySlimCore, As2Operation } from "../core/client.js";
import {
  type AttachmentSelector,
  checkIndex,
  type DownloadedFile,
  type DownloadParams,
  type DownloadStream,
  fetchBytes,
  fetchStream,
} from "../core/download.js";
import { listPages } from "../core/pagination.js";
import {
  type AS2Message,
  type MessageType,
  type Pagination,
  type QueryOf,
  Resource,
  splitMarkAsRead,
} from "../core/resource.js";
import { Cleanup } from "./cleanup.js";

/** The operations of one message category, from src/generated/operations.ts. */
export interface CategoryOperations {
  /** The category its deletes name. */
  readonly category: Exclude<MessageType, "stopped">;
  /** Whether reads take `markAsRead` (received messages). */
  readonly marksRead: boolean;
  readonly list: As2Operation;
  readonly get: As2Operation;
}

/** The operations of one direction (received or sent): the category's, plus the downloads. */
export interface FolderOperations extends CategoryOperations {
  readonly category: "received" | "sent";
  readonly firstAttachment: As2Operation;
  readonly attachmentByIndex: As2Operation;
  readonly allAttachments: As2Operation;
  readonly mdn: As2Operation;
}

/** What a read puts on the query: `markAsRead`, where the category takes it and the caller set it. */
type ReadQuery = { query?: { markAsRead: boolean } };

/** One category's messages; `R` is what its reads take (received: also `markAsRead`). */
export abstract class MessageCategory<F extends CategoryOperations, R extends CallOptions> extends Resource {
  readonly #ops: F;

  constructor(core: As2GatewaySlimCore, operations: F) {
    super(core);
    this.#ops = operations;
  }

  /**
   * `await` gives one page (`pageOffset` is a zero-based page number, `pageLength` 1–100; the
   * API's default is page 0 of 10); `for await (const m of list(filters))` gives every message from
   * that page on, 100 per request unless `pageLength` says otherwise (`limit` and `prefetch` in the
   * options).
   */
  list(query: QueryOf<F["list"]["id"]> = {}, options?: ListOptions): PagePromise<Pagination, AS2Message> {
    return listPages(this.core, this.#ops.list, query, options);
  }

  /** One message by its AS2 message ID. */
  get(as2MessageId: string, options?: R): ApiCall<AS2Message> {
    const { query, callOptions } = readOf(this.#ops, options);
    const operation = this.#ops.get.id;
    const call = this.core.call(
      this.#ops.get,
      // biome-ignore lint/suspicious/noExplicitAny: the category's own get: its path and markAsRead
      { params: { path: { as2MessageId }, ...query } } as any,
      callOptions,
    ) as ApiCall<AS2Message>;
    // A body that is no object (`null`, a list) would surface later as a raw TypeError on its fields.
    return new ApiCall(
      call.withResponse().then(({ data, response }) => {
        if (data === null || typeof data !== "object" || Array.isArray(data)) {
          throw new ResponseParseError({
            status: response.status,
            operation,
            message: `the message is not an object (got ${data === null ? "null" : Array.isArray(data) ? "a list" : typeof data})`,
            headers: response.headers,
            body: data,
          });
        }
        return { data, response };
      }),
    );
  }

  /** Deletes a message. Not repeated once it may have reached the server. */
  delete(as2MessageId: string, options?: CallOptions) {
    return new Cleanup(this.core).delete(this.#ops.category, as2MessageId, options);
  }

  /** Deletes messages, 100 per request. */
  deleteMany(as2MessageIds: readonly string[], options?: CallOptions) {
    return new Cleanup(this.core).deleteMany(this.#ops.category, as2MessageIds, options);
  }
}

/** One direction's messages (received or sent): a category with attachments and an MDN. */
export abstract class MessageFolder<
  F extends FolderOperations,
  R extends CallOptions,
> extends MessageCategory<F, R> {
  readonly #ops: F;

  constructor(core: As2GatewaySlimCore, operations: F) {
    super(core, operations);
    this.#ops = operations;
  }

  /** An attachment in memory (default the first; `"all"` = the archive of all of them). */
  async attachment(as2MessageId: string, index?: AttachmentSelector, options?: R): Promise<DownloadedFile> {
    const { query, callOptions } = readOf(this.#ops, options);
    const [operation, params] = this.#attachment(as2MessageId, index, query);
    return fetchBytes(this.core, operation, params, callOptions);
  }

  /** An attachment as a stream, for large files (Node: `saveStream` in the node entry). */
  async attachmentStream(
    as2MessageId: string,
    index?: AttachmentSelector,
    options?: R,
  ): Promise<DownloadStream> {
    const { query, callOptions } = readOf(this.#ops, options);
    const [operation, params] = this.#attachment(as2MessageId, index, query);
    return fetchStream(this.core, operation, params, callOptions);
  }

  /** The message's MDN (received: the one sent for it; sent: the partner's), in memory. */
  async mdn(as2MessageId: string, options?: R): Promise<DownloadedFile> {
    const { query, callOptions } = readOf(this.#ops, options);
    return fetchBytes(this.core, this.#ops.mdn, { path: { as2MessageId }, ...query }, callOptions);
  }

  /** The message's MDN, as a stream. */
  async mdnStream(as2MessageId: string, options?: R): Promise<DownloadStream> {
    const { query, callOptions } = readOf(this.#ops, options);
    return fetchStream(this.core, this.#ops.mdn, { path: { as2MessageId }, ...query }, callOptions);
  }

  #attachment(
    as2MessageId: string,
    index: AttachmentSelector | undefined,
    query: ReadQuery,
  ): [As2Operation, DownloadParams] {
    if (index === undefined) return [this.#ops.firstAttachment, { path: { as2MessageId }, ...query }];
    if (index === "all") return [this.#ops.allAttachments, { path: { as2MessageId }, ...query }];
    checkIndex(index, this.#ops.attachmentByIndex.id);
    return [this.#ops.attachmentByIndex, { path: { as2MessageId, index }, ...query }];
  }
}

/** Splits a read's options into its query (`markAsRead`, where the category takes it) and the call options. */
function readOf(
  operations: CategoryOperations,
  options: CallOptions | undefined,
): { query: ReadQuery; callOptions: CallOptions | undefined } {
  if (!operations.marksRead) return { query: {}, callOptions: options };
  const { markAsRead, callOptions } = splitMarkAsRead(options as { markAsRead?: boolean } | undefined);
  return { query: markAsRead === undefined ? {} : { query: { markAsRead } }, callOptions };
}
