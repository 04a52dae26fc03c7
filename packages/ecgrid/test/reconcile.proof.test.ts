// Proof (issue 14 item 4): an upload whose body reached ECGrid but whose answer was lost is found
// in the outbox and resolves with the right parcel ID — never a second copy, never an older parcel
// of the same name and size. A loopback fault server on 127.0.0.1 (node:http) stands in for ECGrid:
// it stores every upload it accepts (the server-side copies counted here), then answers, resets the
// connection, hangs past the client's timeout or answers 500, as each test tells it; its outbox
// listing shows a stored parcel only once its visibility delay has passed. Real time, bounded:
// windows of 0.5–3 s, looks every 100 ms.
import { answerFault, type Fault, loopbackScope, stores } from "@edi-clients/test-helpers/faults";
import { recordingLogger } from "@edi-clients/test-helpers/leaks";
import { sendJson } from "@edi-clients/test-helpers/server";
import { describe, expect, it } from "vitest";
import {
  BadRequestError,
  ConnectionError,
  ECGrid,
  type ECGridOptions,
  InternalServerError,
  OutcomeUnknownError,
  TimeoutError,
} from "../src/index.js";

interface Stored {
  parcelId: number;
  fileName: string;
  bytes: number;
  mailboxId: number;
  created: string;
  visibleAt: number;
}

const scope = loopbackScope();

async function fakeEcgrid() {
  const stored: Stored[] = [];
  /** What the server does with each next upload. */
  const faults: Fault[] = [];
  let nextId = 5000;
  const server = await scope.start((req, res) => {
    const body = req.body.length > 0 ? JSON.parse(req.body.toString()) : {};
    if (req.url === "/v2/parcels/upload") {
      const fault = faults.shift() ?? { answer: "ok" };
      let parcelId = 0;
      if (stores(fault)) {
        parcelId = nextId++;
        stored.push({
          parcelId,
          fileName: body.fileName,
          bytes: body.bytes,
          mailboxId: body.mailboxId ?? 1001,
          created: new Date().toISOString(),
          visibleAt: Date.now() + (fault.visibleAfterMs ?? 0),
        });
      }
      return answerFault(scope, res, fault.answer, {
        ok: { body: { success: true, data: parcelId } },
        400: { body: { success: false, httpStatus: 400, message: "Bad file" } },
        500: { body: { success: false, httpStatus: 500, message: "An unexpected error occurred" } },
      });
    }
    if (req.url === "/v2/parcels/outbox-list") {
      const now = Date.now();
      const matching = stored.filter(
        (p) =>
          now >= p.visibleAt &&
          (body.beginDate === undefined || Date.parse(p.created) >= Date.parse(body.beginDate)) &&
          (body.mailboxId === undefined || p.mailboxId === body.mailboxId),
      );
      const pageNo = body.pageNo ?? 1;
      const size = body.recordsPerPage ?? 25;
      const data = matching
        .slice((pageNo - 1) * size, pageNo * size)
        .map((p) => ({ ...p, status: "OutBoxQueued", visibleAt: undefined }));
      return sendJson(res, {
        success: true,
        data,
        totalRecords: matching.length,
        pageNo,
        recordsPerPage: size,
      });
    }
    sendJson(res, { success: false, httpStatus: 404, message: "no such path" }, 404);
  });
  const requests = (path: string) => server.received.filter((r) => r.url === path).length;
  return {
    url: server.url,
    stored,
    faults,
    copies: (fileName: string) => stored.filter((p) => p.fileName === fileName).length,
    uploads: () => requests("/v2/parcels/upload"),
    listings: () => requests("/v2/parcels/outbox-list"),
  };
}

function client(url: string, options: ECGridOptions = {}) {
  const { logger, lines } = recordingLogger();
  const ecgrid = new ECGrid({
    baseUrl: url,
    apiKey: "key-proof-123456",
    logger,
    throttle: false,
    timeoutMs: 300,
    reconcile: { windowMs: 2_000, intervalMs: 100 },
    ...options,
  });
  scope.track(ecgrid);
  return { ecgrid, lines };
}

const file = { fileName: "po_850.edi", content: "ISA*00*~GS*PO*~ST*850~", mailboxId: 1001 };
const BYTES = new TextEncoder().encode(file.content).length;

describe("ECGrid parcels.upload: the body reached the server, the answer was lost", () => {
  it.each([
    ["the connection is reset", "reset", ConnectionError],
    ["the server hangs past the client's timeout", "hang", TimeoutError],
    ["the server answers 500", "500", InternalServerError],
  ] as const)(
    "%s → resolves with the stored parcel's ID, reconciled; one copy",
    async (_name, answer, Failure) => {
      const fake = await fakeEcgrid();
      const { ecgrid, lines } = client(fake.url);
      fake.faults.push({ answer });
      const outcome = await ecgrid.parcels.uploadWithOutcome(file);
      expect(fake.copies(file.fileName)).toBe(1);
      expect(outcome.parcelId).toBe(fake.stored[0]?.parcelId);
      expect(outcome.reconciled?.after).toBeInstanceOf(Failure);
      expect(outcome.reconciled?.checks).toBe(1);
      expect(fake.uploads()).toBe(1);
      // One listing before the upload (the snapshot), one look after it.
      expect(fake.listings()).toBe(2);
      expect(lines.join("\n")).toMatch(
        new RegExp(
          `parcelsUploadParcel: reconciled — outbox parcels of mailbox 1001 named "po_850.edi" of ${BYTES} bytes .* found as ${outcome.parcelId} after 1 check`,
        ),
      );
      expect(lines.join("\n")).not.toContain("key-proof-123456");
    },
  );

  it("upload() itself resolves with the parcel ID", async () => {
    const fake = await fakeEcgrid();
    const { ecgrid } = client(fake.url);
    fake.faults.push({ answer: "reset" });
    const parcelId = await ecgrid.parcels.upload(file);
    expect(parcelId).toBe(fake.stored[0]?.parcelId);
    expect(fake.copies(file.fileName)).toBe(1);
  });

  it("finds a parcel that shows in the outbox only after a delay within the window", async () => {
    const fake = await fakeEcgrid();
    const { ecgrid } = client(fake.url);
    fake.faults.push({ answer: "reset", visibleAfterMs: 600 });
    const outcome = await ecgrid.parcels.uploadWithOutcome(file);
    expect(outcome.parcelId).toBe(fake.stored[0]?.parcelId);
    expect(outcome.reconciled?.checks).toBeGreaterThan(1);
    expect(outcome.reconciled?.elapsedMs).toBeGreaterThanOrEqual(400);
    expect(outcome.reconciled?.elapsedMs).toBeLessThan(2_000);
    expect(fake.copies(file.fileName)).toBe(1);
    expect(fake.uploads()).toBe(1);
  });

  it("rejects with OutcomeUnknownError saying what it checked and for how long when the parcel never shows", async () => {
    const fake = await fakeEcgrid();
    const { ecgrid } = client(fake.url, { reconcile: { windowMs: 500, intervalMs: 100 } });
    fake.faults.push({ answer: "hang", visibleAfterMs: 60_000 });
    const started = Date.now();
    const error = (await ecgrid.parcels.upload(file).catch((e: unknown) => e)) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("parcelsUploadParcel");
    expect(error.cause).toBeInstanceOf(TimeoutError);
    expect(error.checked).toMatch(
      /^outbox parcels of mailbox 1001 named "po_850\.edi" of \d+ bytes created since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    expect(error.checks).toBeGreaterThanOrEqual(3);
    expect(error.elapsedMs).toBeGreaterThanOrEqual(500);
    expect(error.windowMs).toBe(500);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error.message).toMatch(/found none\. Check the server before sending it again\.$/);
    expect(JSON.stringify({ message: error.message, checked: error.checked })).not.toContain("key-proof");
    expect(fake.copies(file.fileName)).toBe(1);
    expect(fake.uploads()).toBe(1);
  });

  it("never takes an identical parcel uploaded before the call for this one", async () => {
    const fake = await fakeEcgrid();
    const { ecgrid } = client(fake.url, { reconcile: { windowMs: 500, intervalMs: 100 } });
    const earlier = await ecgrid.parcels.upload(file);
    // The same name and size again; this time the server fails before storing it.
    fake.faults.push({ answer: "500", store: false });
    const error = await ecgrid.parcels.upload(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(fake.copies(file.fileName)).toBe(1);
    // And when the second one is stored, that one is found, not the earlier one.
    fake.faults.push({ answer: "reset" });
    const outcome = await ecgrid.parcels.uploadWithOutcome(file);
    expect(outcome.reconciled).toBeDefined();
    expect(outcome.parcelId).not.toBe(earlier);
    expect(outcome.parcelId).toBe(fake.stored[1]?.parcelId);
    expect(fake.copies(file.fileName)).toBe(2);
  });

  it('sends again exactly once with onUnknownOutcome: "resend" when the parcel never showed', async () => {
    const fake = await fakeEcgrid();
    const { ecgrid, lines } = client(fake.url, { reconcile: { windowMs: 300, intervalMs: 100 } });
    fake.faults.push({ answer: "500", store: false });
    const parcelId = await ecgrid.parcels.upload(file, { onUnknownOutcome: "resend" });
    expect(fake.uploads()).toBe(2);
    expect(fake.copies(file.fileName)).toBe(1);
    expect(parcelId).toBe(fake.stored[0]?.parcelId);
    expect(lines.join("\n")).toMatch(/sending it again \(onUnknownOutcome: "resend"\)/);
    // A resend that fails the same way is not sent a third time.
    fake.faults.push({ answer: "500", store: false }, { answer: "500", store: false });
    const error = await ecgrid.parcels.upload(file, { onUnknownOutcome: "resend" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(fake.uploads()).toBe(4);
  });

  it("does not reconcile a 4xx, and reconcile: false keeps the transport's error", async () => {
    const fake = await fakeEcgrid();
    const { ecgrid } = client(fake.url);
    fake.faults.push({ answer: "400" });
    await expect(ecgrid.parcels.upload(file)).rejects.toBeInstanceOf(BadRequestError);
    expect(fake.listings()).toBe(1);
    fake.faults.push({ answer: "reset" });
    await expect(ecgrid.parcels.upload(file, { reconcile: false })).rejects.toBeInstanceOf(ConnectionError);
    expect(fake.listings()).toBe(1);
    expect(fake.uploads()).toBe(2);
  });

  it("refuses bad reconcile settings before any request, naming the limit", async () => {
    const fake = await fakeEcgrid();
    expect(() => client(fake.url, { reconcile: { windowMs: -5 } })).toThrow(
      /^ECGrid: reconcile\.windowMs must be a number of milliseconds from 1 to 3600000, got -5$/,
    );
    const { ecgrid } = client(fake.url);
    await expect(
      ecgrid.parcels.upload(file, { reconcile: { intervalMs: 5_000, windowMs: 1_000 } }),
    ).rejects.toThrow(
      /^parcels\.upload: reconcile\.intervalMs \(5000\) must not exceed reconcile\.windowMs \(1000\)$/,
    );
    await expect(ecgrid.parcels.upload(file, { onUnknownOutcome: "retry" as never })).rejects.toThrow(
      /onUnknownOutcome must be "reject" or "resend"/,
    );
    expect(scope.server?.received).toHaveLength(0);
  });
});
