import { describe, expect, it, vi } from "vitest";
import { ValidationError } from "../src/errors.ts";
import { callOptionsOf, type Page, type PageRequest, type PageSizeRule, Paginator } from "../src/paginate.ts";

const RULE: PageSizeRule = { name: "recordsPerPage", min: 1, max: 500, default: 25 };

/** A server with `total` numbered records, answering pages like ECGrid does. */
function records(total: number, options: { reportTotal?: boolean } = {}) {
  const requests: PageRequest[] = [];
  const fetchPage = vi.fn(async (request: PageRequest): Promise<Page<number>> => {
    requests.push(request);
    const items = Array.from(
      { length: Math.max(0, Math.min(request.pageSize, total - request.offset)) },
      (_, i) => {
        return request.offset + i;
      },
    );
    return { items, pageIndex: request.pageIndex, totalRecords: options.reportTotal ? total : undefined };
  });
  return { fetchPage, requests };
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("Paginator", () => {
  it("iterates every item across pages and stops on the short last page", async () => {
    const server = records(23);
    const items = await collect(new Paginator(server.fetchPage, RULE, { pageSize: 10 }));
    expect(items).toEqual(range(0, 23));
    expect(server.requests.map((r) => [r.pageIndex, r.pageSize, r.offset])).toEqual([
      [0, 10, 0],
      [1, 10, 10],
      [2, 10, 20],
    ]);
  });

  it("uses the rule's default page size", async () => {
    const server = records(30);
    await new Paginator(server.fetchPage, RULE).toArray();
    expect(server.requests[0]?.pageSize).toBe(25);
    expect(server.requests).toHaveLength(2);
  });

  it("stops on an empty page after full ones, without yielding it", async () => {
    const server = records(20);
    const pages = await collect(new Paginator(server.fetchPage, RULE, { pageSize: 10 }).pages());
    expect(pages.map((p) => p.items.length)).toEqual([10, 10]);
    expect(server.requests).toHaveLength(3);
  });

  it("yields nothing for an empty result", async () => {
    const server = records(0);
    expect(await new Paginator(server.fetchPage, RULE).toArray()).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("stops at totalPages without asking for an empty page", async () => {
    const fetchPage = vi.fn(
      async (r: PageRequest): Promise<Page<number>> => ({
        items: range(r.offset, r.offset + r.pageSize),
        pageIndex: r.pageIndex,
        totalPages: 2,
      }),
    );
    const items = await new Paginator(fetchPage, RULE, { pageSize: 10 }).toArray();
    expect(items).toEqual(range(0, 20));
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it("reads on past full pages of a server that caps the page size (and says so)", async () => {
    // Asked for 500, the server sends its 100 per page, pages numbered at its size.
    const fetchPage = vi.fn(async (r: PageRequest): Promise<Page<number>> => {
      const from = r.pageIndex * 100;
      return {
        items: range(from, Math.min(from + 100, 250)),
        pageIndex: r.pageIndex,
        pageSize: 100,
        totalRecords: 250,
      };
    });
    const items = await new Paginator(fetchPage, RULE, { pageSize: 500 }).toArray();
    expect(items).toEqual(range(0, 250));
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it("ignores totals that cannot be counts and a page size larger than asked for", async () => {
    const fetchPage = vi.fn(
      async (r: PageRequest): Promise<Page<number>> => ({
        items: r.pageIndex < 2 ? range(r.offset, r.offset + 10) : [],
        pageIndex: r.pageIndex,
        totalPages: 0,
        totalRecords: -1,
        pageSize: 1000,
      }),
    );
    expect(await new Paginator(fetchPage, RULE, { pageSize: 10 }).toArray()).toEqual(range(0, 20));
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it("stops at totalRecords without asking for an empty page", async () => {
    const server = records(20, { reportTotal: true });
    const pages = await collect(new Paginator(server.fetchPage, RULE, { pageSize: 10 }).pages());
    expect(pages.map((p) => [p.pageIndex, p.items.length, p.totalRecords])).toEqual([
      [0, 10, 20],
      [1, 10, 20],
    ]);
    expect(server.requests).toHaveLength(2);
  });

  it("trusts totalRecords even when pages come back full", async () => {
    const fetchPage = vi.fn(async (r: PageRequest) => ({
      items: range(r.offset, r.offset + r.pageSize),
      pageIndex: r.pageIndex,
      totalRecords: 15,
    }));
    const items = await new Paginator(fetchPage, RULE, { pageSize: 5 }).toArray();
    expect(items).toEqual(range(0, 15));
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });

  it("stops after `limit` items, cutting the last page and asking for no more", async () => {
    const server = records(1_000);
    const items = await new Paginator(server.fetchPage, RULE, { pageSize: 10, limit: 25 }).toArray();
    expect(items).toEqual(range(0, 25));
    expect(server.requests).toHaveLength(3);
  });

  it("stops exactly at a limit that ends on a page boundary", async () => {
    const server = records(1_000);
    const items = await new Paginator(server.fetchPage, RULE, {
      pageSize: 10,
      limit: 20,
      prefetch: true,
    }).toArray();
    expect(items).toEqual(range(0, 20));
    expect(server.requests).toHaveLength(2);
  });

  it("makes no request at all for limit 0", async () => {
    const server = records(10);
    expect(await new Paginator(server.fetchPage, RULE, { limit: 0 }).toArray()).toEqual([]);
    expect(server.fetchPage).not.toHaveBeenCalled();
  });

  it("starts at startPage", async () => {
    const server = records(35);
    const items = await new Paginator(server.fetchPage, RULE, { pageSize: 10, startPage: 2 }).toArray();
    expect(items).toEqual(range(20, 35));
    expect(server.requests.map((r) => r.offset)).toEqual([20, 30]);
  });

  it("stops at totalRecords when starting past the first page", async () => {
    const server = records(30, { reportTotal: true });
    await new Paginator(server.fetchPage, RULE, { pageSize: 10, startPage: 1 }).toArray();
    expect(server.requests.map((r) => r.pageIndex)).toEqual([1, 2]);
  });

  it("passes the signal to every page request", async () => {
    const server = records(15);
    const signal = new AbortController().signal;
    await new Paginator(server.fetchPage, RULE, { pageSize: 10, signal }).toArray();
    expect(server.requests.map((r) => r.signal)).toEqual([signal, signal]);
  });

  it("surfaces a failing page to the caller after the pages before it", async () => {
    const failure = new Error("page 2 failed");
    const fetchPage = vi.fn(async (r: PageRequest) => {
      if (r.pageIndex === 1) throw failure;
      return { items: [1, 2], pageIndex: r.pageIndex };
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const item of new Paginator(fetchPage, RULE, { pageSize: 2 })) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([1, 2]);
    expect(error).toBe(failure);
  });

  describe("prefetch", () => {
    it("requests the next page while the caller still works on the current one", async () => {
      const server = records(30);
      const paginator = new Paginator(server.fetchPage, RULE, { pageSize: 10, prefetch: true });
      const pages = paginator.pages();
      const first = await pages.next();
      expect(first.value?.items).toEqual(range(0, 10));
      // The caller has not asked for page 2 yet, but it is already on its way.
      expect(server.requests.map((r) => r.pageIndex)).toEqual([0, 1]);
      const second = await pages.next();
      expect(second.value?.items).toEqual(range(10, 20));
      expect(server.requests.map((r) => r.pageIndex)).toEqual([0, 1, 2]);
      await pages.return(undefined);
    });

    it("keeps two pages in flight when the totals say both exist, and none past the last", async () => {
      const server = records(40, { reportTotal: true });
      const pages = new Paginator(server.fetchPage, RULE, { pageSize: 10, prefetch: true }).pages();
      await pages.next();
      expect(server.requests.map((r) => r.pageIndex)).toEqual([0, 1, 2]);
      await pages.next();
      expect(server.requests.map((r) => r.pageIndex)).toEqual([0, 1, 2, 3]);
      const rest = [];
      for await (const page of pages) rest.push(page.items.length);
      expect(rest).toEqual([10, 10]);
      expect(server.requests.map((r) => r.pageIndex)).toEqual([0, 1, 2, 3]);
    });

    it("prefetches no further than a limit needs", async () => {
      const server = records(100, { reportTotal: true });
      const items = await new Paginator(server.fetchPage, RULE, {
        pageSize: 10,
        prefetch: true,
        limit: 15,
      }).toArray();
      expect(items).toEqual(range(0, 15));
      expect(server.requests.map((r) => r.pageIndex)).toEqual([0, 1]);
    });

    it("does not prefetch without the option", async () => {
      const server = records(30);
      const pages = new Paginator(server.fetchPage, RULE, { pageSize: 10 }).pages();
      await pages.next();
      expect(server.requests).toHaveLength(1);
      await pages.return(undefined);
    });

    it("does not prefetch past the last page", async () => {
      const server = records(15, { reportTotal: true });
      const items = await new Paginator(server.fetchPage, RULE, { pageSize: 10, prefetch: true }).toArray();
      expect(items).toEqual(range(0, 15));
      expect(server.requests).toHaveLength(2);
    });

    it("returns the same items as without prefetch", async () => {
      const plain = await new Paginator(records(47).fetchPage, RULE, { pageSize: 5, limit: 33 }).toArray();
      const fast = await new Paginator(records(47).fetchPage, RULE, {
        pageSize: 5,
        limit: 33,
        prefetch: true,
      }).toArray();
      expect(fast).toEqual(plain);
      expect(fast).toEqual(range(0, 33));
    });

    it("swallows a prefetch failure when the caller stops early", async () => {
      const unhandled = vi.fn();
      process.on("unhandledRejection", unhandled);
      try {
        const fetchPage = vi.fn(async (r: PageRequest) => {
          if (r.pageIndex === 1) throw new Error("prefetch failed");
          return { items: [1, 2], pageIndex: r.pageIndex };
        });
        const seen: number[] = [];
        for await (const item of new Paginator(fetchPage, RULE, { pageSize: 2, prefetch: true })) {
          seen.push(item);
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(seen).toEqual([1]);
        expect(fetchPage).toHaveBeenCalledTimes(2);
        expect(unhandled).not.toHaveBeenCalled();
      } finally {
        process.off("unhandledRejection", unhandled);
      }
    });

    it("surfaces a prefetch failure when the caller gets to that page", async () => {
      const fetchPage = vi.fn(async (r: PageRequest) => {
        if (r.pageIndex === 1) throw new Error("prefetch failed");
        return { items: [1, 2], pageIndex: r.pageIndex };
      });
      await expect(new Paginator(fetchPage, RULE, { pageSize: 2, prefetch: true }).toArray()).rejects.toThrow(
        "prefetch failed",
      );
    });
  });

  describe("validation before any request", () => {
    it.each([0, 501, 2.5, Number.NaN])("rejects page size %s naming the rule's limits", async (pageSize) => {
      const server = records(10);
      const create = () => new Paginator(server.fetchPage, RULE, { pageSize });
      // Never throws where the iterator is created: the first next() rejects.
      expect(create).not.toThrow();
      await expect(create().toArray()).rejects.toBeInstanceOf(ValidationError);
      await expect(create()[Symbol.asyncIterator]().next()).rejects.toThrow(
        `recordsPerPage must be an integer from 1 to 500, got ${pageSize}`,
      );
      await expect(create().pages().next()).rejects.toBeInstanceOf(ValidationError);
      expect(server.fetchPage).not.toHaveBeenCalled();
    });

    it("accepts the limits themselves", async () => {
      for (const pageSize of [1, 500]) {
        const server = records(3);
        await new Paginator(server.fetchPage, RULE, { pageSize }).toArray();
        expect(server.requests[0]?.pageSize).toBe(pageSize);
      }
    });

    it("rejects a default page size outside the rule", async () => {
      await expect(
        new Paginator(records(1).fetchPage, { name: "pageSize", min: 1, max: 50, default: 100 }).toArray(),
      ).rejects.toThrow("pageSize must be an integer from 1 to 50, got 100");
    });

    it.each([-1, 1.5])("rejects limit %s", async (limit) => {
      const server = records(1);
      await expect(new Paginator(server.fetchPage, RULE, { limit }).toArray()).rejects.toThrow(
        /^limit must be an integer >= 0, got /,
      );
      expect(server.fetchPage).not.toHaveBeenCalled();
    });

    it.each([-1, 0.5])("rejects startPage %s", async (startPage) => {
      const server = records(1);
      await expect(new Paginator(server.fetchPage, RULE, { startPage }).toArray()).rejects.toThrow(
        /^startPage must be an integer >= 0, got /,
      );
      expect(server.fetchPage).not.toHaveBeenCalled();
    });

    it("callOptionsOf keeps the per-call options and drops the iterator's own", () => {
      const signal = new AbortController().signal;
      expect(
        callOptionsOf({ pageSize: 5, limit: 1, startPage: 2, prefetch: true, signal, maxRetries: 0 }),
      ).toEqual({ signal, maxRetries: 0 });
      expect(callOptionsOf(null)).toEqual({});
      expect(callOptionsOf(undefined)).toEqual({});
    });

    it("names the operation it was given", async () => {
      await expect(
        new Paginator(records(1).fetchPage, RULE, { limit: -1 }, "listThings").toArray(),
      ).rejects.toThrow("listThings: limit must be an integer >= 0, got -1");
      await expect(
        new Paginator(records(1).fetchPage, RULE, null as never, "listThings").toArray(),
      ).rejects.toThrow("listThings: options must be an object, got null");
    });

    it.each([
      ["options", null],
      ["signal", { signal: "stop" }],
    ])("rejects bad %s", async (_, options) => {
      const server = records(1);
      await expect(new Paginator(server.fetchPage, RULE, options as never).toArray()).rejects.toBeInstanceOf(
        ValidationError,
      );
      expect(server.fetchPage).not.toHaveBeenCalled();
    });
  });
});
