// Interchanges (issue 11 item 2): derived from the X12 envelopes of the parcels' files, not stored. Each
// ISA…IEA of a parcel is one interchange (ID = parcel ID × 100 + its index in the file), with its ISA13
// control number, ISA09/ISA10 date, and the GS…GE functional groups it holds (GS06 control number, GS01
// functional ID, the ST…SE transaction sets counted). An inbox parcel's interchanges are the mailbox's
// inbox interchanges, an outbox parcel's its outbox ones.
import type { Context } from "hono";
import type { CallbackRouteContext } from "./ecgrid-callbacks.js";
import type { SeedUser } from "./seed.js";
import type { Direction, ParcelRecord, SandboxState } from "./state.js";

/** The interchange operations the sandbox serves: method, spec path, operationId. */
export const INTERCHANGE_OPERATIONS = [
  ["GET", "/v2/interchanges/{id}", "interchangesGetInterchange"],
  ["POST", "/v2/interchanges/inbox-list", "interchangesInboxList"],
  ["POST", "/v2/interchanges/outbox-list", "interchangesOutboxList"],
] as const;

export interface FunctionalGroup {
  /** GS01, e.g. `PO`. */
  functionalId: string;
  /** GS06. */
  controlNumber: string;
  /** The ST01 of each transaction set, in order. */
  transactionSets: string[];
  /** GE01 as sent (undefined when the GE is missing). */
  declaredCount?: number;
}

export interface X12Interchange {
  sender: string;
  receiver: string;
  /** ISA13. */
  controlNumber: string;
  /** ISA09 + ISA10 as an ISO date-time (UTC; YYMMDD read as 20YY). */
  dateTime?: string;
  groups: FunctionalGroup[];
  /** IEA01 as sent (undefined when the IEA is missing). */
  declaredGroups?: number;
  /** Characters from ISA to the end of IEA. */
  length: number;
}

/** Every ISA…IEA interchange of `text`, with its groups; empty when the text is not X12. */
export function readInterchanges(text: string): X12Interchange[] {
  const start = text.indexOf("ISA");
  if (start < 0 || text.length < start + 106) return [];
  const element = text.charAt(start + 3);
  const isaElements = text.slice(start).split(element, 17);
  if (isaElements.length < 17) return [];
  // ISA16 is one character; the segment terminator follows it.
  const terminatorAt = start + isaElements.slice(0, 16).join(element).length + 2;
  const terminator = text.charAt(terminatorAt);
  if (terminator === "") return [];
  const found: X12Interchange[] = [];
  let current: X12Interchange | undefined;
  let group: FunctionalGroup | undefined;
  let offset = start;
  let isaOffset = start;
  for (const raw of text.slice(start).split(terminator)) {
    const segment = raw.trim();
    const at = offset;
    offset += raw.length + 1;
    if (segment === "") continue;
    const e = segment.split(element);
    const id = e[0];
    const field = (index: number) => (e[index] ?? "").trim();
    if (id === "ISA") {
      isaOffset = at + raw.indexOf("ISA");
      current = {
        sender: `${field(5)}:${field(6)}`,
        receiver: `${field(7)}:${field(8)}`,
        controlNumber: field(13),
        groups: [],
        length: 0,
      };
      const date = field(9);
      const time = field(10);
      if (/^\d{6}$/.test(date) && /^\d{4}$/.test(time)) {
        current.dateTime = `20${date.slice(0, 2)}-${date.slice(2, 4)}-${date.slice(4, 6)}T${time.slice(0, 2)}:${time.slice(2, 4)}:00Z`;
      }
      found.push(current);
    } else if (id === "GS" && current) {
      group = { functionalId: field(1), controlNumber: field(6), transactionSets: [] };
      current.groups.push(group);
    } else if (id === "ST" && group) {
      group.transactionSets.push(field(1));
    } else if (id === "GE" && group) {
      group.declaredCount = Number(field(1));
      group = undefined;
    } else if (id === "IEA" && current) {
      current.declaredGroups = Number(field(1));
      current.length = at + raw.length + 1 - isaOffset;
      current = undefined;
    }
  }
  return found;
}

/** Registers the interchange routes over the parcels of `state`. */
export function registerInterchanges(
  ctx: CallbackRouteContext,
  state: SandboxState,
  mailboxFor: (user: SeedUser, requested: unknown) => number,
): void {
  const { route, ok, fail } = ctx;
  const mailboxOfEcgridId = (ecGridId: number) => state.seed.ecgridIds.find((i) => i.ecGridId === ecGridId);
  const networkOf = (mailboxId: number | undefined) =>
    state.seed.mailboxes.find((m) => m.mailboxId === mailboxId)?.networkId;

  const interchangesOf = (parcel: ParcelRecord) => {
    const text = Buffer.from(parcel.content, "base64").toString("latin1");
    const mailboxIdFrom = mailboxOfEcgridId(parcel.ecGridIdFrom)?.mailboxId;
    const mailboxIdTo = mailboxOfEcgridId(parcel.ecGridIdTo)?.mailboxId;
    return readInterchanges(text).map((x, index) => {
      const transactionSets = x.groups.flatMap((g) => g.transactionSets);
      return {
        interchangeId: parcel.parcelId * 100 + index,
        parcelId: parcel.parcelId,
        sender: x.sender,
        receiver: x.receiver,
        standard: "X12",
        ...(transactionSets[0] === undefined ? {} : { documentType: transactionSets[0] }),
        status: parcel.status,
        created: parcel.created,
        ...(mailboxIdFrom === undefined ? {} : { mailboxIdFrom, networkIdFrom: networkOf(mailboxIdFrom) }),
        ...(mailboxIdTo === undefined ? {} : { mailboxIdTo, networkIdTo: networkOf(mailboxIdTo) }),
        bytes: x.length,
        interchangeControlId: x.controlNumber,
        ...(x.dateTime === undefined ? {} : { interchangeDateTime: x.dateTime }),
        groupCount: x.groups.length,
        transactionCount: transactionSets.length,
        groups: x.groups.map((g) => ({
          functionalId: g.functionalId,
          groupControlNumber: g.controlNumber,
          transactionCount: g.transactionSets.length,
          transactionSets: g.transactionSets,
        })),
      };
    });
  };

  const list =
    (direction: Direction) =>
    ({ c, user, body }: { c: Context; user: SeedUser; body: Record<string, unknown> }) => {
      const mailboxId = mailboxFor(user, body.mailboxId);
      const begin = typeof body.beginDate === "string" ? Date.parse(body.beginDate) : undefined;
      const end = typeof body.endDate === "string" ? Date.parse(body.endDate) : undefined;
      const matching = state.data.parcels
        .filter((p) => p.direction === direction && p.mailboxId === mailboxId)
        .filter((p) => body.ecGridIdFrom === undefined || p.ecGridIdFrom === body.ecGridIdFrom)
        .filter((p) => body.ecGridIdTo === undefined || p.ecGridIdTo === body.ecGridIdTo)
        .filter((p) => begin === undefined || Date.parse(p.created) >= begin)
        .filter((p) => end === undefined || Date.parse(p.created) <= end)
        .sort((a, b) => a.parcelId - b.parcelId)
        .flatMap(interchangesOf)
        .filter(
          (x) =>
            body.interchangeControlId === undefined || x.interchangeControlId === body.interchangeControlId,
        );
      const pageNo = (body.pageNo as number | undefined) ?? 1;
      const recordsPerPage = (body.recordsPerPage as number | undefined) ?? 100;
      const interchanges = matching.slice((pageNo - 1) * recordsPerPage, pageNo * recordsPerPage);
      const info = { totalRecords: matching.length, pageNo, recordsPerPage };
      return ok(c, { ...info, interchanges }, info);
    };

  route("GET", "/v2/interchanges/{id}", ({ c, user }) => {
    const id = Number(c.req.param("id"));
    const parcel = state.parcel(Math.floor(id / 100));
    const found =
      parcel && parcel.mailboxId === user.mailboxId
        ? interchangesOf(parcel).find((x) => x.interchangeId === id)
        : undefined;
    if (!found) throw fail(404, `Interchange ${id} was not found.`, "ObjectNotFound");
    return ok(c, found);
  });
  route("POST", "/v2/interchanges/inbox-list", list("inbox"));
  route("POST", "/v2/interchanges/outbox-list", list("outbox"));
}
