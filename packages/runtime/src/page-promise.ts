// One method per paged list (issue 16, openai-node's PagePromise): `await list(filters)` is the one
// page those filters ask for; `for await (const item of list(filters))` is every item from that page
// on, page after page, through the one generic Paginator. Nothing is sent until the value is
// awaited or iterated, so iterating never pays for a first page it does not use.
import type { CallOptions } from "./call-context.js";
import { ValidationError } from "./errors.js";
import type { WithResponse } from "./invoke.js";
import type { Operation, OperationPagination } from "./operation.js";
import { type Page, Paginator } from "./paginate.js";
import { checkValue, describeValue, integer, optional } from "./validate.js";

/** Options of a paged list call: the per-call ones, plus how far and how eagerly to iterate. */
export interface ListOptions extends CallOptions {
  /** Iterating: stop after this many items in total. */
  limit?: number;
  /** Iterating: fetch the next page while the caller still works on the current one. */
  prefetch?: boolean;
}

/** The page number and size an iterator asks for, under the API's own field names. */
export type PagingFields = Record<string, number>;

/** An awaitable first page that is also an async iterable over every item. */
export class PagePromise<P, T> implements PromiseLike<P>, AsyncIterable<T> {
  readonly #first: () => Promise<WithResponse<P>>;
  readonly #paginator: () => Paginator<T>;
  #started: Promise<WithResponse<P>> | undefined;

  constructor(first: () => Promise<WithResponse<P>>, paginator: () => Paginator<T>) {
    this.#first = first;
    this.#paginator = paginator;
  }

  /** The page together with the HTTP response (status, headers such as X-RateLimit-Remaining). */
  withResponse(): Promise<WithResponse<P>> {
    if (!this.#started) {
      // A check failing synchronously still rejects, never throws at the call site.
      try {
        this.#started = this.#first();
      } catch (error) {
        this.#started = Promise.reject(error);
      }
    }
    return this.#started;
  }

  // biome-ignore lint/suspicious/noThenProperty: this object is deliberately awaitable
  then<R1 = P, R2 = never>(
    onFulfilled?: ((value: P) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.withResponse()
      .then((r) => r.data)
      .then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<P | R> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<P> {
    return this.then().finally(onFinally);
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return this.#paginator()[Symbol.asyncIterator]();
  }

  /** Page after page (items with the totals the API reported), for page-by-page work. */
  pages(): AsyncGenerator<Page<T>> {
    return this.#paginator().pages();
  }

  /** Every item in memory. Prefer `for await` for large result sets. */
  toArray(): Promise<T[]> {
    return this.#paginator().toArray();
  }

  get [Symbol.toStringTag](): string {
    return "PagePromise";
  }
}

export interface PagedListSpec<E, P, T> {
  /** The paged operation; its `pagination` names the fields and limits. */
  operation: Operation;
  /** The request's paging fields as the caller gave them (the body or the query). */
  given: Readonly<Record<string, unknown>> | undefined;
  options: ListOptions | undefined;
  /** Sends one page: `paging` undefined sends the request exactly as given. */
  send(paging: PagingFields | undefined, options: CallOptions): Promise<WithResponse<E>>;
  /** The page as `await` resolves it. */
  page(answer: WithResponse<E>): P;
  /** The items of one page and the totals it reports, for the iterator. */
  items(answer: WithResponse<E>): Omit<Page<T>, "pageIndex">;
}

/**
 * The PagePromise of one paged list call. Iteration starts at the page the request names (default
 * the first) with its page size (default the operation's default); both are checked, with the
 * other options, before the first request (the first `next()` rejects). Iterating a list already
 * awaited reuses the awaited answer for the page the request names exactly (page and size given).
 */
export function pagedList<E, P, T>(spec: PagedListSpec<E, P, T>): PagePromise<P, T> {
  const { operation, given, options } = spec;
  const paging = operation.pagination as OperationPagination;
  const { limit, prefetch, ...callOptions }: ListOptions = isObject(options) ? options : {};
  // The awaited answer, once it arrived: iterating after an await sends no request for a page the
  // request named exactly (its page number and size), which is that same answer.
  let awaited: WithResponse<E> | undefined;
  return new PagePromise<P, T>(
    async () => {
      checkListOptions(options, operation);
      const answer = await spec.send(undefined, callOptions);
      awaited = answer;
      return { data: spec.page(answer), response: answer.response };
    },
    () => {
      const start = given?.[paging.page];
      const size = given?.[paging.size];
      const checks = (): void => {
        checkListOptions(options, operation);
        checkValue(paging.page, start, optional(integer(paging.firstPage)), operation.id);
      };
      return new Paginator<T>(
        async ({ pageIndex, pageSize }) => {
          const fields = { [paging.page]: pageIndex + paging.firstPage, [paging.size]: pageSize };
          const asGiven = given?.[paging.page] === fields[paging.page] && given?.[paging.size] === pageSize;
          const answer = awaited && asGiven ? awaited : await spec.send(fields, callOptions);
          return { ...spec.items(answer), pageIndex };
        },
        { name: paging.size, min: paging.minSize, max: paging.maxSize, default: paging.defaultSize },
        {
          // Any value given is checked by the paginator, under the API's name for it.
          ...(size === undefined ? {} : { pageSize: size as number }),
          ...(typeof start === "number" && start >= paging.firstPage
            ? { startPage: start - paging.firstPage }
            : {}),
          ...(limit === undefined ? {} : { limit }),
          ...(prefetch === undefined ? {} : { prefetch }),
          ...(callOptions.signal ? { signal: callOptions.signal } : {}),
        },
        operation.id,
        checks,
      );
    },
  );
}

function checkListOptions(options: unknown, operation: Operation): void {
  if (options === undefined) return;
  const id = operation.id;
  if (!isObject(options)) {
    throw new ValidationError(`${id}: options must be an object, got ${describeValue(options)}`, {
      operation: id,
    });
  }
  const { limit, prefetch } = options as ListOptions;
  checkValue("limit", limit, optional(integer(0)), id);
  if (prefetch !== undefined && typeof prefetch !== "boolean") {
    throw new ValidationError(`${id}: prefetch must be a boolean, got ${describeValue(prefetch)}`, {
      operation: id,
    });
  }
  // The former iterators' `pageSize` / `startPage` are the request's own paging fields now: one left
  // in the options would be ignored silently, so it is refused, naming the field to use.
  const paging = operation.pagination as OperationPagination;
  for (const [name, field] of [
    ["pageSize", paging.size],
    ["startPage", paging.page],
  ] as const) {
    if (options[name] !== undefined) {
      throw new ValidationError(`${id}: ${name} is no list option; give the ${paging.in}'s ${field}`, {
        operation: id,
      });
    }
  }
}

/**
 * The request (body or query) with an iterator's paging fields: `paging` undefined, or a request
 * that is no object (left for the operation's input rules to reject), gives it as given.
 */
export function withPaging(request: unknown, paging: PagingFields | undefined): unknown {
  if (!paging) return request;
  if (request === undefined) return { ...paging };
  return isObject(request) && !Array.isArray(request) ? { ...request, ...paging } : request;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object";
}
