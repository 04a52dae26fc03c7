import type { CallOptions } from "@edi-clients/runtime";
import type { As2GatewaySlimCore } from "../core/client.js";
import {
  downloadAllSentAttachments,
  downloadFirstSentAttachment,
  downloadSentAttachmentByIndex,
  downloadSentMdn,
  getSentMessage,
  listSentMessages,
} from "../generated/operations.js";
import { MessageFolder } from "./message-folder.js";

const SENT = {
  category: "sent",
  marksRead: false,
  list: listSentMessages,
  get: getSentMessage,
  firstAttachment: downloadFirstSentAttachment,
  attachmentByIndex: downloadSentAttachmentByIndex,
  allAttachments: downloadAllSentAttachments,
  mdn: downloadSentMdn,
} as const;

/**
 * Successfully sent messages: `list` (await one page, or `for await` every message), `get`,
 * `attachment`/`attachmentStream`, `mdn`/`mdnStream` (the partner's MDN), `delete`/`deleteMany`.
 */
export class SentMessages extends MessageFolder<typeof SENT, CallOptions> {
  constructor(core: As2GatewaySlimCore) {
    super(core, SENT);
  }
}
