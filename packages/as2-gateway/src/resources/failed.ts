import type { CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import { listPages } from "../core/pagination.js";
import { type AS2Message, type Pagination, type QueryOf, Resource } from "../core/resource.js";
import { getFailedMessage, listFailedMessages } from "../generated/operations.js";
import { Cleanup } from "./cleanup.js";

/**
 * The failure log: one entry per failed send attempt. AS2 Gateway retries a queued message up to
 * 10 times with the same AS2 message ID, so one ID may appear several times.
 */
export class FailedMessages extends Resource {
  /**
   * `await` gives one page (`pageOffset` is a zero-based page number, `pageLength` 1–100);
   * `for await (const m of list(filters))` gives every entry from that page on, 100 per request
   * unless `pageLength` says otherwise.
   */
  list(
    query: QueryOf<"listFailedMessages"> = {},
    options?: ListOptions,
  ): PagePromise<Pagination, AS2Message> {
    return listPages(this.core, listFailedMessages, query, options);
  }

  /** One failed message (the API returns one of its attempts). */
  get(as2MessageId: string, options?: CallOptions) {
    return this.core.call(getFailedMessage, { params: { path: { as2MessageId } } }, options);
  }

  /** Deletes an entry from the failure log. */
  delete(as2MessageId: string, options?: CallOptions) {
    return new Cleanup(this.core).delete("failed", as2MessageId, options);
  }

  /** Deletes entries from the failure log, 100 per request. */
  deleteMany(as2MessageIds: readonly string[], options?: CallOptions) {
    return new Cleanup(this.core).deleteMany("failed", as2MessageIds, options);
  }
}
