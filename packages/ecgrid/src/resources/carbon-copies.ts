import type { ApiCall, CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { CARBON_COPIES_INPUTS } from "../core/inputs/carbon-copies.js";
import { CARBON_COPY, type CarbonCopy, recordReader } from "../core/models.js";
import { mapCall, recordOrFetch } from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  carbonCopiesCreateCarbonCopy,
  carbonCopiesDeleteCarbonCopy,
  carbonCopiesGetCarbonCopy,
  carbonCopiesListCarbonCopies,
  carbonCopiesUpdateCarbonCopy,
} from "../generated/operations.js";

/** Carbon copies: rules that duplicate a mailbox's traffic into another mailbox. */
export class CarbonCopies extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, CARBON_COPIES_INPUTS);
  }

  /** Carbon copy rule by ID. */
  get(id: number, options?: CallOptions): ApiCall<CarbonCopy> {
    return mapCall(
      this.core.call(carbonCopiesGetCarbonCopy, { params: { path: { id } } }, options),
      recordReader<CarbonCopy>(carbonCopiesGetCarbonCopy.id, CARBON_COPY),
    );
  }

  /** Creates a rule that copies traffic from one mailbox to another. */
  create(body: BodyOf<"carbonCopiesCreateCarbonCopy">, options?: CallOptions): ApiCall<CarbonCopy> {
    return mapCall(this.core.call(carbonCopiesCreateCarbonCopy, { body }, options), (data) =>
      recordOrFetch(
        carbonCopiesCreateCarbonCopy.id,
        data,
        recordReader<CarbonCopy>(carbonCopiesCreateCarbonCopy.id, CARBON_COPY),
        (id) => this.get(id, options),
      ),
    );
  }

  /** Changes the status or direction of a carbon copy rule. */
  update(body: BodyOf<"carbonCopiesUpdateCarbonCopy">, options?: CallOptions): ApiCall<CarbonCopy> {
    return mapCall(this.core.call(carbonCopiesUpdateCarbonCopy, { body }, options), (data) =>
      recordOrFetch(
        carbonCopiesUpdateCarbonCopy.id,
        data,
        recordReader<CarbonCopy>(carbonCopiesUpdateCarbonCopy.id, CARBON_COPY),
        (id) => this.get(id, options),
        body?.ccId,
      ),
    );
  }

  /** Deletes a carbon copy rule. */
  delete(id: number, options?: CallOptions) {
    return this.core.call(carbonCopiesDeleteCarbonCopy, { params: { path: { id } } }, options);
  }

  /**
   * A mailbox's carbon copy rules: `await` gives the page the body asks for (default the first,
   * 1000 a page: this list's documented maximum); `for await (const cc of …)` every rule from that
   * page on. The paging metadata comes next to `data` in the envelope, not inside it.
   */
  list(
    body: BodyOf<"carbonCopiesListCarbonCopies"> = {},
    options?: ListOptions,
  ): PagePromise<CarbonCopy[], CarbonCopy> {
    return recordPages(this.core, carbonCopiesListCarbonCopies, body, options, CARBON_COPY, [
      "carbonCopyIDInfoList",
    ]);
  }
}
