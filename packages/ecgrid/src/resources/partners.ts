import type { CallOptions } from "@edi-clients/runtime";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";

/** Partners: interconnects that permit EDI routing between two ECGrid IDs. */
export class Partners extends Resource {
  /** Creates an interconnect between two ECGrid IDs. */
  create(body: BodyOf<"partnersCreatePartner">, options?: CallOptions) {
    return this.core.call(
      "partnersCreatePartner",
      (init) => this.core.raw.POST("/v2/partners", { body, ...init }),
      options,
      { body },
    );
  }

  /** Interconnect details by ID. */
  get(id: number, options?: CallOptions) {
    return this.core.call(
      "partnersGetPartner",
      (init) => this.core.raw.GET("/v2/partners/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Terminates an interconnect, ending routing between the two trading partners. */
  delete(id: number, options?: CallOptions) {
    return this.core.call(
      "partnersDeletePartner",
      (init) => this.core.raw.DELETE("/v2/partners/{id}", { params: { path: { id } }, ...init }),
      options,
      { path: { id } },
    );
  }

  /** Number of interconnects of an ECGrid ID, optionally by status. */
  count(body: BodyOf<"partnersCountPartners">, options?: CallOptions) {
    return this.core.call(
      "partnersCountPartners",
      (init) => this.core.raw.POST("/v2/partners/count", { body, ...init }),
      options,
      { body },
    );
  }

  /** One page of the interconnects of an ECGrid ID. */
  list(body: BodyOf<"partnersListPartners">, options?: CallOptions) {
    return this.core.call(
      "partnersListPartners",
      (init) => this.core.raw.POST("/v2/partners/list", { body, ...init }),
      options,
      { body },
    );
  }

  /** Every interconnect of an ECGrid ID, page after page: `for await (const p of …)`. */
  listAll(filters: FiltersOf<"partnersListPartners">, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "partnersListPartners",
      filters,
      (body, init) => this.core.raw.POST("/v2/partners/list", { body, ...init }),
      { items: (data) => data },
      options,
    );
  }

  /** Adds an audit note to an interconnect. */
  addNote(body: BodyOf<"partnersAddNote">, options?: CallOptions) {
    return this.core.call(
      "partnersAddNote",
      (init) => this.core.raw.POST("/v2/partners/note", { body, ...init }),
      options,
      { body },
    );
  }

  /** All audit notes of an interconnect. */
  listNotes(body: BodyOf<"partnersListNotes">, options?: CallOptions) {
    return this.core.call(
      "partnersListNotes",
      (init) => this.core.raw.POST("/v2/partners/notelist", { body, ...init }),
      options,
      { body },
    );
  }
}
