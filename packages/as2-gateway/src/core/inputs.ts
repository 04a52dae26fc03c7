// What every AS2 Gateway operation takes, as data: a rule for every path, query and JSON body field
// of specs/as2-gateway/openapi.yaml (enums, `minimum`/`maximum`, `maxItems`, `required`).
// `As2GatewayCore.request` checks a method's input against its operation's entry before any request.
// The table's type comes from the generated operations, so `tsc` fails when an operation, an
// integer field or a required field has no rule; test/inputs.test.ts compares every rule with the spec.
// IDs that end up in the URL path (and the message IDs of the bulk bodies) must not be blank: an
// empty segment would address another resource.
import {
  arrayOf,
  boolean,
  integer,
  type OperationRules,
  oneOf,
  optional as opt,
  type StringRule,
  string,
} from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";
import type { OperationId } from "../generated/operations.js";

// Straight from the generated types, not from resource.ts (which imports this module).
type Query = NonNullable<operations["listReceivedMessages"]["parameters"]["query"]>;
type MessageType = operations["deleteMessage"]["parameters"]["path"]["messageType"];

/** An AS2 message, station or partner ID: a URL path segment, never blank. */
export const MESSAGE_ID: StringRule = { type: "string", nonBlank: true };
const ID = MESSAGE_ID;
/** Message IDs per batch or bulk-delete request (the API's documented maximum). */
const IDS_PER_REQUEST = 100;
const MESSAGE_TYPES = [
  "received",
  "sent",
  "queued",
  "stopped",
  "failed",
] as const satisfies readonly MessageType[];
const PARTNER_TYPE = opt(oneOf(["production", "test"] satisfies NonNullable<Query["partnerType"]>[]));
const PAGED = {
  sortCol: opt(
    oneOf(["persistedTimestamp", "receiverId", "senderId", "subject"] satisfies NonNullable<
      Query["sortCol"]
    >[]),
  ),
  sortDir: opt(oneOf(["asc", "desc"] satisfies NonNullable<Query["sortDir"]>[])),
  partnerType: PARTNER_TYPE,
  /** A zero-based page number. */
  pageOffset: opt(integer(0)),
  pageLength: opt(integer(1, 100)),
};
const TEXT = opt(string());
const FILTERS = { partnerAS2Id: TEXT, stationAS2Id: TEXT, as2MessageId: TEXT, subject: TEXT };
const MARK = { markAsRead: opt(boolean()) };
const MESSAGE = { path: { as2MessageId: ID } };
const RECEIVED = { ...MESSAGE, query: MARK };

/** Typed from the generated operations: `tsc` wants a rule for every integer and required field. */
export const OPERATION_INPUTS: { readonly [Op in OperationId]: OperationRules<operations[Op]> } = {
  authorize: { body: { username: string(), password: string() } },
  sendMessage: {
    path: { as2StationId: ID, as2PartnerId: ID },
    query: { partnerType: PARTNER_TYPE, subject: TEXT, profile: TEXT },
  },
  listReceivedMessages: { query: { ...PAGED, ...FILTERS, unreadOnly: opt(boolean()) } },
  listSentMessages: { query: { ...PAGED, ...FILTERS } },
  listFailedMessages: { query: { ...PAGED, ...FILTERS } },
  listQueuedMessages: { query: { ...PAGED, query: TEXT } },
  getReceivedMessage: RECEIVED,
  getSentMessage: MESSAGE,
  getFailedMessage: MESSAGE,
  getQueuedMessage: MESSAGE,
  markReceivedMessageUnread: MESSAGE,
  downloadFirstReceivedAttachment: RECEIVED,
  downloadReceivedAttachmentByIndex: { path: { as2MessageId: ID, index: integer(0) }, query: MARK },
  downloadAllReceivedAttachments: RECEIVED,
  downloadFirstSentAttachment: MESSAGE,
  downloadSentAttachmentByIndex: { path: { as2MessageId: ID, index: integer(0) } },
  downloadAllSentAttachments: MESSAGE,
  downloadReceivedAttachmentsBatch: { query: MARK, body: arrayOf(ID, IDS_PER_REQUEST) },
  downloadReceivedMdn: RECEIVED,
  downloadSentMdn: MESSAGE,
  stopQueuedMessageRetry: MESSAGE,
  resumeQueuedMessageRetry: MESSAGE,
  deleteMessage: { path: { messageType: oneOf(MESSAGE_TYPES), as2MessageId: ID } },
  deleteMessages: { path: { messageType: oneOf(MESSAGE_TYPES) }, body: arrayOf(ID, IDS_PER_REQUEST) },
  listPartners: { query: { query: TEXT } },
  listStations: { query: { query: TEXT } },
};
