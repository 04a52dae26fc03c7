import type { ApiCall, CallOptions } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { STATUS_LISTS_INPUTS } from "../core/inputs/status-lists.js";
import { isRecord, mapCall, ResponseShapeError, read, readText } from "../core/normalise.js";
import { Resource } from "../core/resource.js";
import { statusListsGetStatusLists } from "../generated/operations.js";

/** One status code with its meaning, from either documented list shape (X10-STAT-1). */
export interface StatusEntry {
  [field: string]: unknown;
  /** Always a string (WSDL `StatusInfo.code` is a number). */
  code: string;
  /** The page's `description`, else WSDL `message`. */
  message?: string;
  /** Kept under the page's name as well. */
  description?: string;
  qualifier?: string;
  level?: string;
}

/**
 * Every status code in one list (`statuses`); the per-object lists of the page's shape
 * (`parcelStatuses`, `interchangeStatuses`, …) only when the server grouped them — a flat WSDL
 * list never yields an empty group that would read as "no parcel statuses".
 */
export interface StatusCodes {
  [group: string]: StatusEntry[] | undefined;
  statuses: StatusEntry[];
  parcelStatuses?: StatusEntry[];
  interchangeStatuses?: StatusEntry[];
}

const OPERATION = statusListsGetStatusLists.id;

function entriesOf(items: unknown[], path: string): StatusEntry[] {
  return items.map((item, index) => {
    const code = readText(item, "code");
    if (!isRecord(item) || code === undefined) {
      throw new ResponseShapeError(OPERATION, `${path}/${index}/code`, "a status code", read(item, "code"));
    }
    const entry: StatusEntry = { ...item, code };
    const message = readText(item, "message", "description");
    const description = readText(item, "description", "message");
    const qualifier = readText(item, "qualifier");
    const level = readText(item, "level");
    if (message !== undefined) entry.message = message;
    if (description !== undefined) entry.description = description;
    if (qualifier !== undefined) entry.qualifier = qualifier;
    if (level !== undefined) entry.level = level;
    return entry;
  });
}

function statusListsOf(data: unknown): StatusCodes {
  if (Array.isArray(data)) return { statuses: entriesOf(data, "/data") };
  if (isRecord(data)) {
    const out: StatusCodes = { statuses: [] };
    for (const [group, items] of Object.entries(data)) {
      if (!Array.isArray(items)) continue;
      const entries = entriesOf(items, `/data/${group}`);
      out[group] = entries;
      out.statuses.push(...entries);
    }
    return out;
  }
  throw new ResponseShapeError(OPERATION, "/data", "an array of status codes or an object of lists", data);
}

/** Status lists: the valid status codes of parcels, interchanges and other objects. */
export class StatusLists extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, STATUS_LISTS_INPUTS);
  }

  /** Every valid status code of the current API version, per object type when the server groups them. */
  get(options?: CallOptions): ApiCall<StatusCodes> {
    return mapCall(this.core.call(statusListsGetStatusLists, {}, options), statusListsOf);
  }
}
