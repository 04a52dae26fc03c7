/**
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Source: specs/as2-gateway/openapi.yaml (operationId, method, path, x-idempotent, x-pagination)
 * Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.
 */
import type { Operation } from "@edi-clients/runtime";

/** Obtain a JWT token */
export const authorize = { id: "authorize", method: "POST", path: "/v1/authorize", idempotent: true } as const satisfies Operation;
/** Send (enqueue) an AS2 message */
export const sendMessage = { id: "sendMessage", method: "POST", path: "/v1/message/{as2StationId}/{as2PartnerId}", idempotent: false } as const satisfies Operation;
/** List received messages */
export const listReceivedMessages = { id: "listReceivedMessages", method: "GET", path: "/v1/message/received", idempotent: true, pagination: { in: "query", page: "pageOffset", size: "pageLength", firstPage: 0, minSize: 1, maxSize: 100, defaultSize: 100 } } as const satisfies Operation;
/** List successfully sent messages */
export const listSentMessages = { id: "listSentMessages", method: "GET", path: "/v1/message/sent", idempotent: true, pagination: { in: "query", page: "pageOffset", size: "pageLength", firstPage: 0, minSize: 1, maxSize: 100, defaultSize: 100 } } as const satisfies Operation;
/** List send-failed messages */
export const listFailedMessages = { id: "listFailedMessages", method: "GET", path: "/v1/message/failed", idempotent: true, pagination: { in: "query", page: "pageOffset", size: "pageLength", firstPage: 0, minSize: 1, maxSize: 100, defaultSize: 100 } } as const satisfies Operation;
/** List queued (pending-send) messages */
export const listQueuedMessages = { id: "listQueuedMessages", method: "GET", path: "/v1/message/queued", idempotent: true, pagination: { in: "query", page: "pageOffset", size: "pageLength", firstPage: 0, minSize: 1, maxSize: 100, defaultSize: 100 } } as const satisfies Operation;
/** Get a received message */
export const getReceivedMessage = { id: "getReceivedMessage", method: "GET", path: "/v1/message/received/{as2MessageId}", idempotent: true } as const satisfies Operation;
/** Get a sent message */
export const getSentMessage = { id: "getSentMessage", method: "GET", path: "/v1/message/sent/{as2MessageId}", idempotent: true } as const satisfies Operation;
/** Get a send-failed message */
export const getFailedMessage = { id: "getFailedMessage", method: "GET", path: "/v1/message/failed/{as2MessageId}", idempotent: true } as const satisfies Operation;
/** Get a queued (pending-send) message */
export const getQueuedMessage = { id: "getQueuedMessage", method: "GET", path: "/v1/message/queued/{as2MessageId}", idempotent: true } as const satisfies Operation;
/** Mark a received message as unread */
export const markReceivedMessageUnread = { id: "markReceivedMessageUnread", method: "POST", path: "/v1/message/received/{as2MessageId}/markUnread", idempotent: true } as const satisfies Operation;
/** Download the first attachment of a received message */
export const downloadFirstReceivedAttachment = { id: "downloadFirstReceivedAttachment", method: "GET", path: "/v1/message/received/{as2MessageId}/attachments", idempotent: true } as const satisfies Operation;
/** Download one attachment of a received message by index */
export const downloadReceivedAttachmentByIndex = { id: "downloadReceivedAttachmentByIndex", method: "GET", path: "/v1/message/received/{as2MessageId}/attachments/{index}", idempotent: true } as const satisfies Operation;
/** Download all attachments of a received message */
export const downloadAllReceivedAttachments = { id: "downloadAllReceivedAttachments", method: "GET", path: "/v1/message/received/{as2MessageId}/attachments/all", idempotent: true } as const satisfies Operation;
/** Download the first attachment of a sent message */
export const downloadFirstSentAttachment = { id: "downloadFirstSentAttachment", method: "GET", path: "/v1/message/sent/{as2MessageId}/attachments", idempotent: true } as const satisfies Operation;
/** Download one attachment of a sent message by index */
export const downloadSentAttachmentByIndex = { id: "downloadSentAttachmentByIndex", method: "GET", path: "/v1/message/sent/{as2MessageId}/attachments/{index}", idempotent: true } as const satisfies Operation;
/** Download all attachments of a sent message */
export const downloadAllSentAttachments = { id: "downloadAllSentAttachments", method: "GET", path: "/v1/message/sent/{as2MessageId}/attachments/all", idempotent: true } as const satisfies Operation;
/** Batch-download attachments of several received messages */
export const downloadReceivedAttachmentsBatch = { id: "downloadReceivedAttachmentsBatch", method: "POST", path: "/v1/message/received/batch/attachments", idempotent: true } as const satisfies Operation;
/** Download the MDN of a received message */
export const downloadReceivedMdn = { id: "downloadReceivedMdn", method: "GET", path: "/v1/message/received/{as2MessageId}/mdn", idempotent: true } as const satisfies Operation;
/** Download the MDN of a sent message */
export const downloadSentMdn = { id: "downloadSentMdn", method: "GET", path: "/v1/message/sent/{as2MessageId}/mdn", idempotent: true } as const satisfies Operation;
/** Stop retrying a queued message */
export const stopQueuedMessageRetry = { id: "stopQueuedMessageRetry", method: "POST", path: "/v1/message/queued/{as2MessageId}/stop", idempotent: true } as const satisfies Operation;
/** Resume retrying a stopped message */
export const resumeQueuedMessageRetry = { id: "resumeQueuedMessageRetry", method: "POST", path: "/v1/message/queued/{as2MessageId}/retry", idempotent: true } as const satisfies Operation;
/** Delete one message of a category */
export const deleteMessage = { id: "deleteMessage", method: "DELETE", path: "/v1/{messageType}/{as2MessageId}", idempotent: false } as const satisfies Operation;
/** Bulk-delete messages of a category */
export const deleteMessages = { id: "deleteMessages", method: "DELETE", path: "/v1/{messageType}", idempotent: false } as const satisfies Operation;
/** List or search partners */
export const listPartners = { id: "listPartners", method: "GET", path: "/v1/partner", idempotent: true } as const satisfies Operation;
/** List or search stations */
export const listStations = { id: "listStations", method: "GET", path: "/v1/station", idempotent: true } as const satisfies Operation;

/** Every operation by operationId (importing this keeps all of them in a bundle). */
export const OPERATIONS = {
  authorize,
  sendMessage,
  listReceivedMessages,
  listSentMessages,
  listFailedMessages,
  listQueuedMessages,
  getReceivedMessage,
  getSentMessage,
  getFailedMessage,
  getQueuedMessage,
  markReceivedMessageUnread,
  downloadFirstReceivedAttachment,
  downloadReceivedAttachmentByIndex,
  downloadAllReceivedAttachments,
  downloadFirstSentAttachment,
  downloadSentAttachmentByIndex,
  downloadAllSentAttachments,
  downloadReceivedAttachmentsBatch,
  downloadReceivedMdn,
  downloadSentMdn,
  stopQueuedMessageRetry,
  resumeQueuedMessageRetry,
  deleteMessage,
  deleteMessages,
  listPartners,
  listStations,
} as const;

export type OperationId = keyof typeof OPERATIONS;
