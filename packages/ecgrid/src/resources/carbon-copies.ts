import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import { CARBON_COPY, type CarbonCopy, listReader, pageReader, recordReader } from "../core/models.js";
import { fromEnvelope, mapCall, recordOrFetch } from "../core/normalise.js";
import { CARBON_COPY_RECORDS_PER_PAGE, type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";
import {
  carbonCopiesCreateCarbonCopy,
  carbonCopiesDeleteCarbonCopy,
  carbonCopiesGetCarbonCopy,
  carbonCopiesListCarbonCopies,
  carbonCopiesUpdateCarbonCopy,
} from "../generated/operations.js";

/** Carbon copies: rules that duplicate a mailbox's traffic into another mailbox. */
export class CarbonCopies extends Resource {
  /** Carbon copy rule by ID. */
  get(id: number, options?: CallOptions): ApiCall<CarbonCopy> {
    return mapCall(
      this.core.call(carbonCopiesGetCarbonCopy, { params: { path: { id } } }, options),
      recordReader<CarbonCopy>("carbonCopiesGetCarbonCopy", CARBON_COPY),
    );
  }

  /** Creates a rule that copies traffic from one mailbox to another. */
  create(body: BodyOf<"carbonCopiesCreateCarbonCopy">, options?: CallOptions): ApiCall<CarbonCopy> {
    return mapCall(this.core.call(carbonCopiesCreateCarbonCopy, { body }, options), (data) =>
      recordOrFetch(
        "carbonCopiesCreateCarbonCopy",
        data,
        recordReader<CarbonCopy>("carbonCopiesCreateCarbonCopy", CARBON_COPY),
        (id) => this.get(id, options),
      ),
    );
  }

  /** Changes the status or direction of a carbon copy rule. */
  update(body: BodyOf<"carbonCopiesUpdateCarbonCopy">, options?: CallOptions): ApiCall<CarbonCopy> {
    return mapCall(this.core.call(carbonCopiesUpdateCarbonCopy, { body }, options), (data) =>
      recordOrFetch(
        "carbonCopiesUpdateCarbonCopy",
        data,
        recordReader<CarbonCopy>("carbonCopiesUpdateCarbonCopy", CARBON_COPY),
        (id) => this.get(id, options),
        body?.ccId,
      ),
    );
  }

  /** Deletes a carbon copy rule. */
  delete(id: number, options?: CallOptions) {
    return this.core.call(carbonCopiesDeleteCarbonCopy, { params: { path: { id } } }, options);
  }

  /** One page of a mailbox's carbon copy rules (up to 1000 per page). */
  list(body: BodyOf<"carbonCopiesListCarbonCopies"> = {}, options?: CallOptions): ApiCall<CarbonCopy[]> {
    return fromEnvelope(
      this.core.request(carbonCopiesListCarbonCopies, { body }, options),
      listReader<CarbonCopy>("carbonCopiesListCarbonCopies", CARBON_COPY, ["carbonCopyIDInfoList"]),
    );
  }

  /** Every carbon copy rule matching the filters, page after page: `for await (const cc of …)`. */
  listAll(filters: FiltersOf<"carbonCopiesListCarbonCopies"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "carbonCopiesListCarbonCopies",
      filters,
      (body, init) => this.core.raw.POST("/v2/carboncopies/list", { body, ...init }),
      // This list reports its paging metadata next to `data` in the envelope, not inside it.
      pageReader<CarbonCopy>("carbonCopiesListCarbonCopies", CARBON_COPY, ["carbonCopyIDInfoList"]),
      options,
      CARBON_COPY_RECORDS_PER_PAGE,
    );
  }
}
