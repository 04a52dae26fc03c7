// Every paged list is one method (issue 16): awaited, the one page its body asks for; iterated,
// every item from that page on. Against a scripted fake fetch that serves `dataset` page by page in
// the envelope shape of each list.
import { describe, expect, it } from "vitest";
import { ECGrid, type ListOptions, type PagePromise, ValidationError } from "../../src/index.js";

type Shape = { nested: string } | "flat" | "array";
interface PagedCase {
  name: string;
  /** The record's ID, which the wrapper requires on every item. */
  idKey?: string;
  shape: Shape;
  /** The documented maximum page size, which is also the default (issue 13). */
  maxPageSize: number;
  filters: Record<string, unknown>;
  list(client: ECGrid, body: never, options?: ListOptions): PagePromise<unknown, unknown>;
}

const cases: PagedCase[] = [
  {
    name: "networks.list",
    idKey: "networkId",
    shape: { nested: "networks" },
    maxPageSize: 500,
    filters: { status: "Active" },
    list: (c, b, o) => c.networks.list(b, o),
  },
  {
    name: "mailboxes.list",
    idKey: "mailboxId",
    shape: { nested: "mailboxes" },
    maxPageSize: 500,
    filters: { networkId: 1001 },
    list: (c, b, o) => c.mailboxes.list(b, o),
  },
  {
    name: "ids.list",
    idKey: "ecGridId",
    shape: "array",
    maxPageSize: 500,
    filters: { mailboxId: 1001 },
    list: (c, b, o) => c.ids.list(b, o),
  },
  {
    name: "partners.list",
    idKey: "interconnectId",
    shape: "array",
    maxPageSize: 500,
    filters: { ecGridId: 123456 },
    list: (c, b, o) => c.partners.list(b, o),
  },
  {
    name: "interchanges.inboxList",
    idKey: "interchangeId",
    shape: { nested: "interchanges" },
    maxPageSize: 500,
    filters: { mailboxId: 12345 },
    list: (c, b, o) => c.interchanges.inboxList(b, o),
  },
  {
    name: "interchanges.outboxList",
    idKey: "interchangeId",
    shape: { nested: "interchanges" },
    maxPageSize: 500,
    filters: { mailboxId: 12345 },
    list: (c, b, o) => c.interchanges.outboxList(b, o),
  },
  {
    name: "callbacks.eventList",
    idKey: "callbackEventId",
    shape: { nested: "events" },
    maxPageSize: 500,
    // The live service's scope is required (X10-CB-3).
    filters: { networkId: 7, mailboxId: 12345, event: "Parcel" },
    list: (c, b, o) => c.callbacks.eventList(b, o),
  },
  {
    name: "callbacks.queueList",
    idKey: "callbackId",
    shape: { nested: "queueEntries" },
    maxPageSize: 500,
    filters: { networkId: 7, mailboxId: 12345, status: "Active" },
    list: (c, b, o) => c.callbacks.queueList(b, o),
  },
  {
    name: "carbonCopies.list",
    idKey: "ccId",
    shape: "flat",
    maxPageSize: 1000,
    filters: { mailboxId: 101 },
    list: (c, b, o) => c.carbonCopies.list(b, o),
  },
  {
    name: "users.list",
    idKey: "userId",
    shape: "array",
    maxPageSize: 500,
    filters: { mailboxId: 101 },
    list: (c, b, o) => c.users.list(b, o),
  },
  {
    name: "parcels.inboxList",
    idKey: "parcelId",
    shape: { nested: "parcelIDInfoList" },
    maxPageSize: 500,
    filters: { mailboxId: 1001 },
    list: (c, b, o) => c.parcels.inboxList(b, o),
  },
  {
    name: "parcels.outboxList",
    idKey: "parcelId",
    shape: "array",
    maxPageSize: 500,
    filters: { mailboxId: 1001 },
    list: (c, b, o) => c.parcels.outboxList(b, o),
  },
];

const SERVER_DEFAULT_SIZE = 25;

/** A client whose fetch serves `dataset` in pages, reporting `totalRecords` where the shape has it. */
function fakeApi(shape: Shape, dataset: unknown[], totalRecords = dataset.length) {
  const bodies: { pageNo: number; recordsPerPage: number }[] = [];
  const fetch = async (request: Request) => {
    const body = await request.json();
    bodies.push(body);
    // Sent as given (an awaited call without paging fields): the server's own defaults.
    const { pageNo = 1, recordsPerPage = SERVER_DEFAULT_SIZE } = body;
    const items = dataset.slice((pageNo - 1) * recordsPerPage, pageNo * recordsPerPage);
    const paging = { totalRecords, pageNo, recordsPerPage };
    const envelope = {
      httpStatus: 200,
      message: "",
      traceId: "trace-1",
      success: true,
      ...(shape === "flat" ? paging : {}),
      data: typeof shape === "object" ? { ...paging, [shape.nested]: items } : items,
    };
    return new Response(JSON.stringify(envelope), { headers: { "Content-Type": "application/json" } });
  };
  const client = new ECGrid({ apiKey: "test-key", baseUrl: "http://127.0.0.1:9", fetch, throttle: false });
  return { client, bodies };
}

const records = (n: number, idKey?: string) =>
  Array.from({ length: n }, (_, i) => ({ ...(idKey ? { [idKey]: i + 1 } : {}), n: i + 1 }));

async function collect(iterable: AsyncIterable<unknown>) {
  const items: unknown[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** The records of an awaited page: the page itself or its one array (`networks`, `events`, …). */
function recordsOf(page: unknown): unknown[] {
  if (Array.isArray(page)) return page;
  const arrays = Object.values(page as object).filter(Array.isArray);
  expect(arrays).toHaveLength(1);
  return arrays[0] as unknown[];
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe.each(cases)("$name", (c) => {
  const filters = c.filters;
  const body = (extra: Record<string, unknown> = {}) => ({ ...filters, ...extra }) as never;

  it("requests pages 1, 2, 3 with the filters and the body's page size, and stops on a short page", async () => {
    const { client, bodies } = fakeApi(c.shape, records(5, c.idKey));
    expect(await collect(c.list(client, body({ recordsPerPage: 2 })))).toEqual(records(5, c.idKey));
    expect(bodies).toEqual([1, 2, 3].map((pageNo) => ({ ...filters, pageNo, recordsPerPage: 2 })));
  });

  it(`iterates ${c.maxPageSize} records a page when the body names no size (the documented maximum)`, async () => {
    const { client, bodies } = fakeApi(c.shape, records(3, c.idKey));
    expect(await collect(c.list(client, body()))).toEqual(records(3, c.idKey));
    expect(bodies).toEqual([{ ...filters, pageNo: 1, recordsPerPage: c.maxPageSize }]);
  });

  it("starts iterating at the body's pageNo", async () => {
    const { client, bodies } = fakeApi(c.shape, records(5, c.idKey));
    expect(await collect(c.list(client, body({ pageNo: 2, recordsPerPage: 2 })))).toEqual(
      records(5, c.idKey).slice(2),
    );
    expect(bodies.map((b) => b.pageNo)).toEqual([2, 3]);
  });

  it("stops at limit", async () => {
    const { client, bodies } = fakeApi(c.shape, records(10, c.idKey));
    expect(await collect(c.list(client, body({ recordsPerPage: 2 }), { limit: 3 }))).toEqual(
      records(3, c.idKey),
    );
    expect(bodies).toHaveLength(2);
  });

  it("awaited: exactly one request, the body exactly as given; the page as the one-page call reads it", async () => {
    const { client, bodies } = fakeApi(c.shape, records(5, c.idKey));
    const page = await c.list(client, body({ pageNo: 2, recordsPerPage: 2 }));
    expect(recordsOf(page)).toEqual(records(5, c.idKey).slice(2, 4));
    expect(bodies).toEqual([{ ...filters, pageNo: 2, recordsPerPage: 2 }]);
    // No paging fields added to a body without them: the server's defaults apply.
    await c.list(client, body());
    expect(bodies[1]).toEqual(filters);
    expect(bodies).toHaveLength(2);
  });

  it("withResponse() gives the page with its Response, in one request", async () => {
    const { client, bodies } = fakeApi(c.shape, records(2, c.idKey));
    const { data, response } = await c.list(client, body()).withResponse();
    expect(response.status).toBe(200);
    expect(recordsOf(data)).toEqual(records(2, c.idKey));
    expect(bodies).toHaveLength(1);
  });

  it("sends nothing until awaited or iterated; iterating asks for no page twice", async () => {
    const { client, bodies } = fakeApi(c.shape, records(5, c.idKey));
    const list = c.list(client, body({ recordsPerPage: 2 }));
    await tick();
    expect(bodies).toHaveLength(0);
    expect(await collect(list)).toEqual(records(5, c.idKey));
    // The first page came once, through the iterator: no separate request of the body as given.
    expect(bodies.map((b) => b.pageNo)).toEqual([1, 2, 3]);
  });

  it("awaited, then iterated: the page the body names exactly is not asked for again", async () => {
    const { client, bodies } = fakeApi(c.shape, records(5, c.idKey));
    const list = c.list(client, body({ pageNo: 1, recordsPerPage: 2 }));
    expect(recordsOf(await list)).toEqual(records(5, c.idKey).slice(0, 2));
    expect(await collect(list)).toEqual(records(5, c.idKey));
    expect(bodies.map((b) => b.pageNo)).toEqual([1, 2, 3]);
  });

  it("pages() yields page by page with the totals; toArray() collects every item", async () => {
    const { client } = fakeApi(c.shape, records(3, c.idKey));
    const pages: unknown[][] = [];
    for await (const page of c.list(client, body({ recordsPerPage: 2 })).pages()) pages.push(page.items);
    expect(pages).toEqual([records(3, c.idKey).slice(0, 2), records(3, c.idKey).slice(2)]);
    expect(await c.list(client, body({ recordsPerPage: 2 })).toArray()).toEqual(records(3, c.idKey));
  });

  it("prefetch: the next page is asked for while the caller still works on the current one", async () => {
    const { client, bodies } = fakeApi(c.shape, records(5, c.idKey));
    const iterator = c.list(client, body({ recordsPerPage: 2 }), { prefetch: true })[Symbol.asyncIterator]();
    await iterator.next();
    await tick();
    expect(bodies.map((b) => b.pageNo)).toContain(2);
    await iterator.return?.();
    const { client: lazy, bodies: asked } = fakeApi(c.shape, records(5, c.idKey));
    const plain = c.list(lazy, body({ recordsPerPage: 2 }))[Symbol.asyncIterator]();
    await plain.next();
    await tick();
    expect(asked.map((b) => b.pageNo)).toEqual([1]);
    await plain.return?.();
  });

  it(`rejects a page size outside 1–${c.maxPageSize}, pageNo 0 or a bad limit before any request`, async () => {
    const { client, bodies } = fakeApi(c.shape, records(1, c.idKey));
    for (const size of [0, c.maxPageSize + 1, 2.5, "2"]) {
      const message = `recordsPerPage must be an integer from 1 to ${c.maxPageSize}, got ${JSON.stringify(size)}`;
      // Never thrown where the call is made: awaiting rejects, and so does the first next().
      expect(() => c.list(client, body({ recordsPerPage: size }))).not.toThrow();
      const first = c
        .list(client, body({ recordsPerPage: size }))
        [Symbol.asyncIterator]()
        .next();
      await expect(first).rejects.toThrow(ValidationError);
      await expect(
        c
          .list(client, body({ recordsPerPage: size }))
          [Symbol.asyncIterator]()
          .next(),
      ).rejects.toThrow(/recordsPerPage must be an integer from 1 to \d+, got/);
      await expect(c.list(client, body({ recordsPerPage: size }))).rejects.toThrow(
        typeof size === "number" && Number.isInteger(size) ? message : /recordsPerPage/,
      );
    }
    for (const pageNo of [0, -1, 1.5]) {
      await expect(c.list(client, body({ pageNo }))).rejects.toThrow(/pageNo/);
      await expect(c.list(client, body({ pageNo }))[Symbol.asyncIterator]().next()).rejects.toThrow(
        expect.objectContaining({ name: "ValidationError", message: expect.stringMatching(/pageNo/) }),
      );
    }
    for (const limit of [-1, 1.5, "3"]) {
      await expect(
        c
          .list(client, body(), { limit } as never)
          [Symbol.asyncIterator]()
          .next(),
      ).rejects.toThrow(
        expect.objectContaining({ name: "ValidationError", message: expect.stringMatching(/limit/) }),
      );
      await expect(c.list(client, body(), { limit } as never)).rejects.toThrow(/limit/);
    }
    await expect(c.list(client, body(), { prefetch: "yes" } as never).toArray()).rejects.toThrow(/prefetch/);
    // The former iterator options are the body's own fields now: refused, never silently ignored.
    for (const [option, field] of [
      ["pageSize", "recordsPerPage"],
      ["startPage", "pageNo"],
    ] as const) {
      const message = `${option} is no list option; give the body's ${field}`;
      await expect(c.list(client, body(), { [option]: 2 } as never)).rejects.toThrow(message);
      await expect(c.list(client, body(), { [option]: 2 } as never).toArray()).rejects.toThrow(message);
    }
    expect(bodies).toHaveLength(0);
  });
});

describe.each(cases.filter((c) => c.shape !== "array"))("$name (reports totalRecords)", (c) => {
  it("stops at totalRecords even when more would come", async () => {
    const { client, bodies } = fakeApi(c.shape, records(6, c.idKey), 4);
    expect(await collect(c.list(client, { ...c.filters, recordsPerPage: 2 } as never))).toEqual(
      records(4, c.idKey),
    );
    expect(bodies.map((b) => b.pageNo)).toEqual([1, 2]);
  });

  it("asks for no empty page after a full last page", async () => {
    const { client, bodies } = fakeApi(c.shape, records(4, c.idKey));
    expect(await collect(c.list(client, { ...c.filters, recordsPerPage: 2 } as never))).toEqual(
      records(4, c.idKey),
    );
    expect(bodies.map((b) => b.pageNo)).toEqual([1, 2]);
  });
});

describe.each(cases.filter((c) => c.shape === "array"))("$name (no totalRecords)", (c) => {
  it("stops on an empty page", async () => {
    const { client, bodies } = fakeApi(c.shape, records(4, c.idKey));
    expect(await collect(c.list(client, { ...c.filters, recordsPerPage: 2 } as never))).toEqual(
      records(4, c.idKey),
    );
    expect(bodies.map((b) => b.pageNo)).toEqual([1, 2, 3]);
  });
});
