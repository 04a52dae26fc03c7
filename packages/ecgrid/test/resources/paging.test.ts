// Multi-page iteration of every paged list (parcels aside), against a scripted fake fetch that
// serves `dataset` page by page in the envelope shape of each list.
import { describe, expect, it } from "vitest";
import { ECGrid, type PaginateOptions, ValidationError } from "../../src/index.js";

type Shape = { nested: string } | "flat" | "array";
interface PagedCase {
  name: string;
  /** The record's ID, which the wrapper requires on every item. */
  idKey?: string;
  shape: Shape;
  maxPageSize: number;
  filters: Record<string, unknown>;
  all(client: ECGrid, filters: never, options: PaginateOptions): AsyncIterable<unknown>;
  one(client: ECGrid, body: never): unknown;
}

const cases: PagedCase[] = [
  {
    name: "networks.listAll",
    idKey: "networkId",
    shape: { nested: "networks" },
    maxPageSize: 500,
    filters: { status: "Active" },
    all: (c, f, o) => c.networks.listAll(f, o),
    one: (c, b) => c.networks.list(b),
  },
  {
    name: "mailboxes.listAll",
    idKey: "mailboxId",
    shape: { nested: "mailboxes" },
    maxPageSize: 500,
    filters: { networkId: 1001 },
    all: (c, f, o) => c.mailboxes.listAll(f, o),
    one: (c, b) => c.mailboxes.list(b),
  },
  {
    name: "ids.listAll",
    idKey: "ecGridId",
    shape: "array",
    maxPageSize: 500,
    filters: { mailboxId: 1001 },
    all: (c, f, o) => c.ids.listAll(f, o),
    one: (c, b) => c.ids.list(b),
  },
  {
    name: "partners.listAll",
    idKey: "interconnectId",
    shape: "array",
    maxPageSize: 500,
    filters: { ecGridId: 123456 },
    all: (c, f, o) => c.partners.listAll(f, o),
    one: (c, b) => c.partners.list(b),
  },
  {
    name: "interchanges.inboxAll",
    idKey: "interchangeId",
    shape: { nested: "interchanges" },
    maxPageSize: 500,
    filters: { mailboxId: 12345 },
    all: (c, f, o) => c.interchanges.inboxAll(f, o),
    one: (c, b) => c.interchanges.inboxList(b),
  },
  {
    name: "interchanges.outboxAll",
    idKey: "interchangeId",
    shape: { nested: "interchanges" },
    maxPageSize: 500,
    filters: { mailboxId: 12345 },
    all: (c, f, o) => c.interchanges.outboxAll(f, o),
    one: (c, b) => c.interchanges.outboxList(b),
  },
  {
    name: "callbacks.eventsAll",
    idKey: "callbackEventId",
    shape: { nested: "events" },
    maxPageSize: 500,
    // The live service's scope is required (X10-CB-3).
    filters: { networkId: 7, mailboxId: 12345, event: "Parcel" },
    all: (c, f, o) => c.callbacks.eventsAll(f, o),
    one: (c, b) => c.callbacks.eventList(b),
  },
  {
    name: "callbacks.queueAll",
    idKey: "callbackId",
    shape: { nested: "queueEntries" },
    maxPageSize: 500,
    filters: { networkId: 7, mailboxId: 12345, status: "Active" },
    all: (c, f, o) => c.callbacks.queueAll(f, o),
    one: (c, b) => c.callbacks.queueList(b),
  },
  {
    name: "carbonCopies.listAll",
    idKey: "ccId",
    shape: "flat",
    maxPageSize: 1000,
    filters: { mailboxId: 101 },
    all: (c, f, o) => c.carbonCopies.listAll(f, o),
    one: (c, b) => c.carbonCopies.list(b),
  },
  {
    name: "users.listAll",
    idKey: "userId",
    shape: "array",
    maxPageSize: 500,
    filters: { mailboxId: 101 },
    all: (c, f, o) => c.users.listAll(f, o),
    one: (c, b) => c.users.list(b),
  },
];

/** A client whose fetch serves `dataset` in pages, reporting `totalRecords` where the shape has it. */
function fakeApi(shape: Shape, dataset: unknown[], totalRecords = dataset.length) {
  const bodies: { pageNo: number; recordsPerPage: number }[] = [];
  const fetch = async (request: Request) => {
    const body = await request.json();
    bodies.push(body);
    const { pageNo, recordsPerPage } = body;
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

describe.each(cases)("$name", (c) => {
  const filters = c.filters as never;

  it("requests pages 1, 2, 3 with the filters and stops on a short page", async () => {
    const { client, bodies } = fakeApi(c.shape, records(5, c.idKey));
    expect(await collect(c.all(client, filters, { pageSize: 2 }))).toEqual(records(5, c.idKey));
    expect(bodies).toEqual([1, 2, 3].map((pageNo) => ({ ...c.filters, pageNo, recordsPerPage: 2 })));
  });

  it("stops at limit", async () => {
    const { client, bodies } = fakeApi(c.shape, records(10, c.idKey));
    expect(await collect(c.all(client, filters, { pageSize: 2, limit: 3 }))).toEqual(records(3, c.idKey));
    expect(bodies).toHaveLength(2);
  });

  it(`rejects a page size outside 1–${c.maxPageSize} or pageNo 0 before any request`, async () => {
    const { client, bodies } = fakeApi(c.shape, records(1, c.idKey));
    for (const size of [0, c.maxPageSize + 1]) {
      // Never thrown where the iterator is created: the first next() rejects.
      expect(() => c.all(client, filters, { pageSize: size })).not.toThrow();
      await expect(c.all(client, filters, { pageSize: size })[Symbol.asyncIterator]().next()).rejects.toThrow(
        `recordsPerPage must be an integer from 1 to ${c.maxPageSize}, got ${size}`,
      );
      await expect(c.one(client, { ...c.filters, recordsPerPage: size } as never)).rejects.toThrow(
        `recordsPerPage must be an integer from 1 to ${c.maxPageSize}, got ${size}`,
      );
    }
    await expect(c.one(client, { ...c.filters, pageNo: 0 } as never)).rejects.toThrow(ValidationError);
    expect(() => c.all(client, filters, { pageSize: c.maxPageSize })).not.toThrow();
    expect(bodies).toHaveLength(0);
  });
});

describe.each(cases.filter((c) => c.shape !== "array"))("$name (reports totalRecords)", (c) => {
  it("stops at totalRecords even when more would come", async () => {
    const { client, bodies } = fakeApi(c.shape, records(6, c.idKey), 4);
    expect(await collect(c.all(client, c.filters as never, { pageSize: 2 }))).toEqual(records(4, c.idKey));
    expect(bodies.map((b) => b.pageNo)).toEqual([1, 2]);
  });
});

describe.each(cases.filter((c) => c.shape === "array"))("$name (no totalRecords)", (c) => {
  it("stops on an empty page", async () => {
    const { client, bodies } = fakeApi(c.shape, records(4, c.idKey));
    expect(await collect(c.all(client, c.filters as never, { pageSize: 2 }))).toEqual(records(4, c.idKey));
    expect(bodies.map((b) => b.pageNo)).toEqual([1, 2, 3]);
  });
});
