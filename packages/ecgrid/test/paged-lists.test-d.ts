// Type-level tests of the paged lists (issue 16 item 3): one method per paged endpoint, awaited for
// the page its body asks for, iterated for every item. Nothing here runs (vitest typecheck mode and
// the package's `tsc --noEmit` check it).
import { describe, expectTypeOf, it } from "vitest";
import {
  type CallbackEvent,
  type CallbackEventPage,
  type CarbonCopy,
  ECGrid,
  type EcGridId,
  type Interchange,
  type InterchangePage,
  type ListOptions,
  type Network,
  type NetworkPage,
  type PagePromise,
  type Parcel,
} from "../src/index.js";

const ecgrid = new ECGrid({ apiKey: "k" });

describe("ECGrid paged lists: one method, an awaitable page that iterates its items", () => {
  it("each list returns a PagePromise of the page it read before and of its item", () => {
    expectTypeOf(ecgrid.networks.list()).toEqualTypeOf<PagePromise<NetworkPage, Network>>();
    expectTypeOf(ecgrid.parcels.inboxList()).toEqualTypeOf<PagePromise<Parcel[], Parcel>>();
    expectTypeOf(ecgrid.parcels.outboxList()).toEqualTypeOf<PagePromise<Parcel[], Parcel>>();
    expectTypeOf(ecgrid.ids.list()).toEqualTypeOf<PagePromise<EcGridId[], EcGridId>>();
    expectTypeOf(ecgrid.carbonCopies.list()).toEqualTypeOf<PagePromise<CarbonCopy[], CarbonCopy>>();
    expectTypeOf(ecgrid.interchanges.outboxList()).toEqualTypeOf<PagePromise<InterchangePage, Interchange>>();
    expectTypeOf(ecgrid.callbacks.eventList({ networkId: 1, mailboxId: 0 })).toEqualTypeOf<
      PagePromise<CallbackEventPage, CallbackEvent>
    >();
  });

  it("await gives the page, iteration the items, withResponse the page with its Response", () => {
    expectTypeOf<Awaited<ReturnType<ECGrid["networks"]["list"]>>>().toEqualTypeOf<NetworkPage>();
    expectTypeOf<ReturnType<ECGrid["parcels"]["inboxList"]>>().toExtend<AsyncIterable<Parcel>>();
    expectTypeOf(ecgrid.users.list().toArray()).resolves.items.toHaveProperty("userId");
    expectTypeOf(ecgrid.mailboxes.list().withResponse()).resolves.toHaveProperty("response");
  });

  it("paging goes in the body; the options are ListOptions (limit, prefetch, call options)", () => {
    expectTypeOf(ecgrid.parcels.inboxList).parameter(1).toEqualTypeOf<ListOptions | undefined>();
    ecgrid.parcels.inboxList({ pageNo: 2, recordsPerPage: 100 }, { limit: 10, prefetch: true, timeoutMs: 5 });
    // @ts-expect-error pageSize is gone: the body's recordsPerPage sets the page size
    ecgrid.parcels.inboxList({}, { pageSize: 100 });
    // @ts-expect-error startPage is gone: the body's pageNo says where iteration starts
    ecgrid.networks.list({}, { startPage: 1 });
    // @ts-expect-error the iterator twins are gone: iterate the list itself
    ecgrid.parcels.inboxAll;
    // @ts-expect-error the iterator twins are gone: iterate the list itself
    ecgrid.networks.listAll;
  });
});
