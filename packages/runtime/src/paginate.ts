// One generic paginator; each paged list operation of an API is a declaration over it.
import { ValidationError } from "./errors.js";

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

/** Async iteration over items (`for await`), with `pages()` for page-by-page access. */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #fetchPage: PageFetcher<T>;
  readonly #pageSize: number;
  readonly #options: PaginateOptions;

  constructor(fetchPage: PageFetcher<T>, rule: PageSizeRule, options: PaginateOptions = {}) {
    const pageSize = options.pageSize ?? rule.default;
    if (!Number.isInteger(pageSize) || pageSize < rule.min || pageSize > rule.max) {
      throw new ValidationError(
        `${rule.name} must be an integer from ${rule.min} to ${rule.max}, got ${pageSize}`,
      );
    }
    if (options.limit !== undefined && (!Number.isInteger(options.limit) || options.limit < 0)) {
      throw new ValidationError(`limit must be an integer >= 0, got ${options.limit}`);
    }
    if (options.startPage !== undefined && (!Number.isInteger(options.startPage) || options.startPage < 0)) {
      throw new ValidationError(`startPage must be an integer >= 0, got ${options.startPage}`);
    }
    this.#fetchPage = fetchPage;
    this.#pageSize = pageSize;
    this.#options = options;
  }

  /** Pages in order. Stops on an empty or short page, at totalRecords, or at `limit`. */
  async *pages(): AsyncGenerator<Page<T>> {
    const { limit, prefetch, signal } = this.#options;
    if (limit === 0) return;
    let pageIndex = this.#options.startPage ?? 0;
    let seen = 0;
    const load = (index: number) =>
      this.#fetchPage({ pageIndex: index, pageSize: this.#pageSize, offset: index * this.#pageSize, signal });
    let pending: Promise<Page<T>> | undefined = load(pageIndex);
    try {
      while (pending) {
        const page = await pending;
        pending = undefined;
        let items = page.items;
        if (limit !== undefined && seen + items.length > limit) items = items.slice(0, limit - seen);
        seen += items.length;
        const last =
          page.items.length < this.#pageSize ||
          (limit !== undefined && seen >= limit) ||
          (page.totalRecords !== undefined && (pageIndex + 1) * this.#pageSize >= page.totalRecords);
        if (items.length > 0) {
          if (!last && prefetch) {
            pending = load(pageIndex + 1);
            // The caller may stop early; a prefetch failure then must not surface as unhandled.
            pending.catch(() => undefined);
          }
          yield { ...page, items };
        }
        if (last) return;
        pageIndex++;
        pending ??= load(pageIndex);
      }
    } finally {
      pending?.catch(() => undefined);
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
