import type { ApiCall, CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { NETWORKS_INPUTS } from "../core/inputs/networks.js";
import { NETWORK, type Network, recordReader } from "../core/models.js";
import { doneOf, mapCall, type PageInfo, recordOrFetch } from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
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
  constructor(core: ECGridSlimCore) {
    super(core, NETWORKS_INPUTS);
  }

  /** Network details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Network> {
    return mapCall(
      this.core.call(networksGetNetwork, { params: { path: { id } } }, options),
      recordReader<Network>(networksGetNetwork.id, NETWORK),
    );
  }

  /**
   * The networks visible to the caller: `await` gives the page the body asks for (default the
   * first, 500 a page); `for await (const n of …)` gives every network from that page on.
   */
  list(body: BodyOf<"networksListNetworks"> = {}, options?: ListOptions): PagePromise<NetworkPage, Network> {
    return recordPages(
      this.core,
      networksListNetworks,
      body,
      options,
      NETWORK,
      ["networks"],
      (networks, page) => ({
        ...page,
        networks,
      }),
    );
  }

  /** Updates a network's profile (company name, address, phone, website). */
  update(body: BodyOf<"networksUpdateNetwork">, options?: CallOptions): ApiCall<Network> {
    return mapCall(this.core.call(networksUpdateNetwork, { body }, options), (data) =>
      recordOrFetch(
        networksUpdateNetwork.id,
        data,
        recordReader<Network>(networksUpdateNetwork.id, NETWORK),
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
