import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import { MAILBOX, type Mailbox, pagedRecords, pageReader, recordReader } from "../core/models.js";
import { doneOf, fromEnvelope, mapCall, type PageInfo, recordOrFetch } from "../core/normalise.js";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";
import {
  mailboxesCreateMailbox,
  mailboxesDeleteMailbox,
  mailboxesGetMailbox,
  mailboxesListMailboxes,
  mailboxesUpdateConfig,
  mailboxesUpdateMailbox,
  mailboxesX12Delimiters,
} from "../generated/operations.js";

/** One page of mailboxes: the pages' shape, filled from a bare array too (X10-NET-1). */
export interface MailboxPage extends PageInfo {
  mailboxes: Mailbox[];
}

/** Mailboxes: the accounts within a network that send and receive parcels. */
export class Mailboxes extends Resource {
  /** Mailbox details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Mailbox> {
    return mapCall(
      this.core.call(mailboxesGetMailbox, { params: { path: { id } } }, options),
      recordReader<Mailbox>("mailboxesGetMailbox", MAILBOX),
    );
  }

  /** Creates a mailbox under a network. */
  create(body: BodyOf<"mailboxesCreateMailbox">, options?: CallOptions): ApiCall<Mailbox> {
    return mapCall(this.core.call(mailboxesCreateMailbox, { body }, options), (data) =>
      recordOrFetch(
        "mailboxesCreateMailbox",
        data,
        recordReader<Mailbox>("mailboxesCreateMailbox", MAILBOX),
        (id) => this.get(id, options),
      ),
    );
  }

  /** Updates a mailbox's profile. */
  update(body: BodyOf<"mailboxesUpdateMailbox">, options?: CallOptions): ApiCall<Mailbox> {
    return mapCall(this.core.call(mailboxesUpdateMailbox, { body }, options), (data) =>
      recordOrFetch(
        "mailboxesUpdateMailbox",
        data,
        recordReader<Mailbox>("mailboxesUpdateMailbox", MAILBOX),
        (id) => this.get(id, options),
        body?.mailboxId,
      ),
    );
  }

  /** Permanently terminates a mailbox. */
  delete(id: number, options?: CallOptions): ApiCall<boolean> {
    return mapCall(this.core.call(mailboxesDeleteMailbox, { params: { path: { id } } }, options), doneOf);
  }

  /** One page of the mailboxes accessible to the caller. */
  list(body: BodyOf<"mailboxesListMailboxes"> = {}, options?: CallOptions): ApiCall<MailboxPage> {
    return fromEnvelope(this.core.request(mailboxesListMailboxes, { body }, options), (envelope) => {
      const { items, page } = pagedRecords<Mailbox>(
        "mailboxesListMailboxes",
        envelope,
        ["mailboxes"],
        MAILBOX,
      );
      return { ...page, mailboxes: items };
    });
  }

  /** Every mailbox matching the filters, page after page: `for await (const m of …)`. */
  listAll(filters: FiltersOf<"mailboxesListMailboxes"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "mailboxesListMailboxes",
      filters,
      (body, init) => this.core.raw.POST("/v2/mailboxes/list", { body, ...init }),
      pageReader<Mailbox>("mailboxesListMailboxes", MAILBOX, ["mailboxes"]),
      options,
    );
  }

  /** Updates a mailbox's operational configuration settings. */
  updateConfig(body: BodyOf<"mailboxesUpdateConfig">, options?: CallOptions): ApiCall<boolean> {
    return mapCall(this.core.call(mailboxesUpdateConfig, { body }, options), doneOf);
  }

  /** Sets the X12 delimiters of a mailbox, overriding the network's. */
  setX12Delimiters(body: BodyOf<"mailboxesX12Delimiters">, options?: CallOptions): ApiCall<boolean> {
    return mapCall(this.core.call(mailboxesX12Delimiters, { body }, options), doneOf);
  }
}
