import {
  type ApiCall,
  type CallOptions,
  checkCallOptions,
  checkFields,
  checkInboxCoordinator,
  checkInboxHandler,
  checkInput,
  describeValue,
  type FieldRules,
  type InboxCoordinator,
  type InboxPass,
  type InboxPassResult,
  integer,
  type ListOptions,
  optional,
  type PagePromise,
  passReport,
  type ReconcileCallOptions,
  type Reconciled,
  resolveReconcile,
  runInboxPass,
  runWatch,
  sendReconciled,
  ValidationError,
  type Watch,
  type WatchOptions,
} from "@edi-clients/runtime";
import { base64ToBytes, bytesToBase64 } from "../core/base64.js";
import type { ECGridSlimCore } from "../core/client.js";
import { PARCELS_INPUTS } from "../core/inputs/parcels.js";
import { blobReading } from "../core/json-blob-reader.js";
import { base64JsonBody } from "../core/json-body.js";
import { listReader, PARCEL, type Parcel, recordReader } from "../core/models.js";
import {
  doneOf,
  fromEnvelope,
  isRecord,
  mapCall,
  ResponseShapeError,
  read,
  readInteger,
  readText,
  recordOrFetch,
  requireId,
  requireRecord,
} from "../core/normalise.js";
import { recordPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  parcelsAcknowledgmentNote,
  parcelsCancelParcel,
  parcelsConfirmDownload,
  parcelsDownloadParcel,
  parcelsFindMailbagControlId,
  parcelsGetManifest,
  parcelsGetParcel,
  parcelsInboxList,
  parcelsOutboxList,
  parcelsPendingInboxList,
  parcelsResetToInbox,
  parcelsSendTestFile,
  parcelsSetMailbagControlId,
  parcelsUpdateParcel,
  parcelsUploadParcel,
} from "../generated/operations.js";

// Parcel lists arrive as an array, or as the WSDL collection `{…, parcelIDInfoList}` (X10-PAR-3).
const PARCEL_ITEMS = ["parcelIDInfoList", "parcels"];

/** File content as the caller has it. Strings are sent as UTF-8. */
export type FileContent = Uint8Array | ArrayBuffer | Blob | string;

export interface UploadInput extends Omit<BodyOf<"parcelsUploadParcel">, "content" | "bytes"> {
  content: FileContent;
}

/**
 * Options of `parcels.upload`: the call options plus `reconcile` / `onUnknownOutcome` (over the
 * client's; default on, 60 s window, a look every 5 s, "reject").
 */
export interface UploadOptions extends CallOptions, ReconcileCallOptions {}

/** What `uploadWithOutcome` resolves to. */
export interface UploadOutcome {
  /** The new parcel's ID: from the answer, or — `reconciled` — from the outbox. */
  parcelId: number;
  /**
   * Set when the upload failed after ECGrid may have received it (timeout, cut connection, 5xx)
   * and the parcel was then found in the outbox: what failed, how many looks, how long.
   */
  reconciled?: Reconciled;
}

export interface DownloadedParcel {
  parcelId: number;
  fileName: string | undefined;
  bytes: Uint8Array;
  /** The content decoded as UTF-8 (EDI is text). */
  text(): string;
}

export interface InboxHandlerContext {
  parcel: Parcel;
  file: DownloadedParcel;
  signal: AbortSignal | undefined;
}

export interface ProcessInboxOptions {
  /** Inbox to drain; defaults to the authenticated user's mailbox. */
  mailboxId?: number;
  /** Parcels handled at once. Default 1. */
  concurrency?: number;
  /** Handle at most this many parcels in this run. */
  limit?: number;
  /** Page size used to list the inbox. */
  pageSize?: number;
  signal?: AbortSignal;
  /**
   * Share the inbox with other workers (e.g. `createRedisCoordinator` of @edi-clients/redis): each
   * parcel is claimed with a lease before its download, the lease is renewed while the handler
   * runs, a "handled" mark is written before the confirm. Without one, nothing is coordinated.
   */
  coordinator?: InboxCoordinator;
  /** The lease per parcel with a coordinator, renewed every third of it. Default 30 s. */
  leaseMs?: number;
}

export interface ProcessInboxResult {
  /** Handled and confirmed: ECGrid will not deliver these again. */
  confirmed: number[];
  /** Left unconfirmed (download, handler, confirm or coordinator failed): delivered again on the next run. */
  failed: { parcelId: number; error: unknown }[];
  /** With a coordinator: parcels another worker holds or has confirmed, left alone here. */
  skipped?: number[];
  /**
   * With a coordinator: confirmed without calling the handler, which had succeeded in an earlier
   * run whose confirm failed (also listed in `confirmed`).
   */
  reconfirmed?: number[];
}

/** `processInbox` options (without its signal) plus the polling ones. */
export interface WatchInboxOptions extends Omit<ProcessInboxOptions, "signal">, WatchOptions {}

/** A running `watchInbox`: live counters and the promise of the final ones. */
export type InboxWatch = Watch;

type InboxHandler = (context: InboxHandlerContext) => Promise<void> | void;

/** Parcels: the files exchanged through ECGrid mailboxes. */
export class Parcels extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, PARCELS_INPUTS);
    // The client's upload defaults, checked now: a bad `reconcile` fails before any request.
    core.reconcileSettings(resolveReconcile);
  }

  /** Parcel details by ID. */
  get(id: number, options?: CallOptions): ApiCall<Parcel> {
    return mapCall(
      this.core.call(parcelsGetParcel, { params: { path: { id } } }, options),
      recordReader<Parcel>(parcelsGetParcel.id, PARCEL),
    );
  }

  /**
   * Inbound parcels: `await` gives the page the body asks for (default the first, 500 a page);
   * `for await (const p of …)` every parcel from that page on.
   */
  inboxList(body: BodyOf<"parcelsInboxList"> = {}, options?: ListOptions): PagePromise<Parcel[], Parcel> {
    return recordPages(this.core, parcelsInboxList, body, options, PARCEL, PARCEL_ITEMS);
  }

  /** Outbound parcels, as `inboxList`. */
  outboxList(body: BodyOf<"parcelsOutboxList"> = {}, options?: ListOptions): PagePromise<Parcel[], Parcel> {
    return recordPages(this.core, parcelsOutboxList, body, options, PARCEL, PARCEL_ITEMS);
  }

  /** Parcels waiting to be downloaded (status InBoxReady). */
  pendingInboxList(body: BodyOf<"parcelsPendingInboxList"> = {}, options?: CallOptions): ApiCall<Parcel[]> {
    return fromEnvelope(
      this.core.request(parcelsPendingInboxList, { body }, options),
      listReader<Parcel>(parcelsPendingInboxList.id, PARCEL, PARCEL_ITEMS),
    );
  }

  /**
   * Uploads a file as an outbound parcel; Base64 and `bytes` are computed here. Never repeated
   * once the request may have reached ECGrid: a lost answer must not become a duplicate file.
   * Instead (`reconcile`, on by default) an upload that fails after ECGrid may have received it
   * (a timeout after sending, a connection cut mid-response, a 5xx) is looked for in the outbox:
   * found, it resolves with that parcel's ID; not found within the window, it rejects with an
   * OutcomeUnknownError. Before sending, one outbox listing notes the parcels of the same name and
   * size already there, which are never taken for this one. `uploadWithOutcome` says which it was.
   *
   * @example
   * ```ts
   * try {
   *   const parcelId = await ecgrid.parcels.upload({ fileName: "po_850.edi", content: x12 });
   *   console.log("uploaded as", parcelId);
   * } catch (error) {
   *   if (error instanceof OutcomeUnknownError) console.log("may have arrived: check the outbox first");
   *   else throw error; // ValidationError, ApiError, ConnectionError: ECGrid does not have it
   * }
   * ```
   */
  async upload(input: UploadInput, options?: UploadOptions): Promise<number> {
    return (await this.uploadWithOutcome(input, options)).parcelId;
  }

  /** `upload`, resolving to the parcel ID and, when the outcome had to be reconciled, how. */
  async uploadWithOutcome(input: UploadInput, options?: UploadOptions): Promise<UploadOutcome> {
    const operation = parcelsUploadParcel.id;
    const body = await toUploadBody(input);
    const { reconcile, onUnknownOutcome, ...call } = options ?? {};
    // Everything is checked before the snapshot, so a bad input costs no request.
    checkInput(operation, PARCELS_INPUTS[operation], { body });
    checkCallOptions(options, operation);
    const settings = resolveReconcile("parcels.upload", this.core.reconcileSettings(resolveReconcile), {
      reconcile,
      onUnknownOutcome,
    });
    const send = async (): Promise<UploadOutcome> => ({ parcelId: await this.#uploadBase64(body, call) });
    if (settings.reconcile === false) return send();
    // ECGrid's `created` is the server's clock: the listing reaches back by the skew allowance;
    // what was there already is excluded by the snapshot's IDs, not by time.
    // Whole seconds ("…T09:00:00Z"): the form the API's own examples use.
    const since = new Date(Math.floor((Date.now() - settings.reconcile.clockSkewMs) / 1000) * 1000)
      .toISOString()
      .replace(".000Z", "Z");
    const mailbox = body.mailboxId === undefined ? "" : ` of mailbox ${body.mailboxId}`;
    return sendReconciled<UploadOutcome>(
      {
        operation,
        describe: `outbox parcels${mailbox} named ${JSON.stringify(body.fileName)} of ${body.bytes} bytes created since ${since}`,
        list: (signal) => this.#outboxMatches(body, since, signal),
        send,
        found: (id, reconciled) => ({ parcelId: Number(id), reconciled }),
      },
      settings,
      { logger: this.core.logger, signal: call.signal },
    );
  }

  /**
   * The IDs of the outbox parcels created since `since` that match an upload: same file name and
   * byte size (the API offers no download of an outbound parcel's content, so no content hash),
   * and the same mailbox, network and ECGrid IDs where both the upload and the listing name them.
   */
  async #outboxMatches(
    body: BodyOf<"parcelsUploadParcel">,
    since: string,
    signal: AbortSignal | undefined,
  ): Promise<string[]> {
    const filters = {
      beginDate: since,
      ...(body.mailboxId === undefined ? {} : { mailboxId: body.mailboxId }),
      ...(body.networkId === undefined ? {} : { networkId: body.networkId }),
    };
    const same = (given: number | undefined, listed: number | undefined) =>
      given === undefined || listed === undefined || given === listed;
    const ids: string[] = [];
    // The largest pages the list allows: the fewest requests while an upload's outcome is unknown.
    const recordsPerPage = parcelsOutboxList.pagination.maxSize;
    for await (const parcel of this.outboxList({ ...filters, recordsPerPage }, signal ? { signal } : {})) {
      if (
        parcel.fileName === body.fileName &&
        parcel.bytes === body.bytes &&
        same(body.mailboxId, parcel.mailboxId) &&
        same(body.ecGridIdFrom, parcel.ecGridIdFrom) &&
        same(body.ecGridIdTo, parcel.ecGridIdTo)
      ) {
        ids.push(String(parcel.parcelId));
      }
    }
    return ids;
  }

  /**
   * Upload with a ready Base64 body, as the API takes it. Resolves to the new parcel's ID whether
   * the server answered with the bare ID (endpoint page), an ID string, or the guides' object
   * `{parcelId, fileName, status, size}` (X10-PAR-1).
   */
  uploadCall(body: BodyOf<"parcelsUploadParcel">, options?: CallOptions): ApiCall<number> {
    return mapCall(this.core.call(parcelsUploadParcel, { body }, options), (data) =>
      requireId(parcelsUploadParcel.id, data, ["parcelId", "parcelID"], "/data", "an integer parcel ID"),
    );
  }

  /** `uploadCall` for a body whose content is bytesToBase64's: sent as a Blob of parts (json-body.ts). */
  #uploadBase64(body: BodyOf<"parcelsUploadParcel">, options: CallOptions): ApiCall<number> {
    return mapCall(
      this.core.call(parcelsUploadParcel, { body, bodySerializer: base64JsonBody as never }, options),
      (data) =>
        requireId(parcelsUploadParcel.id, data, ["parcelId", "parcelID"], "/data", "an integer parcel ID"),
    );
  }

  /** The parcel with its Base64 content, as the API returns it. */
  downloadRaw(parcelId: number, options?: CallOptions) {
    return this.core.call(parcelsDownloadParcel, { body: { parcelId } }, options);
  }

  /** Downloads and decodes a parcel. Call `confirm()` once it is safely stored. */
  async download(parcelId: number, options?: CallOptions): Promise<DownloadedParcel> {
    // The answer is read as it arrives, a long Base64 `content` decoded on the way (issue 13).
    const reading = blobReading(DOWNLOAD_CONTENT_KEYS);
    const info = requireRecord(
      parcelsDownloadParcel.id,
      await this.downloadRaw(parcelId, reading.options(options)),
      "a file object",
    );
    const content = downloadedContent(info);
    let bytes: Uint8Array;
    try {
      bytes = reading.take(content) ?? base64ToBytes(content);
    } catch (error) {
      throw new ValidationError(`parcel ${parcelId}: the downloaded content is not valid Base64`, {
        operation: "parcelsDownloadParcel",
        cause: error,
      });
    }
    return {
      // The file of the parcel asked for: an answer naming another parcel is not this file.
      parcelId: sameParcel(info, parcelId),
      fileName: readText(info, "fileName"),
      bytes,
      text: () => new TextDecoder().decode(bytes),
    };
  }

  /**
   * Marks a downloaded parcel as transferred; without it ECGrid delivers it again. Resolves to
   * `true` for the page's `true` and for the guide's `{parcelId, status}` object, `false` when the
   * server answered `false` (X10-PAR-4).
   */
  confirm(parcelId: number, options?: CallOptions): ApiCall<boolean> {
    return mapCall(this.core.call(parcelsConfirmDownload, { body: { parcelId } }, options), (data) => {
      // An object must be about this parcel; a `false` flag in it counts as not confirmed.
      if (isRecord(data)) {
        sameParcel(data, parcelId, parcelsConfirmDownload.id);
        return doneOf(read(data, "success", "confirmed"));
      }
      return doneOf(data);
    });
  }

  /**
   * Drains the inbox at least once: lists the ready parcels, downloads each, awaits `handler`, and
   * confirms a parcel only after its handler resolved. A handler that throws (or a process that
   * dies) leaves the parcel unconfirmed, so the next run gets it again — make the handler idempotent.
   * With a `coordinator`, several workers drain one mailbox: a parcel held by another live worker
   * is skipped, one whose handler succeeded in a run that failed to confirm is only confirmed, and a
   * lease lost while the handler ran (a ClaimLostError) leaves the parcel unconfirmed.
   *
   * @example
   * ```ts
   * const { confirmed, failed } = await ecgrid.parcels.processInbox(
   *   async ({ parcel, file }) => writeFile(`inbound/${parcel.parcelId}.edi`, file.bytes),
   *   { concurrency: 4 },
   * );
   * console.log(`${confirmed.length} confirmed, ${failed.length} left for the next run`);
   * ```
   */
  async processInbox(handler: InboxHandler, options: ProcessInboxOptions = {}): Promise<ProcessInboxResult> {
    checkProcessInbox(handler, options, "processInbox");
    return inboxResult((await this.#pass(handler, options, options.signal, options.signal, true)).result);
  }

  /**
   * Keeps draining the inbox until `signal` aborts: asks `pending-inbox-list` (the vendor's fast
   * check), runs a `processInbox` pass when something waits, sleeps `intervalMs` ± `jitter`. On
   * abort nothing new is claimed or downloaded; handlers in flight finish and their parcels are
   * confirmed (the handler's `signal` is not the stop signal); then `done` resolves with the counters.
   */
  watchInbox(handler: InboxHandler, options: WatchInboxOptions = {}): InboxWatch {
    const { intervalMs: _i, jitter: _j, signal: _s, onPass: _o, ...pass } = options ?? {};
    const given = typeof options === "object" && options !== null ? pass : options;
    const check = () => checkProcessInbox(handler, given, "watchInbox");
    const mailbox = pass.mailboxId === undefined ? {} : { mailboxId: pass.mailboxId };
    return runWatch(
      "watchInbox",
      options ?? {},
      async (stop) => {
        const waiting = await this.pendingInboxList(mailbox, stop ? { signal: stop } : undefined);
        const oldestArrival = oldest(waiting.map((p) => (p.created ? Date.parse(p.created) : Number.NaN)));
        const base = { pending: waiting.length, oldestArrival };
        if (waiting.length === 0) return { ...base, handled: [], reconfirmed: [], failed: [], skipped: 0 };
        return { ...base, ...passReport(await this.#pass(handler, pass, undefined, stop, false)) };
      },
      { check },
    );
  }

  /**
   * One pass: `signal` goes to every request, `stop` ends claiming (for processInbox both are the
   * caller's signal). `reportUnstarted` lists the parcels never started as failed (processInbox).
   */
  #pass(
    handler: InboxHandler,
    options: Omit<ProcessInboxOptions, "signal">,
    signal: AbortSignal | undefined,
    stop: AbortSignal | undefined,
    reportUnstarted: boolean,
  ): Promise<InboxPass<Parcel, number>> {
    const body = {
      status: "InBoxReady" as const,
      ...(options.mailboxId === undefined ? {} : { mailboxId: options.mailboxId }),
      ...(options.pageSize === undefined ? {} : { recordsPerPage: options.pageSize }),
    };
    return runInboxPass<Parcel, number>(
      {
        list: (listSignal) =>
          this.inboxList(body, {
            ...(options.limit === undefined ? {} : { limit: options.limit }),
            ...(listSignal ? { signal: listSignal } : {}),
          }),
        id: (parcel) => parcel.parcelId,
        key: (parcel) => this.#itemKey(parcel),
        handle: async (parcel, _prefetched, handlerSignal) => {
          const file = await this.download(parcel.parcelId, { signal: handlerSignal });
          await handler({ parcel, file, signal: handlerSignal });
        },
        complete: async (parcel, completeSignal) => {
          if (!(await this.confirm(parcel.parcelId, { signal: completeSignal }))) {
            // The server said "not confirmed": the parcel will come again, so it is not reported done.
            throw new ResponseShapeError(parcelsConfirmDownload.id, "/data", "true (confirmed)", false);
          }
        },
      },
      { ...options, signal, stop, reportUnstarted },
    );
  }

  /** The coordinator's name of a parcel: API, server, mailbox, parcel ID — never a credential. */
  #itemKey(parcel: Parcel): string {
    const host = new URL(this.core.baseUrl).host;
    return `ecgrid:${host}:mailbox:${parcel.mailboxId ?? "unknown"}:parcel:${parcel.parcelId}`;
  }

  /** The interchanges found in a parcel. */
  manifest(id: number, options?: CallOptions) {
    return this.core.call(parcelsGetManifest, { params: { path: { id } } }, options);
  }

  /** Cancels an outbound parcel that has not been delivered yet. */
  cancel(id: number, options?: CallOptions) {
    return this.core.call(parcelsCancelParcel, { params: { path: { id } } }, options);
  }

  /** Puts a downloaded parcel back into the inbox so it is delivered again. */
  resetToInbox(id: number, options?: CallOptions) {
    return this.core.call(parcelsResetToInbox, { params: { path: { id } } }, options);
  }

  /** Adds an acknowledgment note to a parcel. */
  acknowledgmentNote(body: BodyOf<"parcelsAcknowledgmentNote">, options?: CallOptions) {
    return this.core.call(parcelsAcknowledgmentNote, { body }, options);
  }

  /** Finds a parcel by its mailbag control ID. */
  findMailbagControlId(
    body: BodyOf<"parcelsFindMailbagControlId">,
    options?: CallOptions,
  ): ApiCall<Parcel[]> {
    return fromEnvelope(
      this.core.request(parcelsFindMailbagControlId, { body }, options),
      listReader<Parcel>(parcelsFindMailbagControlId.id, PARCEL, PARCEL_ITEMS),
    );
  }

  /** Sets a parcel's mailbag control ID. */
  setMailbagControlId(body: BodyOf<"parcelsSetMailbagControlId">, options?: CallOptions) {
    return this.core.call(parcelsSetMailbagControlId, { body }, options);
  }

  /** Sends a generated test EDI file between two ECGrid IDs to check routing. */
  /** Resolves to the test parcel's ID (bare, as a string, or in an object). */
  sendTestFile(body: BodyOf<"parcelsSendTestFile">, options?: CallOptions): ApiCall<number> {
    return mapCall(this.core.call(parcelsSendTestFile, { body }, options), (data) =>
      requireId(parcelsSendTestFile.id, data, ["parcelId", "parcelID"], "/data", "an integer parcel ID"),
    );
  }

  /**
   * Changes a parcel's status and resolves to the parcel; when the server answers only `true`
   * (WSDL `ParcelUpdateStatus`), the parcel is read back with `get` (X10-PAR-4).
   */
  update(body: BodyOf<"parcelsUpdateParcel">, options?: CallOptions): ApiCall<Parcel> {
    return mapCall(this.core.call(parcelsUpdateParcel, { body }, options), (data) =>
      recordOrFetch(
        parcelsUpdateParcel.id,
        data,
        (record) => recordReader<Parcel>(parcelsUpdateParcel.id, PARCEL)(record),
        (id) => this.get(id, options),
        body?.parcelId,
      ),
    );
  }
}

const PROCESS_INBOX_OPTIONS: FieldRules = {
  mailboxId: optional(integer()),
  concurrency: optional(integer()),
  limit: optional(integer(0)),
  pageSize: optional(integer(parcelsInboxList.pagination.minSize, parcelsInboxList.pagination.maxSize)),
  leaseMs: optional(integer(1)),
};

function checkProcessInbox(handler: unknown, options: ProcessInboxOptions, name: string): void {
  checkInboxHandler(handler, name);
  checkFields(options, PROCESS_INBOX_OPTIONS, name, "options");
  checkCallOptions({ signal: options.signal }, name);
  checkInboxCoordinator(options.coordinator, name);
}

/** The generic pass result in processInbox's terms (parcel IDs). */
function inboxResult(result: InboxPassResult<number>): ProcessInboxResult {
  return {
    confirmed: result.completed,
    failed: result.failed.map(({ id, error }) => ({ parcelId: id, error })),
    ...(result.skipped ? { skipped: result.skipped } : {}),
    ...(result.reconfirmed ? { reconfirmed: result.reconfirmed } : {}),
  };
}

/** The smallest finite number, or undefined. */
function oldest(times: number[]): number | undefined {
  const known = times.filter(Number.isFinite);
  return known.length === 0 ? undefined : Math.min(...known);
}

/** The members a download's Base64 may come in (read case-insensitively, like `read`). */
const DOWNLOAD_CONTENT_KEYS = ["content", "contentBase64String"];

/**
 * The Base64 text of a download: `content` (page), else WSDL `contentBase64String`. A declared
 * `contentEncoding` other than Base64 (the guide's field) would make the bytes wrong: refused.
 */
function downloadedContent(info: Record<string, unknown>): string {
  const encoding = read(info, "contentEncoding");
  if (encoding !== undefined && !(typeof encoding === "string" && /^base-?64$/i.test(encoding.trim()))) {
    throw new ResponseShapeError(parcelsDownloadParcel.id, "/data/contentEncoding", "Base64", encoding);
  }
  const content = read(info, "content", "contentBase64String");
  if (typeof content !== "string") {
    throw new ResponseShapeError(parcelsDownloadParcel.id, "/data/content", "a Base64 string", content);
  }
  return content;
}

/** The parcel ID of an answer, which must be the one asked for when the answer names one. */
function sameParcel(
  info: Record<string, unknown>,
  parcelId: number,
  operation: string = parcelsDownloadParcel.id,
): number {
  const id = readInteger(info, "parcelId", "parcelID");
  if (id !== undefined && id !== parcelId) {
    throw new ResponseShapeError(operation, "/data/parcelId", "the requested parcel's ID", id);
  }
  return parcelId;
}

/** Builds the upload body: validates, reads the content, computes `bytes` and Base64. */
export async function toUploadBody(input: UploadInput): Promise<BodyOf<"parcelsUploadParcel">> {
  if (typeof input !== "object" || input === null) {
    throw new ValidationError(
      `parcels.upload: the input must be an object { fileName, content }, got ${describeValue(input)}`,
      { operation: "parcelsUploadParcel" },
    );
  }
  if (typeof input.fileName !== "string" || input.fileName.trim() === "") {
    throw new ValidationError("parcels.upload: fileName must be a non-empty string", {
      operation: "parcelsUploadParcel",
    });
  }
  const bytes = await toBytes(input.content);
  if (bytes.length === 0) {
    throw new ValidationError(
      `parcels.upload: ${input.fileName} is empty (content must be at least 1 byte)`,
      {
        operation: "parcelsUploadParcel",
      },
    );
  }
  const { content: _content, ...rest } = input;
  return { ...rest, content: bytesToBase64(bytes), bytes: bytes.length };
}

async function toBytes(content: FileContent): Promise<Uint8Array> {
  if (typeof content === "string") return new TextEncoder().encode(content);
  if (content instanceof Uint8Array) return content;
  if (content instanceof ArrayBuffer) return new Uint8Array(content);
  if (typeof Blob !== "undefined" && content instanceof Blob)
    return new Uint8Array(await content.arrayBuffer());
  throw new ValidationError("parcels.upload: content must be a Uint8Array, ArrayBuffer, Blob or string", {
    operation: "parcelsUploadParcel",
  });
}

export type { ApiCall };
