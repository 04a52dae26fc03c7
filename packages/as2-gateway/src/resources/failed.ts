import type { CallOptions } from "@edi-clients/runtime";
import type { As2GatewaySlimCore } from "../core/client.js";
import { getFailedMessage, listFailedMessages } from "../generated/operations.js";
import { MessageCategory } from "./message-folder.js";

const FAILED = {
  category: "failed",
  marksRead: false,
  list: listFailedMessages,
  get: getFailedMessage,
} as const;

/**
 * The failure log: one entry per failed send attempt. AS2 Gateway retries a queued message up to
 * 10 times with the same AS2 message ID, so one ID may appear several times, and `get` returns one
 * of its attempts. `list` (await one page, or `for await` every entry), `get`, `delete`/`deleteMany`.
 */
export class FailedMessages extends MessageCategory<typeof FAILED, CallOptions> {
  constructor(core: As2GatewaySlimCore) {
    super(core, FAILED);
  }
}
