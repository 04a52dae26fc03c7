import type { CallOptions } from "@edi-clients/runtime";
import { type QueryOf, Resource } from "../core/resource.js";
import { listPartners } from "../generated/operations.js";

/** Trading partners configured in the AS2 Gateway account. */
export class Partners extends Resource {
  /** All partners, or those whose name or AS2 ID contains `query` (partial matches). */
  list(query: QueryOf<"listPartners"> = {}, options?: CallOptions) {
    return this.core.call(listPartners, { params: { query } }, options);
  }
}
