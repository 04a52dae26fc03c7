// The stable shapes the resource methods return, and how each is read from the variants the
// sources document (specs/ecgrid/NOTES.md, "Cross-check against the live service's evidence").
// Every type keeps the fields as received (`[field: string]: unknown`) and guarantees its
// canonical ones: the ID is always an integer, `status` always a string, and the page's field name
// is filled from the guide's, the WSDL's or the live tools' spelling when only that one arrived.
import type { components } from "../generated/openapi.js";
import {
  type JsonRecord,
  listOf,
  normaliseRecord,
  type PageInfo,
  type RecordShape,
  read,
} from "./normalise.js";

// The spec's response enums are already open (`<Enum>Open` = known literals | (string & {})).
type Schemas = components["schemas"];

/** Fields every normalised record may carry from a status object (`{code, description, statusDate}`). */
export interface StatusDetails {
  /** The status object's `description` (or WSDL `statusMessage`), when one arrived. */
  statusDescription?: string;
  statusDate?: string;
}

/** A parcel (`ParcelIDInfo`) as every parcel method returns it (`X10-PAR-2`, `X10-PAR-3`). */
export interface Parcel extends StatusDetails {
  [field: string]: unknown;
  parcelId: number;
  mailboxId?: number;
  networkId?: number;
  fileName?: string;
  /** `bytes`, else WSDL `parcelBytes`, else the guide's `size`. */
  bytes?: number;
  /** Always a string: a status object's `code`, else WSDL `statusCode`. Unknown values pass. */
  status?: Schemas["ParcelStatusOpen"];
  /** `ecGridIdFrom`, else the guide's `fromECGridId`, else the live tools' `from.ecGridId`. */
  ecGridIdFrom?: number;
  ecGridIdTo?: number;
  /** `created`, else WSDL `parcelDate`, else the guide's `receivedDate`. */
  created?: string;
  modified?: string;
}

const ecGridIdIn = (key: string) => (record: JsonRecord) => read(read(record, key), "ecGridId", "ecgridId");

export const PARCEL: RecordShape = {
  what: "parcel",
  id: ["parcelId", "parcelID"],
  integers: {
    mailboxId: ["mailboxId"],
    networkId: ["networkId"],
    bytes: ["bytes", "parcelBytes", "size", "actualBytes"],
    ecGridIdFrom: ["ecGridIdFrom", "fromECGridId"],
    ecGridIdTo: ["ecGridIdTo", "toECGridId"],
  },
  texts: {
    fileName: ["fileName"],
    created: ["created", "parcelDate", "receivedDate"],
    modified: ["modified"],
  },
  nested: { ecGridIdFrom: ecGridIdIn("from"), ecGridIdTo: ecGridIdIn("to") },
  status: true,
};

/** An interchange (`InterchangeIDInfo`, `X10-ICH-1`). */
export interface Interchange extends StatusDetails {
  [field: string]: unknown;
  interchangeId: number;
  parcelId?: number;
  sender?: string;
  receiver?: string;
  standard?: Schemas["EDIStandardOpen"];
  documentType?: string;
  /** Always a string (status object → its `code`, WSDL `statusCode`); unknown values pass. */
  status?: Schemas["InterchangeStatusOpen"];
  /** `created`, else WSDL `interchangeProcessDate`. */
  created?: string;
}

export const INTERCHANGE: RecordShape = {
  what: "interchange",
  id: ["interchangeId", "interchangeID"],
  integers: { parcelId: ["parcelId", "parcelID"] },
  texts: {
    sender: ["sender"],
    receiver: ["receiver"],
    standard: ["standard"],
    documentType: ["documentType"],
    created: ["created", "interchangeProcessDate"],
  },
  status: true,
};

/** An ECGrid ID (`ECGridIDInfo`, `X10-ID-1`). */
export interface EcGridId extends StatusDetails {
  [field: string]: unknown;
  /** `ecGridId`, `ecGridID` or the live tools' `ecgridId`. */
  ecGridId: number;
  mailboxId?: number;
  networkId?: number;
  /** `qualifier`, else the guide's `isaQualifier`. */
  qualifier?: string;
  /** `id`, else the guide's `isaId`. */
  id?: string;
  description?: string;
  status?: Schemas["ECGridIDStatusOpen"];
  /** `routingGroup`, else WSDL `ownerInfo.routingGroup`. */
  routingGroup?: Schemas["RoutingGroupOpen"];
}

export const ECGRID_ID: RecordShape = {
  what: "ECGrid ID",
  id: ["ecGridId", "ecGridID", "ecgridId"],
  integers: { mailboxId: ["mailboxId"], networkId: ["networkId"] },
  texts: {
    qualifier: ["qualifier", "isaQualifier"],
    id: ["id", "isaId"],
    description: ["description"],
    routingGroup: ["routingGroup"],
  },
  nested: { routingGroup: (record) => read(read(record, "ownerInfo"), "routingGroup") },
  status: true,
};

/**
 * The default mailbox of an ECGrid ID: the page's `MailboxDefaultInfo`, or the WSDL's ECGrid ID
 * record of `TPGetMailboxDefault` (X10-ID-2), which names the same mailbox.
 */
export interface MailboxDefault extends StatusDetails {
  [field: string]: unknown;
  mailboxId: number;
  networkId?: number;
  mailboxName?: string;
  /** Present when the server answered with the ECGrid ID record. */
  ecGridId?: number;
  status?: Schemas["ECGridIDStatusOpen"];
}

export const MAILBOX_DEFAULT: RecordShape = {
  what: "default mailbox",
  id: ["mailboxId", "mailboxID"],
  integers: { networkId: ["networkId"], ecGridId: ["ecGridId", "ecGridID", "ecgridId"] },
  texts: { mailboxName: ["mailboxName"] },
  status: true,
};

/** A network (`NetworkIDInfo`, `X10-NET-1`). */
export interface Network extends StatusDetails {
  [field: string]: unknown;
  networkId: number;
  /** `companyName`, else WSDL `name`. */
  companyName?: string;
  status?: Schemas["StatusOpen"];
  created?: string;
  modified?: string;
}

export const NETWORK: RecordShape = {
  what: "network",
  id: ["networkId", "networkID"],
  texts: {
    companyName: ["companyName", "name"],
    created: ["created", "createdDate"],
    modified: ["modified"],
  },
  status: true,
};

/** A mailbox (`MailboxIDInfo`, `X10-NET-1`). */
export interface Mailbox extends StatusDetails {
  [field: string]: unknown;
  mailboxId: number;
  networkId?: number;
  /** `companyName`, else WSDL `name`. */
  companyName?: string;
  status?: Schemas["StatusOpen"];
  /** `created`, else the guide's `createdDate`. */
  created?: string;
  modified?: string;
}

export const MAILBOX: RecordShape = {
  what: "mailbox",
  id: ["mailboxId", "mailboxID"],
  integers: { networkId: ["networkId"] },
  texts: {
    companyName: ["companyName", "name"],
    created: ["created", "createdDate"],
    modified: ["modified"],
  },
  status: true,
};

/** An interconnect (`InterconnectIDInfo`, `X10-PTN-1`). */
export interface Partner extends StatusDetails {
  [field: string]: unknown;
  interconnectId: number;
  /** `ecGridIdFrom`, else WSDL `tp1.ecGridId`. */
  ecGridIdFrom?: number;
  /** `ecGridIdTo`, else WSDL `tp2.ecGridId`. */
  ecGridIdTo?: number;
  /** `Status` or `StatusInterconnect` values; unknown values pass. */
  status?: Schemas["InterconnectStatusOpen"];
  created?: string;
  modified?: string;
}

export const PARTNER: RecordShape = {
  what: "interconnect",
  id: ["interconnectId", "interconnectID"],
  integers: { ecGridIdFrom: ["ecGridIdFrom", "ecGridId1"], ecGridIdTo: ["ecGridIdTo", "ecGridId2"] },
  texts: { created: ["created", "createdDate"], modified: ["modified"] },
  nested: { ecGridIdFrom: ecGridIdIn("tp1"), ecGridIdTo: ecGridIdIn("tp2") },
  status: true,
};

/** A carbon copy rule (`CarbonCopyInfo`, `X10-CC-1`). */
export interface CarbonCopy extends StatusDetails {
  [field: string]: unknown;
  /** `ccId`, else the guide's `carbonCopyId` (or WSDL `carbonCopyID`). */
  ccId: number;
  fromMailboxId?: number;
  /** `toMailboxId`, else the guide's `copyToMailboxId`. */
  toMailboxId?: number;
  status?: Schemas["StatusOpen"];
  direction?: Schemas["DirectionOpen"];
  created?: string;
}

export const CARBON_COPY: RecordShape = {
  what: "carbon copy",
  id: ["ccId", "carbonCopyId", "carbonCopyID"],
  integers: { fromMailboxId: ["fromMailboxId"], toMailboxId: ["toMailboxId", "copyToMailboxId"] },
  texts: { direction: ["direction"], created: ["created", "createdDate"] },
  status: true,
};

/** A communication channel (`CommIDInfo`, `X10-COMM-1`). */
export interface Comm extends StatusDetails {
  [field: string]: unknown;
  commId: number;
  mailboxId?: number;
  /** `commType`, else WSDL `type`. */
  commType?: Schemas["NetworkGatewayCommChannelOpen"];
  identifier?: string;
  status?: Schemas["StatusOpen"];
  useType?: Schemas["UseTypeOpen"];
}

export const COMM: RecordShape = {
  what: "comm",
  id: ["commId", "commID"],
  integers: { mailboxId: ["mailboxId"] },
  texts: { commType: ["commType", "type"], identifier: ["identifier"], useType: ["useType"] },
  status: true,
};

/** A user (`UserIDInfo`, or the session record of `users.me`, `X10-USR-1`). */
export interface User extends StatusDetails {
  [field: string]: unknown;
  userId: number;
  /** `login`, else WSDL `loginName`. */
  login?: string;
  /** `email`, else WSDL `eMail`. */
  email?: string;
  firstName?: string;
  lastName?: string;
  networkId?: number;
  mailboxId?: number;
  authLevel?: Schemas["AuthLevelOpen"];
  status?: Schemas["StatusOpen"];
  created?: string;
}

export const USER: RecordShape = {
  what: "user",
  id: ["userId", "userID"],
  integers: { networkId: ["networkId"], mailboxId: ["mailboxId"] },
  texts: {
    login: ["login", "loginName"],
    email: ["email", "eMail"],
    firstName: ["firstName"],
    lastName: ["lastName"],
    authLevel: ["authLevel"],
    created: ["created", "createdDate"],
  },
  status: true,
};

/** The session record (`auth.session`): the user fields, each optional, `userId` included. */
export type Session = Partial<User> & { [field: string]: unknown };

export const SESSION: RecordShape = {
  ...USER,
  what: "session",
  texts: { ...USER.texts, expiresAt: ["expiresAt", "timeOut"] },
  optionalId: true,
};

/** Reads one record of `shape` at `path` (a list item passes `/data/<items>/<index>`). */
export function recordReader<T>(operation: string, shape: RecordShape) {
  return (value: unknown, path = "/data"): T => normaliseRecord<T>(operation, value, path, shape);
}

/**
 * The records and paging of a list in any documented shape (see `listOf`), each record read with
 * its own JSON Pointer for errors (`/data/parcelIDInfoList/3/parcelId`).
 */
export function pagedRecords<T>(
  operation: string,
  envelope: unknown,
  itemKeys: string[],
  shape: RecordShape,
): { items: T[]; page: PageInfo } {
  const one = recordReader<T>(operation, shape);
  const { items, page, path } = listOf(operation, envelope, itemKeys);
  return { items: items.map((item, index) => one(item, `${path}/${index}`)), page };
}

/** The records of a list in any documented shape, as an array. */
export function listReader<T>(operation: string, shape: RecordShape, itemKeys: string[]) {
  return (envelope: unknown): T[] => pagedRecords<T>(operation, envelope, itemKeys, shape).items;
}

/** The paginator's reader for a list of `shape` records: items and total in any documented shape. */
export function pageReader<T>(operation: string, shape: RecordShape, itemKeys: string[]) {
  const items = listReader<T>(operation, shape, itemKeys);
  return {
    items: (data: unknown) => items({ data }),
    totalRecords: (envelope: unknown) => listOf(operation, envelope, itemKeys).page.totalRecords,
    paging: (envelope: unknown) => listOf(operation, envelope, itemKeys).page,
  };
}
