// Two copies of the runtime in one process (the clients resolved different versions): an error
// thrown by one copy must pass `instanceof` with the classes of the other, and only the right ones.
import { beforeAll, describe, expect, it, vi } from "vitest";
import * as here from "../src/errors.ts";

let other: typeof here;
beforeAll(async () => {
  vi.resetModules();
  other = await import("../src/errors.ts");
});

describe("instanceof across two copies of the runtime", () => {
  it("uses a genuinely separate copy", () => {
    expect(other.NotFoundError).not.toBe(here.NotFoundError);
    expect(Object.getPrototypeOf(new other.NotFoundError({ status: 404, message: "m" }))).not.toBe(
      here.NotFoundError.prototype,
    );
  });

  it("accepts an error of the other copy for its own class and every ancestor", () => {
    const error = other.apiErrorFor({ status: 404, message: "Not Found" });
    expect(error instanceof here.NotFoundError).toBe(true);
    expect(error instanceof here.ApiError).toBe(true);
    expect(error instanceof here.EdiClientError).toBe(true);
    expect(new other.ValidationError("bad") instanceof here.ValidationError).toBe(true);
    expect(new other.TimeoutError("slow") instanceof here.ConnectionError).toBe(true);
    // and the other way round
    expect(new here.RateLimitError({ status: 429, message: "m" }) instanceof other.RateLimitError).toBe(true);
  });

  it("still tells the classes apart", () => {
    const notFound = new other.NotFoundError({ status: 404, message: "m" });
    expect(notFound instanceof here.RateLimitError).toBe(false);
    expect(notFound instanceof here.ValidationError).toBe(false);
    expect(notFound instanceof here.ConnectionError).toBe(false);
    expect(new other.ApiError({ status: 418, message: "m" }) instanceof here.NotFoundError).toBe(false);
    expect(new other.ConnectionError("down") instanceof here.TimeoutError).toBe(false);
    expect(new other.UserAbortError("stop") instanceof here.ApiError).toBe(false);
  });

  it("is false for values outside the family", () => {
    for (const value of [new Error("x"), new TypeError("x"), null, undefined, "NotFoundError", 404, {}])
      expect(value instanceof here.EdiClientError).toBe(false);
    class NotFoundError extends Error {}
    expect(new NotFoundError() instanceof here.NotFoundError).toBe(false);
    expect(new here.NotFoundError({ status: 404, message: "m" }) instanceof NotFoundError).toBe(false);
  });

  it("leaves a subclass of one copy to that copy", () => {
    class MailboxGoneError extends here.NotFoundError {}
    expect(new MailboxGoneError({ status: 404, message: "m" }) instanceof other.NotFoundError).toBe(true);
    expect(new other.NotFoundError({ status: 404, message: "m" }) instanceof MailboxGoneError).toBe(false);
  });

  it("adds nothing visible to the error", () => {
    const error = new other.NotFoundError({ status: 404, message: "m" });
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.stringify(error)).not.toContain("EdiClientError");
  });
});
