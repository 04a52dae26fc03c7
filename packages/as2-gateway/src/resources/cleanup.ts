// Deleting messages: one at a time, or in bulk (chunked into the API's 100 IDs per request).
import { type CallOptions, ValidationError } from "@edi-clients/runtime";
import {
  checkMessageId,
  checkMessageIds,
  type GenericResponse,
  type MessageType,
  Resource,
} from "../core/resource.js";

/** IDs per bulk-delete request (the API's documented maximum). */
export const MAX_IDS_PER_DELETE = 100;

const MESSAGE_TYPES: readonly MessageType[] = ["received", "sent", "queued", "stopped", "failed"];

export interface DeleteManyResult {
  /** IDs sent for deletion (duplicates removed), in order. */
  requested: string[];
  /** The server's answer to each bulk request, in order (e.g. "Deleted 3 messages"). */
  responses: GenericResponse[];
}

/** Deletes messages and queue entries of a category: received, sent, queued, stopped or failed. */
export class Cleanup extends Resource {
  /** Deletes one message of the category. Not repeated once it may have reached the server. */
  delete(messageType: MessageType, as2MessageId: string, options?: CallOptions) {
    checkType(messageType, "deleteMessage");
    checkMessageId(as2MessageId, "deleteMessage");
    return this.core.call(
      "deleteMessage",
      (init) =>
        this.core.raw.DELETE("/v1/{messageType}/{as2MessageId}", {
          params: { path: { messageType, as2MessageId } },
          ...init,
        }),
      options,
    );
  }

  /**
   * Deletes any number of messages of the category, 100 per request. Every ID is checked before
   * the first request; a failing chunk stops the run (earlier chunks stay deleted).
   */
  async deleteMany(
    messageType: MessageType,
    as2MessageIds: readonly string[],
    options?: CallOptions,
  ): Promise<DeleteManyResult> {
    checkType(messageType, "deleteMessages");
    const ids = checkMessageIds(as2MessageIds, Number.POSITIVE_INFINITY, "deleteMessages");
    const responses: GenericResponse[] = [];
    for (let at = 0; at < ids.length; at += MAX_IDS_PER_DELETE) {
      const chunk = ids.slice(at, at + MAX_IDS_PER_DELETE);
      responses.push(
        await this.core.call(
          "deleteMessages",
          (init) =>
            this.core.raw.DELETE("/v1/{messageType}", {
              params: { path: { messageType } },
              body: chunk,
              ...init,
            }),
          options,
        ),
      );
    }
    return { requested: ids, responses };
  }
}

function checkType(messageType: unknown, operation: "deleteMessage" | "deleteMessages"): void {
  if (!MESSAGE_TYPES.includes(messageType as MessageType)) {
    throw new ValidationError(
      `${operation}: messageType must be one of ${MESSAGE_TYPES.join(", ")}, got ${JSON.stringify(messageType)}`,
      { operation },
    );
  }
}
