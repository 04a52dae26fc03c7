import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import { NETWORK, type Network, pagedRecords, pageReader, recordReader } from "../core/models.js";
import { doneOf, fromEnvelope, mapCall, type PageInfo, recordOrFetch } from "../core/normalise.js";
import { type PagedListOptions, paginateList } from "../core/pagination.js";
import { type BodyOf, type FiltersOf, Resource } from "../core/resource.js";
import {
  networksGetContact,
  networksGetNetwork,
  networksListNetworks,
  networksUpdateConfig,
  networksUpdateNetwork,
  networksX12Delimiters,
} from "../generated/operations.js";

/** One page of networks: the pages' shape, filled from a bare array too (X10-NET-1). */
export interface NetworkPage extends PageInfo {
  networks: Network[];
}

/** Networks: the top level of the ECGrid hierarchy (network → mailboxes → IDs). */
export class Networks extends Resource {
  /** Network details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Network> {
    return mapCall(
      this.core.call(networksGetNetwork, { params: { path: { id } } }, options),
      recordReader<Network>("networksGetNetwork", NETWORK),
    );
  }

  /** One page of the networks visible to the caller. */
  list(body: BodyOf<"networksListNetworks"> = {}, options?: CallOptions): ApiCall<NetworkPage> {
    return fromEnvelope(this.core.request(networksListNetworks, { body }, options), (envelope) => {
      const { items, page } = pagedRecords<Network>("networksListNetworks", envelope, ["networks"], NETWORK);
      return { ...page, networks: items };
    });
  }

  /** Every network matching the filters, page after page: `for await (const n of …)`. */
  listAll(filters: FiltersOf<"networksListNetworks"> = {}, options?: PagedListOptions) {
    return paginateList(
      this.core,
      "networksListNetworks",
      filters,
      (body, init) => this.core.raw.POST("/v2/networks/list", { body, ...init }),
      pageReader<Network>("networksListNetworks", NETWORK, ["networks"]),
      options,
    );
  }

  /** Updates a network's profile (company name, address, phone, website). */
  update(body: BodyOf<"networksUpdateNetwork">, options?: CallOptions): ApiCall<Network> {
    return mapCall(this.core.call(networksUpdateNetwork, { body }, options), (data) =>
      recordOrFetch(
        "networksUpdateNetwork",
        data,
        recordReader<Network>("networksUpdateNetwork", NETWORK),
        (id) => this.get(id, options),
        body?.networkId,
      ),
    );
  }

  /** The contact of a network for one contact role. */
  getContact(body: BodyOf<"networksGetContact">, options?: CallOptions) {
    return this.core.call(networksGetContact, { body }, options);
  }

  /** Updates a network's operational configuration settings. */
  updateConfig(body: BodyOf<"networksUpdateConfig">, options?: CallOptions): ApiCall<boolean> {
    return mapCall(this.core.call(networksUpdateConfig, { body }, options), doneOf);
  }

  /** Sets the X12 element, sub-element and segment delimiters of a network. */
  setX12Delimiters(body: BodyOf<"networksX12Delimiters">, options?: CallOptions): ApiCall<boolean> {
    return mapCall(this.core.call(networksX12Delimiters, { body }, options), doneOf);
  }
}
