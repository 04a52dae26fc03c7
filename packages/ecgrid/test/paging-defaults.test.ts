// Issue 13: lists default to the documented maximum page size (500), and an iterator whose list
// says how many pages there are asks for none after the last.
import { describe, expect, it } from "vitest";
import { ECGridCore } from "../src/core/client.js";
import { Parcels } from "../src/resources/parcels.js";
import { envelope, fakeFetch, type RecordedRequest } from "./support/fake-fetch.js";

const parcel = (parcelId: number) => ({ parcelId, fileName: `f${parcelId}.edi`, status: "InBoxReady" });

function parcelsOver(respond: (body: { pageNo: number; recordsPerPage: number }) => Response) {
  const fake = fakeFetch((r: RecordedRequest) =>
    r.path === "/v2/parcels/inbox-list"
      ? respond(r.body as { pageNo: number; recordsPerPage: number })
      : envelope(true),
  );
  const core = new ECGridCore({
    apiKey: "k",
    baseUrl: "https://ecgrid.test",
    fetch: fake.fetch,
    throttle: false,
  });
  return {
    parcels: new Parcels(core),
    lists: () => fake.requests.filter((r) => r.path.endsWith("inbox-list")),
  };
}

const page = (pageNo: number, size: number, total: number) =>
  Array.from({ length: Math.max(0, Math.min(size, total - (pageNo - 1) * size)) }, (_, i) =>
    parcel((pageNo - 1) * size + i + 1),
  );

describe("list paging defaults", () => {
  it("inboxList iterates 500 records a page by default", async () => {
    const { parcels, lists } = parcelsOver(({ pageNo, recordsPerPage }) =>
      envelope(page(pageNo, recordsPerPage, 700)),
    );
    expect(await parcels.inboxList({}).toArray()).toHaveLength(700);
    expect(lists().map((r) => (r.body as { recordsPerPage: number }).recordsPerPage)).toEqual([500, 500]);
  });

  it("processInbox lists the inbox 500 records a page by default", async () => {
    const { parcels, lists } = parcelsOver(({ pageNo, recordsPerPage }) =>
      envelope(page(pageNo, recordsPerPage, 0)),
    );
    await parcels.processInbox(async () => {});
    expect(lists().map((r) => (r.body as { recordsPerPage: number }).recordsPerPage)).toEqual([500]);
  });

  it("stops at the last page totalPages names, without asking for an empty one", async () => {
    const { parcels, lists } = parcelsOver(({ pageNo, recordsPerPage }) =>
      envelope(page(pageNo, recordsPerPage, 1000), { pageNo, recordsPerPage, totalPages: 2 }),
    );
    expect(await parcels.inboxList({}).toArray()).toHaveLength(1000);
    expect(lists()).toHaveLength(2);
  });

  it("reads on when the server caps the page size and says so", async () => {
    const { parcels, lists } = parcelsOver(({ pageNo }) =>
      envelope(page(pageNo, 100, 250), { pageNo, recordsPerPage: 100, totalRecords: 250 }),
    );
    expect(await parcels.inboxList({}).toArray()).toHaveLength(250);
    expect(lists()).toHaveLength(3);
  });
});
