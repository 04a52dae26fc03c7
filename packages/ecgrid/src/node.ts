// @edi-clients/ecgrid/node: file-path helpers. Kept out of the default entry so the client itself
// runs anywhere fetch does (browsers, Deno, Bun, workers).
import { randomUUID } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { CallOptions } from "@edi-clients/runtime";
import type { Parcels, UploadInput } from "./resources/parcels.js";

interface HasParcels {
  parcels: Parcels;
}

export type UploadFileOptions = Omit<UploadInput, "content" | "fileName"> & {
  /** Name ECGrid records; defaults to the file's base name. */
  fileName?: string;
};

/** Uploads a file from disk as an outbound parcel and resolves with its parcel ID. */
export async function uploadFile(
  client: HasParcels,
  path: string,
  options: UploadFileOptions = {},
  callOptions?: CallOptions,
): Promise<number> {
  const content = await readFile(path);
  const { fileName, ...rest } = options;
  return client.parcels.upload(
    {
      ...rest,
      fileName: fileName ?? basename(path),
      content: new Uint8Array(content.buffer, content.byteOffset, content.length),
    },
    callOptions,
  );
}

/**
 * Downloads a parcel into `path`. The file appears complete or not at all (written next to the
 * target, then renamed), so a crash never leaves half a file for the next step to pick up.
 * Confirm the parcel afterwards (`parcels.confirm`) — or use `parcels.processInbox`.
 */
export async function downloadToFile(
  client: HasParcels,
  parcelId: number,
  path: string,
  callOptions?: CallOptions,
): Promise<{ path: string; bytes: number; fileName: string | undefined }> {
  const file = await client.parcels.download(parcelId, callOptions);
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.part`);
  try {
    await writeFile(temporary, file.bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { path, bytes: file.bytes.length, fileName: file.fileName };
}
