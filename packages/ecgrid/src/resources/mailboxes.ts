import type { ApiCall, CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { MAILBOXES_INPUTS } from "../core/inputs/mailboxes.js";
import { MAILBOX, type Mailbox, recordReader } from "../core/models.js";
import { doneOf, mapCall, type PageInfo, recordOrFetch } from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
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
  constructor(core: ECGridSlimCore) {
    super(core, MAILBOXES_INPUTS);
  }

  /** Mailbox details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Mailbox> {
    return mapCall(
      this.core.call(mailboxesGetMailbox, { params: { path: { id } } }, options),
      recordReader<Mailbox>(mailboxesGetMailbox.id, MAILBOX),
    );
  }

  /** Creates a mailbox under a network. */
  create(body: BodyOf<"mailboxesCreateMailbox">, options?: CallOptions): ApiCall<Mailbox> {
    return mapCall(this.core.call(mailboxesCreateMailbox, { body }, options), (data) =>
      recordOrFetch(
        mailboxesCreateMailbox.id,
        data,
        recordReader<Mailbox>(mailboxesCreateMailbox.id, MAILBOX),
        (id) => this.get(id, options),
      ),
    );
  }

  /** Updates a mailbox's profile. */
  update(body: BodyOf<"mailboxesUpdateMailbox">, options?: CallOptions): ApiCall<Mailbox> {
    return mapCall(this.core.call(mailboxesUpdateMailbox, { body }, options), (data) =>
      recordOrFetch(
        mailboxesUpdateMailbox.id,
        data,
        recordReader<Mailbox>(mailboxesUpdateMailbox.id, MAILBOX),
        (id) => this.get(id, options),
        body?.mailboxId,
      ),
    );
  }

  /** Permanently terminates a mailbox. */
  delete(id: number, options?: CallOptions): ApiCall<boolean> {
    return mapCall(this.core.call(mailboxesDeleteMailbox, { params: { path: { id } } }, options), doneOf);
  }

  /**
   * The mailboxes accessible to the caller: `await` gives the page the body asks for (default the
   * first, 500 a page); `for await (const m of …)` every mailbox from that page on.
   */
  list(
    body: BodyOf<"mailboxesListMailboxes"> = {},
    options?: ListOptions,
  ): PagePromise<MailboxPage, Mailbox> {
    return recordPages(
      this.core,
      mailboxesListMailboxes,
      body,
      options,
      MAILBOX,
      ["mailboxes"],
      (mailboxes, page) => ({
        ...page,
        mailboxes,
      }),
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
