// Batch download of the attachments of up to 100 received messages as one zip archive.
//
// Archive layout (vendor reference): one folder per message ID holding that message's
// attachments; a folder with a `.error` file for a message whose attachments could not be found.
// Past 10 MB the server stops, answers `206 Partial Content` and names the last attachment it
// added in `X-Batch-Truncation-Index: (messageIndex,attachmentIndex)`. Messages before
// `messageIndex` are complete; message `messageIndex` is partial. With `markAsRead=true` the server
// itself marks only the fully archived messages — so the continuation request simply starts at the
// partial message, with the same flag, and the server marks it once it is complete there.
import { type CallOptions, ResponseParseError, ValidationError } from "@edi-clients/runtime";
import type { As2GatewaySlimCore } from "../core/client.js";
import type { AttachmentSelector, DownloadedFile } from "../core/download.js";
import { BatchMessageError } from "../core/errors.js";
import { type AS2Message, checkMessageIds, splitMarkAsRead } from "../core/resource.js";
import { type ArchivedMessage, groupByMessage, unzipEntries, type ZipEntry } from "../core/zip.js";
import { downloadReceivedAttachmentsBatch } from "../generated/operations.js";

const OPERATION = downloadReceivedAttachmentsBatch.id;

/** A read of one received message; `markAsRead` marks it read with the request. */
type ReadOptions = CallOptions & { markAsRead?: boolean };

/**
 * What the batch download needs of `received` (ReceivedMessages fits as it is; structural, so this
 * module does not import received.ts, which imports it).
 */
export interface ReceivedSource {
  downloadBatchArchive(
    as2MessageIds: readonly string[],
    options?: BatchDownloadOptions,
  ): Promise<BatchArchive>;
  get(as2MessageId: string, options?: ReadOptions): PromiseLike<AS2Message>;
  attachment(
    as2MessageId: string,
    index?: AttachmentSelector,
    options?: ReadOptions,
  ): Promise<DownloadedFile>;
}

/** Message IDs per batch request (the API's documented maximum). */
export const MAX_IDS_PER_BATCH = 100;

export interface BatchDownloadOptions extends CallOptions {
  /** Ask the server to mark the messages as read; it marks only fully archived ones. */
  markAsRead?: boolean;
}

/** `X-Batch-Truncation-Index`: the last attachment that made it into a truncated archive. */
export interface TruncationIndex {
  messageIndex: number;
  attachmentIndex: number;
}

export interface BatchArchive {
  /** The IDs sent, duplicates removed: `truncatedAt.messageIndex` indexes this list. */
  as2MessageIds: string[];
  /** 200 (complete) or 206 (truncated at 10 MB). */
  status: number;
  /** The zip archive as received. */
  archive: Uint8Array;
  truncatedAt: TruncationIndex | undefined;
}

export type BatchMessageResult =
  | { as2MessageId: string; ok: true; attachments: DownloadedFile[] }
  | { as2MessageId: string; ok: false; error: BatchMessageError };

export interface BatchDownloadResult {
  /** One entry per requested message (duplicates removed), in request order. */
  messages: BatchMessageResult[];
  /** HTTP requests made (batch requests plus any single downloads for an oversized message). */
  requests: number;
  /** Archive paths that matched no requested message (diagnostics). */
  unmatched: string[];
}

/** Parses `(1,2)`; undefined when absent or malformed. */
export function parseTruncationIndex(value: string | null | undefined): TruncationIndex | undefined {
  const match = /^\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*$/.exec(value ?? "");
  if (!match) return undefined;
  return { messageIndex: Number(match[1]), attachmentIndex: Number(match[2]) };
}

/** One batch request. */
export async function downloadBatchArchive(
  core: As2GatewaySlimCore,
  as2MessageIds: readonly string[],
  options: BatchDownloadOptions = {},
): Promise<BatchArchive> {
  const ids = checkBatchIds(as2MessageIds);
  if (ids.length === 0) {
    throw new ValidationError(`${OPERATION}: at least one AS2 message ID is required`, {
      operation: OPERATION,
    });
  }
  const { markAsRead, callOptions } = splitMarkAsRead(options);
  const params = markAsRead === undefined ? {} : { query: { markAsRead } };
  const { data, response } = await core.request(
    downloadReceivedAttachmentsBatch,
    { params, body: ids, parseAs: "arrayBuffer" },
    callOptions,
  );
  const archive = data ? new Uint8Array(data as unknown as ArrayBuffer) : new Uint8Array(0);
  let truncatedAt: TruncationIndex | undefined;
  if (response.status === 206) {
    const header = response.headers.get("x-batch-truncation-index");
    truncatedAt = parseTruncationIndex(header);
    if (!truncatedAt || truncatedAt.messageIndex >= ids.length) {
      throw new ResponseParseError({
        status: 206,
        operation: OPERATION,
        message: `the truncated archive came without a usable X-Batch-Truncation-Index (got ${JSON.stringify(header)} for ${ids.length} IDs)`,
        headers: response.headers,
      });
    }
  }
  return { as2MessageIds: ids, status: response.status, archive, truncatedAt };
}

/** Every attachment of the messages, continuing after each truncated archive. */
export async function downloadBatch(
  received: ReceivedSource,
  as2MessageIds: readonly string[],
  options: BatchDownloadOptions = {},
): Promise<BatchDownloadResult> {
  const all = checkBatchIds(as2MessageIds);
  const { markAsRead, callOptions } = splitMarkAsRead(options);
  const results = new Map<string, BatchMessageResult>();
  const unmatched: string[] = [];
  let requests = 0;
  let remaining = all;
  while (remaining.length > 0) {
    const batch = await received.downloadBatchArchive(remaining, options);
    requests++;
    const grouped = groupByMessage(unpack(batch), remaining);
    unmatched.push(...grouped.unmatched);
    const cut = batch.truncatedAt;
    const complete = cut ? cut.messageIndex : remaining.length;
    for (const id of remaining.slice(0, complete)) results.set(id, settle(id, grouped.messages.get(id)));
    if (!cut) break;
    if (cut.messageIndex > 0) {
      // Continue at the partial message; it comes complete (or truncated first) next time.
      remaining = remaining.slice(cut.messageIndex);
      continue;
    }
    // The first message alone exceeds 10 MB: the batch endpoint can never deliver it whole. Keep
    // attachments 0..attachmentIndex from the archive and download the others one by one.
    const id = remaining[0] as string;
    const partial = grouped.messages.get(id);
    if (partial?.error) {
      results.set(id, settle(id, partial));
    } else {
      const { files, requests: made } = await completeOneByOne(
        received,
        id,
        partial?.files ?? [],
        cut.attachmentIndex,
        markAsRead === true,
        // Valid by now: the first archive request checked them.
        callOptions ?? {},
      );
      requests += made;
      results.set(id, { as2MessageId: id, ok: true, attachments: files });
    }
    remaining = remaining.slice(1);
  }
  return { messages: all.map((id) => results.get(id) as BatchMessageResult), requests, unmatched };
}

function checkBatchIds(ids: readonly string[]): string[] {
  return checkMessageIds(ids, MAX_IDS_PER_BATCH, OPERATION);
}

function unpack(batch: BatchArchive): ZipEntry[] {
  if (batch.archive.length === 0) return [];
  try {
    return unzipEntries(batch.archive);
  } catch (error) {
    throw new ResponseParseError({
      status: batch.status,
      operation: OPERATION,
      message: `the batch download is not a valid zip archive (${error instanceof Error ? error.message : String(error)})`,
    });
  }
}

function settle(id: string, archived: ArchivedMessage | undefined): BatchMessageResult {
  if (!archived) {
    return {
      as2MessageId: id,
      ok: false,
      error: new BatchMessageError(id, "the archive holds no folder for this message"),
    };
  }
  if (archived.error !== undefined) {
    return { as2MessageId: id, ok: false, error: new BatchMessageError(id, archived.error) };
  }
  return { as2MessageId: id, ok: true, attachments: archived.files };
}

async function completeOneByOne(
  received: ReceivedSource,
  id: string,
  partial: DownloadedFile[],
  lastIndex: number,
  markAsRead: boolean,
  callOptions: CallOptions,
): Promise<{ files: DownloadedFile[]; requests: number }> {
  const message = await received.get(id, callOptions);
  let requests = 1;
  const count = message.attachments?.length ?? 0;
  // The folder holds attachments 0..lastIndex in order; if it holds anything else, start over.
  const files = partial.length === lastIndex + 1 ? [...partial] : [];
  const first = files.length;
  for (let index = first; index < count; index++) {
    const last = index === count - 1;
    files.push(
      await received.attachment(id, index, { ...callOptions, ...(markAsRead && last ? { markAsRead } : {}) }),
    );
    requests++;
  }
  if (markAsRead && first >= count) {
    await received.get(id, { ...callOptions, markAsRead: true });
    requests++;
  }
  return { files, requests };
}
