// Deleting messages: one at a time, or in bulk (chunked into the API's 100 IDs per request).
import { type CallOptions, checkCallOptions, checkInput } from "@edi-clients/runtime";
import { OPERATION_INPUTS } from "../core/inputs.js";
import { checkMessageIds, type GenericResponse, type MessageType, Resource } from "../core/resource.js";
import { deleteMessage, deleteMessages } from "../generated/operations.js";

/** IDs per bulk-delete request (the API's documented maximum). */
export const MAX_IDS_PER_DELETE = 100;

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
    return this.core.call(deleteMessage, { params: { path: { messageType, as2MessageId } } }, options);
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
    // All of it before the first chunk goes out (an empty list sends nothing, but is checked too).
    checkInput("deleteMessages", OPERATION_INPUTS.deleteMessages, { path: { messageType }, body: [] });
    checkCallOptions(options, "deleteMessages");
    const ids = checkMessageIds(as2MessageIds, Number.POSITIVE_INFINITY, "deleteMessages");
    const responses: GenericResponse[] = [];
    for (let at = 0; at < ids.length; at += MAX_IDS_PER_DELETE) {
      const chunk = ids.slice(at, at + MAX_IDS_PER_DELETE);
      responses.push(
        await this.core.call(deleteMessages, { params: { path: { messageType } }, body: chunk }, options),
      );
    }
    return { requested: ids, responses };
  }
}
