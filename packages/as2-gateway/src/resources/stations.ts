import type { CallOptions } from "@edi-clients/runtime";
import { type QueryOf, Resource } from "../core/resource.js";
import { listStations } from "../generated/operations.js";

/** Local AS2 stations configured in the AS2 Gateway account. */
export class Stations extends Resource {
  /** All stations, or those whose name or AS2 ID contains `query` (partial matches). */
  list(query: QueryOf<"listStations"> = {}, options?: CallOptions) {
    return this.core.call(listStations, { params: { query } }, options);
  }
}
