// The reconcile loop and its rules (issue 14 item 1), without a network: the options and their
// limits, which failures are ambiguous, the polling window (fake timers), and sendReconciled's
// snapshot / match / resend decisions against a target made of plain functions.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BadRequestError,
  ClientClosedError,
  ConnectionError,
  DEFAULT_RECONCILE,
  InternalServerError,
  isAmbiguousOutcome,
  OutcomeUnknownError,
  pollUntilFound,
  type ReconcileTarget,
  ResponseParseError,
  resolveReconcile,
  ServiceUnavailableError,
  sendReconciled,
  TimeoutError,
  UserAbortError,
  ValidationError,
} from "../src/index.js";

const logger = { error() {}, warn: vi.fn(), info() {}, debug() {} };
const reset = () =>
  new ConnectionError("upload: the response body was cut off", {
    cause: Object.assign(new TypeError("terminated"), { cause: { code: "UND_ERR_SOCKET" } }),
  });

afterEach(() => {
  vi.useRealTimers();
  logger.warn.mockClear();
});

describe("resolveReconcile", () => {
  it("is on by default: 60 s window, a look every 5 s, 5 min clock skew, reject", () => {
    expect(resolveReconcile("x")).toEqual({ reconcile: DEFAULT_RECONCILE, onUnknownOutcome: "reject" });
    expect(DEFAULT_RECONCILE).toEqual({ windowMs: 60_000, intervalMs: 5_000, clockSkewMs: 300_000 });
  });

  it("layers a call's settings over the client's", () => {
    const client = resolveReconcile("c", { reconcile: { windowMs: 10_000 }, onUnknownOutcome: "resend" });
    expect(resolveReconcile("c", client, { reconcile: { intervalMs: 500 } })).toEqual({
      reconcile: { windowMs: 10_000, intervalMs: 500, clockSkewMs: 300_000 },
      onUnknownOutcome: "resend",
    });
    const off = resolveReconcile("c", { reconcile: false });
    expect(off.reconcile).toBe(false);
    expect(resolveReconcile("c", off, { reconcile: { windowMs: 9_000 } }).reconcile).toEqual({
      ...DEFAULT_RECONCILE,
      windowMs: 9_000,
    });
    expect(resolveReconcile("c", client, { reconcile: false }).reconcile).toBe(false);
  });

  it.each([
    [
      { reconcile: { windowMs: 0 } },
      /reconcile\.windowMs must be a number of milliseconds from 1 to 3600000, got 0/,
    ],
    [{ reconcile: { windowMs: 3_600_001 } }, /from 1 to 3600000, got 3600001/],
    [{ reconcile: { intervalMs: Number.NaN } }, /reconcile\.intervalMs must be .* from 1 to 600000, got NaN/],
    [{ reconcile: { clockSkewMs: -1 } }, /reconcile\.clockSkewMs must be .* from 0 to 86400000/],
    [
      { reconcile: { windowMs: 1_000, intervalMs: 2_000 } },
      /intervalMs \(2000\) must not exceed reconcile\.windowMs \(1000\)/,
    ],
    [{ reconcile: { window: 5 } }, /reconcile\.window is not a setting/],
    [{ reconcile: true }, /reconcile must be false or an object/],
    [{ onUnknownOutcome: "retry" }, /onUnknownOutcome must be "reject" or "resend", got "retry"/],
  ])("refuses %j before anything is sent, naming the limit", (layer, message) => {
    const attempt = () => resolveReconcile("parcels.upload", layer as never);
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(message);
    expect(attempt).toThrow(/^parcels\.upload: /);
  });
});

describe("isAmbiguousOutcome", () => {
  const api = (Ctor: typeof InternalServerError, status: number) => new Ctor({ status, message: "m" });
  it.each([
    ["a timeout", new TimeoutError("t"), true],
    ["a reset mid-response", reset(), true],
    ["a 500", api(InternalServerError, 500), true],
    ["a 503", api(ServiceUnavailableError, 503), true],
    ["an unreadable 200", api(ResponseParseError, 200), true],
    ["a 400", api(BadRequestError, 400), false],
    ["an unreadable 404", api(ResponseParseError, 404), false],
    [
      "a refused connection",
      new ConnectionError("c", { cause: new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }) }),
      false,
    ],
    ["a DNS failure", new ConnectionError("c", { cause: { code: "ENOTFOUND" } }), false],
    ["the caller's abort", new UserAbortError("a"), false],
    ["a closed client", new ClientClosedError("c"), false],
    ["a plain error", new Error("x"), false],
  ])("%s → %s", (_name, error, expected) => {
    expect(isAmbiguousOutcome(error)).toBe(expected);
  });

  it("reads ConnectionError.maybeSent from the cause, or as given", () => {
    expect(reset().maybeSent).toBe(true);
    expect(new ConnectionError("c", { cause: { code: "ECONNREFUSED" } }).maybeSent).toBe(false);
    expect(new ConnectionError("c", { cause: { code: "ECONNREFUSED" }, maybeSent: true }).maybeSent).toBe(
      true,
    );
    expect(new TimeoutError("t").maybeSent).toBe(true);
  });
});

describe("pollUntilFound (fake timers)", () => {
  it("looks at once, then every intervalMs, and stops at the first find", async () => {
    vi.useFakeTimers();
    const look = vi.fn(async (n: number) => (n === 3 ? "id-3" : undefined));
    const done = pollUntilFound(look, { windowMs: 10_000, intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(done).resolves.toEqual({ found: "id-3", checks: 3, elapsedMs: 2_000 });
    expect(look).toHaveBeenCalledTimes(3);
  });

  it("makes its last look at the window's end and reports what failed", async () => {
    vi.useFakeTimers();
    const boom = new ServiceUnavailableError({ status: 503, message: "busy" });
    const look = vi.fn(async (n: number) => {
      if (n === 2) throw boom;
      return undefined;
    });
    const done = pollUntilFound(look, { windowMs: 2_500, intervalMs: 1_000 });
    await vi.advanceTimersByTimeAsync(2_500);
    // Looks at 0, 1000, 2000 and 2500 ms.
    await expect(done).resolves.toEqual({ found: undefined, checks: 4, elapsedMs: 2_500, lookupError: boom });
  });

  it("stops waiting when the signal aborts", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const done = pollUntilFound(async () => undefined, {
      windowMs: 60_000,
      intervalMs: 5_000,
      signal: controller.signal,
    });
    done.catch(() => undefined);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort(new Error("stop"));
    await expect(done).rejects.toThrow("stop");
  });
});

/** A server in memory: documents by ID, a send that stores (or not) and fails as told. */
function target(options: { existing?: string[]; failures: unknown[]; store?: boolean[] }) {
  const docs = new Set(options.existing ?? []);
  let sends = 0;
  let next = 100;
  const t: ReconcileTarget<{ id: string; reconciled?: unknown }> & { sends(): number; docs: Set<string> } = {
    operation: "upload",
    describe: "files named a.edi of 3 bytes",
    docs,
    sends: () => sends,
    list: vi.fn(async () => [...docs]),
    async send() {
      const id = String(next++);
      if (options.store?.[sends] ?? true) docs.add(id);
      const failure = options.failures[sends++];
      if (failure) throw failure;
      return { id };
    },
    found: (id, reconciled) => ({ id, reconciled }),
  };
  return t;
}
const fast = {
  reconcile: { windowMs: 40, intervalMs: 10, clockSkewMs: 0 },
  onUnknownOutcome: "reject" as const,
};

describe("sendReconciled", () => {
  it("resolves with the new document after an ambiguous failure, never an old one", async () => {
    const t = target({ existing: ["1", "2"], failures: [reset()] });
    const result = await sendReconciled(t, fast, { logger });
    expect(result.id).toBe("100");
    expect(result.reconciled).toMatchObject({ checks: 1, after: expect.any(ConnectionError) });
    expect(t.sends()).toBe(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringMatching(/reconciled — files named a\.edi of 3 bytes found as 100 after 1 check/),
      expect.anything(),
    );
  });

  it("rejects with OutcomeUnknownError when only the old documents are there", async () => {
    const t = target({
      existing: ["1"],
      failures: [new InternalServerError({ status: 500, message: "oops" })],
      store: [false],
    });
    const error = (await sendReconciled(t, fast, { logger }).catch((e: unknown) => e)) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.cause).toBeInstanceOf(InternalServerError);
    expect(error.checks).toBeGreaterThanOrEqual(2);
    expect(error.windowMs).toBe(40);
    expect(error.checked).toBe("files named a.edi of 3 bytes");
    expect(error.message).toMatch(
      /^upload: the outcome is unknown — .*500 oops.*found none\. Check the server/,
    );
    expect(t.sends()).toBe(1);
  });

  it("names the candidates when more than one new document matches, and does not resend", async () => {
    const t = target({ failures: [reset()] });
    t.list = vi.fn(async () => (t.sends() === 0 ? [] : ["7", "8"]));
    const error = (await sendReconciled(t, { ...fast, onUnknownOutcome: "resend" }, { logger }).catch(
      (e: unknown) => e,
    )) as OutcomeUnknownError;
    expect(error.candidates).toEqual(["7", "8"]);
    expect(error.message).toMatch(/2 new documents match \(7, 8\)/);
    expect(t.sends()).toBe(1);
  });

  it('sends again exactly once with onUnknownOutcome "resend"', async () => {
    const t = target({ failures: [reset()], store: [false, true] });
    const result = await sendReconciled(t, { ...fast, onUnknownOutcome: "resend" }, { logger });
    expect(result).toEqual({ id: "101" });
    expect(t.sends()).toBe(2);
    const twice = target({ failures: [reset(), reset()], store: [false, false] });
    await expect(
      sendReconciled(twice, { ...fast, onUnknownOutcome: "resend" }, { logger }),
    ).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(twice.sends()).toBe(2);
  });

  it("passes other failures through untouched, and lists nothing when off", async () => {
    const refused = new BadRequestError({ status: 400, message: "bad" });
    const t = target({ failures: [refused] });
    await expect(sendReconciled(t, fast, { logger })).rejects.toBe(refused);
    expect(t.list).toHaveBeenCalledTimes(1);
    const off = target({ failures: [reset()] });
    await expect(
      sendReconciled(off, { reconcile: false, onUnknownOutcome: "reject" }, { logger }),
    ).rejects.toBeInstanceOf(ConnectionError);
    expect(off.list).not.toHaveBeenCalled();
  });

  it("cannot reconcile without a snapshot: OutcomeUnknownError with 0 checks, no resend", async () => {
    const t = target({ failures: [reset()] });
    t.list = vi.fn(async () => {
      throw new ServiceUnavailableError({ status: 503, message: "busy" });
    });
    const error = (await sendReconciled(t, { ...fast, onUnknownOutcome: "resend" }, { logger }).catch(
      (e: unknown) => e,
    )) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.checks).toBe(0);
    expect(error.lookupError).toBeInstanceOf(ServiceUnavailableError);
    expect(t.sends()).toBe(1);
  });

  it("turns the caller's abort while looking into a UserAbortError carrying the original failure", async () => {
    const controller = new AbortController();
    const t = target({ failures: [reset()], store: [false] });
    const done = sendReconciled(
      t,
      { ...fast, reconcile: { ...fast.reconcile, windowMs: 5_000, intervalMs: 1_000 } },
      {
        logger,
        signal: controller.signal,
      },
    );
    setTimeout(() => controller.abort(), 20);
    const error = (await done.catch((e: unknown) => e)) as UserAbortError;
    expect(error).toBeInstanceOf(UserAbortError);
    expect(error.cause).toBeInstanceOf(ConnectionError);
  });
});
