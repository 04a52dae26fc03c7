// Which AS2 Gateway operations may be repeated blindly by the transport.
//
// "non-idempotent": the call sends or deletes something; it is repeated only when the request
// provably never reached the server (or was refused with 429). A lost answer to `sendMessage` must
// never become a second AS2 message to a trading partner.
// "idempotent": reads (even POST ones such as the batch download), and calls that set a state
// (mark read/unread, stop/resume retrying): repeating them converges to the same state.
import type { Idempotency } from "@edi-clients/runtime";
import type { operations } from "../generated/openapi.js";

export type OperationId = keyof operations;

export const OPERATION_IDEMPOTENCY: Readonly<Record<OperationId, Idempotency>> = {
  authorize: "idempotent", // a second token does not invalidate the first
  sendMessage: "non-idempotent",
  listReceivedMessages: "idempotent",
  listSentMessages: "idempotent",
  listFailedMessages: "idempotent",
  listQueuedMessages: "idempotent",
  getReceivedMessage: "idempotent", // also with markAsRead=true: marking twice leaves it read
  getSentMessage: "idempotent",
  getFailedMessage: "idempotent",
  getQueuedMessage: "idempotent",
  markReceivedMessageUnread: "idempotent",
  downloadFirstReceivedAttachment: "idempotent",
  downloadReceivedAttachmentByIndex: "idempotent",
  downloadAllReceivedAttachments: "idempotent",
  downloadFirstSentAttachment: "idempotent",
  downloadSentAttachmentByIndex: "idempotent",
  downloadAllSentAttachments: "idempotent",
  downloadReceivedAttachmentsBatch: "idempotent",
  downloadReceivedMdn: "idempotent",
  downloadSentMdn: "idempotent",
  stopQueuedMessageRetry: "idempotent",
  resumeQueuedMessageRetry: "idempotent",
  deleteMessage: "non-idempotent", // a repeat after success would answer 404 and hide the success
  deleteMessages: "non-idempotent",
  listPartners: "idempotent",
  listStations: "idempotent",
};
