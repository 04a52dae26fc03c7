// AS2 Gateway's message lists take `pageOffset` and `pageLength` and answer with
// `{ totalRecords, records }`. `pageOffset` is a zero-based PAGE NUMBER, not a record offset: the
// vendor reference says "pageOffset - Page number", and the spec "Page number (zero-based)". So page
// n of size s is `pageOffset=n&pageLength=s` (the spec's x-pagination: firstPage 0, pageLength
// 1–100; iterators default to 100, not the API's 10, to spend as few of the 50 requests per 10 s
// as possible). One method per list (issue 16): the runtime's pagedList does the rest.
import {
  type ListOptions,
  type PagePromise,
  pagedList,
  ResponseParseError,
  withPaging,
} from "@edi-clients/runtime";
import type { As2GatewaySlimCore, As2Operation } from "./client.js";
import type { AS2Message, Pagination, QueryOf } from "./resource.js";

/**
 * One message list call: `await` resolves the page the query names, exactly as given (the API's own
 * defaults: page 0 of 10); `for await` iterates every message from that page on, `pageLength` per
 * page (default 100). The query, the page size and the options are checked before any request:
 * `await` rejects, or the iterator's first `next()`.
 */
export function listPages<O extends As2Operation>(
  core: As2GatewaySlimCore,
  operation: O,
  query: QueryOf<O["id"]> | undefined,
  options: ListOptions | undefined,
): PagePromise<Pagination, AS2Message> {
  return pagedList<Pagination, Pagination, AS2Message>({
    operation,
    given: isObject(query) ? query : undefined,
    options,
    send: (paging, callOptions) =>
      core.request(
        operation,
        // biome-ignore lint/suspicious/noExplicitAny: the query is the operation's own, paging fields added
        { params: { query: withPaging(query, paging) } } as any,
        callOptions,
      ) as unknown as Promise<{ data: Pagination; response: Response }>,
    page: ({ data }) => data,
    items: ({ data, response }) => {
      const records: unknown = data?.records ?? [];
      if (!Array.isArray(records)) {
        // Spreading an object (or a string's characters) would throw a raw TypeError or invent records.
        throw new ResponseParseError({
          status: response.status,
          operation: operation.id,
          message: `the page's records are not a list (got ${records === null ? "null" : typeof records})`,
          headers: response.headers,
          body: data,
        });
      }
      return { items: [...(records as AS2Message[])], totalRecords: data?.totalRecords };
    },
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object";
}
