import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });
/** The live service's scope (X10-CB-3/4), which Prism validates against the request schemas. */
const scope = { networkId: 7, mailboxId: 12345 };

describe("callbacks against Prism", () => {
  it("creates and updates a callback", async () => {
    const created = await ecgrid.callbacks.create({
      url: "https://app.example.com/webhooks/ecgrid",
      event: "Parcel",
      mailboxId: 12345,
      httpAuthType: "Basic",
      username: "webhook_user",
      password: "s3cr3t!",
      direction: "InBox",
      maxRetries: 3,
    });
    expect(created).toMatchObject({ callbackId: 7001, event: "Parcel", status: "Active" });
    const updated = await ecgrid.callbacks.update({
      callbackId: 7001,
      url: "https://app.example.com/webhooks/ecgrid-v2",
      status: "Active",
      httpAuthType: "Basic",
      username: "webhook_user",
      password: "n3wP@ssword!",
    });
    expect(updated).toMatchObject({ callbackId: 7001, url: "https://app.example.com/webhooks/ecgrid-v2" });
  });

  it("tests and deletes a callback", async () => {
    expect(await ecgrid.callbacks.test({ callbackId: 7001, parcelId: 987654321 })).toMatchObject({
      callbackId: 7001,
      httpStatus: 200,
    });
    expect(await ecgrid.callbacks.delete({ callbackId: 7001 })).toBe(true);
  });

  it("lists one page of events and gets one event", async () => {
    const page = await ecgrid.callbacks.eventList({
      ...scope,
      showInactive: false,
      event: "Parcel",
      beginDate: "2026-05-01T00:00:00Z",
      endDate: "2026-05-07T23:59:59Z",
      pageNo: 1,
      recordsPerPage: 100,
    });
    expect(page.totalRecords).toBe(12);
    expect(page.events[0]).toMatchObject({ callbackEventId: 88001, callbackId: 7001 });
    const event = await ecgrid.callbacks.getEvent({ callbackEventId: 88001, queueCount: 25 });
    expect(event).toMatchObject({ callbackEventId: 88001, attempts: 1 });
  });

  it("iterates every event by iterating the list", async () => {
    const ids: number[] = [];
    for await (const event of ecgrid.callbacks.eventList({ ...scope, event: "Parcel" })) {
      ids.push(event.callbackEventId);
    }
    expect(ids).toEqual([88001]);
  });

  it("lists one page of the queue (pending and failed views) and gets a queue entry", async () => {
    const page = await ecgrid.callbacks.queueList({
      ...scope,
      status: "Active",
      pageNo: 1,
      recordsPerPage: 100,
    });
    expect(page.totalRecords).toBe(3);
    expect(page.queueEntries[0]?.callbackId).toBe(7001);
    const failed = await ecgrid.callbacks.queueList({ ...scope, mailboxId: 0, view: "failed", maxDays: 30 });
    expect(failed.queueEntries.length).toBeGreaterThan(0);
    const entry = await ecgrid.callbacks.getQueueEntry(7001);
    expect(entry).toMatchObject({ callbackId: 7001, lastHttpStatus: 200 });
  });

  it("iterates the whole queue by iterating the list", async () => {
    const ids: (number | undefined)[] = [];
    for await (const entry of ecgrid.callbacks.queueList({ ...scope, status: "Active" }))
      ids.push(entry.callbackId);
    expect(ids).toEqual([7001]);
  });
});
