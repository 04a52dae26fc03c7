// The response tour of a test file: every answer its clients received (support.ts `exchanges`)
// validates against the spec, and every operation of one group answered 200 at least once.
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { expect } from "vitest";
import { SERVED_OPERATIONS } from "../src/index.ts";
import { type Exchange, exchanges } from "./support.ts";

/** The served operation an exchange was an answer of. */
export function operationOf(exchange: Exchange): string | undefined {
  return SERVED_OPERATIONS.find(
    ([method, path]) =>
      method === exchange.method && new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`).test(exchange.path),
  )?.[2];
}

/** Checks every recorded answer, and that each operation in `group` succeeded. */
export function expectTour(group: readonly (readonly [string, string, string])[]): void {
  expect(exchanges.length).toBeGreaterThan(0);
  for (const exchange of exchanges) {
    const operation = operationOf(exchange);
    expect(operation, `${exchange.method} ${exchange.path}`).toBeDefined();
    expect(
      validateResponse(String(operation), exchange.status, exchange.body),
      `${operation} ${exchange.status}`,
    ).toEqual([]);
  }
  const names = new Set(group.map(([, , op]) => op));
  const succeeded = new Set(
    exchanges
      .filter((e) => e.status === 200)
      .map(operationOf)
      .filter((op) => op !== undefined && names.has(op)),
  );
  expect([...succeeded].sort()).toEqual([...names].sort());
}
