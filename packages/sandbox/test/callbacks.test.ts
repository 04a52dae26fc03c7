// Callbacks for real: registrations through the published client, parcel events POSTed to a local
// webhook handler (@edi-clients/ecgrid/node) with HTTP Basic, handed to processInbox; a failing
// endpoint ends as failed in the queue after its retries; every answer validates against the spec.
import type { Server } from "node:http";
import { NotFoundError } from "@edi-clients/ecgrid";
import { createNodeWebhookHandler } from "@edi-clients/ecgrid/node";
import { type EcgridWebhookEvent, processInboxFor } from "@edi-clients/ecgrid/webhooks";
import { describe, expect, it } from "vitest";
import { CALLBACK_OPERATIONS } from "../src/ecgrid-callbacks.ts";
import { listen, payloadIssues, recorder, servers, until } from "./hooks.ts";
import { ACME_KEY, client, exchanges, GLOBEX_KEY, sandbox, x12 } from "./support.ts";
import { expectTour } from "./tour.ts";

const SCOPE = { networkId: 42, mailboxId: 1002 };

describe("callbacks", () => {
  it("POSTs the InBox event with Basic auth to a local handler, which drains the inbox", async () => {
    const at = await sandbox({ callbacks: { retryDelayMs: 10 } });
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    const events: EcgridWebhookEvent[] = [];
    const stored: string[] = [];
    const drained: number[][] = [];
    const handler = createNodeWebhookHandler({
      auth: { type: "basic", username: "hook", password: "s3cret" },
      onEvent: (event) => {
        events.push(event);
      },
      onInbox: processInboxFor(
        globex,
        ({ file }) => {
          stored.push(file.text());
        },
        { onResult: (result) => drained.push(result.confirmed) },
      ),
    });
    const url = await listen(handler);
    const callback = await globex.callbacks.create({
      url,
      event: "Parcel",
      httpAuthType: "Basic",
      username: "hook",
      password: "s3cret",
      direction: "InBox",
    });
    expect(callback).toMatchObject({ url, event: "Parcel", mailboxId: 1002, httpAuthType: "Basic" });

    const file = x12();
    await acme.parcels.upload({ fileName: "po.edi", content: file });
    await until(async () => (drained.length > 0 ? true : undefined), "the inbox drain");
    await handler.idle();

    const inbox = events.find((e) => e.event === "InBox");
    expect(inbox).toMatchObject({
      event: "InBox",
      mailboxId: 1002,
      networkId: 42,
      callbackId: callback.callbackId,
      fileName: "po.edi",
      status: "InBoxReady",
      test: false,
    });
    expect(stored).toEqual([file]);
    expect(drained.flat()).toEqual([inbox?.parcelId]);
    expect(await globex.parcels.pendingInboxList()).toEqual([]);

    const queue = await globex.callbacks.queueList(SCOPE);
    const entry = queue.queueEntries[0];
    expect(entry).toMatchObject({
      callbackId: callback.callbackId,
      status: "Completed",
      lastHttpStatus: 200,
    });
    expect(await globex.callbacks.getQueueEntry(Number(entry?.callbackQueueId))).toMatchObject({
      attempts: 1,
      objectId: inbox?.parcelId,
    });
    const { events: delivered } = await globex.callbacks.eventList(SCOPE);
    expect(delivered).toHaveLength(1);
    const event = await globex.callbacks.getEvent({ callbackEventId: Number(delivered[0]?.callbackEventId) });
    expect(JSON.parse(String(event.payload))).toMatchObject({ callBackEvent: "InBox", isTest: false });

    // The test delivery: synthetic, isTest, answered with the endpoint's status.
    const tested = await globex.callbacks.test({ callbackId: callback.callbackId });
    expect(tested).toMatchObject({ callbackId: callback.callbackId, httpStatus: 200 });
    await handler.idle();
    expect(events.at(-1)).toMatchObject({ test: true, event: "InBox" });

    // A wrong password is a 401 at the handler: a failed test.
    await globex.callbacks.update({ callbackId: callback.callbackId, password: "wrong" });
    expect(await globex.callbacks.test({ callbackId: callback.callbackId })).toMatchObject({
      httpStatus: 401,
    });
  });

  it("fires OutBox, ConfirmDelivery and OutBoxError to the sender's callbacks", async () => {
    const at = await sandbox({ callbacks: { retryDelayMs: 10 } });
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    const { url, bodies } = await recorder();
    const callback = await acme.callbacks.create({ url, event: "Parcel" });
    const outboxId = await acme.parcels.upload({ fileName: "po.edi", content: x12() });
    await acme.parcels
      .upload({ fileName: "lost.edi", content: x12(["ZZ", "ACME"], ["ZZ", "NOBODY"]) })
      .catch(() => {});
    const [parcel] = await globex.parcels.pendingInboxList();
    await globex.parcels.confirm(Number(parcel?.parcelId));
    const scope = { networkId: 42, mailboxId: 1001 };
    await until(async () => {
      const { queueEntries } = await acme.callbacks.queueList(scope);
      return queueEntries.length === 3 && queueEntries.every((e) => e.status === "Completed")
        ? true
        : undefined;
    }, "three deliveries");
    expect(bodies.map((b) => b.callBackEvent).sort()).toEqual(["ConfirmDelivery", "OutBox", "OutBoxError"]);
    expect(bodies.find((b) => b.callBackEvent === "OutBox")).toMatchObject({
      parcelId: outboxId,
      callbackId: callback.callbackId,
      authorization: null,
    });
    expect(bodies.find((b) => b.callBackEvent === "OutBoxError")).toMatchObject({ fileName: "lost.edi" });
    for (const { authorization: _, ...body } of bodies) expect(payloadIssues(body)).toEqual([]);
    expect(payloadIssues({ parcelId: "not a number" })).not.toEqual([]);

    // Suspended: nothing more is sent; deleted: gone.
    await acme.callbacks.update({ callbackId: callback.callbackId, status: "Suspended" });
    await acme.parcels.upload({ fileName: "po2.edi", content: x12() });
    expect(await acme.callbacks.delete({ callbackId: callback.callbackId })).toBe(true);
    await expect(acme.callbacks.test({ callbackId: callback.callbackId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await acme.callbacks.eventList(scope)).totalRecords).toBe(3);
  });

  it("shows a failing endpoint as failed in the queue after its retries", async () => {
    const at = await sandbox({ callbacks: { retryDelayMs: 5 } });
    const acme = client(at, ACME_KEY);
    const globex = client(at, GLOBEX_KEY);
    let calls = 0;
    const url = await listen((_request, response) => {
      calls++;
      response.writeHead(500).end("down");
    });
    const callback = await globex.callbacks.create({ url, event: "Parcel", maxRetries: 2 });
    await acme.parcels.upload({ fileName: "po.edi", content: x12() });
    const failed = await until(async () => {
      const page = await globex.callbacks.queueList({ ...SCOPE, view: "failed", maxDays: 7 });
      return page.queueEntries[0];
    }, "the failed entry");
    expect(failed).toMatchObject({
      callbackId: callback.callbackId,
      status: "Error",
      attempts: 3,
      lastHttpStatus: 500,
    });
    expect(calls).toBe(3);
    expect((await globex.callbacks.queueList(SCOPE)).queueEntries).toEqual([]);

    // An endpoint that is not listening: status 0, also failed.
    const closed = servers.pop() as Server;
    closed.closeAllConnections();
    await new Promise((resolve) => closed.close(resolve));
    expect(await globex.callbacks.test({ callbackId: callback.callbackId })).toMatchObject({ httpStatus: 0 });
  });

  it("refuses what the spec and the registration rules refuse", async () => {
    const at = await sandbox();
    const acme = client(at, ACME_KEY);
    const { raw } = acme;
    const bad = [
      await raw.POST("/v2/callbacks/create", { body: { url: "http://example.com/x", event: "Parcel" } }),
      await raw.POST("/v2/callbacks/create", {
        body: { url: "https://example.com/x", event: "Parcel", httpAuthType: "Basic" },
      }),
      await raw.GET("/v2/callbacks/get-queue-by-id", { params: { query: { callbackId: "x" as never } } }),
    ];
    for (const { response } of bad) expect(response.status).toBe(400);
    await expect(acme.callbacks.getEvent({ callbackEventId: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(acme.callbacks.getQueueEntry(1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acme.callbacks.update({ callbackId: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await acme.callbacks.eventList({
      networkId: 42,
      mailboxId: 0,
      event: "Parcel",
      beginDate: "2020-01-01T00:00:00Z",
      endDate: "2099-01-01T00:00:00Z",
    });
  });

  // Runs last: the answers of every test of this file (the tests of a file run in order).
  it("every answer validates against the spec, and every callback operation succeeded", () => {
    expect(exchanges.length).toBeGreaterThan(30);
    expectTour(CALLBACK_OPERATIONS);
  });
});
