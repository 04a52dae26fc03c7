// The 50 requests / 10 s budget, 429 handling, and the rule that a send is never repeated once it
// may have reached the server.
import { networkError } from "@edi-clients/test-helpers/fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AS2_GATEWAY_RATE_LIMIT,
  As2Gateway,
  ConnectionError,
  InternalServerError,
  RateLimitError,
  TimeoutError,
} from "../src/index.js";
import { fakeClient, fakeFetch, hang, json, silentLogger } from "./helpers.js";

const accepted = () =>
  json({ message: "Successfully added a new outbound entry" }, 202, {
    link: "https://api.as2gateway.com/v1/message/sent/<1@as2gateway.com>",
  });
const sendInput = { stationId: "ACME", partnerId: "GLOBEX", file: { name: "po.edi", content: "ISA*00~" } };

afterEach(() => {
  vi.useRealTimers();
});

describe("client-side throttle (fake timers)", () => {
  it("sends 50 of 60 messages at once and the other 10 only after the 10 s window", async () => {
    vi.useFakeTimers();
    expect(AS2_GATEWAY_RATE_LIMIT).toEqual({ limit: 50, windowMs: 10_000 });
    const fake = fakeFetch(accepted);
    const client = new As2Gateway({
      baseUrl: "https://as2.test",
      token: "t",
      logger: silentLogger,
      fetch: fake.fetch,
      // Counts sends only: the listings of reconcile would share the budget.
      reconcile: false,
    });
    const results = Array.from({ length: 60 }, (_, i) =>
      client.messages.send({ ...sendInput, file: { name: `po-${i}.edi`, content: `ISA*${i}~` } }),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.calls).toHaveLength(50);
    await vi.advanceTimersByTimeAsync(8_998);
    expect(fake.calls).toHaveLength(50);
    await vi.advanceTimersByTimeAsync(1_100);
    expect(fake.calls).toHaveLength(60);
    expect((await Promise.all(results)).every((r) => r.as2MessageId === "<1@as2gateway.com>")).toBe(true);
    expect(new Set(fake.calls.map((c) => c.headers.get("name"))).size).toBe(60);
    vi.useRealTimers();
    await client.close();
  });

  it("can be tuned or turned off", async () => {
    vi.useFakeTimers();
    const fake = fakeFetch(() => json([]));
    const tuned = new As2Gateway({
      baseUrl: "https://as2.test",
      token: "t",
      logger: silentLogger,
      fetch: fake.fetch,
      throttle: { limit: 2 },
    });
    const pending = Promise.allSettled(Array.from({ length: 3 }, () => tuned.partners.list()));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.calls).toHaveLength(2);
    const off = fakeClient(() => json([]));
    await Promise.all(Array.from({ length: 70 }, () => off.client.partners.list()));
    expect(off.calls).toHaveLength(70);
    vi.useRealTimers();
    await tuned.close();
    // Closing drops the call still waiting for a slot.
    expect((await pending).map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected"]);
  });
});

describe("429 and Retry-After", () => {
  it("repeats a send refused with 429 after the server's Retry-After (the server did not take it)", async () => {
    vi.useFakeTimers();
    const { client, calls, settled } = fakeClient((_, i) =>
      i === 0 ? json({ message: "Too many requests" }, 429, { "retry-after": "3" }) : accepted(),
    );
    const result = client.messages.send(sendInput);
    await settled();
    await vi.advanceTimersByTimeAsync(2_990);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toHaveLength(2);
    expect((await result).as2MessageId).toBe("<1@as2gateway.com>");
    expect(calls[1]?.text).toBe("ISA*00~");
  });

  it("gives up with RateLimitError after maxRateLimitRetries, counted apart from maxRetries", async () => {
    const tooMany = () => json({ message: "Too many requests" }, 429, { "retry-after-ms": "1" });
    const limited = fakeClient(tooMany, { maxRetries: 1, retry: { maxRateLimitRetries: 2 } });
    await expect(limited.client.partners.list()).rejects.toBeInstanceOf(RateLimitError);
    expect(limited.calls).toHaveLength(3);
    // By default a turned-away call waits out 6 more answers of 429 before giving up.
    const byDefault = fakeClient(tooMany, { maxRetries: 1 });
    await expect(byDefault.client.partners.list()).rejects.toBeInstanceOf(RateLimitError);
    expect(byDefault.calls).toHaveLength(7);
    // maxRetries: 0 means no retries at all.
    const none = fakeClient(tooMany, { maxRetries: 0 });
    await expect(none.client.partners.list()).rejects.toBeInstanceOf(RateLimitError);
    expect(none.calls).toHaveLength(1);
  });
});

// The transport's verdict (fakeClient: reconcile off); with reconcile on, the same failures are
// looked up on the server — test/reconcile.proof.test.ts.
describe("sending is never repeated once the server may have it", () => {
  it("does not repeat a send answered with 500", async () => {
    const { client, calls } = fakeClient(() => json({ message: "An unexpected error occurred" }, 500));
    await expect(client.messages.send(sendInput)).rejects.toBeInstanceOf(InternalServerError);
    expect(calls).toHaveLength(1);
  });

  it("does not repeat a send whose connection broke after sending", async () => {
    const { client, calls } = fakeClient(() => {
      throw networkError("ECONNRESET");
    });
    await expect(client.messages.send(sendInput)).rejects.toBeInstanceOf(ConnectionError);
    expect(calls).toHaveLength(1);
  });

  it("does not repeat a send that timed out", async () => {
    const { client, calls } = fakeClient(hang, { timeoutMs: 30 });
    await expect(client.messages.send(sendInput)).rejects.toBeInstanceOf(TimeoutError);
    expect(calls).toHaveLength(1);
  });

  it("repeats a send whose connection was refused (it never left)", async () => {
    const { client, calls } = fakeClient((_, i) => {
      if (i === 0) throw networkError("ECONNREFUSED");
      return accepted();
    });
    expect((await client.messages.send(sendInput)).as2MessageId).toBe("<1@as2gateway.com>");
    expect(calls.map((c) => c.text)).toEqual(["ISA*00~", "ISA*00~"]);
  });

  it("repeats reads (idempotent) on 500", async () => {
    const { client, calls } = fakeClient((_, i) => (i < 2 ? json({ message: "oops" }, 500) : json([])));
    expect(await client.stations.list()).toEqual([]);
    expect(calls).toHaveLength(3);
  });

  it("does not repeat a delete answered with 503", async () => {
    const { client, calls } = fakeClient(() => json({ message: "busy" }, 503));
    await expect(client.sent.delete("<a@b>")).rejects.toThrow(/deleteMessage: 503 busy/);
    expect(calls).toHaveLength(1);
  });
});

describe("rate-limit budget per account", () => {
  it("makes two clients of the same account share the 50 / 10 s budget", async () => {
    vi.useFakeTimers();
    const fake = fakeFetch(() => json([]));
    const token = `shared-token-${Math.random()}`;
    const make = () =>
      new As2Gateway({ baseUrl: "https://as2.test", token, logger: silentLogger, fetch: fake.fetch });
    const [a, b] = [make(), make()];
    const calls = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? a : b).partners.list());
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.calls).toHaveLength(50);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(fake.calls).toHaveLength(60);
    await Promise.all(calls);
    vi.useRealTimers();
    await Promise.all([a.close(), b.close()]);
  });
});

describe("observability", () => {
  it("reports every attempt to onAttempt", async () => {
    const events: { operation?: string; status?: number }[] = [];
    const { client } = fakeClient((_, i) => (i === 0 ? json({ message: "busy" }, 503) : json([])), {
      onAttempt: (e) => events.push({ operation: e.operation, status: e.status }),
    });
    await client.partners.list();
    expect(events).toEqual([
      { operation: "listPartners", status: 503 },
      { operation: "listPartners", status: 200 },
    ]);
  });
});
