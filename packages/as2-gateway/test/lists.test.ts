// Message lists: one page with all filters, and iteration where pageOffset is a PAGE NUMBER
// (vendor reference: "pageOffset - Page number"), pageLength 1–100, stopping at totalRecords.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type ApiCall,
  type AS2Message,
  type CallOptions,
  type ListOptions,
  OPERATIONS,
  type PagePromise,
  type Pagination,
  type QueryOf,
  type ReadOptions,
  ResponseParseError,
  UserAbortError,
  ValidationError,
} from "../src/index.js";
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
    const ids = (await client.received.list({ pageLength: 2 }).toArray()).map((m) => m.as2MessageId);
    expect(ids).toEqual(["<m0@x>", "<m1@x>", "<m2@x>", "<m3@x>", "<m4@x>"]);
    expect(paging(calls)).toEqual(["0/2", "1/2", "2/2"]);
  });

  it("stops at totalRecords without asking for an empty page", async () => {
    const { client, calls } = fakeClient(store(4));
    const pages = [];
    for await (const p of client.sent.list({ pageLength: 2 }).pages()) pages.push(p);
    expect(pages.map((p) => [p.pageIndex, p.items.length, p.totalRecords])).toEqual([
      [0, 2, 4],
      [1, 2, 4],
    ]);
    expect(calls).toHaveLength(2);
  });

  it("uses pageLength 100 by default and passes every filter through", async () => {
    const { client, calls } = fakeClient(store(3));
    await client.received
      .list({
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
    expect(OPERATIONS.listReceivedMessages.pagination.defaultSize).toBe(100);
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
    expect(await client.failed.list({ pageLength: 2 }, { limit: 3 }).toArray()).toHaveLength(3);
    expect(paging(calls)).toEqual(["0/2", "1/2"]);
    const later = await client.queued.list({ query: "x", pageLength: 4, pageOffset: 2 }).toArray();
    expect(later.map((m) => m.as2MessageId)).toEqual(["<m8@x>", "<m9@x>"]);
    expect(calls.at(-1)?.url.searchParams.get("query")).toBe("x");
  });

  it("prefetches the next page while the caller works on the current one", async () => {
    const { client, calls } = fakeClient(store(6));
    const iterator = client.sent.list({ pageLength: 3 }, { prefetch: true })[Symbol.asyncIterator]();
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
    expect(() => client.received.list({ pageLength: 0 })).not.toThrow();
    await expect(client.received.list({ pageLength: 0 }).toArray()).rejects.toBeInstanceOf(ValidationError);
    await expect(client.sent.list({ pageLength: 101 })[Symbol.asyncIterator]().next()).rejects.toThrow(
      /^listSentMessages: pageLength must be an integer from 1 to 100, got 101$/,
    );
    await expect(client.sent.list({ sortDir: "up" } as never).toArray()).rejects.toThrow(
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

describe("one method per list: the PagePromise contract", () => {
  const lists = (client: ReturnType<typeof fakeClient>["client"]) =>
    [
      ["listReceivedMessages", client.received],
      ["listSentMessages", client.sent],
      ["listFailedMessages", client.failed],
      ["listQueuedMessages", client.queued],
    ] as const;
  const queryOf = (call: RecordedRequest | undefined) => Object.fromEntries(call?.url.searchParams ?? []);

  it("await sends one request with the query exactly as given (no paging fields added)", async () => {
    const { client, calls } = fakeClient(store(30));
    for (const [, list] of lists(client)) {
      calls.length = 0;
      const first = await list.list();
      expect(first.records).toHaveLength(10); // the API's own default page: 0 of 10
      expect(calls).toHaveLength(1);
      expect(queryOf(calls[0])).toEqual({});
      calls.length = 0;
      const third = await list.list({ pageOffset: 2, pageLength: 5, sortDir: "asc" });
      expect(third.records.map((m) => m.as2MessageId)).toEqual([
        "<m10@x>",
        "<m11@x>",
        "<m12@x>",
        "<m13@x>",
        "<m14@x>",
      ]);
      expect(calls).toHaveLength(1);
      expect(queryOf(calls[0])).toEqual({ pageOffset: "2", pageLength: "5", sortDir: "asc" });
    }
  });

  it("sends nothing until awaited or iterated, and an awaited call is sent once", async () => {
    const { client, calls } = fakeClient(store(3));
    const pending = client.received.list({ unreadOnly: true });
    const iterated = client.sent.list();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toHaveLength(0);
    expect((await pending).totalRecords).toBe(3);
    expect((await pending).totalRecords).toBe(3);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url.pathname).toBe("/v1/message/received");
    expect((await iterated.toArray()).map((m) => m.as2MessageId)).toEqual(["<m0@x>", "<m1@x>", "<m2@x>"]);
    expect(calls.map((c) => `${c.url.pathname} ${paging([c])[0]}`)).toEqual([
      "/v1/message/received null/null",
      "/v1/message/sent 0/100",
    ]);
  });

  it("iterates from the page the query names, at its pageLength, with every filter on each page", async () => {
    const { client, calls } = fakeClient(store(7));
    const ids = await client.received.list({ pageOffset: 1, pageLength: 2, subject: "PO" }).toArray();
    expect(ids.map((m) => m.as2MessageId)).toEqual(["<m2@x>", "<m3@x>", "<m4@x>", "<m5@x>", "<m6@x>"]);
    expect(paging(calls)).toEqual(["1/2", "2/2", "3/2"]);
    expect(calls.every((c) => c.url.searchParams.get("subject") === "PO")).toBe(true);
  });

  it.each([
    [{ pageLength: 0 }, {}, /^(\w+): pageLength must be an integer from 1 to 100, got 0$/],
    [{ pageLength: 101 }, {}, /^(\w+): pageLength must be an integer from 1 to 100, got 101$/],
    [{ pageOffset: -1 }, {}, /^(\w+): pageOffset must be an integer >= 0, got -1$/],
    [{ pageOffset: 1.5 }, {}, /^(\w+): pageOffset must be an integer >= 0, got 1.5$/],
    [{}, { limit: -1 }, /^(\w+): limit must be an integer >= 0, got -1$/],
    [{}, { limit: 2.5 }, /^(\w+): limit must be an integer >= 0, got 2.5$/],
    [{}, { prefetch: "yes" }, /^(\w+): prefetch must be a boolean, got "yes"$/],
  ])(
    "query %j, options %j: the first next() rejects (naming the operation), before any request",
    async (query, options, pattern) => {
      const { client, calls } = fakeClient(store(3));
      for (const [operation, list] of lists(client)) {
        let iterator: AsyncIterator<AS2Message> | undefined;
        expect(() => {
          iterator = list.list(query as never, options as never)[Symbol.asyncIterator]();
        }).not.toThrow();
        const error = await (iterator as AsyncIterator<AS2Message>).next().catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as Error).message).toMatch(pattern);
        expect((error as Error).message.startsWith(`${operation}: `)).toBe(true);
      }
      expect(calls).toHaveLength(0);
    },
  );

  it("the former iterator options pageSize / startPage are refused (they are the query's pageLength / pageOffset)", async () => {
    const { client, calls } = fakeClient(store(3));
    await expect(client.received.list({}, { pageSize: 2 } as never)).rejects.toThrow(
      "listReceivedMessages: pageSize is no list option; give the query's pageLength",
    );
    await expect(client.sent.list({}, { startPage: 1 } as never).toArray()).rejects.toThrow(
      "listSentMessages: startPage is no list option; give the query's pageOffset",
    );
    expect(calls).toHaveLength(0);
  });

  it("await of a bad limit or prefetch rejects before any request too", async () => {
    const { client, calls } = fakeClient(store(3));
    await expect(client.queued.list({}, { limit: -1 })).rejects.toThrow("listQueuedMessages: limit must be");
    await expect(client.failed.list({}, { prefetch: 1 } as never)).rejects.toThrow(
      "listFailedMessages: prefetch must be a boolean",
    );
    expect(calls).toHaveLength(0);
  });

  it("a page whose records are not a list makes the iterator reject with a ResponseParseError; await gives the page as sent", async () => {
    for (const records of [{ a: 1 }, "abc", 7]) {
      const { client } = fakeClient(() => json({ totalRecords: 1, records }));
      const error = await client.failed
        .list()
        .toArray()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as ResponseParseError).message).toContain(
        `the page's records are not a list (got ${typeof records})`,
      );
      expect((await client.failed.list()).records).toEqual(records);
    }
  });

  it("limit 0 sends nothing; the signal stops iterating", async () => {
    const { client, calls } = fakeClient(store(300));
    expect(await client.sent.list({}, { limit: 0 }).toArray()).toEqual([]);
    expect(calls).toHaveLength(0);
    const stop = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const m of client.sent.list({ pageLength: 10 }, { signal: stop.signal })) {
        seen.push(m.as2MessageId);
        if (seen.length === 10) stop.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(UserAbortError);
    expect(seen).toHaveLength(10);
    expect(calls.length).toBeLessThanOrEqual(2);
  });
});

describe("typing", () => {
  it("types pages, items, filters and errors from the generated spec types", async () => {
    const { client } = fakeClient(store(1));
    const pageResult: Pagination = await client.received.list();
    const first: AS2Message | undefined = (await client.sent.list().toArray())[0];
    expect(pageResult.totalRecords).toBe(1);
    expect(first?.as2MessageId).toBe("<m0@x>");
    // @ts-expect-error sortCol only takes the documented columns
    expect(() => client.received.list({ sortCol: "size" })).not.toThrow();
    // @ts-expect-error queued lists take `query`, not partnerAS2Id
    expect(() => client.queued.list({ partnerAS2Id: "x" })).not.toThrow();
    // @ts-expect-error a page is not a string
    const wrong: string = await client.failed.list();
    expect(typeof wrong).toBe("object");
  });

  it("every list is one PagePromise of pages and messages; the merged received/sent keep their own types", () => {
    const { client } = fakeClient(store(1));
    for (const list of [client.received, client.sent, client.failed, client.queued])
      expectTypeOf(list.list).returns.toEqualTypeOf<PagePromise<Pagination, AS2Message>>();
    expectTypeOf(client.received.list)
      .parameter(0)
      .toEqualTypeOf<QueryOf<"listReceivedMessages"> | undefined>();
    expectTypeOf(client.sent.list).parameter(0).toEqualTypeOf<QueryOf<"listSentMessages"> | undefined>();
    expectTypeOf(client.sent.list).parameter(1).toEqualTypeOf<ListOptions | undefined>();
    expectTypeOf(client.received.get).parameter(1).toEqualTypeOf<ReadOptions | undefined>();
    expectTypeOf(client.sent.get).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(client.sent.get).returns.toEqualTypeOf<ApiCall<AS2Message>>();
    // Received only: unread lists, marking, batch downloads.
    expectTypeOf<QueryOf<"listSentMessages">>().not.toHaveProperty("unreadOnly");
    expectTypeOf(client.received).toHaveProperty("markUnread");
    expectTypeOf(client.sent).not.toHaveProperty("markUnread");
    expectTypeOf(client.sent).not.toHaveProperty("downloadBatch");
    expect(typeof client.received.markUnread).toBe("function");
    expect("markUnread" in client.sent).toBe(false);
    expect("downloadBatch" in client.sent).toBe(false);
  });
});
