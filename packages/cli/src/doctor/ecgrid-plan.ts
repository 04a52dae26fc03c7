// What `edi-clients ecgrid doctor` calls, in order: only reads. ECGrid sends most reads as POST, so
// the method proves nothing; every entry names its operationId, and the tests check each one
// against the spec (method + path) and the generated OPERATIONS table (x-idempotent), and check
// that a server saw nothing else. Never here: downloads (parcels/download changes the parcel's state, NOTES "For doctor"),
// confirm, send-test-file, test-callback, updates, creates, deletes — nor the Keys group, whose
// values are secrets and whose request shape is still being settled (NOTES X10-KEYS-1).
import type { DoctorStep, StepRequest } from "./engine.js";
import { dataOf, field, firstItem, positiveId } from "./read.js";

/** One page: the client's default page size, so a doctor run reads what a list command reads first. */
const PAGE = { pageNo: 1, recordsPerPage: 25 } as const;

const page =
  (extra: Record<string, unknown> = {}) =>
  (): StepRequest => ({ body: { ...extra, ...PAGE } });

/** Keeps the first ID found under `key` (an earlier list's ID wins). */
function keepId(key: string, ...names: string[]) {
  return (body: unknown, context: Record<string, unknown>) => {
    context[key] ??= positiveId(field(firstItem(body), ...names));
  };
}

function withId(key: string, missing: string) {
  return (context: Record<string, unknown>): StepRequest | { skip: string } => {
    const id = context[key];
    return typeof id === "number" ? { path: { id } } : { skip: missing };
  };
}

export const ECGRID_DOCTOR_STEPS: readonly DoctorStep[] = [
  { operation: "authVersion", method: "GET", path: "/v2/auth/version", readOnly: "version" },
  {
    operation: "usersGetMe",
    method: "GET",
    path: "/v2/users/me",
    readOnly: "who am I",
    capture(body, context) {
      const me = dataOf(body);
      context.networkId = positiveId(field(me, "networkId", "networkID"));
      context.mailboxId = positiveId(field(me, "mailboxId", "mailboxID"));
    },
  },
  {
    operation: "networksGetNetwork",
    method: "GET",
    path: "/v2/networks/{id}",
    readOnly: "detail (MCP read-only get-network)",
    request: withId("networkId", "the user has no network ID"),
  },
  {
    operation: "mailboxesGetMailbox",
    method: "GET",
    path: "/v2/mailboxes/{id}",
    readOnly: "detail (MCP read-only get-mailbox)",
    request: withId("mailboxId", "the user has no mailbox ID"),
  },
  {
    operation: "networksListNetworks",
    method: "POST",
    path: "/v2/networks/list",
    readOnly: "list (ECGridOS NetworkList)",
    request: page(),
  },
  {
    operation: "mailboxesListMailboxes",
    method: "POST",
    path: "/v2/mailboxes/list",
    readOnly: "list (MCP read-only list-mailboxes)",
    request: page(),
  },
  {
    operation: "idsListIds",
    method: "POST",
    path: "/v2/ids/list",
    readOnly: "list (MCP read-only list-ids)",
    request: page(),
    capture: keepId("ecGridId", "ecGridId", "ecGridID", "ecgridId"),
  },
  {
    operation: "partnersListPartners",
    method: "POST",
    path: "/v2/partners/list",
    readOnly: "list (MCP read-only list-partners)",
    request: (context) =>
      typeof context.ecGridId === "number"
        ? { body: { ecGridId: context.ecGridId, ...PAGE } }
        : { skip: "no ECGrid ID listed to list the partners of" },
  },
  {
    operation: "parcelsInboxList",
    method: "POST",
    path: "/v2/parcels/inbox-list",
    readOnly: "list (ECGridOS ParcelInBox; listing changes no parcel)",
    request: page(),
    capture: keepId("parcelId", "parcelId", "parcelID"),
  },
  {
    operation: "parcelsOutboxList",
    method: "POST",
    path: "/v2/parcels/outbox-list",
    readOnly: "list (ECGridOS ParcelOutBox)",
    request: page(),
    capture: keepId("parcelId", "parcelId", "parcelID"),
  },
  {
    operation: "parcelsGetParcel",
    method: "GET",
    path: "/v2/parcels/{id}",
    readOnly: "detail (MCP read-only get-parcel; not parcels/download, which is not read-only)",
    request: withId("parcelId", "no parcel in the inbox or outbox"),
  },
  {
    operation: "interchangesInboxList",
    method: "POST",
    path: "/v2/interchanges/inbox-list",
    readOnly: "list (ECGridOS InterchangeInBox)",
    request: page(),
    capture: keepId("interchangeId", "interchangeId", "interchangeID"),
  },
  {
    operation: "interchangesOutboxList",
    method: "POST",
    path: "/v2/interchanges/outbox-list",
    readOnly: "list (ECGridOS InterchangeOutBox)",
    request: page(),
    capture: keepId("interchangeId", "interchangeId", "interchangeID"),
  },
  {
    operation: "interchangesGetInterchange",
    method: "GET",
    path: "/v2/interchanges/{id}",
    readOnly: "detail (MCP read-only get-interchange)",
    request: withId("interchangeId", "no interchange in the inbox or outbox"),
  },
  {
    operation: "callbacksEventList",
    method: "POST",
    path: "/v2/callbacks/event-list",
    readOnly: "list (MCP read-only list-callbacks)",
    request: page(),
  },
  {
    operation: "callbacksQueueList",
    method: "POST",
    path: "/v2/callbacks/queue-list",
    readOnly: "list (MCP read-only list-callback-queue)",
    request: page(),
  },
  {
    operation: "carbonCopiesListCarbonCopies",
    method: "POST",
    path: "/v2/carboncopies/list",
    readOnly: "list (MCP read-only list-carbon-copies)",
    request: page(),
  },
  {
    operation: "commsListComms",
    method: "POST",
    path: "/v2/comms/list",
    readOnly: "list (MCP read-only list-comms)",
    request: () => ({ body: {} }),
  },
  {
    operation: "usersListUsers",
    method: "POST",
    path: "/v2/users/list",
    readOnly: "list (MCP read-only list-users)",
    request: page(),
  },
  {
    operation: "statusListsGetStatusLists",
    method: "GET",
    path: "/v2/status-lists",
    readOnly: "reference lists (MCP read-only)",
  },
  {
    operation: "reportsReportList",
    method: "GET",
    path: "/v2/reports/{ShowInactive}",
    readOnly: "list of report descriptors",
    request: () => ({ path: { ShowInactive: "false" } }),
  },
];

/** ECGrid answers some failures with a success status and `success: false`. */
export function ecgridFailure(body: unknown): string | undefined {
  return typeof body === "object" && body !== null && (body as { success?: unknown }).success === false
    ? "success: false"
    : undefined;
}
