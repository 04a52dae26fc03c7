// Outbox statuses progress on the sandbox clock (outboxPending → outboxSent → outboxAcknowledged, or
// outboxFailed), visible in outbox-list and parcels/{id}, with the OutBox / ConfirmDelivery /
// OutBoxError / InBoxError callback events on the transitions; uploads that cannot be routed answer
// the documented error and raise OutBoxError. Through the published client, every answer validated.
import { BadRequestError, NotFoundError } from "@edi-clients/ecgrid";
import { describe, expect, it } from "vitest";
import { payloadIssues, recorder, until } from "./hooks.ts";
import { ACME_KEY, client, GLOBEX_KEY, only, sandbox, x12 } from "./support.ts";
import { expectTour } from "./tour.ts";

const events = (bodies: Record<string, unknown>[], name: string) =>
  bodies.filter((b) => b.callBackEvent === name);
const one = async (bodies: Record<string, unknown>[], name: string) =>
  until(async () => events(bodies, name)[0], `the ${name} event`);

describe("outbox progression", () => {
  it("moves an upload from outboxPending to outboxSent on the clock, then to outboxAcknowledged", async () => {
    let now = Date.parse("2026-05-07T09:00:00Z");
    const at = await sandbox({ clock: () => now, outbox: { deliveryDelayMs: 60_000 } });
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    const sender = await recorder();
    const receiver = await recorder();
    await acme.callbacks.create({ url: sender.url, event: "Parcel", direction: "OutBox" });
    await globex.callbacks.create({ url: receiver.url, event: "Parcel" });

    const id = await acme.parcels.upload({ fileName: "po.edi", content: x12() });
    expect(await acme.parcels.get(id)).toMatchObject({ status: "outboxPending" });
    expect(only(await acme.parcels.outboxList())).toMatchObject({ parcelId: id, status: "outboxPending" });
    expect(await globex.parcels.pendingInboxList()).toEqual([]);
    now += 59_000;
    expect((await acme.parcels.get(id)).status).toBe("outboxPending");
    expect(sender.bodies).toEqual([]);

    now += 1_000;
    expect(await acme.parcels.get(id)).toMatchObject({
      status: "outboxSent",
      created: "2026-05-07T09:00:00Z",
      modified: "2026-05-07T09:01:00Z",
    });
    expect(await acme.parcels.outboxList({ status: "outboxPending" })).toEqual([]);
    const inbox = only(await globex.parcels.pendingInboxList());
    expect(inbox).toMatchObject({ status: "InBoxReady", created: "2026-05-07T09:01:00Z" });
    expect(await one(sender.bodies, "OutBox")).toMatchObject({
      parcelId: id,
      status: "outboxSent",
      mailboxId: 1001,
      ecGridId: 112233,
      eventDateTime: "2026-05-07T09:01:00Z",
    });
    expect(await one(receiver.bodies, "InBox")).toMatchObject({ parcelId: inbox.parcelId });

    now += 5_000;
    await globex.parcels.confirm(inbox.parcelId);
    expect((await acme.parcels.get(id)).status).toBe("outboxAcknowledged");
    expect(only(await acme.parcels.outboxList({ status: "outboxAcknowledged" })).parcelId).toBe(id);
    expect(await one(sender.bodies, "ConfirmDelivery")).toMatchObject({
      parcelId: id,
      status: "outboxAcknowledged",
    });
    // A reset and a second confirm leave the sender's parcel acknowledged.
    await globex.parcels.resetToInbox(inbox.parcelId);
    await globex.parcels.confirm(inbox.parcelId);
    expect((await acme.parcels.get(id)).status).toBe("outboxAcknowledged");
    for (const { authorization: _, ...body } of [...sender.bodies, ...receiver.bodies])
      expect(payloadIssues(body)).toEqual([]);
    expectTour([]);
  });

  it("delivers a due parcel between requests, so its callbacks fire on time", async () => {
    const at = await sandbox({ outbox: { deliveryDelayMs: 300 } });
    const acme = client(at, ACME_KEY);
    const receiver = await recorder();
    await client(at, GLOBEX_KEY).callbacks.create({ url: receiver.url, event: "Parcel" });
    const started = Date.now();
    await acme.parcels.upload({ fileName: "po.edi", content: x12() });
    // No request to the sandbox until the event arrives: its tick delivers the parcel.
    expect(await one(receiver.bodies, "InBox")).toMatchObject({ status: "InBoxReady", fileName: "po.edi" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});

describe("error events", () => {
  it("fails a parcel to a suspended ECGrid ID: outboxFailed, OutBoxError to the sender, InBoxError to the receiver", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    const sender = await recorder();
    const receiver = await recorder();
    await acme.callbacks.create({ url: sender.url, event: "Parcel" });
    await globex.callbacks.create({ url: receiver.url, event: "Parcel", direction: "InBox" });

    const content = x12(["ZZ", "ACME"], ["ZZ", "GLOBEXOLD"]);
    const id = await acme.parcels.upload({ fileName: "retired.edi", content });
    expect(await acme.parcels.get(id)).toMatchObject({ status: "outboxFailed", ecGridIdTo: 445599 });
    expect(await globex.parcels.inboxList()).toEqual([]);
    expect(await one(sender.bodies, "OutBoxError")).toMatchObject({
      parcelId: id,
      status: "outboxFailed",
      fileName: "retired.edi",
      mailboxId: 1001,
    });
    const inboxError = await one(receiver.bodies, "InBoxError");
    expect(inboxError).toMatchObject({ mailboxId: 1002, ecGridId: 445599, fileName: "retired.edi" });
    expect(inboxError.parcelId).toBeUndefined();
    expect(events(sender.bodies, "OutBox")).toEqual([]);
    const { events: listed } = await globex.callbacks.eventList({ networkId: 42, mailboxId: 1002 });
    expect(only(listed)).toMatchObject({ direction: "InBox" });
    expect(JSON.parse(String(only(listed).payload))).toMatchObject({ callBackEvent: "InBoxError" });
    for (const { authorization: _, ...body } of [...sender.bodies, ...receiver.bodies])
      expect(payloadIssues(body)).toEqual([]);
  });

  it("answers the documented errors for uploads it cannot route and raises OutBoxError for each", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const sender = await recorder();
    await acme.callbacks.create({ url: sender.url, event: "Parcel" });
    const garbage = await acme.parcels
      .upload({ fileName: "garbage.bin", content: "\u0000\u0001 not X12 at all" })
      .catch((e: unknown) => e);
    expect(garbage).toBeInstanceOf(BadRequestError);
    expect(garbage).toMatchObject({ status: 400, body: { errorCode: "InvalidParameter" } });
    const unknown = await acme.parcels
      .upload({ fileName: "nobody.edi", content: x12(["ZZ", "ACME"], ["ZZ", "NOBODY"]) })
      .catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(unknown).toMatchObject({ status: 404, body: { errorCode: "ObjectNotFound" } });
    await until(async () => (events(sender.bodies, "OutBoxError").length === 2 ? true : undefined), "two");
    const [first, second] = events(sender.bodies, "OutBoxError");
    expect(first).toMatchObject({ fileName: "garbage.bin", mailboxId: 1001 });
    expect(first?.ecGridId).toBeUndefined();
    expect(second).toMatchObject({ fileName: "nobody.edi", ecGridId: 112233 });
    expect(await acme.parcels.outboxList()).toEqual([]);
    for (const { authorization: _, ...body } of sender.bodies) expect(payloadIssues(body)).toEqual([]);
    expectTour([]);
  });
});
