// Zip archives from `attachments/all` and the batch download, unpacked with fflate. The batch
// archive has one folder per message ID with that message's attachments; a folder holding a
// `.error` file stands for a message whose attachments could not be found.
import { unzipSync } from "fflate";
import { type DownloadedFile, downloadedFile } from "./download.js";

export interface ZipEntry {
  /** Path inside the archive, e.g. `<id@host>/invoice.edi`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * Every file of a zip archive in archive order, directories left out. Duplicate paths are kept
 * (two attachments of one message may share a name). Throws on data that is not a zip archive.
 */
export function unzipEntries(archive: Uint8Array): ZipEntry[] {
  const paths: string[] = [];
  unzipSync(archive, {
    filter: (file) => {
      if (!file.name.endsWith("/")) paths.push(file.name);
      return false;
    },
  });
  if (paths.length === 0) return [];
  const occurrences = new Map<string, number>();
  for (const path of paths) occurrences.set(path, (occurrences.get(path) ?? 0) + 1);
  const maxDuplicates = Math.max(...occurrences.values());
  // One pass per occurrence: fflate returns an object keyed by path, where a duplicate overwrites.
  const passes: Record<string, Uint8Array>[] = [];
  for (let k = 0; k < maxDuplicates; k++) {
    const seen = new Map<string, number>();
    passes.push(
      unzipSync(archive, {
        filter: (file) => {
          if (file.name.endsWith("/")) return false;
          const n = seen.get(file.name) ?? 0;
          seen.set(file.name, n + 1);
          return n === k;
        },
      }),
    );
  }
  const taken = new Map<string, number>();
  return paths.map((path) => {
    const k = taken.get(path) ?? 0;
    taken.set(path, k + 1);
    return { path, bytes: passes[k]?.[path] ?? new Uint8Array(0) };
  });
}

/** The files of an archive as downloads named by their base name. */
export function archiveFiles(archive: Uint8Array): DownloadedFile[] {
  return unzipEntries(archive).map((entry) => downloadedFile(entry.bytes, baseName(entry.path)));
}

export interface ArchivedMessage {
  files: DownloadedFile[];
  /** The text of the folder's `.error` file, when there is one. */
  error?: string;
}

export interface GroupedArchive {
  /** Requested message ID → what its folder held. IDs without a folder are absent. */
  messages: Map<string, ArchivedMessage>;
  /** Paths that belong to no requested message (kept for diagnostics). */
  unmatched: string[];
}

/**
 * Sorts the entries of a batch archive into the requested messages. A folder is matched to an ID
 * exactly, else without the angle brackets, else after replacing characters a server might not
 * put in a folder name (anything outside `A-Za-z0-9._@+-`) with `_`, brackets kept or not.
 */
export function groupByMessage(entries: readonly ZipEntry[], ids: readonly string[]): GroupedArchive {
  const lookup = new Map<string, string>();
  for (const id of ids) {
    for (const key of folderKeys(id)) if (!lookup.has(key)) lookup.set(key, id);
  }
  const messages = new Map<string, ArchivedMessage>();
  const unmatched: string[] = [];
  for (const entry of entries) {
    const slash = entry.path.indexOf("/");
    const folder = slash > 0 ? entry.path.slice(0, slash) : undefined;
    const id =
      folder === undefined
        ? undefined
        : folderKeys(folder)
            .map((k) => lookup.get(k))
            .find(Boolean);
    if (id === undefined) {
      unmatched.push(entry.path);
      continue;
    }
    const message = messages.get(id) ?? { files: [] };
    messages.set(id, message);
    const name = entry.path.slice((slash as number) + 1);
    if (baseName(name).endsWith(".error")) {
      const reason = new TextDecoder().decode(entry.bytes).trim();
      message.error = message.error
        ? `${message.error}; ${reason}`
        : reason || "the server reported an error";
    } else {
      message.files.push(downloadedFile(entry.bytes, name));
    }
  }
  return { messages, unmatched };
}

function folderKeys(name: string): string[] {
  const bare = name.replace(/^<|>$/g, "");
  const sanitize = (s: string) => s.replace(/[^A-Za-z0-9._@+-]/g, "_");
  return [name, bare, sanitize(name), sanitize(bare)];
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}
