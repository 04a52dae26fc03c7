// ECGrid's paged lists take `pageNo` (1-based) and `recordsPerPage` and answer in three shapes: a
// bare array, `{ totalRecords, pageNo, recordsPerPage, <items> }`, or (carbon copies) the metadata
// next to `data` in the envelope. Each list declares how to read its items; one generic paginator
// (from the runtime) does the rest.
import {
  type CallOptions,
  callOptionsOf,
  type FetchResult,
  type InvokeInit,
  type ListOptions,
  type PagePromise,
  type PageSizeRule,
  type PaginateOptions,
  Paginator,
  pagedList,
} from "@edi-clients/runtime";
import type { ECGridCore, ECGridOperation } from "./client.js";
import { type DataOf, dataOf } from "./envelope.js";
import type { PageInfo } from "./normalise.js";
import type { OperationId } from "./operations.js";
import type { BodyOf, FiltersOf } from "./resource.js";

/**
 * The documented limit, 500, is also the default: at 25 a page, 180 requests a minute hold
 * 100,000 records back for 22 minutes instead of about one (issue 13).
 */
export const RECORDS_PER_PAGE: PageSizeRule = { name: "recordsPerPage", min: 1, max: 500, default: 500 };
/** Carbon copies are documented with a larger page limit. */
export const CARBON_COPY_RECORDS_PER_PAGE: PageSizeRule = { ...RECORDS_PER_PAGE, max: 1000 };

export interface PageReader<E, Item> {
  /** The items of one page, from the envelope's `data`. */
  items(data: DataOf<E>): readonly Item[] | null | undefined;
  /** Total matching records, when the list reports it (inside `data` or next to it). */
  totalRecords?(envelope: E): number | undefined;
  /**
   * All the paging the list reports: with totalPages the iterator knows the last page without
   * asking for an empty one after it, with recordsPerPage it sees a server capping the page size.
   */
  paging?(envelope: E): Pick<PageInfo, "totalRecords" | "totalPages" | "recordsPerPage">;
}

export type PagedListOptions = PaginateOptions & Omit<CallOptions, "signal">;

/**
 * Iterates every page of a list operation. The page size, the filters and the call options are
 * checked before the first request (the first `next()` rejects); `pageNo` and `recordsPerPage` are
 * set here, so the caller passes only filters.
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
  // Never throws here, not even for `null` options: the paginator rejects them on the first next().
  const callOptions = callOptionsOf(options);
  return new Paginator<Item>(
    async ({ pageIndex, pageSize: recordsPerPage }) => {
      const body = { ...filters, pageNo: pageIndex + 1, recordsPerPage } as BodyOf<Op>;
      // The filters are checked with the first page: the iterator rejects on its first next().
      const { data: envelope } = await core.callEnvelope(operation, (init) => run(body, init), callOptions, {
        body,
      });
      // dataOf, not `.data`: an empty or non-object body (no envelope at all) is an empty page, not a TypeError.
      const items = reader.items(dataOf(envelope)) ?? [];
      const paging = reader.paging?.(envelope);
      return {
        items: [...items],
        pageIndex,
        totalRecords: paging ? paging.totalRecords : reader.totalRecords?.(envelope),
        totalPages: paging?.totalPages,
        pageSize: paging?.recordsPerPage,
      };
    },
    rule,
    // Its own options (page size, limit, start page, prefetch, signal) are checked on the first next().
    options,
    operation,
  );
}

/**
 * One paged list method (issue 16): `await` resolves the page the body asks for, read by `page`;
 * `for await` iterates every item from that page on, read by `reader`. The body's `pageNo` and
 * `recordsPerPage` say where iteration starts and how big its pages are (default: the first page,
 * the operation's default size from the spec's x-pagination).
 */
export function listPages<O extends ECGridOperation, E, P, Item>(
  core: ECGridCore,
  operation: O,
  body: BodyOf<O["id"]> | undefined,
  options: ListOptions | undefined,
  page: (envelope: E) => P,
  reader: PageReader<E, Item>,
): PagePromise<P, Item> {
  return pagedList<E, P, Item>({
    operation,
    given: body as Record<string, unknown> | undefined,
    options,
    send: (paging, callOptions) =>
      core.request(
        operation,
        // biome-ignore lint/suspicious/noExplicitAny: the body is the operation's own, paging fields added
        { body: paging ? { ...(body as object), ...paging } : body } as any,
        callOptions,
      ) as unknown as Promise<{ data: E; response: Response }>,
    page: ({ data }) => page(data),
    items: ({ data: envelope }) => {
      // dataOf, not `.data`: an empty or non-object body (no envelope at all) is an empty page, not a TypeError.
      const items = reader.items(dataOf(envelope)) ?? [];
      const paging = reader.paging?.(envelope);
      return {
        items: [...items],
        totalRecords: paging ? paging.totalRecords : reader.totalRecords?.(envelope),
        totalPages: paging?.totalPages,
        pageSize: paging?.recordsPerPage,
      };
    },
  });
}
