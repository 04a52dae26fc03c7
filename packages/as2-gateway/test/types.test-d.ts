// Type-level tests (issue 16 item 5): what the compiler holds a caller of the AS2 Gateway SDK to. Nothing
// here runs: vitest's typecheck mode (vitest.config.ts: typecheck) and the package's `tsc --noEmit` check
// the file, so a wrong `expectTypeOf` and an `@ts-expect-error` that no longer finds an error both fail.
import type { Page, PagePromise } from "@edi-clients/runtime";
import { describe, expectTypeOf, it } from "vitest";
import { networksGetNetwork } from "../../ecgrid/src/generated/operations.js";
import type { As2Operation } from "../src/core/client.js";
import {
  getReceivedMessage,
  listReceivedMessages,
  listStations,
  OPERATIONS,
  type OperationId,
  sendMessage,
} from "../src/generated/operations.js";
import {
  type AS2Message,
  As2Gateway,
  type operations,
  type Pagination,
  type Partner,
  type QueryOf,
  type SendResult,
  type Station,
} from "../src/index.js";

const as2 = new As2Gateway({ token: "t" });

describe("AS2 Gateway types: a call's parameters come from the spec", () => {
  it("a method's query is the operation's generated query", () => {
    expectTypeOf(as2.stations.list).parameter(0).toEqualTypeOf<QueryOf<"listStations"> | undefined>();
    expectTypeOf<QueryOf<"listStations">>().toEqualTypeOf<
      NonNullable<operations["listStations"]["parameters"]["query"]>
    >();
  });

  it("a wrong field, a wrong field type or a missing required field is a type error", () => {
    // @ts-expect-error bogus is no query parameter of listStations
    as2.stations.list({ bogus: "x" });
    // @ts-expect-error an AS2 message ID is a string
    as2.received.get(1049338276);
    // @ts-expect-error partnerId (the receiver) is required
    as2.messages.send({ stationId: "ACME_EDI_PROD", file: { name: "a.edi", content: "ISA" } });
    // @ts-expect-error a request enum takes only the documented spelling
    as2.sent.list({ sortCol: "nonsense" });
  });

  it("through the core: the descriptor types the path and query", () => {
    as2.core.call(getReceivedMessage, { params: { path: { as2MessageId: "<id@host>" } } });
    // @ts-expect-error the path parameter as2MessageId is required
    as2.core.call(getReceivedMessage, {});
    // @ts-expect-error the path parameter as2MessageId is required
    as2.core.call(getReceivedMessage, { params: { path: {} } });
    // @ts-expect-error as2MessageId is a string
    as2.core.call(getReceivedMessage, { params: { path: { as2MessageId: 1 } } });
    // @ts-expect-error pageLength is an integer
    as2.core.request(listReceivedMessages, { params: { query: { pageLength: "10" } } });
  });
});

describe("AS2 Gateway types: results are the API's models", () => {
  it("resource methods resolve to the models", () => {
    expectTypeOf(as2.received.get("<id@host>")).resolves.toEqualTypeOf<AS2Message>();
    expectTypeOf(as2.sent.get("<id@host>")).resolves.toEqualTypeOf<AS2Message>();
    expectTypeOf(
      as2.messages.send({ stationId: "A", partnerId: "B", file: { name: "a.edi", content: "ISA" } }),
    ).resolves.toEqualTypeOf<SendResult>();
    expectTypeOf<SendResult["as2MessageId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(as2.received.get("<id@host>").withResponse()).resolves.toEqualTypeOf<{
      data: AS2Message;
      response: Response;
    }>();
  });

  it("the core resolves a descriptor's call to the operation's success body", () => {
    const stations = as2.core.call(listStations, {});
    expectTypeOf<Awaited<typeof stations>>().not.toBeAny();
    expectTypeOf<Awaited<typeof stations>>().toExtend<Station[]>();
    expectTypeOf(as2.stations.list()).resolves.toExtend<Station[]>();
    expectTypeOf(as2.partners.list()).resolves.toExtend<Partner[]>();
  });
});

describe("AS2 Gateway types: the generated descriptors", () => {
  it("carry the literal id, method, path, idempotency and paging of their spec entry", () => {
    expectTypeOf(getReceivedMessage).toEqualTypeOf<{
      readonly id: "getReceivedMessage";
      readonly method: "GET";
      readonly path: "/v1/message/received/{as2MessageId}";
      readonly idempotent: true;
    }>();
    expectTypeOf(sendMessage.method).toEqualTypeOf<"POST">();
    expectTypeOf(sendMessage.idempotent).toEqualTypeOf<false>();
    expectTypeOf(listReceivedMessages.pagination.in).toEqualTypeOf<"query">();
    expectTypeOf(listReceivedMessages.pagination.page).toEqualTypeOf<"pageOffset">();
    expectTypeOf(listReceivedMessages.pagination.firstPage).toEqualTypeOf<0>();
    expectTypeOf(OPERATIONS.listStations).toEqualTypeOf(listStations);
  });

  it("the table's ids are exactly the generated operations", () => {
    expectTypeOf<OperationId>().toEqualTypeOf<keyof operations>();
    expectTypeOf<(typeof OPERATIONS)[OperationId]["id"]>().toEqualTypeOf<OperationId>();
  });

  it("an ECGrid descriptor is no AS2 Gateway operation and the AS2 core refuses it", () => {
    expectTypeOf(listStations).toExtend<As2Operation>();
    expectTypeOf(networksGetNetwork).not.toExtend<As2Operation>();
    // @ts-expect-error networksGetNetwork is an ECGrid operation
    as2.core.call(networksGetNetwork, { params: { path: { id: 1 } } });
    // @ts-expect-error networksGetNetwork is an ECGrid operation
    as2.core.request(networksGetNetwork, { params: { path: { id: 1 } } });
  });
});

describe("AS2 Gateway types: a paged list is one method (PagePromise)", () => {
  it("await gives the page, for await the messages", async () => {
    const received = as2.received.list({ unreadOnly: true });
    expectTypeOf(received).toEqualTypeOf<PagePromise<Pagination, AS2Message>>();
    expectTypeOf(received).resolves.toEqualTypeOf<Pagination>();
    expectTypeOf(await received).toEqualTypeOf<Pagination>();
    for await (const message of received) expectTypeOf(message).toEqualTypeOf<AS2Message>();
    expectTypeOf(received.pages()).toEqualTypeOf<AsyncGenerator<Page<AS2Message>>>();
    expectTypeOf(received.toArray()).resolves.toEqualTypeOf<AS2Message[]>();

    for await (const message of as2.sent.list()) expectTypeOf(message).toEqualTypeOf<AS2Message>();
    for await (const message of as2.failed.list()) expectTypeOf(message).toEqualTypeOf<AS2Message>();
    for await (const message of as2.queued.list()) expectTypeOf(message).toEqualTypeOf<AS2Message>();
    expectTypeOf(await as2.sent.list()).toEqualTypeOf<Pagination>();
  });

  it("a list's query is typed from the spec, paging fields included", () => {
    as2.received.list({ pageOffset: 0, pageLength: 100 });
    // @ts-expect-error pageLength is an integer
    as2.received.list({ pageLength: "100" });
    // @ts-expect-error bogus is no query parameter of listReceivedMessages
    as2.received.list({ bogus: true });
  });
});
