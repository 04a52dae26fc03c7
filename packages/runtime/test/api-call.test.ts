import { describe, expect, it, vi } from "vitest";
import { ApiCall } from "../src/api-call.ts";
import { NotFoundError } from "../src/errors.ts";

const response = new Response("{}", { headers: { "x-ratelimit-remaining": "42" } });

describe("ApiCall", () => {
  it("resolves to the data when awaited", async () => {
    const call = new ApiCall(Promise.resolve({ data: [1, 2], response }));
    expect(await call).toEqual([1, 2]);
  });

  it("gives the data together with the response through withResponse()", async () => {
    const call = new ApiCall(Promise.resolve({ data: "x", response }));
    const { data, response: raw } = await call.withResponse();
    expect(data).toBe("x");
    expect(raw.headers.get("x-ratelimit-remaining")).toBe("42");
  });

  it("passes the typed error to await, catch and then's second argument", async () => {
    const failure = new NotFoundError({ status: 404, message: "gone" });
    const call = () => new ApiCall<number>(Promise.reject(failure));
    await expect(call()).rejects.toBe(failure);
    expect(await call().catch((e: unknown) => e)).toBe(failure);
    expect(await call().then(undefined, (e: unknown) => e)).toBe(failure);
    await expect(call().withResponse()).rejects.toBe(failure);
  });

  it("runs finally callbacks on success and failure", async () => {
    const onFinally = vi.fn();
    expect(await new ApiCall(Promise.resolve({ data: 1, response })).finally(onFinally)).toBe(1);
    await new ApiCall(Promise.reject(new Error("x"))).finally(onFinally).catch(() => undefined);
    expect(onFinally).toHaveBeenCalledTimes(2);
  });

  it("chains like a promise", async () => {
    const doubled = await new ApiCall(Promise.resolve({ data: 21, response })).then((n) => n * 2);
    expect(doubled).toBe(42);
  });

  it("calls then/catch/finally with null callbacks like a Promise", async () => {
    const call = new ApiCall(Promise.resolve({ data: "v", response }));
    expect(await call.then(null, null)).toBe("v");
    expect(await call.catch(null)).toBe("v");
    expect(await call.finally(null)).toBe("v");
  });

  it("defer: a synchronous throw while preparing becomes a rejected call", async () => {
    const made = new ApiCall(Promise.resolve({ data: 7, response }));
    expect(ApiCall.defer(() => made)).toBe(made);
    let call: ApiCall<number> | undefined;
    expect(() => {
      call = ApiCall.defer<number>(() => {
        throw new NotFoundError({ status: 404, message: "bad input" });
      });
    }).not.toThrow();
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
    await expect(call?.withResponse()).rejects.toThrow("bad input");
  });

  it("is tagged ApiCall", () => {
    const call = new ApiCall(Promise.resolve({ data: 1, response }));
    expect(Object.prototype.toString.call(call)).toBe("[object ApiCall]");
  });
});
