import type { CallOptions } from "@edi-clients/runtime";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";

/** Interchanges: the ISA envelopes found in parcels. */
export class Interchanges extends Resource {
  /** Interchange details by ID. */
  get(id: number, options?: CallOptions) {
    return this.core.call(
      "interchangesGetInterchange",
      (init) => this.core.raw.GET("/v2/interchanges/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Cancels an outbound interchange that has not been delivered yet. */
  cancel(id: number, options?: CallOptions) {
    return this.core.call(
      "interchangesCancelInterchange",
      (init) => this.core.raw.POST("/v2/interchanges/cancel/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Parses the date out of a raw ISA header. */
  getDate(body: BodyOf<"interchangesGetDate">, options?: CallOptions) {
    return this.core.call(
      "interchangesGetDate",
      (init) => this.core.raw.POST("/v2/interchanges/get-date", { body, ...init }),
      options,
      { body },
    );
  }

  /** Parses a raw ISA header into its fields. */
  getHeader(body: BodyOf<"interchangesGetHeader">, options?: CallOptions) {
    return this.core.call(
      "interchangesGetHeader",
      (init) => this.core.raw.POST("/v2/interchanges/get-header", { body, ...init }),
      options,
      { body },
    );
  }

  /** The functional groups and transaction sets in an interchange. */
  manifest(id: number, options?: CallOptions) {
    return this.core.call(
      "interchangesGetManifest",
      (init) =>
        this.core.raw.GET("/v2/interchanges/get-manifest/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** One page of inbound interchanges. */
  inboxList(body: BodyOf<"interchangesInboxList"> = {}, options?: CallOptions) {
    return this.core.call(
      "interchangesInboxList",
      (init) => this.core.raw.POST("/v2/interchanges/inbox-list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Every inbound interchange matching the filters, page after page: `for await (const i of …)`. */
  inboxAll(filters: FiltersOf<"interchangesInboxList"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "interchangesInboxList",
      filters,
      (body, init) => this.core.raw.POST("/v2/interchanges/inbox-list", { body, ...init }),
      { items: (data) => data.interchanges, totalRecords: (envelope) => envelope.data?.totalRecords },
      options,
    );
  }

  /** One page of outbound interchanges. */
  outboxList(body: BodyOf<"interchangesOutboxList"> = {}, options?: CallOptions) {
    return this.core.call(
      "interchangesOutboxList",
      (init) => this.core.raw.POST("/v2/interchanges/outbox-list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Every outbound interchange matching the filters, page after page. */
  outboxAll(filters: FiltersOf<"interchangesOutboxList"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "interchangesOutboxList",
      filters,
      (body, init) => this.core.raw.POST("/v2/interchanges/outbox-list", { body, ...init }),
      { items: (data) => data.interchanges, totalRecords: (envelope) => envelope.data?.totalRecords },
      options,
    );
  }

  /** Resends an interchange to its original recipient. */
  resend(id: number, options?: CallOptions) {
    return this.core.call(
      "interchangesResendInterchange",
      (init) => this.core.raw.POST("/v2/interchanges/resend/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }
}
