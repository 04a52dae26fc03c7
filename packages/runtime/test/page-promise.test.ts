import { describe, expect, it, vi } from "vitest";
import { ValidationError } from "../src/errors.ts";
import type { WithResponse } from "../src/invoke.ts";
import type { Operation } from "../src/operation.ts";
import { type ListOptions, type PagingFields, pagedList, withPaging } from "../src/page-promise.ts";

const LIST = {
  id: "thingsList",
  method: "POST",
  path: "/things/list",
  idempotent: true,
  pagination: {
    in: "body",
    page: "pageNo",
    size: "recordsPerPage",
    firstPage: 1,
    minSize: 1,
    maxSize: 50,
    defaultSize: 20,
  },
} as const satisfies Operation;

interface Envelope {
  items: number[];
  total: number;
}

/** A server with `total` numbered records; records every page request it gets. */
function things(total: number, given: Record<string, unknown> = {}, options?: ListOptions) {
  const sent: (PagingFields | undefined)[] = [];
  const send = vi.fn(async (paging: PagingFields | undefined): Promise<WithResponse<Envelope>> => {
    sent.push(paging);
    const body = { ...given, ...paging } as { pageNo?: number; recordsPerPage?: number };
    const size = body.recordsPerPage ?? 10;
    const from = ((body.pageNo ?? 1) - 1) * size;
    const items = Array.from({ length: Math.max(0, Math.min(size, total - from)) }, (_, i) => from + i);
    return { data: { items, total }, response: new Response(null, { status: 200 }) };
  });
  const list = pagedList<Envelope, { page: number[]; total: number }, number>({
    operation: LIST,
    given,
    options,
    send,
    page: ({ data }) => ({ page: data.items, total: data.total }),
    items: ({ data }) => ({ items: data.items, totalRecords: data.total }),
  });
  return { list, send, sent };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("PagePromise (one method per paged list)", () => {
  it("sends nothing until it is awaited or iterated", async () => {
    const { send } = things(5);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(send).not.toHaveBeenCalled();
  });

  it("awaiting sends exactly one request, with the request as given, and resolves the page", async () => {
    const { list, sent } = things(100, { pageNo: 2, recordsPerPage: 3 });
    expect(await list).toEqual({ page: [3, 4, 5], total: 100 });
    // A second await reuses the answer.
    expect((await list.withResponse()).response.status).toBe(200);
    expect(sent).toEqual([undefined]);
  });

  it("iterating after an await asks for no page twice: the page the request names exactly is the awaited answer", async () => {
    const { list, sent } = things(7, { pageNo: 1, recordsPerPage: 3 });
    expect(await list).toEqual({ page: [0, 1, 2], total: 7 });
    expect(await collect(list)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sent).toEqual([undefined, { pageNo: 2, recordsPerPage: 3 }, { pageNo: 3, recordsPerPage: 3 }]);
    // Without a page size the awaited page is the server's default one, not the iterator's first page.
    const unsized = things(7, { pageNo: 1 });
    await unsized.list;
    expect(await collect(unsized.list)).toHaveLength(7);
    expect(unsized.sent).toEqual([undefined, { pageNo: 1, recordsPerPage: 20 }]);
    // Nothing awaited: the iterator asks for its first page itself, once.
    const fresh = things(7, { pageNo: 1, recordsPerPage: 3 });
    expect(await collect(fresh.list)).toHaveLength(7);
    expect(fresh.sent.map((f) => f?.pageNo)).toEqual([1, 2, 3]);
  });

  it("iterating starts at the page the request names, with its page size, and stops on the totals", async () => {
    const { list, sent } = things(10, { pageNo: 2, recordsPerPage: 4 });
    expect(await collect(list)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(sent).toEqual([
      { pageNo: 2, recordsPerPage: 4 },
      { pageNo: 3, recordsPerPage: 4 },
    ]);
  });

  it("iterating without paging fields uses the first page and the operation's default size", async () => {
    const { list, sent } = things(45);
    expect(await list.toArray()).toHaveLength(45);
    expect(sent).toEqual([
      { pageNo: 1, recordsPerPage: 20 },
      { pageNo: 2, recordsPerPage: 20 },
      { pageNo: 3, recordsPerPage: 20 },
    ]);
  });

  it("pages() yields page by page and `limit` stops the iteration", async () => {
    const pages = [];
    for await (const page of things(100, {}, { limit: 30 }).list.pages()) pages.push(page.items.length);
    expect(pages).toEqual([20, 10]);
  });

  it.each([
    [{ recordsPerPage: 51 }, undefined, /recordsPerPage/],
    [{ recordsPerPage: "20" }, undefined, /recordsPerPage/],
    [{ pageNo: 0 }, undefined, /pageNo/],
    [{}, { limit: -1 }, /limit/],
    [{}, { prefetch: "yes" }, /prefetch/],
  ])(
    "rejects the first next() naming the field, before any request (%j %j)",
    async (given, options, field) => {
      const { list, send } = things(10, given, options as ListOptions);
      const error = await list[Symbol.asyncIterator]()
        .next()
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toMatch(field);
      expect((error as Error).message).toMatch(/^thingsList: /);
      expect(send).not.toHaveBeenCalled();
    },
  );

  it("options that are not an object reject the await, before any request", async () => {
    const { list, send } = things(10, {}, "fast" as never);
    await expect(list).rejects.toThrow(/thingsList: options must be an object/);
    expect(send).not.toHaveBeenCalled();
  });

  it("is a thenable with catch/finally and names itself", async () => {
    const { list } = things(3);
    const onFinally = vi.fn();
    expect(await list.catch(() => "never").finally(onFinally)).toEqual({ page: [0, 1, 2], total: 3 });
    expect(onFinally).toHaveBeenCalledOnce();
    expect(Object.prototype.toString.call(list)).toBe("[object PagePromise]");
  });
});

describe("pagedList's shared rules", () => {
  it("refuses the former iterator options pageSize / startPage, naming the request's own field", async () => {
    for (const [option, field] of [
      ["pageSize", "recordsPerPage"],
      ["startPage", "pageNo"],
    ]) {
      const { list, send } = things(10, {}, { [option as string]: 2 } as ListOptions);
      await expect(list).rejects.toThrow(`thingsList: ${option} is no list option; give the body's ${field}`);
      await expect(list.toArray()).rejects.toThrow(/is no list option/);
      expect(send).not.toHaveBeenCalled();
    }
  });

  it("withPaging adds the paging fields to an object request and leaves anything else as given", () => {
    const paging = { pageNo: 2, recordsPerPage: 5 };
    expect(withPaging({ status: "x", pageNo: 9 }, paging)).toEqual({
      status: "x",
      pageNo: 2,
      recordsPerPage: 5,
    });
    expect(withPaging(undefined, paging)).toEqual(paging);
    expect(withPaging({ status: "x" }, undefined)).toEqual({ status: "x" });
    for (const odd of [null, "text", 7, [1]]) expect(withPaging(odd, paging)).toBe(odd);
  });
});
