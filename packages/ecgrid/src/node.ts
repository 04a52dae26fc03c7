// @edi-clients/ecgrid/node: file-path helpers. Kept out of the default entry so the client itself
// runs anywhere fetch does (browsers, Deno, Bun, workers).
import { createHash, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basename } from "node:path";
import type { CallOptions } from "@edi-clients/runtime";
import { writeFileAtomic } from "@edi-clients/runtime/node";
import type { Parcels, UploadInput } from "./resources/parcels.js";
import { concat, createDeliveryCore, type SecretCompare, type WebhookOptions } from "./webhooks.js";

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
 * target, flushed to disk, then renamed), so a crash never leaves half a file for the next step to
 * pick up, and once this resolves the file survives a power cut: confirming is safe.
 * Confirm the parcel afterwards (`parcels.confirm`) — or use `parcels.processInbox`.
 */
export async function downloadToFile(
  client: HasParcels,
  parcelId: number,
  path: string,
  callOptions?: CallOptions,
): Promise<{ path: string; bytes: number; fileName: string | undefined }> {
  const file = await client.parcels.download(parcelId, callOptions);
  await writeFileAtomic(path, file.bytes);
  return { path, bytes: file.bytes.length, fileName: file.fileName };
}

/** Node `http` adapter of `@edi-clients/ecgrid/webhooks` (same core; secrets compared with timingSafeEqual). */
export interface NodeWebhookHandler {
  (request: IncomingMessage, response: ServerResponse): void;
  /** Resolves once every hook started so far has settled. */
  idle(): Promise<void>;
}

/** SHA-256 both sides, then `crypto.timingSafeEqual`: constant time whatever the lengths. */
const nodeCompare: SecretCompare = async (received, expected) =>
  timingSafeEqual(
    createHash("sha256").update(received).digest(),
    createHash("sha256").update(expected).digest(),
  );

/**
 * A `(req, res)` handler for `http.createServer`, Express (`app.post(path, handler)` — before any body
 * parser) and Fastify (`reply.hijack()` then `handler(request.raw, reply.raw)`). ECGrid is answered at once;
 * the hooks run afterwards.
 */
export function createNodeWebhookHandler(options: WebhookOptions): NodeWebhookHandler {
  const core = createDeliveryCore(options, nodeCompare);
  const handler = (request: IncomingMessage, response: ServerResponse) => {
    const host = request.headers.host ?? "localhost";
    core
      .handle({
        method: request.method ?? "GET",
        url: `http://${host}${request.url ?? "/"}`,
        header: (name) => {
          const value = request.headers[name.toLowerCase()];
          return Array.isArray(value) ? value.join(", ") : value;
        },
        body: (limit) => readNodeBody(request, limit),
      })
      .then(
        (answer) => {
          response.writeHead(answer.status, answer.headers).end(answer.body);
          if (answer.status === 413) response.once("finish", () => request.destroy());
          answer.after?.();
        },
        () => {
          if (!response.headersSent) response.writeHead(500).end();
        },
      );
  };
  return Object.assign(handler, { idle: core.idle });
}

function readNodeBody(request: IncomingMessage, limit: number): Promise<Uint8Array | undefined> {
  // A body parser (Express, Fastify) that ran first has consumed the stream: nothing left to read.
  if (request.readableEnded) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        request.off("end", onEnd);
        request.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(concat(chunks, size));
    request.on("data", onData);
    request.once("end", onEnd);
    request.once("error", reject);
  });
}
