// processReceived: at-least-once inbox processing. A message is marked as read only after its
// handler succeeded; anything that goes wrong leaves it unread for the next run.
import { describe, expect, it } from "vitest";
import { type AS2Message, BatchMessageError, InternalServerError, ValidationError } from "../src/index.js";
import { binary, fakeClient, json, message, page, type RecordedRequest, zip } from "./helpers.js";

const m1 = message({ as2MessageId: "<m1@globex>", attachments: [{ name: "po.edi", size: 6 }] });
const m2 = message({ as2MessageId: "<m2@globex>" });
const m3 = message({ as2MessageId: "<m3@globex>" });
const m4 = message({ as2MessageId: "<m4@globex>", attachments: [] });

interface InboxOptions {
  listed?: AS2Message[];
  archive?: (ids: string[]) => Uint8Array | Response;
}

/** An inbox server: lists `listed` as unread, answers batch downloads, records mark-as-read calls. */
function inbox(options: InboxOptions = {}) {
  const listed = options.listed ?? [m1, m2, m3, m4];
  const marked: string[] = [];
  const batches: { ids: string[]; query: string }[] = [];
  const handler = (request: RecordedRequest) => {
    const { pathname, searchParams } = request.url;
    if (pathname === "/v1/message/received") {
      expect(searchParams.get("unreadOnly")).toBe("true");
      return json(page(listed));
    }
    if (pathname === "/v1/message/received/batch/attachments") {
      const ids = JSON.parse(request.text) as string[];
      batches.push({ ids, query: request.url.search });
      const answer =
        options.archive?.(ids) ??
        zip(Object.fromEntries(ids.map((id) => [`${id}/file.edi`, `content of ${id}`])));
      return answer instanceof Response ? answer : binary(answer);
    }
    const id = decodeURIComponent(pathname.split("/")[4] ?? "");
    if (searchParams.get("markAsRead") === "true") marked.push(id);
    return json(listed.find((m) => m.as2MessageId === id) ?? {}, 200);
  };
  return { handler, marked, batches };
}

describe("processReceived", () => {
  it("marks as read only the messages whose handler succeeded; a throwing handler's message stays unread", async () => {
    const server = inbox({
      archive: () =>
        zip({
          "<m1@globex>/po.edi": "ISA*1~",
          "<m2@globex>/po.edi": "ISA*2~",
          "<m3@globex>/.error": "Cannot find attachments",
        }),
    });
    const { client, calls } = fakeClient(server.handler);
    const seen: [string, string[]][] = [];
    const handlerError = new Error("ERP is down");
    const result = await client.messages.processReceived(async ({ message, attachments }) => {
      seen.push([message.as2MessageId, attachments.map((a) => a.text())]);
      if (message.as2MessageId === "<m2@globex>") throw handlerError;
    });
    expect(seen).toEqual([
      ["<m1@globex>", ["ISA*1~"]],
      ["<m2@globex>", ["ISA*2~"]],
      ["<m4@globex>", []],
    ]);
    expect(result.succeeded).toEqual(["<m1@globex>", "<m4@globex>"]);
    expect(result.failed.map((f) => f.as2MessageId)).toEqual(["<m2@globex>", "<m3@globex>"]);
    expect(result.failed[0]?.error).toBe(handlerError);
    expect(result.failed[1]?.error).toBeInstanceOf(BatchMessageError);
    // No markAsRead request for m2 (handler threw) or m3 (download failed).
    expect(server.marked).toEqual(["<m1@globex>", "<m4@globex>"]);
    // The batch download never marks: m4 (no attachments) is not even requested.
    expect(server.batches).toEqual([{ ids: ["<m1@globex>", "<m2@globex>", "<m3@globex>"], query: "" }]);
    expect(calls.filter((c) => c.url.searchParams.get("markAsRead") === "true")).toHaveLength(2);
  });

  it("leaves a message unread when the archive holds fewer attachments than listed", async () => {
    const two = message({
      as2MessageId: "<two@x>",
      attachments: [
        { name: "a", size: 1 },
        { name: "b", size: 1 },
      ],
    });
    const server = inbox({ listed: [two], archive: () => zip({ "<two@x>/a": "1" }) });
    const { client } = fakeClient(server.handler);
    let called = false;
    const result = await client.messages.processReceived(() => {
      called = true;
    });
    expect(called).toBe(false);
    expect(String((result.failed[0]?.error as Error | undefined)?.message)).toMatch(
      /expected 2 attachments, the archive held 1/,
    );
    expect(server.marked).toEqual([]);
  });

  it("leaves the whole chunk unread when the batch download fails", async () => {
    const server = inbox({ archive: () => json({ message: "An unexpected error occurred" }, 500) });
    const { client } = fakeClient(server.handler, { maxRetries: 0 });
    const result = await client.messages.processReceived(() => undefined);
    expect(result.failed.map((f) => f.as2MessageId)).toEqual(["<m1@globex>", "<m2@globex>", "<m3@globex>"]);
    expect(result.failed.every((f) => f.error instanceof InternalServerError)).toBe(true);
    expect(result.succeeded).toEqual(["<m4@globex>"]);
    expect(server.marked).toEqual(["<m4@globex>"]);
  });

  it("stops handling and marking once the signal aborts (a crash mid-run loses nothing)", async () => {
    const server = inbox();
    const { client } = fakeClient(server.handler);
    const controller = new AbortController();
    const handled: string[] = [];
    const result = await client.messages.processReceived(
      ({ message }) => {
        handled.push(message.as2MessageId);
        controller.abort(new Error("SIGTERM"));
      },
      { signal: controller.signal },
    );
    expect(handled).toEqual(["<m1@globex>"]);
    expect(server.marked).toEqual([]);
    expect(result.succeeded).toEqual([]);
    expect(result.failed).toHaveLength(4);
  });

  it("downloads in batches of batchSize and runs up to `concurrency` handlers at once", async () => {
    const listed = Array.from({ length: 5 }, (_, i) => message({ as2MessageId: `<c${i}@x>` }));
    const server = inbox({ listed });
    const { client } = fakeClient(server.handler);
    let running = 0;
    let peak = 0;
    const result = await client.messages.processReceived(
      async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
      },
      { concurrency: 2, batchSize: 3 },
    );
    expect(peak).toBe(2);
    expect(server.batches.map((b) => b.ids.length)).toEqual([3, 2]);
    expect(result.succeeded.sort()).toEqual(listed.map((m) => m.as2MessageId).sort());
  });

  it("passes filters, limit and page size to the unread listing and handles a duplicate listing once", async () => {
    const server = inbox({ listed: [m1, m1, m4] });
    const { client, calls } = fakeClient(server.handler);
    const result = await client.messages.processReceived(() => undefined, {
      filters: { partnerAS2Id: "GLOBEX", subject: "PO" },
      limit: 3,
      pageSize: 50,
    });
    const query = calls[0]?.url.searchParams;
    expect([query?.get("partnerAS2Id"), query?.get("subject"), query?.get("pageLength")]).toEqual([
      "GLOBEX",
      "PO",
      "50",
    ]);
    expect(result.succeeded).toEqual(["<m1@globex>", "<m4@globex>"]);
  });

  it("leaves a message unread when the archive has no folder for it", async () => {
    const server = inbox({ listed: [m1], archive: () => zip({ "other/x": "?" }) });
    const { client } = fakeClient(server.handler);
    const result = await client.messages.processReceived(() => undefined);
    expect(String((result.failed[0]?.error as Error | undefined)?.message)).toMatch(
      /no folder for this message/,
    );
    expect(server.marked).toEqual([]);
  });

  it.each([
    [{ concurrency: 0 }, /concurrency must be an integer >= 1, got 0/],
    [{ concurrency: 1.5 }, /concurrency/],
    [{ batchSize: 101 }, /batchSize must be an integer from 1 to 100, got 101/],
  ])("rejects %j before any request", async (options, pattern) => {
    const { client, calls } = fakeClient(inbox().handler);
    const error = await client.messages.processReceived(() => undefined, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(pattern);
    expect(calls).toHaveLength(0);
  });
});
