// One generic paginator; each paged list operation of an API is a declaration over it.
import { ValidationError } from "./errors.js";
import { checkCallOptions, checkValue, describeValue, integer, optional } from "./validate.js";

export interface PageRequest {
  /** Zero-based index of the page. */
  pageIndex: number;
  /** Records per page. */
  pageSize: number;
  /** Records before this page (pageIndex × pageSize). */
  offset: number;
  signal?: AbortSignal | undefined;
}

export interface Page<T> {
  items: T[];
  pageIndex: number;
  /** Total matching records when the API reports it. */
  totalRecords?: number | undefined;
  /** Total pages when the API reports it (at the page size it used). */
  totalPages?: number | undefined;
  /**
   * The page size the API says it used, when it reports one: a server that caps the page size
   * below the one asked for sends full pages shorter than that, which are not the last.
   */
  pageSize?: number | undefined;
}

export interface PaginateOptions {
  /** Records per page. Defaults to the operation's default. */
  pageSize?: number;
  /** Stop after this many items in total. */
  limit?: number;
  /** First page to read (zero-based). Default 0. */
  startPage?: number;
  /** Fetch the next page while the caller is still working on the current one. */
  prefetch?: boolean;
  signal?: AbortSignal;
}

export interface PageSizeRule {
  /** The API's name for the page size, used in error messages, e.g. `recordsPerPage`. */
  name: string;
  min: number;
  max: number;
  default: number;
}

export type PageFetcher<T> = (request: PageRequest) => Promise<Page<T>>;

/**
 * The per-call options among an iterator's options: its own (page size, limit, start page,
 * prefetch) removed, the signal kept. `null` gives none: the Paginator rejects it on the first next().
 */
export function callOptionsOf<O extends PaginateOptions>(
  options: O | null | undefined,
): Omit<O, "pageSize" | "limit" | "startPage" | "prefetch"> {
  const {
    pageSize: _size,
    limit: _limit,
    startPage: _start,
    prefetch: _prefetch,
    ...rest
  } = options ?? ({} as O);
  return rest;
}

/** Async iteration over items (`for await`), with `pages()` for page-by-page access. */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #rule: PageSizeRule;
  readonly #options: PaginateOptions;
  readonly #operation: string | undefined;
  readonly #precheck: (() => void) | undefined;

  /**
   * Never throws: options that break a limit make the first `next()` (and `toArray()`) reject with
   * a ValidationError, before any page is fetched. `operation` prefixes its messages; `precheck`
   * runs the caller's own checks at the same moment.
   */
  constructor(
    fetchPage: PageFetcher<T>,
    rule: PageSizeRule,
    options: PaginateOptions = {},
    operation?: string,
    precheck?: () => void,
  ) {
    this.#fetchPage = fetchPage;
    this.#rule = rule;
    this.#options = options;
    this.#operation = operation;
    this.#precheck = precheck;
  }

  /** The page size, once the options passed their checks. */
  #checked(): number {
    this.#precheck?.();
    const options = this.#options;
    const operation = this.#operation;
    if (options === null || typeof options !== "object") {
      const message = `options must be an object, got ${describeValue(options)}`;
      throw new ValidationError(operation ? `${operation}: ${message}` : message, { operation });
    }
    const rule = this.#rule;
    checkValue(rule.name, options.pageSize ?? rule.default, integer(rule.min, rule.max), operation);
    checkValue("limit", options.limit, optional(integer(0)), operation);
    checkValue("startPage", options.startPage, optional(integer(0)), operation);
    checkCallOptions({ signal: options.signal }, operation);
    return options.pageSize ?? rule.default;
  }

  /**
   * Pages in order. Stops on an empty or short page, at `limit`, and where the API's totals say
   * this page is the last (totalPages, totalRecords): no request for an empty page after it.
   */
  async *pages(): AsyncGenerator<Page<T>> {
    const pageSize = this.#checked();
    const { limit, prefetch, signal } = this.#options;
    if (limit === 0) return;
    let pageIndex = this.#options.startPage ?? 0;
    let seen = 0;
    // Pages asked for and not yet yielded, by index.
    const ahead = new Map<number, Promise<Page<T>>>();
    const request = (index: number): Promise<Page<T>> => {
      let pending = ahead.get(index);
      if (!pending) {
        pending = this.#fetchPage({ pageIndex: index, pageSize, offset: index * pageSize, signal });
        // The caller may stop early; a prefetch failure then must not surface as unhandled.
        pending.catch(() => undefined);
        ahead.set(index, pending);
      }
      return pending;
    };
    try {
      for (;;) {
        const page = await request(pageIndex);
        ahead.delete(pageIndex);
        let items = page.items;
        if (limit !== undefined && seen + items.length > limit) items = items.slice(0, limit - seen);
        seen += items.length;
        const last = isLastPage(page, pageIndex, pageSize) || (limit !== undefined && seen >= limit);
        if (items.length > 0) {
          if (!last && prefetch) {
            // The next page while the caller works on this one, and the one after it when the
            // totals say it exists (and no limit ends first): the time a page takes to arrive and
            // be read then overlaps the latency of the next (issue 13).
            request(pageIndex + 1);
            const beyond = limit === undefined || seen + pageSize < limit;
            if (beyond && pageExists(page, pageIndex + 2, pageSize)) request(pageIndex + 2);
          }
          yield { ...page, items };
        }
        if (last) return;
        pageIndex++;
      }
    } finally {
      for (const pending of ahead.values()) pending.catch(() => undefined);
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Every item in memory. Prefer `for await` for large result sets. */
  async toArray(): Promise<T[]> {
    const all: T[] = [];
    for await (const item of this) all.push(item);
    return all;
  }
}

/** The page size the server used, when it says so and it is smaller (a cap): never a larger one. */
function usedSize(page: Page<unknown>, pageSize: number): number {
  return isCount(page.pageSize) && page.pageSize >= 1 ? Math.min(page.pageSize, pageSize) : pageSize;
}

/** Whether the totals `page` reports say a page at `index` has records (unknown: false). */
function pageExists(page: Page<unknown>, index: number, pageSize: number): boolean {
  const size = usedSize(page, pageSize);
  if (isCount(page.totalRecords)) return index * size < page.totalRecords;
  const counted = page.pageSize === undefined || page.pageSize === size;
  return counted && isCount(page.totalPages) && index < page.totalPages;
}

/** Whether `page` (at `pageIndex`, asked for with `pageSize`) is the last one. */
function isLastPage(page: Page<unknown>, pageIndex: number, pageSize: number): boolean {
  const count = page.items.length;
  const size = usedSize(page, pageSize);
  if (count === 0 || count < size) return true;
  if (isCount(page.totalRecords)) return pageIndex * size + count >= page.totalRecords;
  // Pages counted at another page size than this one's say nothing about it.
  const counted = page.pageSize === undefined || page.pageSize === size;
  return counted && isCount(page.totalPages) && page.totalPages >= 1 && pageIndex + 1 >= page.totalPages;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
