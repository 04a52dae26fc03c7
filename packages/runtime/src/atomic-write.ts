// Files that appear complete or not at all (Node only: reached through @edi-clients/runtime/node,
// never from the main entry, so browser bundles never see node:fs). The data goes to a temporary
// file next to the target (same directory, so the rename never crosses a file system), created
// exclusively ("wx"), flushed to disk (fsync) before it is renamed into place, and the directory is
// flushed after, so once the promise resolves — and an inbox item may be confirmed — a crash or a
// power cut cannot take the file back or leave half of it under its name.
import { randomUUID } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { type FileHandle, link, lstat, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** What can be written: bytes, text (UTF-8), or chunks as they arrive (a web or Node stream). */
export type AtomicData =
  | Uint8Array
  | string
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

export interface AtomicWriteOptions {
  /**
   * Replace an existing file (default). `false` never replaces one: the write fails with an EEXIST
   * error, decided atomically (a hard link), so two writers never both win.
   */
  overwrite?: boolean;
  /** Permissions of the new file, e.g. 0o600 (applied after the umask, so exactly these). */
  mode?: number;
  /** fsync the file before the rename and the directory after (default true). */
  durable?: boolean;
}

/** The temporary name next to `path`: hidden, unique, `.part` — never mistaken for a finished file. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomUUID()}.part`);
}

/**
 * Writes `data` to `path` complete or not at all and resolves with the number of bytes written.
 * On any failure (including a stream that errors midway) the temporary file is removed and an
 * existing file at `path` is left as it was.
 */
export async function writeFileAtomic(
  path: string,
  data: AtomicData,
  options: AtomicWriteOptions = {},
): Promise<number> {
  const { overwrite = true, durable = true, mode } = options;
  const temporary = temporaryPathFor(path);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, "wx", mode ?? 0o666);
    let bytes = 0;
    for await (const chunk of chunksOf(data)) bytes += await writeAll(handle, chunk);
    if (mode !== undefined) await handle.chmod(mode);
    if (durable) await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    if (overwrite) await rename(temporary, path);
    else await linkExclusive(temporary, path);
    if (durable) await syncDirectory(dirname(path));
    return bytes;
  } finally {
    await handle?.close().catch(() => undefined);
    // After a rename there is nothing left to remove; after a link, the temporary name goes.
    await rm(temporary, { force: true });
  }
}

/** `writeFileAtomic` for synchronous code (bytes or text only). */
export function writeFileAtomicSync(
  path: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): number {
  const { overwrite = true, durable = true, mode } = options;
  const temporary = temporaryPathFor(path);
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "wx", mode ?? 0o666);
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    // fchmod: exactly `mode`, whatever the umask took off at creation.
    if (mode !== undefined) fchmodSync(fd, mode);
    if (durable) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (overwrite) renameSync(temporary, path);
    else linkExclusiveSync(temporary, path);
    if (durable) syncDirectorySync(dirname(path));
    return bytes.length;
  } finally {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
  }
}

/**
 * Flushes a directory's entries (a rename or a new file in it) to disk. Where directories cannot be
 * opened or synced (Windows, some network file systems) it does nothing.
 */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (error) {
    if (!unsupported(error)) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function syncDirectorySync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch (error) {
    if (!unsupported(error)) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const UNSUPPORTED = new Set(["EISDIR", "EPERM", "EACCES", "EINVAL", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

function unsupported(error: unknown): boolean {
  return UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? "");
}

async function* chunksOf(data: AtomicData): AsyncIterable<Uint8Array> {
  if (typeof data === "string") yield new TextEncoder().encode(data);
  else if (data instanceof Uint8Array) yield data;
  else if (data instanceof ReadableStream) {
    // Read by hand: a stream that stops being read (a failed write) is cancelled, its source told.
    const reader = data.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
  } else {
    for await (const chunk of data) yield typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
  }
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<number> {
  for (let offset = 0; offset < chunk.length; ) {
    offset += (await handle.write(chunk, offset, chunk.length - offset)).bytesWritten;
  }
  return chunk.length;
}

/** Link codes of file systems without hard links: there, check then rename (not atomic, but rare). */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

function alreadyExists(path: string): Error {
  return Object.assign(new Error(`EEXIST: file already exists, ${path}`), { code: "EEXIST", path });
}

/** A hard link fails atomically when the target exists; where links are not supported, check then rename. */
async function linkExclusive(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    if (
      await lstat(to).then(
        () => true,
        () => false,
      )
    )
      throw alreadyExists(to);
    await rename(from, to);
  }
}

function linkExclusiveSync(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
    let exists = true;
    try {
      lstatSync(to);
    } catch {
      exists = false;
    }
    if (exists) throw alreadyExists(to);
    renameSync(from, to);
  }
}
