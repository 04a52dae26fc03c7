import type { CallOptions } from "@edi-clients/runtime";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";

/** ECGrid IDs: the trading partner IDs (ISA qualifier + ID) that route EDI to a mailbox. */
export class Ids extends Resource {
  /** Creates an ECGrid ID and assigns it to a mailbox. */
  create(body: BodyOf<"idsCreateId">, options?: CallOptions) {
    return this.core.call(
      "idsCreateId",
      (init) => this.core.raw.POST("/v2/ids", { body, ...init }),
      options,
      { body },
    );
  }

  /** ECGrid ID details by its numeric ID. */
  get(id: number, options?: CallOptions) {
    return this.core.call(
      "idsGetId",
      (init) => this.core.raw.GET("/v2/ids/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Updates the description, status or EDI standard of an ECGrid ID. */
  update(id: number, body: BodyOf<"idsUpdateId"> = {}, options?: CallOptions) {
    return this.core.call(
      "idsUpdateId",
      (init) => this.core.raw.PUT("/v2/ids/{id}", { params: { path: { id } }, body, ...init }),
      options,
      { path: { id }, body },
    );
  }

  /** Terminates an ECGrid ID, removing it from EDI routing. */
  delete(id: number, options?: CallOptions) {
    return this.core.call(
      "idsDeleteId",
      (init) => this.core.raw.DELETE("/v2/ids/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Finds ECGrid IDs by ISA qualifier and ID. */
  find(body: BodyOf<"idsFindId">, options?: CallOptions) {
    return this.core.call(
      "idsFindId",
      (init) => this.core.raw.POST("/v2/ids/find", { body, ...init }),
      options,
      { body },
    );
  }

  /** One page of ECGrid IDs, filtered by mailbox, network and/or status. */
  list(body: BodyOf<"idsListIds"> = {}, options?: CallOptions) {
    return this.core.call(
      "idsListIds",
      (init) => this.core.raw.POST("/v2/ids/list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Every ECGrid ID matching the filters, page after page: `for await (const id of …)`. */
  listAll(filters: FiltersOf<"idsListIds"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "idsListIds",
      filters,
      (body, init) => this.core.raw.POST("/v2/ids/list", { body, ...init }),
      { items: (data) => data },
      options,
    );
  }

  /** Associates a VAN qualifier and ID with an ECGrid ID for cross-network routing. */
  addVan(body: BodyOf<"idsAddVan">, options?: CallOptions) {
    return this.core.call(
      "idsAddVan",
      (init) => this.core.raw.POST("/v2/ids/tp-add-van", { body, ...init }),
      options,
      { body },
    );
  }

  /** The default mailbox of an ECGrid ID. */
  getMailboxDefault(body: BodyOf<"idsGetMailboxDefault">, options?: CallOptions) {
    return this.core.call(
      "idsGetMailboxDefault",
      (init) => this.core.raw.POST("/v2/ids/tp-get-mailbox-default", { body, ...init }),
      options,
      { body },
    );
  }

  /** Moves a trading partner ECGrid ID to another mailbox. */
  move(body: BodyOf<"idsMoveTp">, options?: CallOptions) {
    return this.core.call(
      "idsMoveTp",
      (init) => this.core.raw.POST("/v2/ids/tp-move", { body, ...init }),
      options,
      { body },
    );
  }

  /** Sets the data delivery email address and email options of an ECGrid ID. */
  updateDataEmail(body: BodyOf<"idsUpdateDataEmail">, options?: CallOptions) {
    return this.core.call(
      "idsUpdateDataEmail",
      (init) => this.core.raw.POST("/v2/ids/tp-update-data-email", { body, ...init }),
      options,
      { body },
    );
  }

  /** Updates the description label of an ECGrid ID. */
  updateDescription(body: BodyOf<"idsUpdateDescription">, options?: CallOptions) {
    return this.core.call(
      "idsUpdateDescription",
      (init) => this.core.raw.POST("/v2/ids/tp-update-description", { body, ...init }),
      options,
      { body },
    );
  }

  /** Sets custom X12 delimiters for an ECGrid ID. */
  setX12Delimiters(body: BodyOf<"idsX12Delimiters">, options?: CallOptions) {
    return this.core.call(
      "idsX12Delimiters",
      (init) => this.core.raw.POST("/v2/ids/tp-x12-delimiters", { body, ...init }),
      options,
      { body },
    );
  }

  /** Updates the advanced configuration settings of an ECGrid ID. */
  updateConfig(body: BodyOf<"idsUpdateConfig">, options?: CallOptions) {
    return this.core.call(
      "idsUpdateConfig",
      (init) => this.core.raw.POST("/v2/ids/update-config", { body, ...init }),
      options,
      { body },
    );
  }
}
