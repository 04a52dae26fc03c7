import type { CallOptions } from "@edi-clients/runtime";
import { Resource } from "../core/resource.js";

/** Status lists: the valid status codes of parcels, interchanges and other objects. */
export class StatusLists extends Resource {
  /** Every valid status code of the current API version, per object type. */
  get(options?: CallOptions) {
    return this.core.call(
      "statusListsGetStatusLists",
      (init) => this.core.raw.GET("/v2/status-lists", { ...init }),
      options,
    );
  }
}
