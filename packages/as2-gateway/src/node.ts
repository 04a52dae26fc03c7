// @edi-clients/as2-gateway/node: helpers that work with file paths (Node ≥ 20 only). Files are
// sent as file-backed Blobs (read lazily, with a known size for the 10 MB check and
// Content-Length); downloads are streamed to a temporary file, flushed and renamed into place, so
// a half-written file never appears under its final name.
import { openAsBlob } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { type CallOptions, ValidationError } from "@edi-clients/runtime";
import { writeFileAtomic } from "@edi-clients/runtime/node";
import type { AttachmentSelector, DownloadStream } from "./core/download.js";
import { type FileInput, MAX_TOTAL_BYTES } from "./core/files.js";
import type { As2Gateway } from "./index.js";
import type { SendInput, SendResult } from "./resources/messages.js";
import type { ReadOptions } from "./resources/received.js";

export interface PathFileOptions {
  /** Name the partner sees. Default: the file's base name. */
  name?: string;
  /** Default: from the name's extension. */
  mimeType?: string;
}

/** Where to send: everything of SendInput except the files. */
export type SendTarget = Omit<SendInput, "file" | "files">;

/** A file on disk as a send input (a lazily read, file-backed Blob). */
export async function fileFromPath(path: string, options: PathFileOptions = {}): Promise<FileInput> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ValidationError(
      `sendMessage: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`,
      {
        operation: "sendMessage",
        cause: error,
      },
    );
  }
  if (!info.isFile()) {
    throw new ValidationError(`sendMessage: ${path} is not a file`, { operation: "sendMessage" });
  }
  if (info.size > MAX_TOTAL_BYTES) {
    throw new ValidationError(
      `sendMessage: ${path} has ${info.size} bytes, over the 10 MB limit per message (${MAX_TOTAL_BYTES} bytes)`,
      { operation: "sendMessage" },
    );
  }
  return {
    name: options.name ?? basename(path),
    content: await openAsBlob(path),
    ...(options.mimeType === undefined ? {} : { mimeType: options.mimeType }),
  };
}

/** Sends one file from disk as the raw body (`Name` = its base name unless given). */
export async function sendFile(
  client: As2Gateway,
  path: string,
  target: SendTarget & PathFileOptions,
  options?: CallOptions,
): Promise<SendResult> {
  const { name, mimeType, ...rest } = target;
  const file = await fileFromPath(path, {
    ...(name === undefined ? {} : { name }),
    ...(mimeType === undefined ? {} : { mimeType }),
  });
  return client.messages.send({ ...rest, file }, options);
}

/** Sends several files from disk in one message (multipart; up to 10, 10 MB in total, unique names). */
export async function sendFiles(
  client: As2Gateway,
  paths: readonly (string | ({ path: string } & PathFileOptions))[],
  target: SendTarget,
  options?: CallOptions,
): Promise<SendResult> {
  const files = await Promise.all(
    paths.map((entry) => {
      if (typeof entry === "string") return fileFromPath(entry);
      const { path, ...fileOptions } = entry;
      return fileFromPath(path, fileOptions);
    }),
  );
  return client.messages.send({ ...target, files }, options);
}

/** A file path, or a directory (created when missing) where the download's own sanitized file name is used. */
export type Destination = string | { dir: string; name?: string };

export interface SavedFile {
  path: string;
  bytes: number;
}

/**
 * Writes a download stream to disk: into a temporary file next to the target, flushed to disk and
 * renamed into place once complete; on failure the temporary file is removed and nothing is left
 * behind.
 */
export async function saveStream(download: DownloadStream, destination: Destination): Promise<SavedFile> {
  const path = targetPath(download, destination);
  try {
    if (typeof destination !== "string") await mkdir(destination.dir, { recursive: true });
    return { path, bytes: await writeFileAtomic(path, download.stream) };
  } catch (error) {
    await download.stream.cancel().catch(() => undefined);
    throw error;
  }
}

export type Category = "received" | "sent";

/** Downloads an attachment (default the first; `"all"` = the archive) straight to disk. */
export async function downloadAttachmentToFile(
  client: As2Gateway,
  category: Category,
  as2MessageId: string,
  destination: Destination,
  options: ReadOptions & { index?: AttachmentSelector } = {},
): Promise<SavedFile> {
  const { index, ...readOptions } = options;
  const download =
    category === "received"
      ? await client.received.attachmentStream(as2MessageId, index, readOptions)
      : await client.sent.attachmentStream(as2MessageId, index, withoutMark(readOptions));
  return saveStream(download, destination);
}

/** Downloads the MDN of a message straight to disk. */
export async function downloadMdnToFile(
  client: As2Gateway,
  category: Category,
  as2MessageId: string,
  destination: Destination,
  options: ReadOptions = {},
): Promise<SavedFile> {
  const download =
    category === "received"
      ? await client.received.mdnStream(as2MessageId, options)
      : await client.sent.mdnStream(as2MessageId, withoutMark(options));
  return saveStream(download, destination);
}

function withoutMark(options: ReadOptions): CallOptions {
  const { markAsRead: _ignored, ...rest } = options;
  return rest;
}

function targetPath(download: DownloadStream, destination: Destination): string {
  if (typeof destination === "string") return destination;
  const name = safeFileName(destination.name) ?? safeFileName(download.name) ?? "download.bin";
  return join(destination.dir, name);
}

/**
 * A server-chosen name reduced to a plain file name: no directories (`../` or absolute paths
 * cannot escape the target directory), no control characters.
 */
export function safeFileName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return base === "" || base === "." || base === ".." ? undefined : base;
}
