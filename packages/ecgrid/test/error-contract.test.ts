// One return/error contract (issue 16 item 3): every method of every ECGrid resource, called with
// garbage arguments against a server that answers garbage, returns without throwing and settles with
// a value or an EdiClientError. The methods are found by reflection (test-helpers/contract).
import { checkContract, describeContract } from "@edi-clients/test-helpers/contract";
import { describe, expect, it } from "vitest";
import { ECGrid, EdiClientError } from "../src/index.js";

describeContract(
  "ECGrid",
  (options) => new ECGrid({ apiKey: "contract-key", ...options }),
  10,
  EdiClientError,
);

describe("the contract check itself", () => {
  it("reports a synchronous throw, a foreign rejection and a call that never settles", async () => {
    const broken = {
      throws(value: unknown) {
        if (value === null) throw new TypeError("boom");
        return Promise.resolve(1);
      },
      foreign: () => Promise.reject(new TypeError("raw")),
      hangs: () => new Promise(() => undefined),
      returnsObject: () => ({ neither: true }),
    };
    const run = (method: string) => checkContract("broken", broken, method, [[null]], EdiClientError, 50);
    expect((await run("throws"))[0]?.problem).toMatch(/threw at the call site: TypeError: boom/);
    expect((await run("foreign"))[0]?.problem).toMatch(/rejected with TypeError: raw/);
    expect((await run("hangs"))[0]?.problem).toMatch(/did not settle within 50 ms/);
    expect((await run("returnsObject"))[0]?.problem).toMatch(/neither a promise nor an async iterable/);
  });
});
