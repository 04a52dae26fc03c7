// waitForSent: polling sent → queued → failed with a doubling backoff, on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  MessageFailedError,
  UserAbortError,
  ValidationError,
  WaitForSentTimeoutError,
} from "../src/index.js";
import { fakeClient, json, message, type RecordedRequest } from "./helpers.js";

const ID = "<1049338276.58.1718102712345@as2gateway.com>";
const ENCODED = encodeURIComponent(ID);
type Where = "sent" | "queued" | "failed" | "nowhere" | "failed+queued";

/** A server where the message is at `where(n)` during the n-th probe (n counts GET sent/…). */
function lifecycle(where: (probe: number) => Where) {
  let probe = -1;
  const times: number[] = [];
  const handler = (request: RecordedRequest) => {
    const [, , , category, id] = request.url.pathname.split("/");
    expect(id).toBe(ENCODED);
    if (category === "sent") {
      probe++;
      times.push(Date.now());
    }
    const now = where(probe);
    const found =
      category === now || (now === "failed+queued" && (category === "failed" || category === "queued"));
    return found
      ? json(message({ as2MessageId: ID, subject: category }))
      : json({ message: "Cannot find" }, 404);
  };
  return { handler, times };
}

function settle<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(state, { value, done: true }),
    (error: unknown) => Object.assign(state, { error, done: true }),
  );
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("waitForSent", () => {
  it("waits 5 s, then backs off 10, 20, 30, 30 s while queued, and resolves with the sent message", async () => {
    const { handler, times } = lifecycle((n) => (n < 5 ? "queued" : "sent"));
    const { client, calls } = fakeClient(handler);
    const state = settle(client.messages.waitForSent(ID));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(95_001);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(state.done).toBe(true);
    expect(state.value?.subject).toBe("sent");
    expect(times).toEqual([5_000, 15_000, 35_000, 65_000, 95_000, 125_000]);
    // Each queued probe: sent (404), then queued (found); the last one stops at sent.
    expect(calls.slice(0, 2).map((c) => c.url.pathname.split("/")[3])).toEqual(["sent", "queued"]);
    expect(calls).toHaveLength(5 * 2 + 1);
  });

  it("rejects with MessageFailedError carrying the failed record after two failed checks in a row", async () => {
    // A failure-log entry while the message is still retried (queued, or briefly in no list)
    // is not a final failure.
    const { handler, times } = lifecycle(
      (n) => (["failed+queued", "failed", "queued", "failed", "failed"] as const)[n] ?? "sent",
    );
    const { client } = fakeClient(handler);
    const state = settle(client.messages.waitForSent(ID, { initialDelayMs: 1_000, maxDelayMs: 4_000 }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(state.error).toBeInstanceOf(MessageFailedError);
    const error = state.error as MessageFailedError;
    expect(error.as2MessageId).toBe(ID);
    expect(error.failedMessage.subject).toBe("failed");
    expect(times).toEqual([1_000, 3_000, 7_000, 11_000, 15_000]);
  });

  it("times out with the last state seen, checking one last time at the deadline", async () => {
    const { handler, times } = lifecycle(() => "queued");
    const { client } = fakeClient(handler);
    const state = settle(client.messages.waitForSent(ID, { timeoutMs: 40_000 }));
    await vi.advanceTimersByTimeAsync(39_999);
    expect(state.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.error).toBeInstanceOf(WaitForSentTimeoutError);
    expect((state.error as WaitForSentTimeoutError).lastState).toBe("queued");
    expect((state.error as Error).message).toMatch(/was not sent within 40000 ms \(last seen: queued\)/);
    expect(times).toEqual([5_000, 15_000, 35_000, 40_000]);
  });

  it("reports 'unknown' when the message is in no list at all", async () => {
    const { client } = fakeClient(lifecycle(() => "nowhere").handler);
    const state = settle(client.messages.waitForSent(ID, { timeoutMs: 6_000, initialDelayMs: 0 }));
    await vi.advanceTimersByTimeAsync(10_000);
    expect((state.error as WaitForSentTimeoutError).lastState).toBe("unknown");
  });

  it("stops at once when the signal aborts, without further requests", async () => {
    const { client, calls } = fakeClient(lifecycle(() => "queued").handler);
    const controller = new AbortController();
    const state = settle(client.messages.waitForSent(ID, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(2);
    controller.abort(new Error("shutting down"));
    await vi.advanceTimersByTimeAsync(0);
    expect(state.error).toBeInstanceOf(UserAbortError);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
  });

  it("passes on errors other than 404", async () => {
    const { client } = fakeClient(() => json({ message: "Unauthorized" }, 401));
    const state = settle(client.messages.waitForSent(ID));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.error).toBeInstanceOf(AuthenticationError);
  });

  it("checks its arguments first", async () => {
    const { client } = fakeClient(() => json({}));
    await expect(client.messages.waitForSent("")).rejects.toBeInstanceOf(ValidationError);
    await expect(client.messages.waitForSent(ID, { timeoutMs: 0 })).rejects.toThrow(
      /timeoutMs must be a positive number/,
    );
    await expect(client.messages.waitForSent(ID, { initialDelayMs: -1 })).rejects.toThrow(
      /initialDelayMs must be a number >= 0/,
    );
    await expect(client.messages.waitForSent(ID, { maxDelayMs: Number.NaN })).rejects.toThrow(/maxDelayMs/);
  });
});
