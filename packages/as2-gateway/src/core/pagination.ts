// AS2 Gateway's message lists take `pageOffset` and `pageLength` and answer with
// `{ totalRecords, records }`. `pageOffset` is a zero-based PAGE NUMBER, not a record offset: the
// vendor reference says "pageOffset - Page number", and the spec "Page number (zero-based)". So page
// n of size s is `pageOffset=n&pageLength=s`. One generic paginator (from the runtime) does the rest.
import {
  type CallOptions,
  type FetchResult,
  type InvokeInit,
  type PageSizeRule,
  type PaginateOptions,
  Paginator,
  ValidationError,
} from "@edi-clients/runtime";
import type { As2GatewayCore } from "./client.js";
import type { OperationId } from "./operations.js";
import type { AS2Message, Pagination } from "./resource.js";

/**
 * `pageLength` is 1–100. The API's own default is 10; iterators default to the maximum, 100, to
 * spend as few of the 50 requests per 10 s as possible.
 */
export const PAGE_LENGTH: PageSizeRule = { name: "pageLength", min: 1, max: 100, default: 100 };

export interface PagingQuery {
  pageOffset?: number;
  pageLength?: number;
}

export type PagedListOptions = PaginateOptions & Omit<CallOptions, "signal">;

/** Rejects `pageLength` outside 1–100 or a `pageOffset` below 0 before any request. */
export function checkPaging(query: PagingQuery | undefined, operation: OperationId): void {
  const length = query?.pageLength;
  if (
    length !== undefined &&
    (!Number.isInteger(length) || length < PAGE_LENGTH.min || length > PAGE_LENGTH.max)
  ) {
    throw new ValidationError(
      `${operation}: pageLength must be an integer from ${PAGE_LENGTH.min} to ${PAGE_LENGTH.max}, got ${length}`,
      { operation },
    );
  }
  const offset = query?.pageOffset;
  if (offset !== undefined && (!Number.isInteger(offset) || offset < 0)) {
    throw new ValidationError(
      `${operation}: pageOffset (a page number) must be an integer >= 0, got ${offset}`,
      {
        operation,
      },
    );
  }
}

/**
 * Every message of a list operation, page after page. The page size is validated before the first
 * request; `pageOffset` and `pageLength` are set here, so the caller passes only filters.
 */
export function paginateMessages<Q extends object>(
  core: As2GatewayCore,
  operation: OperationId,
  filters: Q,
  run: (query: Q & Required<PagingQuery>, init: InvokeInit) => Promise<FetchResult<Pagination>>,
  options: PagedListOptions = {},
): Paginator<AS2Message> {
  const { pageSize, limit, startPage, prefetch, signal, ...callOptions } = options;
  return new Paginator<AS2Message>(
    async ({ pageIndex, pageSize: pageLength }) => {
      const query = { ...filters, pageOffset: pageIndex, pageLength };
      const { data } = await core.request(operation, (init) => run(query, init), {
        ...callOptions,
        ...(signal ? { signal } : {}),
      });
      return { items: [...(data?.records ?? [])], pageIndex, totalRecords: data?.totalRecords };
    },
    PAGE_LENGTH,
    {
      ...(pageSize === undefined ? {} : { pageSize }),
      ...(limit === undefined ? {} : { limit }),
      ...(startPage === undefined ? {} : { startPage }),
      ...(prefetch === undefined ? {} : { prefetch }),
      ...(signal ? { signal } : {}),
    },
  );
}
