import { INT64_MAX, integer, optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { ID, ID64, MAILBOX_OR_ROOT, PAGING, SHORT, TEXT } from "../input-rules.js";

/** The input rules of the `callbacks…` operations (see ../input-rules.ts). */
export const CALLBACKS_INPUTS: InputsOf<"callbacks"> = {
  callbacksDeleteCallback: { body: { callbackId: ID } },
  callbacksCreateCallback: {
    body: {
      url: TEXT,
      event: TEXT,
      mailboxId: opt(ID),
      networkId: opt(ID),
      userId: opt(ID),
      frequency: opt(SHORT),
      maxRetries: opt(SHORT),
      objectStatus: opt(SHORT),
    },
  },
  callbacksEventList: { body: { mailboxId: opt(MAILBOX_OR_ROOT), networkId: opt(ID), ...PAGING } },
  callbacksGetEventById: { body: { callbackEventId: ID, queueCount: opt(integer(1, 32_767)) } },
  /** A queue-entry id (`callBackQueueId`, int64): the live service documents ids from 0. */
  callbacksGetQueueById: { query: { callbackId: integer(0, INT64_MAX) } },
  callbacksQueueList: {
    body: {
      mailboxId: opt(MAILBOX_OR_ROOT),
      networkId: opt(ID),
      maxDays: opt(integer(1, 365)),
      ...PAGING,
    },
  },
  callbacksTestCallback: {
    body: { callbackId: ID, parcelId: opt(ID64), interchangeId: opt(ID64), userId: opt(ID) },
  },
  callbacksUpdateCallback: { body: { callbackId: ID } },
};
