// Response-variant knobs (issue 11 item 5): the ECGrid half can answer in each of the shapes the
// vendor's sources disagree on (specs/ecgrid/NOTES.md, R4/R7 and X10-ENV/PAR), so a client's
// tolerant reading is exercised end to end. Every variant is valid against specs/ecgrid/openapi.yaml.
// - envelope: "getting-started" `{httpStatus, message, traceId, success, data}` (seed 001, default),
//   "pages" `{success, data, errorCode, message}` (rest-api/overview), "minimal" `{success, data}`
//   (the parcels pages' examples); errors: the getting-started envelope, or the error guide's
//   legacy `{success: false, errorCode, message, data: null}` for "pages" and "minimal" (X10-ENV-1/2);
// - uploadResult: the bare parcel ID (endpoint page, default), the upload guide's object
//   `{parcelId, fileName, status, size}`, or that object with ECGridOS casing `parcelID` (X10-PAR-1, R7);
// - parcelList: an array with the paging next to `data` (poll guide, default), a bare array
//   (endpoint pages), or ECGridOS' `ParcelIDInfoCollection` with the paging inside (X10-PAR-3);
// - parcelStatus: a status name (default), an object `{code, description, statusDate}` (MCP), or
//   WSDL's flat `statusCode`/`statusMessage`/`statusDate` (X10-PAR-2);
// - parcelKeys: the pages' names (default), the poll guide's `fromECGridId`/`toECGridId`/`size`/
//   `receivedDate`, or ECGridOS' `parcelID`/`mailboxID`/`networkID`/`ecGridIDFrom`/`ecGridIDTo`/
//   `parcelBytes`/`parcelDate` (X10-PAR-3, R7);
// - confirm: `true` (endpoint page, default) or the confirm guide's `{parcelId, status}` (X10-PAR-4);
// - download: the page's `{parcelId, fileName, content, bytes}` (default), the download guide's
//   `contentEncoding: "Base64"` and `size`, or ECGridOS' `FileInfo` `parcelID`/`contentBase64String` (X10-PAR-4).
// The variants change at runtime (`set`, or POST /_sandbox/variants on the ECGrid half).
import { randomUUID } from "node:crypto";
import type { Hono } from "hono";
import { CONTROL_PREFIX } from "./faults.js";
import type { ParcelRecord } from "./state.js";

/** Every knob and its values; the first value is the default. */
export const VARIANT_CHOICES = {
  envelope: ["getting-started", "pages", "minimal"],
  uploadResult: ["id", "object", "object-ecgridos"],
  parcelList: ["array", "bare-array", "collection"],
  parcelStatus: ["string", "object", "flat"],
  parcelKeys: ["pages", "guides", "ecgridos"],
  confirm: ["boolean", "object"],
  download: ["page", "guide", "ecgridos"],
} as const;

export type VariantName = keyof typeof VARIANT_CHOICES;

/** Which shape each knob answers in; an absent knob answers its default. */
export type VariantOptions = { [K in VariantName]?: (typeof VARIANT_CHOICES)[K][number] };

/** Invalid variant settings (a RangeError naming the knob). */
export class VariantOptionsError extends RangeError {
  override name = "VariantOptionsError";
}

/** Checks variant settings (from code or from a JSON body) and returns a copy; VariantOptionsError otherwise. */
export function checkVariants(options: unknown): VariantOptions {
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new VariantOptionsError("variants must be an object");
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(options)) {
    const choices = (VARIANT_CHOICES as Record<string, readonly string[]>)[name];
    if (!choices) throw new VariantOptionsError(`variants.${name} is not a variant knob`);
    if (value === undefined) continue;
    if (typeof value !== "string" || !choices.includes(value))
      throw new VariantOptionsError(`variants.${name} must be one of ${choices.join(", ")}`);
    out[name] = value;
  }
  return out as VariantOptions;
}

/** A parcel as the handlers build it (the pages' names). */
export type ParcelView = Pick<
  ParcelRecord,
  | "parcelId"
  | "mailboxId"
  | "networkId"
  | "fileName"
  | "bytes"
  | "status"
  | "ecGridIdFrom"
  | "ecGridIdTo"
  | "created"
  | "modified"
>;

/** The fields of an error envelope, whichever style carries them. */
export interface ErrorFields {
  status: number;
  message: string;
  errorCode: string | null;
  detail: string | null;
}

const traceId = () => `SBX${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}:00000001`;

const STATUS_TEXT: Record<string, string> = {
  InBoxReady: "Ready for download",
  InBoxTransferred: "Downloaded and confirmed",
  outboxPending: "Waiting for delivery",
  outboxSent: "Delivered to the receiving mailbox",
  outboxAcknowledged: "Confirmed by the receiver",
};

/** The variant settings of the ECGrid half and the shaping of its answers. */
export class Variants {
  #settings: VariantOptions = {};

  constructor(options: VariantOptions = {}) {
    this.set(options);
  }

  /** Replaces the settings (checked first); absent knobs go back to their defaults. */
  set(options: VariantOptions): VariantOptions {
    this.#settings = checkVariants(options);
    return this.settings();
  }

  /** Every knob with its current value. */
  settings(): Required<VariantOptions> {
    const out: Record<string, string> = {};
    for (const [name, choices] of Object.entries(VARIANT_CHOICES))
      out[name] = this.#settings[name as VariantName] ?? choices[0];
    return out as Required<VariantOptions>;
  }

  #is<K extends VariantName>(name: K, value: (typeof VARIANT_CHOICES)[K][number]): boolean {
    return (this.#settings[name] ?? VARIANT_CHOICES[name][0]) === value;
  }

  /** A success envelope around `data`; `extra` (paging, a message) sits next to `data`. */
  success(data: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
    if (this.#is("envelope", "pages")) return { success: true, errorCode: "", message: "", ...extra, data };
    if (this.#is("envelope", "minimal")) return { success: true, ...extra, data };
    return { httpStatus: 200, message: "", traceId: traceId(), success: true, ...extra, data };
  }

  /** An error envelope. */
  failure(error: ErrorFields): Record<string, unknown> {
    if (this.#is("envelope", "getting-started")) {
      return {
        httpStatus: error.status,
        success: false,
        message: error.message,
        detail: error.detail,
        errorCode: error.errorCode,
        traceId: traceId(),
        errorInfo: null,
      };
    }
    return { success: false, errorCode: error.errorCode, message: error.message, data: null };
  }

  /** The `data` of an upload: the new outbound parcel's ID, bare or in an object. */
  uploadResult(parcel: { parcelId: number; fileName: string; status: string; bytes: number }): unknown {
    if (this.#is("uploadResult", "id")) return parcel.parcelId;
    const { fileName, status, bytes: size } = parcel;
    return this.#is("uploadResult", "object")
      ? { parcelId: parcel.parcelId, fileName, status, size }
      : { parcelID: parcel.parcelId, fileName, status, size };
  }

  /** One parcel record with the knobs' field names and status form. */
  parcel(p: ParcelView): Record<string, unknown> {
    let status: Record<string, unknown> = { status: p.status };
    if (this.#is("parcelStatus", "object"))
      status = {
        status: { code: p.status, description: STATUS_TEXT[p.status] ?? p.status, statusDate: p.modified },
      };
    else if (this.#is("parcelStatus", "flat"))
      status = {
        statusCode: p.status,
        statusMessage: STATUS_TEXT[p.status] ?? p.status,
        statusDate: p.modified,
      };
    if (this.#is("parcelKeys", "guides")) {
      return {
        parcelId: p.parcelId,
        mailboxId: p.mailboxId,
        networkId: p.networkId,
        fileName: p.fileName,
        size: p.bytes,
        ...status,
        fromECGridId: p.ecGridIdFrom,
        toECGridId: p.ecGridIdTo,
        receivedDate: p.created,
        modified: p.modified,
      };
    }
    if (this.#is("parcelKeys", "ecgridos")) {
      return {
        parcelID: p.parcelId,
        mailboxID: p.mailboxId,
        networkID: p.networkId,
        fileName: p.fileName,
        parcelBytes: p.bytes,
        ...status,
        ecGridIDFrom: p.ecGridIdFrom,
        ecGridIDTo: p.ecGridIdTo,
        parcelDate: p.created,
        modified: p.modified,
      };
    }
    const { status: _status, ...rest } = p;
    return { ...rest, ...status };
  }

  /** A parcel list: `data` and what sits next to it. `paging` is absent for unpaged lists. */
  parcelList(
    items: unknown[],
    paging?: { totalRecords: number; pageNo: number; recordsPerPage: number },
  ): { data: unknown; extra: Record<string, unknown> } {
    if (this.#is("parcelList", "bare-array")) return { data: items, extra: {} };
    if (this.#is("parcelList", "collection")) {
      const pageSize = paging?.recordsPerPage ?? Math.max(items.length, 1);
      const totalRecords = paging?.totalRecords ?? items.length;
      return {
        data: {
          pageSize,
          pageNumber: paging?.pageNo ?? 1,
          count: items.length,
          totalRecords,
          totalPages: Math.ceil(totalRecords / pageSize),
          parcelIDInfoList: items,
        },
        extra: {},
      };
    }
    return { data: items, extra: paging ?? {} };
  }

  /** The `data` of a confirm. */
  confirmResult(parcel: { parcelId: number; status: string }): unknown {
    return this.#is("confirm", "boolean") ? true : { parcelId: parcel.parcelId, status: parcel.status };
  }

  /** The `data` of a download. */
  download(file: { parcelId: number; fileName: string; content: string; bytes: number }): unknown {
    if (this.#is("download", "guide")) {
      const { bytes: size, ...rest } = file;
      return { ...rest, contentEncoding: "Base64", size };
    }
    if (this.#is("download", "ecgridos"))
      return {
        parcelID: file.parcelId,
        fileName: file.fileName,
        contentBase64String: file.content,
        bytes: file.bytes,
      };
    return file;
  }
}

/**
 * Installs the variant control endpoints on the ECGrid app (call it right after `new Hono()`):
 * `GET /_sandbox/variants` answers every knob's value, `POST /_sandbox/variants` (a VariantOptions
 * JSON body) replaces them; invalid settings are a 400 `{ message }`.
 */
export function installVariants(app: Hono, variants: Variants): void {
  app.get(`${CONTROL_PREFIX}variants`, (c) => c.json(variants.settings()));
  app.post(`${CONTROL_PREFIX}variants`, async (c) => {
    try {
      variants.set(checkVariants(await c.req.json()));
      return c.json(variants.settings());
    } catch (error) {
      const message = error instanceof VariantOptionsError ? error.message : "the body must be a JSON object";
      return c.json({ message }, 400);
    }
  });
}
