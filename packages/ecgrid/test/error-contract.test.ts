// One return/error contract (issue 16 item 3): every method of every ECGrid resource, called with
// garbage arguments against a server that answers garbage, returns without throwing and settles with
// a value or an EdiClientError. The methods are found by reflection (test-helpers/contract).
import {
  type ContractFailure,
  checkContract,
  garbageArguments,
  methodsOf,
  resourcesOf,
} from "@edi-clients/test-helpers/contract";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { afterAll, describe, expect, it } from "vitest";
import { ECGrid, EdiClientError } from "../src/index.js";

const answers = [
  () => new Response("not json", { status: 200, headers: { "content-type": "application/json" } }),
  () =>
    new Response(JSON.stringify({ success: true, data: null }), {
      status: 200,
      headers: { "content-type": "application/json" },
    }),
  () => new Response("", { status: 204 }),
  () =>
    new Response(JSON.stringify([1, "x", null]), {
      status: 200,
      headers: { "content-type": "application/json" },
    }),
];
let n = 0;
const ecgrid = new ECGrid({
  apiKey: "contract-key",
  baseUrl: "http://127.0.0.1:9",
  logger: silentLogger,
  throttle: false,
  maxRetries: 0,
  reconcile: false,
  fetch: async () => (answers[n++ % answers.length] as () => Response)(),
});
afterAll(() => ecgrid.close());

describe("ECGrid: every resource method keeps the return/error contract", () => {
  const resources = resourcesOf(ecgrid);
  it("finds the resources", () => {
    expect(resources.length).toBeGreaterThan(10);
  });
  for (const [name, resource] of resources) {
    it(`${name}: returns a promise or iterable and rejects only with EdiClientError`, async () => {
      const failures: ContractFailure[] = [];
      for (const method of methodsOf(resource)) {
        const fn = (resource as Record<string, (...a: unknown[]) => unknown>)[method] as (
          ...a: unknown[]
        ) => unknown;
        failures.push(
          ...(await checkContract(name, resource, method, garbageArguments(fn.length), EdiClientError)),
        );
      }
      expect(failures).toEqual([]);
    }, 60_000);
  }
});

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
