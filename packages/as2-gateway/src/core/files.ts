// Files to send: what callers may pass, and the checks the API documents, applied before any
// request — at most 10 files, unique names, 10 MB in total. Every content becomes a Blob with its
// MIME type: fetch sends a Blob with a Content-Length, and a request with a Blob body can be
// cloned for a retry or a redirect.
import { ValidationError } from "@edi-clients/runtime";
import { mimeTypeFor } from "./mime.js";

/** File content as the caller has it. Strings are sent as UTF-8. */
export type FileContent = Uint8Array | ArrayBuffer | Blob | string | ReadableStream<Uint8Array>;

export interface FileInput {
  /** File name as the partner will see it, e.g. `invoice-12345.edi`. */
  name: string;
  content: FileContent;
  /** MIME type. Default: the Blob's own type, else from the name's extension, else application/octet-stream. */
  mimeType?: string;
}

export interface PreparedFile {
  name: string;
  mimeType: string;
  blob: Blob;
}

/** Files per message (multipart). */
export const MAX_FILES = 10;
/** Total payload per message: 10 MB, read as 10 MiB. */
export const MAX_TOTAL_BYTES = 10 * 1024 * 1024;

const OPERATION = "sendMessage";
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it rejects
const CONTROL = /[\u0000-\u001f\u007f]/;
const MIME = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;.*)?$/;

function fail(message: string): never {
  throw new ValidationError(`${OPERATION}: ${message}`, { operation: OPERATION });
}

/**
 * Validates and reads the files of one message. `rawName` is true for the single-file upload,
 * whose name travels in the `Name` header (ISO-8859-1 only); multipart names may be any text.
 */
export async function prepareFiles(files: readonly FileInput[], rawName: boolean): Promise<PreparedFile[]> {
  if (files.length === 0) fail("at least one file is required");
  if (files.length > MAX_FILES) fail(`at most ${MAX_FILES} files per message, got ${files.length}`);
  const seen = new Set<string>();
  let knownBytes = 0;
  for (const [i, file] of files.entries()) {
    if (!file || typeof file !== "object") fail(`file #${i + 1} must be an object { name, content }`);
    const { name } = file;
    if (typeof name !== "string" || name.trim() === "") fail(`file #${i + 1} needs a non-empty name`);
    if (CONTROL.test(name)) fail(`file name ${JSON.stringify(name)} contains control characters`);
    if (rawName && [...name].some((c) => (c.codePointAt(0) as number) > 0xff)) {
      fail(
        `file name ${JSON.stringify(name)} cannot travel in the Name header (ISO-8859-1 only); ` +
          "send it as `files: [file]` (multipart), which allows any file name",
      );
    }
    if (seen.has(name))
      fail(`file names must be unique within a message: ${JSON.stringify(name)} appears twice`);
    seen.add(name);
    if (
      file.mimeType !== undefined &&
      (typeof file.mimeType !== "string" || !MIME.test(file.mimeType) || CONTROL.test(file.mimeType))
    ) {
      fail(
        `file ${JSON.stringify(name)}: mimeType must look like "type/subtype", got ${JSON.stringify(file.mimeType)}`,
      );
    }
    knownBytes += knownSize(file.content, name) ?? 0;
  }
  if (knownBytes > MAX_TOTAL_BYTES) fail(sizeMessage(knownBytes));

  const prepared: PreparedFile[] = [];
  let total = knownBytes;
  for (const file of files) {
    const content = file.content;
    let blob: Blob;
    if (isReadableStream(content)) {
      // Unknown length: read it, but never more than what is left of the 10 MB.
      const bytes = await readCapped(content, MAX_TOTAL_BYTES - total, file.name);
      total += bytes.length;
      blob = new Blob([bytes as BlobPart]);
    } else {
      blob = toBlob(content);
    }
    const mimeType = file.mimeType ?? (blob.type !== "" ? blob.type : mimeTypeFor(file.name));
    // slice() re-labels a Blob without copying it; multipart parts take their type from it.
    prepared.push({
      name: file.name,
      mimeType,
      blob: blob.type === mimeType ? blob : blob.slice(0, blob.size, mimeType),
    });
  }
  return prepared;
}

function sizeMessage(bytes: number): string {
  return `the files add up to ${bytes} bytes, over the 10 MB limit per message (${MAX_TOTAL_BYTES} bytes)`;
}

function knownSize(content: FileContent, name: string): number | undefined {
  if (typeof content === "string") return new TextEncoder().encode(content).length;
  if (content instanceof Uint8Array || content instanceof ArrayBuffer) return content.byteLength;
  if (typeof Blob !== "undefined" && content instanceof Blob) return content.size;
  if (isReadableStream(content)) return undefined;
  return fail(
    `file ${JSON.stringify(name)}: content must be a Uint8Array, ArrayBuffer, Blob, string or ReadableStream`,
  );
}

function toBlob(content: Exclude<FileContent, ReadableStream<Uint8Array>>): Blob {
  if (content instanceof Blob) return content;
  return new Blob([content as BlobPart]);
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}

async function readCapped(
  stream: ReadableStream<Uint8Array>,
  cap: number,
  name: string,
): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const chunk = typeof value === "string" ? new TextEncoder().encode(value) : new Uint8Array(value);
    length += chunk.length;
    if (length > cap) {
      await reader.cancel().catch(() => undefined);
      fail(
        `file ${JSON.stringify(name)}: the stream exceeds what is left of the 10 MB limit per message (${MAX_TOTAL_BYTES} bytes)`,
      );
    }
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
