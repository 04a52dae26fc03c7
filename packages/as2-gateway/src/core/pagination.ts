// AS2 Gateway's message lists take `pageOffset` and `pageLength` and answer with
// `{ totalRecords, records }`. `pageOffset` is a zero-based PAGE NUMBER, not a record offset: the
// vendor reference says "pageOffset - Page number", and the spec "Page number (zero-based)". So page
// n of size s is `pageOffset=n&pageLength=s`. One generic paginator (from the runtime) does the rest.
import {
  type CallOptions,
  callOptionsOf,
  type FetchResult,
  type InvokeInit,
  type PageSizeRule,
  type PaginateOptions,
  Paginator,
  ResponseParseError,
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

/**
 * Every message of a list operation, page after page. The page size, the filters and the call
 * options are checked before the first request (the first `next()` rejects); `pageOffset` and
 * `pageLength` are set here, so the caller passes only filters.
 */
export function paginateMessages<Q extends object>(
  core: As2GatewayCore,
  operation: OperationId,
  filters: Q,
  run: (query: Q & Required<PagingQuery>, init: InvokeInit) => Promise<FetchResult<Pagination>>,
  options: PagedListOptions = {},
): Paginator<AS2Message> {
  // Never throws here, not even for `null` options: the paginator rejects them on the first next().
  const callOptions = callOptionsOf(options);
  return new Paginator<AS2Message>(
    async ({ pageIndex, pageSize: pageLength }) => {
      const query = { ...filters, pageOffset: pageIndex, pageLength };
      // The filters are checked with the first page: the iterator rejects on its first next().
      const { data, response } = await core.legacyRequest(
        operation,
        (init) => run(query, init),
        callOptions,
        {
          query,
        },
      );
      const records: unknown = data?.records ?? [];
      if (!Array.isArray(records)) {
        // Spreading an object (or a string's characters) would throw a raw TypeError or invent records.
        throw new ResponseParseError({
          status: response.status,
          operation,
          message: `the page's records are not a list (got ${records === null ? "null" : typeof records})`,
          headers: response.headers,
          body: data,
        });
      }
      return { items: [...(records as AS2Message[])], pageIndex, totalRecords: data?.totalRecords };
    },
    PAGE_LENGTH,
    // Its own options (page size, limit, start page, prefetch, signal) are checked on the first next().
    options,
    operation,
  );
}
