import type { ApiCall, CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { INTERCHANGES_INPUTS } from "../core/inputs/interchanges.js";
import { INTERCHANGE, type Interchange, recordReader } from "../core/models.js";
import {
  isRecord,
  mapCall,
  type PageInfo,
  read,
  readInteger,
  toBoolean,
  toInteger,
} from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
import type { components } from "../generated/openapi.js";
import {
  interchangesCancelInterchange,
  interchangesGetDate,
  interchangesGetHeader,
  interchangesGetInterchange,
  interchangesGetManifest,
  interchangesInboxList,
  interchangesOutboxList,
  interchangesResendInterchange,
} from "../generated/operations.js";

// Interchange lists arrive as the pages' `{totalRecords, pageNo, recordsPerPage, interchanges}`,
// the WSDL collection `{…, interchangeIDInfoList}` or a bare array (X10-ICH-1).
const INTERCHANGE_ITEMS = ["interchanges", "interchangeIDInfoList"];

/** One page of interchanges: the pages' shape, filled from whichever variant arrived. */
export interface InterchangePage extends PageInfo {
  interchanges: Interchange[];
}

/** What `resend` resolves to: `resent` is false only when the server answered `false`. */
export interface ResendResult {
  resent: boolean;
  /** The new interchange's ID when the server returned one (an integer, or WSDL `InterchangeIDStatus.id`). */
  interchangeId?: number;
  /** The server's answer as received (boolean, integer or `InterchangeIDStatus` object). */
  raw: unknown;
}

/** The ISA fields the page documents for get-header (any one of them marks the page shape). */
const ISA_FIELDS = [
  "authorizationInfoQualifier",
  "senderIdQualifier",
  "senderId",
  "receiverIdQualifier",
  "receiverId",
  "interchangeDate",
  "controlNumber",
  "controlVersionNumber",
  "usageIndicator",
];

/** get-header: the page's parsed ISA fields, or (WSDL `InterchangeHeaderInfo`) an interchange record. */
export type InterchangeHeader = components["schemas"]["InterchangeHeaderInfo"] | Interchange;

/**
 * The page's ISA-field object as it came when any ISA field is present; otherwise the WSDL's
 * interchange record, normalised like `get` (X10-ICH-1).
 */
function headerOf(data: unknown): InterchangeHeader {
  if (isRecord(data) && ISA_FIELDS.some((name) => read(data, name) !== undefined)) {
    return data as components["schemas"]["InterchangeHeaderInfo"];
  }
  return recordReader<Interchange>(interchangesGetHeader.id, INTERCHANGE)(data);
}

const toPage = (interchanges: Interchange[], page: PageInfo): InterchangePage => ({ ...page, interchanges });

/** Interchanges: the ISA envelopes found in parcels. */
export class Interchanges extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, INTERCHANGES_INPUTS);
  }

  /** Interchange details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Interchange> {
    return mapCall(
      this.core.call(interchangesGetInterchange, { params: { path: { id } } }, options),
      recordReader<Interchange>(interchangesGetInterchange.id, INTERCHANGE),
    );
  }

  /** Cancels an outbound interchange that has not been delivered yet. */
  cancel(id: number, options?: CallOptions) {
    return this.core.call(interchangesCancelInterchange, { params: { path: { id } } }, options);
  }

  /** Parses the date out of a raw ISA header. */
  getDate(body: BodyOf<"interchangesGetDate">, options?: CallOptions) {
    return this.core.call(interchangesGetDate, { body }, options);
  }

  /** Parses a raw ISA header into its fields. */
  getHeader(body: BodyOf<"interchangesGetHeader">, options?: CallOptions): ApiCall<InterchangeHeader> {
    return mapCall(this.core.call(interchangesGetHeader, { body }, options), headerOf);
  }

  /** The functional groups and transaction sets in an interchange. */
  manifest(id: number, options?: CallOptions) {
    return this.core.call(interchangesGetManifest, { params: { path: { id } } }, options);
  }

  /**
   * Inbound interchanges: `await` gives the page the body asks for (default the first, 500 a
   * page); `for await (const i of …)` every interchange from that page on.
   */
  inboxList(
    body: BodyOf<"interchangesInboxList"> = {},
    options?: ListOptions,
  ): PagePromise<InterchangePage, Interchange> {
    return recordPages(
      this.core,
      interchangesInboxList,
      body,
      options,
      INTERCHANGE,
      INTERCHANGE_ITEMS,
      toPage,
    );
  }

  /** Outbound interchanges, as `inboxList`. */
  outboxList(
    body: BodyOf<"interchangesOutboxList"> = {},
    options?: ListOptions,
  ): PagePromise<InterchangePage, Interchange> {
    return recordPages(
      this.core,
      interchangesOutboxList,
      body,
      options,
      INTERCHANGE,
      INTERCHANGE_ITEMS,
      toPage,
    );
  }

  /** Resends an interchange to its original recipient. */
  /**
   * Resends an interchange to its original recipient. The page answers `true`, the WSDL an
   * `InterchangeIDStatus` object, the SOAP client an integer: all resolve to `{resent, raw}`.
   */
  resend(id: number, options?: CallOptions): ApiCall<ResendResult> {
    return mapCall(
      this.core.call(interchangesResendInterchange, { params: { path: { id } } }, options),
      (data): ResendResult => {
        const interchangeId = isRecord(data) ? readInteger(data, "id", "interchangeId") : toInteger(data);
        return {
          resent: toBoolean(data) ?? true,
          ...(interchangeId === undefined ? {} : { interchangeId }),
          raw: data,
        };
      },
    );
  }
}
