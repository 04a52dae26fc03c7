// What `edi-clients as2 doctor` calls, in order: only GET reads. AS2 Gateway has no version or
// who-am-I operation; the stations list (your own AS2 identities) stands in for who-am-I. The
// received-message detail is asked with `markAsRead=false`, so nothing is marked read; attachments
// and MDNs are never downloaded (the received ones take markAsRead too), nothing is sent, stopped,
// resumed, marked or deleted. The tests check every entry against the spec and the
// client's generated OPERATIONS table (x-idempotent), and that a server saw nothing else.
import type { DoctorStep, StepRequest } from "./engine.js";
import { field, firstItem, stringId } from "./read.js";

/** One page: the first records of each list. */
const PAGE = { pageOffset: 0, pageLength: 10 } as const;

const page = () => (): StepRequest => ({ query: { ...PAGE } });

function keepMessageId(key: string) {
  return (body: unknown, context: Record<string, unknown>) => {
    context[key] = stringId(field(firstItem(body), "as2MessageId"));
  };
}

function withMessageId(key: string, missing: string, query: StepRequest["query"] = undefined) {
  return (context: Record<string, unknown>): StepRequest | { skip: string } => {
    const as2MessageId = context[key];
    return typeof as2MessageId === "string"
      ? { path: { as2MessageId }, ...(query ? { query } : {}) }
      : { skip: missing };
  };
}

export const AS2_DOCTOR_STEPS: readonly DoctorStep[] = [
  { operation: "listStations", method: "GET", path: "/v1/station", readOnly: "your stations (who am I)" },
  { operation: "listPartners", method: "GET", path: "/v1/partner", readOnly: "list" },
  {
    operation: "listReceivedMessages",
    method: "GET",
    path: "/v1/message/received",
    readOnly: "list (marks nothing read: only the get/download calls take markAsRead)",
    request: page(),
    capture: keepMessageId("received"),
  },
  {
    operation: "getReceivedMessage",
    method: "GET",
    path: "/v1/message/received/{as2MessageId}",
    readOnly: "detail with markAsRead=false",
    request: withMessageId("received", "no received message", { markAsRead: false }),
  },
  {
    operation: "listSentMessages",
    method: "GET",
    path: "/v1/message/sent",
    readOnly: "list",
    request: page(),
    capture: keepMessageId("sent"),
  },
  {
    operation: "getSentMessage",
    method: "GET",
    path: "/v1/message/sent/{as2MessageId}",
    readOnly: "detail",
    request: withMessageId("sent", "no sent message"),
  },
  {
    operation: "listFailedMessages",
    method: "GET",
    path: "/v1/message/failed",
    readOnly: "list",
    request: page(),
    capture: keepMessageId("failed"),
  },
  {
    operation: "getFailedMessage",
    method: "GET",
    path: "/v1/message/failed/{as2MessageId}",
    readOnly: "detail",
    request: withMessageId("failed", "no failed message"),
  },
  {
    operation: "listQueuedMessages",
    method: "GET",
    path: "/v1/message/queued",
    readOnly: "list",
    request: page(),
    capture: keepMessageId("queued"),
  },
  {
    operation: "getQueuedMessage",
    method: "GET",
    path: "/v1/message/queued/{as2MessageId}",
    readOnly: "detail",
    request: withMessageId("queued", "no queued message"),
  },
];
