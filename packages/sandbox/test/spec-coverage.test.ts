// Spec coverage (issue 11 item 1): every operation the sandbox serves — each entry of SERVED_OPERATIONS
// (ECGrid) and AS2_SERVED_OPERATIONS — has at least one answer checked against its spec in this suite,
// by a checker built from the spec here (test/spec-check.ts), independent of the clients' validators.
// One tour drives every operation through the published clients (which validate too, "throw"), with
// successes and errors; the last test fails naming any served operation without a checked answer.
import { As2Gateway } from "@edi-clients/as2-gateway";
import { validateResponse as validateAs2 } from "@edi-clients/as2-gateway/validation";
import { ECGrid, NotFoundError, PermissionDeniedError } from "@edi-clients/ecgrid";
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { afterAll, describe, expect, it } from "vitest";
import { AS2_SERVED_OPERATIONS, SERVED_OPERATIONS } from "../src/index.ts";
import { AS2_SPEC_PATH, ECGRID_SPEC_PATH } from "../src/spec.ts";
import {
  AS2_PASSWORD,
  AS2_USER,
  as2Sandbox,
  DOWN_PARTNER,
  OWN_STATION,
  PARTNER,
  sendFile,
} from "./as2support.ts";
import { recorder } from "./hooks.ts";
import { type CheckedAnswer, recordingFetch, SpecResponses, uncovered } from "./spec-check.ts";
import { ACME_KEY, GLOBEX_KEY, only, x12 } from "./support.ts";

const ecgridSpec = new SpecResponses(ECGRID_SPEC_PATH);
const as2Spec = new SpecResponses(AS2_SPEC_PATH);
const ecgridAnswers: CheckedAnswer[] = [];
const as2Answers: CheckedAnswer[] = [];
const closing: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const c of closing.reverse()) await c.close();
});

function ecgrid(url: string, apiKey: string): ECGrid {
  const client = new ECGrid({
    baseUrl: url,
    apiKey,
    fetch: recordingFetch(ecgridSpec, ecgridAnswers),
    validateResponses: "throw",
    responseValidator: validateResponse,
    throttle: false,
    maxRetries: 0,
  });
  closing.push(client);
  return client;
}

describe("spec coverage", () => {
  it("tours every served ECGrid operation through the client", async () => {
    const { sandbox } = await as2Sandbox({ callbacks: { retryDelayMs: 10 } });
    const acme = ecgrid(sandbox.ecgridUrl, ACME_KEY);
    const globex = ecgrid(sandbox.ecgridUrl, GLOBEX_KEY);

    const login = await globex.raw.POST("/v2/auth/login", {
      body: { login: "globex", password: "globex-sandbox" },
    });
    const token = String((login.data as { data: { token: string } }).data.token);
    const refreshed = await globex.raw.POST("/v2/auth/refresh", { body: { token } });
    expect(refreshed.response.status).toBe(200);
    expect((await globex.raw.POST("/v2/auth/refresh", { body: { token } })).response.status).toBe(401);
    await globex.raw.POST("/v2/auth/logout", {});

    const hook = await recorder();
    const callback = await globex.callbacks.create({ url: hook.url, event: "Parcel" });
    const sent = await acme.parcels.upload({ fileName: "po.edi", content: x12() });
    const parcel = only(await globex.parcels.pendingInboxList());
    await globex.parcels.inboxList({ pageNo: 1, recordsPerPage: 5 });
    await acme.parcels.outboxList({ status: "outboxSent" });
    await acme.parcels.get(sent);
    await globex.parcels.download(parcel.parcelId);
    await globex.parcels.confirm(parcel.parcelId);
    await globex.parcels.resetToInbox(parcel.parcelId);
    await expect(acme.parcels.get(parcel.parcelId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(acme.parcels.inboxList({ mailboxId: 1002 })).rejects.toBeInstanceOf(PermissionDeniedError);
    await acme.raw.POST("/v2/parcels/inbox-list", { body: { recordsPerPage: 0 } });

    const inbound = only((await globex.interchanges.inboxList()).interchanges);
    await acme.interchanges.outboxList({ interchangeControlId: "000000001" });
    await globex.interchanges.get(Number(inbound.interchangeId));

    await globex.callbacks.update({ callbackId: callback.callbackId, maxRetries: 1 } as never);
    await globex.callbacks.test({ callbackId: callback.callbackId });
    const scope = { networkId: 42, mailboxId: 1002 };
    const { events } = await globex.callbacks.eventList(scope);
    await globex.callbacks.getEvent({ callbackEventId: Number(events[0]?.callbackEventId) });
    const { queueEntries } = await globex.callbacks.queueList(scope);
    await globex.callbacks.getQueueEntry(Number(queueEntries[0]?.callbackQueueId));
    await globex.callbacks.delete({ callbackId: callback.callbackId });
    await expect(ecgrid(sandbox.ecgridUrl, "wrong-key").parcels.pendingInboxList()).rejects.toThrow();
  });

  it("tours every served AS2 Gateway operation through the client", async () => {
    const { sandbox, advance } = await as2Sandbox();
    const as2 = new As2Gateway({
      baseUrl: sandbox.as2Url,
      credentials: { username: AS2_USER, password: AS2_PASSWORD },
      fetch: recordingFetch(as2Spec, as2Answers),
      validateResponses: "throw",
      responseValidator: validateAs2,
      throttle: false,
      maxRetries: 0,
    });
    closing.push(as2, sandbox);
    const send = (partnerId: string, name: string) => sendFile(as2, partnerId, name, x12());
    const toPartner = await send(PARTNER, "a.edi");
    await send(OWN_STATION, "b.edi");
    const toDown = await send(DOWN_PARTNER, "c.edi");
    await as2.queued.list();
    await as2.queued.get(toPartner);
    advance(1_000);
    await as2.sent.list();
    await as2.sent.get(toPartner);
    const received = String(only((await as2.received.list()).records).as2MessageId);
    await as2.received.get(received, { markAsRead: true });
    await as2.received.markUnread(received);
    await as2.failed.list();
    await as2.failed.get(toDown);
    for (const which of [undefined, 0, "all"] as const) {
      await as2.received.attachment(received, which);
      await as2.sent.attachment(toPartner, which);
    }
    await as2.received.downloadBatch([received]);
    await as2.received.mdn(received);
    await as2.sent.mdn(toPartner);
    await as2.queued.stop(toDown);
    await as2.queued.retry(toDown);
    await as2.partners.list();
    await as2.stations.list();
    await expect(as2.sent.get("<nobody@sandbox>")).rejects.toBeInstanceOf(NotFoundError);
    await as2.sent.delete(toPartner);
    await as2.cleanup.deleteMany("failed", [toDown]);
  });

  it("every answer of the tours conforms to the spec, by a checker built from the spec", () => {
    for (const [spec, answers] of [
      [ecgridSpec, ecgridAnswers],
      [as2Spec, as2Answers],
    ] as const) {
      for (const answer of answers) {
        expect(answer.operationId, `${answer.method} ${answer.path}`).toBeDefined();
        const issues = spec.issues({ ...answer, operationId: String(answer.operationId) });
        expect(issues, `${answer.operationId} ${answer.status}`).toEqual([]);
      }
    }
    const statuses = new Set(ecgridAnswers.map((a) => a.status));
    for (const status of [200, 400, 401, 403, 404]) expect(statuses).toContain(status);
    expect(new Set(as2Answers.map((a) => a.status))).toEqual(new Set([200, 202, 404]));
  });

  it("every served operation had at least one answer checked against the spec", () => {
    expect(uncovered(SERVED_OPERATIONS, ecgridAnswers)).toEqual([]);
    expect(uncovered(AS2_SERVED_OPERATIONS, as2Answers)).toEqual([]);
  });

  it("the checker and the coverage check do fail", () => {
    // An operation without an answer is named.
    expect(
      uncovered(
        SERVED_OPERATIONS,
        ecgridAnswers.filter((a) => a.operationId !== "parcelsGetParcel"),
      ),
    ).toEqual(["parcelsGetParcel"]);
    const answer = { mediaType: "application/json", headers: new Headers(), status: 200 };
    // A body that drifts, an undeclared status, an undeclared media type, a missing required header.
    expect(
      ecgridSpec.issues({
        ...answer,
        operationId: "parcelsUploadParcel",
        text: '{"success":true,"data":"x"}',
      }),
    ).not.toEqual([]);
    expect(as2Spec.issues({ ...answer, operationId: "listPartners", status: 418, text: "[]" })).toEqual([
      "status 418 is not declared",
    ]);
    expect(
      as2Spec.issues({ ...answer, operationId: "downloadSentMdn", mediaType: "text/html", text: "<p>" }),
    ).toEqual(["required header Content-Disposition is missing", "media type text/html is not declared"]);
    expect(
      as2Spec.issues({ ...answer, operationId: "sendMessage", status: 202, text: '{"message":"ok"}' }),
    ).toEqual(["required header Link is missing"]);
    expect(ecgridSpec.operationOf("GET", "/v2/parcels/123")).toBe("parcelsGetParcel");
    expect(as2Spec.operationOf("GET", "/v1/message/sent/%3Cx%3E/attachments/all")).toBe(
      "downloadAllSentAttachments",
    );
    expect(as2Spec.operationOf("POST", "/v1/message/received/batch/attachments")).toBe(
      "downloadReceivedAttachmentsBatch",
    );
  });
});
