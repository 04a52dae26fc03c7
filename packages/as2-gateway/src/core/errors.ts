// AS2 Gateway error bodies and the errors only this client raises. Everything extends the
// runtime's EdiClientError, so one `catch (e) { if (e instanceof EdiClientError) … }` covers all.
import { EdiClientError, type ErrorDescriber } from "@edi-clients/runtime";
import type { components } from "../generated/openapi.js";

type AS2Message = components["schemas"]["AS2Message"];

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/**
 * The API answers errors with a Generic Response `{ "message": … }`; Prism (and some gateways)
 * answer with RFC 7807 problem details `{ title, detail, validation }`. Both are understood.
 */
export const describeAs2Error: ErrorDescriber = (status, body) => {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  return {
    message: text(b.message) ?? text(b.title) ?? `HTTP ${status}`,
    detail: text(b.detail) ?? null,
    errorInfo: b.validation ?? null,
  };
};

/** `waitForSent`: the message ended up in the failure log instead of the sent list. */
export class MessageFailedError extends EdiClientError {
  override name = "MessageFailedError";
  readonly as2MessageId: string;
  /** The failed-message record (the last send attempt) as the API returned it. */
  readonly failedMessage: AS2Message;
  constructor(as2MessageId: string, failedMessage: AS2Message) {
    super(`AS2 message ${as2MessageId} failed to send (it is in the failure log, not queued, not sent)`, {
      operation: "waitForSent",
    });
    this.as2MessageId = as2MessageId;
    this.failedMessage = failedMessage;
  }
}

/** Where `waitForSent` last saw the message before it gave up. */
export type SendState = "queued" | "failed" | "unknown";

/** `waitForSent`: the message was neither sent nor definitely failed within `timeoutMs`. */
export class WaitForSentTimeoutError extends EdiClientError {
  override name = "WaitForSentTimeoutError";
  readonly as2MessageId: string;
  readonly lastState: SendState;
  constructor(as2MessageId: string, timeoutMs: number, lastState: SendState) {
    super(`AS2 message ${as2MessageId} was not sent within ${timeoutMs} ms (last seen: ${lastState})`, {
      operation: "waitForSent",
    });
    this.as2MessageId = as2MessageId;
    this.lastState = lastState;
  }
}

/** One message of a batch download that could not be archived (the `.error` file of its folder). */
export class BatchMessageError extends EdiClientError {
  override name = "BatchMessageError";
  readonly as2MessageId: string;
  constructor(as2MessageId: string, reason: string) {
    super(`${as2MessageId}: ${reason}`, { operation: "downloadReceivedAttachmentsBatch" });
    this.as2MessageId = as2MessageId;
  }
}
