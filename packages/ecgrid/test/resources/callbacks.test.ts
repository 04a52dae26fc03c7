import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("callbacks against Prism", () => {
  it("creates and updates a callback", async () => {
    const created = await ecgrid.callbacks.create({
      url: "https://app.example.com/webhooks/ecgrid",
      event: "Parcel",
      mailboxId: 12345,
      httpAuthType: "Basic",
      username: "webhook_user",
      password: "s3cr3t!",
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
    expect(updated.url).toBe("https://app.example.com/webhooks/ecgrid-v2");
  });

  it("tests and deletes a callback", async () => {
    expect(await ecgrid.callbacks.test({ callbackId: 7001 })).toMatchObject({
      callbackId: 7001,
      httpStatus: 200,
    });
    expect(await ecgrid.callbacks.delete({ callbackId: 7001 })).toBe(true);
  });

  it("lists one page of events and gets one event", async () => {
    const page = await ecgrid.callbacks.eventList({
      mailboxId: 12345,
      event: "Parcel",
      beginDate: "2026-05-01T00:00:00Z",
      endDate: "2026-05-07T23:59:59Z",
      pageNo: 1,
      recordsPerPage: 100,
    });
    expect(page.totalRecords).toBe(12);
    expect(page.events?.[0]?.callbackEventId).toBe(88001);
    const event = await ecgrid.callbacks.getEvent({ callbackEventId: 88001 });
    expect(event).toMatchObject({ callbackEventId: 88001, attempts: 1 });
  });

  it("iterates every event with eventsAll", async () => {
    const ids: number[] = [];
    for await (const event of ecgrid.callbacks.eventsAll({ mailboxId: 12345, event: "Parcel" })) {
      ids.push(event.callbackEventId);
    }
    expect(ids).toEqual([88001]);
  });

  it("lists one page of the queue and gets a callback's queue entry", async () => {
    const page = await ecgrid.callbacks.queueList({
      mailboxId: 12345,
      status: "Active",
      pageNo: 1,
      recordsPerPage: 100,
    });
    expect(page.totalRecords).toBe(3);
    expect(page.queueEntries?.[0]?.callbackId).toBe(7001);
    const entry = await ecgrid.callbacks.getQueueEntry(7001);
    expect(entry).toMatchObject({ callbackId: 7001, lastHttpStatus: 200 });
  });

  it("iterates the whole queue with queueAll", async () => {
    const ids: number[] = [];
    for await (const entry of ecgrid.callbacks.queueAll({ mailboxId: 12345, status: "Active" }))
      ids.push(entry.callbackId);
    expect(ids).toEqual([7001]);
  });
});
