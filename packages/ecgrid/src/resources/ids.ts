import type { ApiCall, CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { IDS_INPUTS } from "../core/inputs/ids.js";
import {
  ECGRID_ID,
  type EcGridId,
  listReader,
  MAILBOX_DEFAULT,
  type MailboxDefault,
  recordReader,
} from "../core/models.js";
import {
  doneOf,
  fromEnvelope,
  isRecord,
  mapCall,
  readInteger,
  recordOrFetch,
  toInteger,
} from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  idsAddVan,
  idsCreateId,
  idsDeleteId,
  idsFindId,
  idsGetId,
  idsGetMailboxDefault,
  idsListIds,
  idsMoveTp,
  idsUpdateConfig,
  idsUpdateDataEmail,
  idsUpdateDescription,
  idsUpdateId,
  idsX12Delimiters,
} from "../generated/operations.js";

/** What `addVan` resolves to: the ECGrid ID is there when the server returned one (WSDL `TPAddVAN`). */
export interface AddVanResult {
  added: boolean;
  ecGridId?: number;
}

/** ECGrid IDs: the trading partner IDs (ISA qualifier + ID) that route EDI to a mailbox. */
export class Ids extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, IDS_INPUTS);
  }

  /** Creates an ECGrid ID and assigns it to a mailbox. */
  create(body: BodyOf<"idsCreateId">, options?: CallOptions): ApiCall<EcGridId> {
    return mapCall(this.core.call(idsCreateId, { body }, options), (data) =>
      recordOrFetch(idsCreateId.id, data, recordReader<EcGridId>(idsCreateId.id, ECGRID_ID), (id) =>
        this.get(id, options),
      ),
    );
  }

  /** ECGrid ID details by its numeric ID. */
  get(id: number, options?: CallOptions): ApiCall<EcGridId> {
    return mapCall(
      this.core.call(idsGetId, { params: { path: { id } } }, options),
      recordReader<EcGridId>(idsGetId.id, ECGRID_ID),
    );
  }

  /** Updates the description, status or EDI standard of an ECGrid ID. */
  update(id: number, body: BodyOf<"idsUpdateId"> = {}, options?: CallOptions): ApiCall<EcGridId> {
    return mapCall(this.core.call(idsUpdateId, { params: { path: { id } }, body }, options), (data) =>
      recordOrFetch(
        idsUpdateId.id,
        data,
        recordReader<EcGridId>(idsUpdateId.id, ECGRID_ID),
        (id) => this.get(id, options),
        id,
      ),
    );
  }

  /** Terminates an ECGrid ID, removing it from EDI routing. */
  delete(id: number, options?: CallOptions) {
    return this.core.call(idsDeleteId, { params: { path: { id } } }, options);
  }

  /** Finds ECGrid IDs by ISA qualifier and ID. */
  find(body: BodyOf<"idsFindId">, options?: CallOptions): ApiCall<EcGridId[]> {
    return fromEnvelope(
      this.core.request(idsFindId, { body }, options),
      listReader<EcGridId>(idsFindId.id, ECGRID_ID, ["ecGridIDInfoList"]),
    );
  }

  /**
   * ECGrid IDs, filtered by mailbox, network and/or status: `await` gives the page the body asks
   * for (default the first, 500 a page); `for await (const id of …)` every ID from that page on.
   */
  list(body: BodyOf<"idsListIds"> = {}, options?: ListOptions): PagePromise<EcGridId[], EcGridId> {
    return recordPages(this.core, idsListIds, body, options, ECGRID_ID, ["ecGridIDInfoList"]);
  }

  /** Associates a VAN qualifier and ID with an ECGrid ID for cross-network routing. */
  addVan(body: BodyOf<"idsAddVan">, options?: CallOptions): ApiCall<AddVanResult> {
    return mapCall(this.core.call(idsAddVan, { body }, options), (data): AddVanResult => {
      // The page answers `true`; the WSDL's TPAddVAN creates an ECGrid ID and answers its number.
      const ecGridId = isRecord(data) ? readInteger(data, "ecGridId", "ecgridId") : toInteger(data);
      return ecGridId === undefined ? { added: doneOf(data) } : { added: true, ecGridId };
    });
  }

  /** The default mailbox of an ECGrid ID. */
  getMailboxDefault(body: BodyOf<"idsGetMailboxDefault">, options?: CallOptions): ApiCall<MailboxDefault> {
    return mapCall(
      this.core.call(idsGetMailboxDefault, { body }, options),
      recordReader<MailboxDefault>(idsGetMailboxDefault.id, MAILBOX_DEFAULT),
    );
  }

  /** Moves a trading partner ECGrid ID to another mailbox. */
  move(body: BodyOf<"idsMoveTp">, options?: CallOptions): ApiCall<EcGridId> {
    return mapCall(this.core.call(idsMoveTp, { body }, options), (data) =>
      recordOrFetch(
        idsMoveTp.id,
        data,
        recordReader<EcGridId>(idsMoveTp.id, ECGRID_ID),
        (id) => this.get(id, options),
        body?.ecGridId,
      ),
    );
  }

  /** Sets the data delivery email address and email options of an ECGrid ID. */
  updateDataEmail(body: BodyOf<"idsUpdateDataEmail">, options?: CallOptions) {
    return this.core.call(idsUpdateDataEmail, { body }, options);
  }

  /** Updates the description label of an ECGrid ID. */
  updateDescription(body: BodyOf<"idsUpdateDescription">, options?: CallOptions) {
    return this.core.call(idsUpdateDescription, { body }, options);
  }

  /** Sets custom X12 delimiters for an ECGrid ID. */
  setX12Delimiters(body: BodyOf<"idsX12Delimiters">, options?: CallOptions) {
    return this.core.call(idsX12Delimiters, { body }, options);
  }

  /** Updates the advanced configuration settings of an ECGrid ID. */
  updateConfig(body: BodyOf<"idsUpdateConfig">, options?: CallOptions) {
    return this.core.call(idsUpdateConfig, { body }, options);
  }
}
