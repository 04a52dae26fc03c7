import type { CallOptions } from "@edi-clients/runtime";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";

/** Mailboxes: the accounts within a network that send and receive parcels. */
export class Mailboxes extends Resource {
  /** Mailbox details by ID. */
  get(id: number, options?: CallOptions) {
    return this.core.call(
      "mailboxesGetMailbox",
      (init) => this.core.raw.GET("/v2/mailboxes/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Creates a mailbox under a network. */
  create(body: BodyOf<"mailboxesCreateMailbox">, options?: CallOptions) {
    return this.core.call(
      "mailboxesCreateMailbox",
      (init) => this.core.raw.POST("/v2/mailboxes/create", { body, ...init }),
      options,
      { body },
    );
  }

  /** Updates a mailbox's profile. */
  update(body: BodyOf<"mailboxesUpdateMailbox">, options?: CallOptions) {
    return this.core.call(
      "mailboxesUpdateMailbox",
      (init) => this.core.raw.POST("/v2/mailboxes/update", { body, ...init }),
      options,
      { body },
    );
  }

  /** Permanently terminates a mailbox. */
  delete(id: number, options?: CallOptions) {
    return this.core.call(
      "mailboxesDeleteMailbox",
      (init) => this.core.raw.DELETE("/v2/mailboxes/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** One page of the mailboxes accessible to the caller. */
  list(body: BodyOf<"mailboxesListMailboxes"> = {}, options?: CallOptions) {
    return this.core.call(
      "mailboxesListMailboxes",
      (init) => this.core.raw.POST("/v2/mailboxes/list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Every mailbox matching the filters, page after page: `for await (const m of …)`. */
  listAll(filters: FiltersOf<"mailboxesListMailboxes"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "mailboxesListMailboxes",
      filters,
      (body, init) => this.core.raw.POST("/v2/mailboxes/list", { body, ...init }),
      { items: (data) => data.mailboxes, totalRecords: (envelope) => envelope.data?.totalRecords },
      options,
    );
  }

  /** Updates a mailbox's operational configuration settings. */
  updateConfig(body: BodyOf<"mailboxesUpdateConfig">, options?: CallOptions) {
    return this.core.call(
      "mailboxesUpdateConfig",
      (init) => this.core.raw.POST("/v2/mailboxes/update-config", { body, ...init }),
      options,
      { body },
    );
  }

  /** Sets the X12 delimiters of a mailbox, overriding the network's. */
  setX12Delimiters(body: BodyOf<"mailboxesX12Delimiters">, options?: CallOptions) {
    return this.core.call(
      "mailboxesX12Delimiters",
      (init) => this.core.raw.POST("/v2/mailboxes/x12-delimiters", { body, ...init }),
      options,
      { body },
    );
  }
}
