// The AS2 Gateway half's rate limit (50 requests / 10 s, switchable like ECGrid's) and its persistence
// (`dataDir/as2.json`: messages of every category, attachments, MDNs, read flags), through the
// published client with every answer validated against the spec.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { As2Gateway, RateLimitError } from "@edi-clients/as2-gateway";
import { validateResponse } from "@edi-clients/as2-gateway/validation";
import { describe, expect, it } from "vitest";
import { startSandbox } from "../src/index.ts";
import {
  as2Client,
  as2Sandbox,
  DOWN_PARTNER,
  OWN_STATION,
  PARTNER,
  STATION,
  sendFile,
  token,
} from "./as2support.ts";
import { sandbox, tempDir } from "./support.ts";

const FAST = { initialDelayMs: 1, timeoutMs: 10_000 };

describe("AS2 rate limit", () => {
  it("allows 50 requests per 10 s for the account, then 429 + Retry-After with a GenericResponse", async () => {
    let now = 1_800_000_000_000;
    const at = await sandbox({ clock: () => now, rateLimit: true });
    const auth = await token(at); // the first request of the window
    const list = () => fetch(`${at.as2Url}/v1/message/sent`, { headers: { Authorization: auth } });
    for (let i = 0; i < 48; i++) expect((await list()).status).toBe(200);
    now += 4_000;
    const last = await list();
    expect(last.status).toBe(200);
    expect(last.headers.get("x-ratelimit-limit")).toBeNull();
    const over = await list();
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBe("6");
    const body = await over.json();
    expect(body).toEqual({ message: "Too many requests" });
    expect(validateResponse("listSentMessages", 429, body)).toEqual([]);
    // The budget is the account's: a new token does not reset it.
    const refused = await fetch(`${at.as2Url}/v1/authorize`, { method: "POST" });
    expect(refused.status).toBe(429);
    const as2 = as2Client(at, { credentials: undefined, token: auth });
    await expect(as2.sent.list()).rejects.toBeInstanceOf(RateLimitError);

    now += 6_000;
    expect((await as2.sent.list()).totalRecords).toBe(0);
    // The ECGrid half's limits are on too.
    const ecgrid = await fetch(`${at.ecgridUrl}/v2/parcels/pending-inbox-list`, {
      method: "POST",
      headers: { "x-api-key": "sandbox-acme-key", "content-type": "application/json" },
      body: "{}",
    });
    expect(ecgrid.headers.get("x-ratelimit-limit")).toBe("180");
  });

  it("is off by default, configurable, and can be left off for the AS2 half alone", async () => {
    const off = await sandbox({ rateLimit: true, as2: { rateLimit: false } });
    const offToken = await token(off);
    for (let i = 0; i < 55; i++) {
      const response = await fetch(`${off.as2Url}/v1/station`, { headers: { Authorization: offToken } });
      expect(response.status).toBe(200);
    }
    const plain = await sandbox();
    const plainToken = await token(plain);
    for (let i = 0; i < 55; i++) {
      const response = await fetch(`${plain.as2Url}/v1/partner`, { headers: { Authorization: plainToken } });
      expect(response.status).toBe(200);
    }
    const tight = await sandbox({ as2: { rateLimit: { limit: 2, windowMs: 1_000 } } });
    const tightToken = await token(tight);
    const station = () => fetch(`${tight.as2Url}/v1/station`, { headers: { Authorization: tightToken } });
    expect((await station()).status).toBe(200);
    const over = await station();
    expect(over.status).toBe(429);
    expect(over.headers.get("retry-after")).toBe("1");
  });

  it("the client's throttle keeps under the limit", async () => {
    const { sandbox: at, advance } = await as2Sandbox({ as2: { rateLimit: { limit: 2, windowMs: 1_000 } } });
    const auth = await token(at);
    advance(1_000); // a fresh window for the client
    const as2 = new As2Gateway({
      baseUrl: at.as2Url,
      token: auth,
      validateResponses: "throw",
      responseValidator: validateResponse,
      throttle: { limit: 2, windowMs: 1_100 },
      maxRetries: 0,
    });
    try {
      const started = Date.now();
      // Five calls, none refused (a 429 would reject: no retries).
      for (let i = 0; i < 5; i++) expect(await as2.stations.list()).toHaveLength(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
    } finally {
      await as2.close();
    }
  });
});

describe("AS2 persistence", () => {
  it("keeps messages, attachments, MDNs and read flags across a restart with the same data directory", async () => {
    const dataDir = join(tempDir(), "state");
    let offset = 0;
    const clock = () => Date.now() + offset;
    const first = await startSandbox({ dataDir, clock });
    let sentId: string;
    let receivedId: string;
    let failingId: string;
    try {
      const as2 = as2Client(first);
      sentId = await sendFile(as2, PARTNER, "a.edi", "A");
      await as2.messages.send({
        stationId: STATION,
        partnerId: OWN_STATION,
        files: [
          { name: "b.edi", content: "BB" },
          { name: "c.xml", content: "<c/>" },
        ],
      });
      failingId = await sendFile(as2, DOWN_PARTNER, "d.edi", "D");
      offset += 1_000;
      await as2.messages.waitForSent(sentId, FAST);
      const received = await as2.received.list();
      expect(received.totalRecords).toBe(1);
      receivedId = String(received.records[0]?.as2MessageId);
      await as2.received.get(receivedId, { markAsRead: true });
      expect((await as2.failed.list()).totalRecords).toBe(1);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dataDir, "as2.json"))).toBe(true);
    expect(existsSync(join(dataDir, "ecgrid.json"))).toBe(true);

    const second = await sandbox({ dataDir, clock });
    const as2 = as2Client(second); // signs in again: tokens are not kept
    expect((await as2.sent.get(sentId)).mdnStatus).toBe("Received");
    expect((await as2.sent.mdn(sentId)).text()).toContain(`Original-Message-ID: ${sentId}`);
    expect((await as2.received.list()).records.map((m) => m.as2MessageId)).toEqual([receivedId]);
    expect((await as2.received.list({ unreadOnly: true })).totalRecords).toBe(0);
    await as2.received.markUnread(receivedId);
    expect((await as2.received.attachment(receivedId, 1)).text()).toBe("<c/>");
    expect((await as2.failed.list()).records.map((m) => m.as2MessageId)).toEqual([failingId]);
    // The queued entry to the partner that is down keeps retrying after the restart.
    expect((await as2.queued.get(failingId)).as2MessageId).toBe(failingId);
    offset += 60_000;
    expect((await as2.failed.list({ as2MessageId: failingId })).totalRecords).toBe(2);
    // New messages continue the sequence instead of reusing IDs.
    const next = await sendFile(as2, PARTNER, "e.edi", "E");
    expect([sentId, receivedId, failingId]).not.toContain(next);
    await second.close();
    // markUnread was kept too.
    const third = await sandbox({ dataDir, clock });
    expect((await as2Client(third).received.list({ unreadOnly: true })).totalRecords).toBe(1);
  });

  it("refuses a data file that is not AS2 sandbox state", async () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, "as2.json"), JSON.stringify({ version: 3 }));
    await expect(startSandbox({ dataDir })).rejects.toThrow(/not an AS2 sandbox state file/);
  });
});
