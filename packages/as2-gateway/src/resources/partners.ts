import type { CallOptions } from "@edi-clients/runtime";
import { type QueryOf, Resource } from "../core/resource.js";

/** Trading partners configured in the AS2 Gateway account. */
export class Partners extends Resource {
  /** All partners, or those whose name or AS2 ID contains `query` (partial matches). */
  list(query: QueryOf<"listPartners"> = {}, options?: CallOptions) {
    return this.core.call(
      "listPartners",
      (init) => this.core.raw.GET("/v1/partner", { params: { query }, ...init }),
      options,
      { query },
    );
  }
}
