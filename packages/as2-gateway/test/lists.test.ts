// Message lists: one page with all filters, and iteration where pageOffset is a PAGE NUMBER
// (vendor reference: "pageOffset - Page number"), pageLength 1–100, stopping at totalRecords.
import { describe, expect, it } from "vitest";
import { type AS2Message, PAGE_LENGTH, type Pagination, ValidationError } from "../src/index.js";
import { fakeClient, json, message, page, type RecordedRequest } from "./helpers.js";

/** A server holding `total` messages, answering pageOffset/pageLength as page number and size. */
function store(total: number) {
  const all = Array.from({ length: total }, (_, i) => message({ as2MessageId: `<m${i}@x>` }));
  return (request: RecordedRequest) => {
    const offset = Number(request.url.searchParams.get("pageOffset") ?? 0);
    const length = Number(request.url.searchParams.get("pageLength") ?? 10);
    return json(page(all.slice(offset * length, offset * length + length), total));
  };
}
const paging = (calls: RecordedRequest[]) =>
  calls.map((c) => `${c.url.searchParams.get("pageOffset")}/${c.url.searchParams.get("pageLength")}`);

describe("iterating a list", () => {
  it("requests page numbers 0, 1, 2 (not record offsets) and yields every message once", async () => {
    const { client, calls } = fakeClient(store(5));
    const ids = (await client.received.all({}, { pageSize: 2 }).toArray()).map((m) => m.as2MessageId);
    expect(ids).toEqual(["<m0@x>", "<m1@x>", "<m2@x>", "<m3@x>", "<m4@x>"]);
    expect(paging(calls)).toEqual(["0/2", "1/2", "2/2"]);
  });

  it("stops at totalRecords without asking for an empty page", async () => {
    const { client, calls } = fakeClient(store(4));
    const pages = [];
    for await (const p of client.sent.all({}, { pageSize: 2 }).pages()) pages.push(p);
    expect(pages.map((p) => [p.pageIndex, p.items.length, p.totalRecords])).toEqual([
      [0, 2, 4],
      [1, 2, 4],
    ]);
    expect(calls).toHaveLength(2);
  });

  it("uses pageLength 100 by default and passes every filter through", async () => {
    const { client, calls } = fakeClient(store(3));
    await client.received
      .all({
        unreadOnly: true,
        partnerAS2Id: "GLOBEX",
        stationAS2Id: "ACME",
        as2MessageId: "<a@b>",
        subject: "PO",
        sortCol: "subject",
        sortDir: "asc",
        partnerType: "test",
      })
      .toArray();
    expect(PAGE_LENGTH.default).toBe(100);
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({
      unreadOnly: "true",
      partnerAS2Id: "GLOBEX",
      stationAS2Id: "ACME",
      as2MessageId: "<a@b>",
      subject: "PO",
      sortCol: "subject",
      sortDir: "asc",
      partnerType: "test",
      pageOffset: "0",
      pageLength: "100",
    });
  });

  it("stops after `limit` items and can start at a later page", async () => {
    const { client, calls } = fakeClient(store(10));
    expect(await client.failed.all({}, { pageSize: 2, limit: 3 }).toArray()).toHaveLength(3);
    expect(paging(calls)).toEqual(["0/2", "1/2"]);
    const later = await client.queued.all({ query: "x" }, { pageSize: 4, startPage: 2 }).toArray();
    expect(later.map((m) => m.as2MessageId)).toEqual(["<m8@x>", "<m9@x>"]);
    expect(calls.at(-1)?.url.searchParams.get("query")).toBe("x");
  });

  it("prefetches the next page while the caller works on the current one", async () => {
    const { client, calls } = fakeClient(store(6));
    const iterator = client.sent.all({}, { pageSize: 3, prefetch: true })[Symbol.asyncIterator]();
    await iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(paging(calls)).toEqual(["0/3", "1/3"]);
    const rest = [];
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) rest.push(r.value);
    expect(rest).toHaveLength(5);
    expect(calls).toHaveLength(2);
  });

  it("rejects a page size outside 1–100 on the first next(), before any request", async () => {
    const { client, calls } = fakeClient(store(1));
    expect(() => client.received.all({}, { pageSize: 0 })).not.toThrow();
    await expect(client.received.all({}, { pageSize: 0 }).toArray()).rejects.toBeInstanceOf(ValidationError);
    await expect(client.sent.all({}, { pageSize: 101 })[Symbol.asyncIterator]().next()).rejects.toThrow(
      /^listSentMessages: pageLength must be an integer from 1 to 100, got 101$/,
    );
    await expect(client.sent.all({ sortDir: "up" } as never).toArray()).rejects.toThrow(
      /^listSentMessages: sortDir must be one of asc, desc, got "up"$/,
    );
    expect(calls).toHaveLength(0);
  });
});

describe("one page", () => {
  it("passes pageOffset and pageLength as given", async () => {
    const { client, calls } = fakeClient(store(30));
    const result = await client.received.list({ pageOffset: 2, pageLength: 10, unreadOnly: false });
    expect(result.records[0]?.as2MessageId).toBe("<m20@x>");
    expect(result.totalRecords).toBe(30);
    expect(paging(calls)).toEqual(["2/10"]);
  });

  it.each([
    [{ pageLength: 0 }, /pageLength must be an integer from 1 to 100, got 0/],
    [{ pageLength: 101 }, /got 101/],
    [{ pageLength: 2.5 }, /got 2.5/],
    [{ pageOffset: -1 }, /pageOffset must be an integer >= 0, got -1/],
  ])("rejects %j before any request", async (query, pattern) => {
    const { client, calls } = fakeClient(store(1));
    for (const list of [client.received, client.sent, client.failed, client.queued]) {
      let result: unknown;
      expect(() => {
        result = list.list(query);
      }).not.toThrow();
      await expect(result).rejects.toThrow(pattern);
    }
    expect(calls).toHaveLength(0);
  });

  it("exposes the raw Response with withResponse()", async () => {
    const { client } = fakeClient(() => json(page([]), 200, { "x-request-id": "r-1" }));
    const { data, response } = await client.failed.list().withResponse();
    expect(data.totalRecords).toBe(0);
    expect(response.headers.get("x-request-id")).toBe("r-1");
  });
});

describe("typing", () => {
  it("types pages, items, filters and errors from the generated spec types", async () => {
    const { client } = fakeClient(store(1));
    const pageResult: Pagination = await client.received.list();
    const first: AS2Message | undefined = (await client.sent.all().toArray())[0];
    expect(pageResult.totalRecords).toBe(1);
    expect(first?.as2MessageId).toBe("<m0@x>");
    // @ts-expect-error sortCol only takes the documented columns
    expect(() => client.received.all({ sortCol: "size" })).not.toThrow();
    // @ts-expect-error queued lists take `query`, not partnerAS2Id
    expect(() => client.queued.all({ partnerAS2Id: "x" })).not.toThrow();
    // @ts-expect-error a page is not a string
    const wrong: string = await client.failed.list();
    expect(typeof wrong).toBe("object");
  });
});
