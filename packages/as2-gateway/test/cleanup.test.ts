// Deleting messages: single deletes per category and bulk deletes chunked into <= 100 IDs.
import { describe, expect, it } from "vitest";
import { MAX_IDS_PER_DELETE, ValidationError } from "../src/index.js";
import { fakeClient, json } from "./helpers.js";

const deleted = (n: number) => json({ message: `Deleted ${n} messages` });

describe("bulk delete", () => {
  it("splits 250 IDs into requests of 100, 100 and 50, in order, and removes duplicates", async () => {
    const { client, calls } = fakeClient((request) => deleted(JSON.parse(request.text).length));
    const ids = Array.from({ length: 250 }, (_, i) => `<m${i}@as2gateway.com>`);
    const result = await client.cleanup.deleteMany("sent", [...ids, ids[0] as string]);
    expect(MAX_IDS_PER_DELETE).toBe(100);
    expect(calls.map((c) => [c.method, c.url.pathname])).toEqual([
      ["DELETE", "/v1/sent"],
      ["DELETE", "/v1/sent"],
      ["DELETE", "/v1/sent"],
    ]);
    const bodies = calls.map((c) => JSON.parse(c.text) as string[]);
    expect(bodies.map((b) => b.length)).toEqual([100, 100, 50]);
    expect(bodies.flat()).toEqual(ids);
    expect(calls[0]?.headers.get("content-type")).toBe("application/json");
    expect(result.requested).toEqual(ids);
    expect(result.responses.map((r) => r.message)).toEqual([
      "Deleted 100 messages",
      "Deleted 100 messages",
      "Deleted 50 messages",
    ]);
  });

  it("stops at the first failing chunk", async () => {
    const { client, calls } = fakeClient((_, i) => (i === 1 ? json({ message: "busy" }, 500) : deleted(100)));
    const ids = Array.from({ length: 300 }, (_, i) => `<m${i}@x>`);
    await expect(client.received.deleteMany(ids)).rejects.toThrow(/deleteMessages: 500 busy/);
    expect(calls).toHaveLength(2);
  });

  it.each([
    ["received", (c: ReturnType<typeof fakeClient>["client"]) => c.received.deleteMany(["<a@b>"])],
    ["sent", (c: ReturnType<typeof fakeClient>["client"]) => c.sent.deleteMany(["<a@b>"])],
    ["failed", (c: ReturnType<typeof fakeClient>["client"]) => c.failed.deleteMany(["<a@b>"])],
    ["queued", (c: ReturnType<typeof fakeClient>["client"]) => c.queued.deleteMany(["<a@b>"])],
    ["stopped", (c: ReturnType<typeof fakeClient>["client"]) => c.queued.deleteManyStopped(["<a@b>"])],
  ])("deletes many %s messages at /v1/%s", async (type, call) => {
    const { client, calls } = fakeClient(() => deleted(1));
    await call(client);
    expect(calls[0]?.url.pathname).toBe(`/v1/${type}`);
    expect(JSON.parse(calls[0]?.text ?? "")).toEqual(["<a@b>"]);
  });

  it("sends nothing for an empty list", async () => {
    const { client, calls } = fakeClient(() => deleted(0));
    expect(await client.cleanup.deleteMany("failed", [])).toEqual({ requested: [], responses: [] });
    expect(calls).toHaveLength(0);
  });
});

describe("single delete", () => {
  it.each([
    ["received", (c: ReturnType<typeof fakeClient>["client"]) => c.received.delete("<a@b>")],
    ["sent", (c: ReturnType<typeof fakeClient>["client"]) => c.sent.delete("<a@b>")],
    ["failed", (c: ReturnType<typeof fakeClient>["client"]) => c.failed.delete("<a@b>")],
    ["queued", (c: ReturnType<typeof fakeClient>["client"]) => c.queued.delete("<a@b>")],
    ["stopped", (c: ReturnType<typeof fakeClient>["client"]) => c.queued.deleteStopped("<a@b>")],
  ])("deletes one %s message with the ID percent-encoded", async (type, call) => {
    const { client, calls } = fakeClient(() => deleted(1));
    expect((await call(client)).message).toBe("Deleted 1 messages");
    expect(calls[0]?.method).toBe("DELETE");
    expect(calls[0]?.url.pathname).toBe(`/v1/${type}/%3Ca%40b%3E`);
  });
});

describe("checks before any request", () => {
  it("rejects an unknown category, a blank ID or a non-array", async () => {
    const { client, calls } = fakeClient(() => deleted(1));
    let result: unknown;
    expect(() => {
      result = client.cleanup.delete("inbox" as never, "<a@b>");
    }).not.toThrow();
    await expect(result).rejects.toThrow(
      /^deleteMessage: messageType must be one of received, sent, queued, stopped, failed, got "inbox"$/,
    );
    await expect(client.cleanup.delete("sent", "")).rejects.toBeInstanceOf(ValidationError);
    await expect(client.cleanup.deleteMany("outbox" as never, [])).rejects.toThrow(
      /^deleteMessages: messageType must be one of/,
    );
    await expect(client.cleanup.deleteMany("sent", ["<a@b>"], { timeoutMs: -5 })).rejects.toThrow(
      /^deleteMessages: timeoutMs must be/,
    );
    await expect(client.cleanup.deleteMany("outbox" as never, ["<a@b>"])).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(client.cleanup.deleteMany("sent", ["<a@b>", " "])).rejects.toThrow(
      /^deleteMessages: as2MessageIds\[1\] must be a non-blank string, got a blank string$/,
    );
    await expect(client.cleanup.deleteMany("sent", "<a@b>" as never)).rejects.toThrow(/must be an array/);
    expect(calls).toHaveLength(0);
  });
});
