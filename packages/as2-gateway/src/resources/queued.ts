import type { CallOptions } from "@edi-clients/runtime";
import type { As2GatewaySlimCore } from "../core/client.js";
import {
  getQueuedMessage,
  listQueuedMessages,
  resumeQueuedMessageRetry,
  stopQueuedMessageRetry,
} from "../generated/operations.js";
import { Cleanup } from "./cleanup.js";
import { MessageCategory } from "./message-folder.js";

const QUEUED = {
  category: "queued",
  marksRead: false,
  list: listQueuedMessages,
  get: getQueuedMessage,
} as const;

/**
 * Outgoing messages waiting to be sent or retried. A message being sent at the moment of the call
 * ("processing") is missing from these answers although it is still effectively queued; a queued
 * message's attributes such as `attachments` may be missing. `list` (await one page, or `for await`
 * every message; `query` matches partner or station AS2 ID, message ID or subject), `get`,
 * `stop`/`retry`, `delete`/`deleteMany` (queue entries), `deleteStopped`/`deleteManyStopped`.
 */
export class QueuedMessages extends MessageCategory<typeof QUEUED, CallOptions> {
  constructor(core: As2GatewaySlimCore) {
    super(core, QUEUED);
  }

  /** Stops the automatic retrying of a queued message (it moves to the stopped list). */
  stop(as2MessageId: string, options?: CallOptions) {
    return this.core.call(stopQueuedMessageRetry, { params: { path: { as2MessageId } } }, options);
  }

  /** Resumes the automatic retrying of a stopped message. */
  retry(as2MessageId: string, options?: CallOptions) {
    return this.core.call(resumeQueuedMessageRetry, { params: { path: { as2MessageId } } }, options);
  }

  /** Deletes a stopped entry (retries exhausted or stopped by hand). */
  deleteStopped(as2MessageId: string, options?: CallOptions) {
    return new Cleanup(this.core).delete("stopped", as2MessageId, options);
  }

  /** Deletes stopped entries, 100 per request. */
  deleteManyStopped(as2MessageIds: readonly string[], options?: CallOptions) {
    return new Cleanup(this.core).deleteMany("stopped", as2MessageIds, options);
  }
}
