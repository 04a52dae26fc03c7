import type { CallOptions } from "@edi-clients/runtime";
import { type PagedListOptions, paginateMessages } from "../core/pagination.js";
import { type FiltersOf, type QueryOf, Resource } from "../core/resource.js";
import { getFailedMessage, listFailedMessages } from "../generated/operations.js";
import { Cleanup } from "./cleanup.js";

/**
 * The failure log: one entry per failed send attempt. AS2 Gateway retries a queued message up to
 * 10 times with the same AS2 message ID, so one ID may appear several times.
 */
export class FailedMessages extends Resource {
  /** One page (`pageOffset` is a page number, `pageLength` 1–100). */
  list(query: QueryOf<"listFailedMessages"> = {}, options?: CallOptions) {
    return this.core.call(listFailedMessages, { params: { query } }, options);
  }

  /** Every entry matching the filters, page after page: `for await (const m of …)`. */
  all(filters: FiltersOf<"listFailedMessages"> = {}, options?: PagedListOptions) {
    return paginateMessages(
      this.core,
      "listFailedMessages",
      filters,
      (query, init) => this.core.raw.GET("/v1/message/failed", { params: { query }, ...init }),
      options,
    );
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
