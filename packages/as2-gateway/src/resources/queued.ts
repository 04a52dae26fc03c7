import type { CallOptions } from "@edi-clients/runtime";
import { type PagedListOptions, paginateMessages } from "../core/pagination.js";
import { type FiltersOf, type QueryOf, Resource } from "../core/resource.js";
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
  /** One page. `query` matches partner or station AS2 ID, message ID or subject. */
  list(query: QueryOf<"listQueuedMessages"> = {}, options?: CallOptions) {
    return this.core.call(listQueuedMessages, { params: { query } }, options);
  }

  /** Every queued message matching the filters, page after page. */
  all(filters: FiltersOf<"listQueuedMessages"> = {}, options?: PagedListOptions) {
    return paginateMessages(
      this.core,
      "listQueuedMessages",
      filters,
      (query, init) => this.core.raw.GET("/v1/message/queued", { params: { query }, ...init }),
      options,
    );
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
