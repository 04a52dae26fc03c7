// ECGrid's paged lists take `pageNo` (1-based) and `recordsPerPage` and answer in three shapes: a
// bare array, `{ totalRecords, pageNo, recordsPerPage, <items> }`, or (carbon copies) the metadata
// next to `data` in the envelope. Each list declares how to read its page and its items; the
// runtime's PagePromise (one generic paginator) does the rest, with the paging rules (field names,
// page-size limits and default) from the operation's generated descriptor (the spec's x-pagination).
import { type ListOptions, type PagePromise, pagedList, withPaging } from "@edi-clients/runtime";
import type { ECGridOperation, ECGridSlimCore } from "./client.js";
import { type DataOf, dataOf } from "./envelope.js";
import { pagedRecords, pageReader } from "./models.js";
import type { PageInfo, RecordShape } from "./normalise.js";
import type { BodyOf } from "./resource.js";

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

/**
 * One paged list method (issue 16): `await` resolves the page the body asks for, read by `page`;
 * `for await` iterates every item from that page on, read by `reader`. The body's `pageNo` and
 * `recordsPerPage` say where iteration starts and how big its pages are (default: the first page,
 * the operation's default size from the spec's x-pagination). `check` runs on each body before it
 * is sent (a rule the spec cannot state), so its failure rejects the await or the first `next()`.
 */
export function listPages<O extends ECGridOperation, E, P, Item>(
  core: ECGridSlimCore,
  operation: O,
  body: BodyOf<O["id"]> | undefined,
  options: ListOptions | undefined,
  page: (envelope: E) => P,
  reader: PageReader<E, Item>,
  check?: (body: unknown) => void,
): PagePromise<P, Item> {
  return pagedList<E, P, Item>({
    operation,
    given: body as Record<string, unknown> | undefined,
    options,
    send: async (paging, callOptions) => {
      const sent = withPaging(body, paging);
      check?.(sent);
      return (await core.request(
        operation,
        // biome-ignore lint/suspicious/noExplicitAny: the body is the operation's own, paging fields added
        { body: sent } as any,
        callOptions,
      )) as unknown as { data: E; response: Response };
    },
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

/**
 * A paged list of `shape` records found under `itemKeys` (any documented list shape, see
 * `listOf`): `await` resolves `toPage(records, paging)` (default: the records), `for await` every
 * record, each read as the shape says.
 */
export function recordPages<O extends ECGridOperation, T, P = T[]>(
  core: ECGridSlimCore,
  operation: O,
  body: BodyOf<O["id"]> | undefined,
  options: ListOptions | undefined,
  shape: RecordShape,
  itemKeys: string[],
  toPage: (records: T[], paging: PageInfo) => P = (records) => records as P,
): PagePromise<P, T> {
  return listPages(
    core,
    operation,
    body,
    options,
    (envelope: unknown) => {
      const { items, page } = pagedRecords<T>(operation.id, envelope, itemKeys, shape);
      return toPage(items, page);
    },
    pageReader<T>(operation.id, shape, itemKeys),
  );
}
