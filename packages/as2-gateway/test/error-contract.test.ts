// One return/error contract (issue 16 item 3): every method of every AS2 Gateway resource, called with
// garbage arguments against a server that answers garbage (the check's own test is in the ECGrid suite), returns without throwing and settles with
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
import { As2Gateway, EdiClientError } from "../src/index.js";

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
const client = new As2Gateway({
  token: "contract-token",
  baseUrl: "http://127.0.0.1:9",
  logger: silentLogger,
  throttle: false,
  maxRetries: 0,
  reconcile: false,
  fetch: async () => (answers[n++ % answers.length] as () => Response)(),
});
afterAll(() => client.close());

describe("As2Gateway: every resource method keeps the return/error contract", () => {
  const resources = resourcesOf(client);
  it("finds the resources", () => {
    expect(resources.length).toBeGreaterThan(5);
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
