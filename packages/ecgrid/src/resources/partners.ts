import type { ApiCall, CallOptions, ListOptions, PagePromise } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { PARTNERS_INPUTS } from "../core/inputs/partners.js";
import { PARTNER, type Partner, recordReader } from "../core/models.js";
import {
  isRecord,
  mapCall,
  ResponseShapeError,
  read,
  readText,
  recordOrFetch,
  toInteger,
} from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  partnersAddNote,
  partnersCountPartners,
  partnersCreatePartner,
  partnersDeletePartner,
  partnersGetPartner,
  partnersListNotes,
  partnersListPartners,
} from "../generated/operations.js";

/** Partners: interconnects that permit EDI routing between two ECGrid IDs. */
export class Partners extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, PARTNERS_INPUTS);
  }

  /** Creates an interconnect between two ECGrid IDs. */
  create(body: BodyOf<"partnersCreatePartner">, options?: CallOptions): ApiCall<Partner> {
    return mapCall(this.core.call(partnersCreatePartner, { body }, options), (data) =>
      recordOrFetch(
        partnersCreatePartner.id,
        data,
        recordReader<Partner>(partnersCreatePartner.id, PARTNER),
        (id) => this.get(id, options),
      ),
    );
  }

  /** Interconnect details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Partner> {
    return mapCall(
      this.core.call(partnersGetPartner, { params: { path: { id } } }, options),
      recordReader<Partner>(partnersGetPartner.id, PARTNER),
    );
  }

  /** Terminates an interconnect, ending routing between the two trading partners. */
  delete(id: number, options?: CallOptions) {
    return this.core.call(partnersDeletePartner, { params: { path: { id } } }, options);
  }

  /** Number of interconnects of an ECGrid ID, optionally by status. */
  count(body: BodyOf<"partnersCountPartners">, options?: CallOptions): ApiCall<number> {
    return mapCall(this.core.call(partnersCountPartners, { body }, options), countOf);
  }

  /**
   * The interconnects of an ECGrid ID: `await` gives the page the body asks for (default the
   * first, 500 a page); `for await (const p of …)` every interconnect from that page on.
   */
  list(body: BodyOf<"partnersListPartners">, options?: ListOptions): PagePromise<Partner[], Partner> {
    return recordPages(this.core, partnersListPartners, body, options, PARTNER, ["interconnectIDInfoList"]);
  }

  /** Adds an audit note to an interconnect. */
  addNote(body: BodyOf<"partnersAddNote">, options?: CallOptions) {
    return this.core.call(partnersAddNote, { body }, options);
  }

  /** All audit notes of an interconnect. */
  listNotes(body: BodyOf<"partnersListNotes">, options?: CallOptions): ApiCall<PartnerNote[]> {
    return mapCall(this.core.call(partnersListNotes, { body }, options), (data) => notesOf(data));
  }
}

/** An interconnect note: the page's `{text, timestamp, userId}`, filled from WSDL `InterconnectNote`. */
export interface PartnerNote {
  [field: string]: unknown;
  /** `text`, else WSDL `note`. */
  text?: string;
  /** `timestamp`, else WSDL `noteDate`. */
  timestamp?: string;
  userId?: number;
}

function notesOf(data: unknown): PartnerNote[] {
  if (data == null) return [];
  if (!Array.isArray(data)) {
    throw new ResponseShapeError(partnersListNotes.id, "/data", "an array of notes", data);
  }
  return data.map((note, index) => {
    if (!isRecord(note)) {
      throw new ResponseShapeError(partnersListNotes.id, `/data/${index}`, "a note object", note);
    }
    const out: PartnerNote = { ...note };
    const text = readText(note, "text", "note");
    const timestamp = readText(note, "timestamp", "noteDate");
    const userId = toInteger(read(note, "userId"));
    if (text !== undefined) out.text = text;
    if (timestamp !== undefined) out.timestamp = timestamp;
    if (userId !== undefined) out.userId = userId;
    return out;
  });
}

/**
 * The count as a number: the page's integer, or a single-number object/row (the SOAP service
 * returns a DataSet). Anything else is a precise shape error, never a guessed number (X10-PTN-1).
 */
function countOf(data: unknown): number {
  const direct = toInteger(data);
  if (direct !== undefined) return direct;
  const row = Array.isArray(data) && data.length === 1 ? data[0] : data;
  if (isRecord(row)) {
    const named = toInteger(read(row, "count", "total", "totalRecords"));
    if (named !== undefined) return named;
    const numbers = Object.values(row)
      .map(toInteger)
      .filter((n) => n !== undefined);
    if (numbers.length === 1 && numbers[0] !== undefined) return numbers[0];
  }
  throw new ResponseShapeError(partnersCountPartners.id, "/data", "an integer count", data);
}
