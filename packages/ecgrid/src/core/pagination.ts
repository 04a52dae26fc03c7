// ECGrid's paged lists take `pageNo` (1-based) and `recordsPerPage` and answer in three shapes: a
// bare array, `{ totalRecords, pageNo, recordsPerPage, <items> }`, or (carbon copies) the metadata
// next to `data` in the envelope. Each list declares how to read its items; one generic paginator
// (from the runtime) does the rest.
import {
  type CallOptions,
  type FetchResult,
  type InvokeInit,
  type PageSizeRule,
  type PaginateOptions,
  Paginator,
  ValidationError,
} from "@edi-clients/runtime";
import type { ECGridCore } from "./client.js";
import type { DataOf } from "./envelope.js";
import type { OperationId } from "./operations.js";
import type { BodyOf, FiltersOf } from "./resource.js";

export const RECORDS_PER_PAGE: PageSizeRule = { name: "recordsPerPage", min: 1, max: 500, default: 25 };
/** Carbon copies are documented with a larger page limit. */
export const CARBON_COPY_RECORDS_PER_PAGE: PageSizeRule = { ...RECORDS_PER_PAGE, max: 1000 };

export interface PagedRequest {
  pageNo?: number;
  recordsPerPage?: number;
}

export interface PageReader<E, Item> {
  /** The items of one page, from the envelope's `data`. */
  items(data: DataOf<E>): readonly Item[] | null | undefined;
  /** Total matching records, when the list reports it (inside `data` or next to it). */
  totalRecords?(envelope: E): number | undefined;
}

export type PagedListOptions = PaginateOptions & Omit<CallOptions, "signal">;

/**
 * Iterates every page of a list operation. The page size is validated before the first request;
 * `pageNo` and `recordsPerPage` are set here, so the caller passes only filters.
 */
export function paginateList<Op extends OperationId, E, Item>(
  core: ECGridCore,
  operation: Op,
  filters: FiltersOf<Op>,
  run: (body: BodyOf<Op>, init: InvokeInit) => Promise<FetchResult<E>>,
  reader: PageReader<E, Item>,
  options: PagedListOptions = {},
  rule: PageSizeRule = RECORDS_PER_PAGE,
): Paginator<Item> {
  const { pageSize, limit, startPage, prefetch, signal, ...callOptions } = options;
  return new Paginator<Item>(
    async ({ pageIndex, pageSize: recordsPerPage }) => {
      const body = { ...filters, pageNo: pageIndex + 1, recordsPerPage } as BodyOf<Op>;
      const { data: envelope } = await core.callEnvelope(operation, (init) => run(body, init), {
        ...callOptions,
        ...(signal ? { signal } : {}),
      });
      const items = reader.items((envelope as { data?: unknown }).data as DataOf<E>) ?? [];
      return { items: [...items], pageIndex, totalRecords: reader.totalRecords?.(envelope) };
    },
    rule,
    {
      ...(pageSize === undefined ? {} : { pageSize }),
      ...(limit === undefined ? {} : { limit }),
      ...(startPage === undefined ? {} : { startPage }),
      ...(prefetch === undefined ? {} : { prefetch }),
      ...(signal ? { signal } : {}),
    },
  );
}

/** Rejects `recordsPerPage` outside its limits (1–500) or `pageNo` below 1 before any request. */
export function checkPaging(body: PagedRequest | undefined, rule: PageSizeRule = RECORDS_PER_PAGE): void {
  const size = body?.recordsPerPage;
  if (size !== undefined && (!Number.isInteger(size) || size < rule.min || size > rule.max)) {
    throw new ValidationError(`${rule.name} must be an integer from ${rule.min} to ${rule.max}, got ${size}`);
  }
  const page = body?.pageNo;
  if (page !== undefined && (!Number.isInteger(page) || page < 1)) {
    throw new ValidationError(`pageNo must be an integer >= 1, got ${page}`);
  }
}
