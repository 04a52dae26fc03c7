import type { CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import { listPages } from "../core/pagination.js";
import { type AS2Message, type Pagination, type QueryOf, Resource } from "../core/resource.js";
import {
  getQueuedMessage,
  listQueuedMessages,
  resumeQueuedMessageRetry,
  stopQueuedMessageRetry,
} from "../generated/operations.js";
import { Cleanup } from "./cleanup.js";

/**
 * Outgoing messages waiting to be sent or retried. A message being sent at the moment of the call
 * ("processing") is missing from these answers although it is still effectively queued.
 */
export class QueuedMessages extends Resource {
  /**
   * `await` gives one page, `for await (const m of list(filters))` every queued message from that
   * page on (100 per request unless `pageLength` says otherwise). `query` matches partner or station
   * AS2 ID, message ID or subject.
   */
  list(
    query: QueryOf<"listQueuedMessages"> = {},
    options?: ListOptions,
  ): PagePromise<Pagination, AS2Message> {
    return listPages(this.core, listQueuedMessages, query, options);
  }

  /** One queued message (attributes such as `attachments` may be missing). */
  get(as2MessageId: string, options?: CallOptions) {
    return this.core.call(getQueuedMessage, { params: { path: { as2MessageId } } }, options);
  }

  /** Stops the automatic retrying of a queued message (it moves to the stopped list). */
  stop(as2MessageId: string, options?: CallOptions) {
    return this.core.call(stopQueuedMessageRetry, { params: { path: { as2MessageId } } }, options);
  }

  /** Resumes the automatic retrying of a stopped message. */
  retry(as2MessageId: string, options?: CallOptions) {
    return this.core.call(resumeQueuedMessageRetry, { params: { path: { as2MessageId } } }, options);
  }

  /** Deletes a queue entry (being sent or retried). */
  delete(as2MessageId: string, options?: CallOptions) {
    return new Cleanup(this.core).delete("queued", as2MessageId, options);
  }

  /** Deletes queue entries, 100 per request. */
  deleteMany(as2MessageIds: readonly string[], options?: CallOptions) {
    return new Cleanup(this.core).deleteMany("queued", as2MessageIds, options);
  }

  /** Deletes a stopped entry (retries exhausted or stopped by hand). */
  deleteStopped(as2MessageId: string, options?: CallOptions) {
    return new Cleanup(this.core).delete("stopped", as2MessageId, options);
  }

  /** Deletes stopped entries, 100 per request. */
  deleteManyStopped(as2MessageIds: readonly string[], options?: CallOptions) {
    return new Cleanup(this.core).deleteMany("stopped", as2MessageIds, options);
  }
}
