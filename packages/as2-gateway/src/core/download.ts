// Downloads: attachment and MDN bodies as bytes or as a stream, named by `Content-Disposition`.
import { checkCallOptions, describeValue, streamBody, ValidationError } from "@edi-clients/runtime";
import type { OperationId } from "../generated/operations.js";
import type { As2GatewaySlimCore, As2Operation, CoreCallOptions } from "./client.js";
import { filenameFromContentDisposition } from "./content-disposition.js";

export interface DownloadedFile {
  /** File name from `Content-Disposition` (or the archive entry), when there is one. */
  name: string | undefined;
  /** Content-Type of the response (archive entries: undefined). */
  contentType: string | undefined;
  bytes: Uint8Array;
  /** The content decoded as UTF-8 (EDI and MDNs are text). */
  text(): string;
}

export interface DownloadStream {
  name: string | undefined;
  contentType: string | undefined;
  /** Content-Length, when the server sent one. */
  size: number | undefined;
  /** The body; read it to the end or cancel it. */
  stream: ReadableStream<Uint8Array>;
}

export function downloadedFile(
  bytes: Uint8Array,
  name: string | undefined,
  contentType?: string,
): DownloadedFile {
  return { name, contentType, bytes, text: () => new TextDecoder().decode(bytes) };
}

/** What a download sends: its path, and the query (`markAsRead`) when there is one. */
export interface DownloadParams {
  path: Record<string, string | number>;
  query?: Record<string, unknown>;
}

/** Runs a download operation read as an ArrayBuffer. */
export async function fetchBytes(
  core: As2GatewaySlimCore,
  operation: As2Operation,
  params: DownloadParams,
  options?: CoreCallOptions,
): Promise<DownloadedFile> {
  const { data, response } = await core.request(
    operation,
    // biome-ignore lint/suspicious/noExplicitAny: the params are the operation's own (path, markAsRead)
    { params, parseAs: "arrayBuffer" } as any,
    options,
  );
  // openapi-fetch gives no data for an empty body (Content-Length: 0): an empty file.
  const bytes = data ? new Uint8Array(data as unknown as ArrayBuffer) : new Uint8Array(0);
  return downloadedFile(bytes, nameOf(response), response.headers.get("content-type") ?? undefined);
}

/** Runs a download operation read as a stream (not buffered). */
export async function fetchStream(
  core: As2GatewaySlimCore,
  operation: As2Operation,
  params: DownloadParams,
  options?: CoreCallOptions,
): Promise<DownloadStream> {
  // Handed over unread: the transport then bounds each wait for a chunk instead of the whole body.
  checkCallOptions(options, operation.id);
  const { data, response } = await core.request(
    operation,
    // biome-ignore lint/suspicious/noExplicitAny: the params are the operation's own (path, markAsRead)
    { params, parseAs: "stream" } as any,
    { ...options, stream: streamBody },
  );
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  return {
    name: nameOf(response),
    contentType: response.headers.get("content-type") ?? undefined,
    size: Number.isFinite(length) ? length : undefined,
    stream:
      (data as unknown as ReadableStream<Uint8Array> | undefined) ??
      new ReadableStream<Uint8Array>({ start: (controller) => controller.close() }),
  };
}

function nameOf(response: Response): string | undefined {
  return filenameFromContentDisposition(response.headers.get("content-disposition"));
}

/** Which attachment: a zero-based position, or `"all"` for the archive of all of them. Default 0. */
export type AttachmentSelector = number | "all";

/** Rejects an attachment index that is not an integer >= 0 or "all". */
export function checkIndex(index: unknown, operation: OperationId): void {
  if (index === undefined || index === "all") return;
  if (typeof index !== "number" || !Number.isInteger(index) || index < 0) {
    throw new ValidationError(
      `${operation}: attachment index must be an integer >= 0 or "all", got ${describeValue(index)}`,
      {
        operation,
      },
    );
  }
}
