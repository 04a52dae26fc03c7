// The file system side of the commands: checks done before anything is sent or downloaded,
// server-chosen names made safe. Writes that appear complete or not at all are the runtime's
// writeFileAtomic (@edi-clients/runtime/node).
import { randomUUID } from "node:crypto";
import { lstat, mkdir, open, realpath, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { safeFileName } from "@edi-clients/as2-gateway/node";
import { CliError } from "./io.js";

/** Room left in a 255-byte file name for the temporary `.<name>.<uuid>.part` written next to it. */
const MAX_NAME_BYTES = 200;

/**
 * A server-chosen file name as a plain name inside the target folder: no folders (`../x`, `/etc/x`
 * and `C:\x` keep only their last part), no control characters, not `.`/`..`, short enough for
 * any file system with `prefix`. `fallback` when nothing usable is left.
 */
export function localName(name: string | null | undefined, fallback: string, prefix = ""): string {
  const safe = safeFileName(name ?? undefined)?.replace(/^\.+/, "");
  if (!safe || Buffer.byteLength(prefix + safe) > MAX_NAME_BYTES) return prefix + fallback;
  return prefix + safe;
}

function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ?? message ?? String(error);
}

/**
 * Makes sure `dir` is a folder this process can create files in — creating it when missing — by
 * writing and removing a probe file. Run it before downloading anything, so nothing is confirmed
 * when its file could not be stored.
 */
export async function writableFolder(dir: string, label: string, untouched: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = join(dir, `.edi-clients-${randomUUID()}.probe`);
    await writeFile(probe, "", { flag: "wx" });
    await rm(probe, { force: true });
  } catch (error) {
    throw new CliError(`${label} ${dir} is not a writable folder (${reason(error)}): ${untouched}`);
  }
}

export interface FileCheckOptions {
  /** What would have happened to them, in the error: "uploaded", "sent". */
  action: string;
  /** Largest size accepted per file. */
  maxBytes?: number;
  /** Refuse empty files (a limit of the API). */
  nonEmpty?: string;
}

/**
 * Checks every file before any is sent: it exists, is a regular file, can be opened for reading,
 * is within the size limits and is not given twice. Throws one error naming every bad file.
 */
export async function checkFiles(paths: readonly string[], options: FileCheckOptions): Promise<void> {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const path of paths) {
    const problem = await checkFile(path, options);
    if (problem) {
      problems.push(`${path}: ${problem}`);
      continue;
    }
    const real = await realpath(path);
    const first = seen.get(real);
    if (first !== undefined) problems.push(`${path}: same file as ${first} (it would be sent twice)`);
    else seen.set(real, path);
  }
  if (problems.length > 0) {
    throw new CliError(
      `nothing was sent: ${problems.length} of ${paths.length} files cannot be ${options.action}\n  ${problems.join("\n  ")}`,
    );
  }
}

async function checkFile(path: string, options: FileCheckOptions): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return "not a file";
    if (options.nonEmpty && info.size === 0) return `empty (${options.nonEmpty})`;
    if (options.maxBytes !== undefined && info.size > options.maxBytes)
      return `${info.size} bytes, over the limit of ${options.maxBytes} bytes`;
    await (await open(path, "r")).close();
    return undefined;
  } catch (error) {
    return `cannot be read (${reason(error)})`;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
