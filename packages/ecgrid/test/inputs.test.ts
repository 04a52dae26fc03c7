// The input rules (src/core/inputs.ts) are the spec's limits, rule for rule: every operation, every
// location it has, every integer field (`minimum`/`maximum`, `format` int32/int64) and every
// required field, with 0 and -1 allowed exactly where the vendor documents them. `tsc` already fails when a
// rule is missing; this test fails when one disagrees with specs/ecgrid/openapi.yaml.
import { type FieldRule, INT32_MAX, INT64_MAX } from "@edi-clients/runtime";
import { describe, expect, it } from "vitest";
import { loadSpec, type SpecSchema as Schema } from "../../../scripts/spec-operations.mjs";
import { operationInputs } from "../src/core/inputs.js";
import { OPERATIONS } from "../src/generated/operations.js";

const OPERATION_INPUTS = operationInputs();

const { deref, operations } = loadSpec("ecgrid");

function flatten(schema: Schema): { properties: Record<string, Schema>; required: string[] } {
  const s = deref(schema);
  const own = { properties: s.properties ?? {}, required: s.required ?? [] };
  if (!s.allOf) return own;
  // An allOf next to the schema's own properties (the update-config bodies' MailboxConfigFields).
  const parts = [...s.allOf.map(flatten), own];
  return {
    properties: Object.assign({}, ...parts.map((p) => p.properties)),
    required: parts.flatMap((p) => p.required),
  };
}

/** The documented 0s of the reference pages (the header of src/core/inputs.ts names the pages). */
const ZERO_MEANS_ALL = new Set([
  "networksListNetworks.networkId",
  "networksListNetworks.mailboxId",
  "mailboxesListMailboxes.networkId",
  "interchangesInboxList.ecGridIdFrom",
  "interchangesInboxList.ecGridIdTo",
  "interchangesOutboxList.ecGridIdFrom",
  "interchangesOutboxList.ecGridIdTo",
]);

const ROOT = { 0: "the network's root mailbox" };
const MAILBOXES = { [-1]: "all mailboxes", ...ROOT };
/**
 * The sentinels the live service's MCP tool schemas document (NOTES.md `X10-SCOPE-1`): the spec
 * gives their field `minimum: -1` or `minimum: 0`, the rule takes positive values plus exactly these.
 */
const SENTINELS: Record<string, Record<number, string>> = {
  "callbacksEventList.mailboxId": ROOT,
  "callbacksQueueList.mailboxId": ROOT,
  "commsListComms.mailboxId": ROOT,
  "idsListIds.mailboxId": ROOT,
  "usersListUsers.mailboxId": MAILBOXES,
  "idsFindId.mailboxId": MAILBOXES,
  "partnersListPartners.mailboxId": MAILBOXES,
  "carbonCopiesListCarbonCopies.mailboxId": MAILBOXES,
  "idsFindId.networkId": { [-1]: "all networks" },
  "partnersListPartners.networkId": { [-1]: "all networks" },
  "partnersListPartners.ecGridId1": { [-1]: "any" },
  "partnersListPartners.ecGridId2": { [-1]: "any" },
  "partnersListPartners.maxDays": { [-1]: "no limit" },
};

/** The rule the spec implies, or undefined for an optional non-integer field (no rule needed). */
function expectedRule(
  operation: string,
  name: string,
  schema: Schema,
  required: boolean,
): FieldRule | undefined {
  const s = deref(schema);
  let rule: FieldRule;
  if (s.type === "integer") {
    rule = {
      type: "integer",
      // IDs and counts without a documented minimum are positive.
      min: s.minimum ?? 1,
      max: s.maximum ?? (s.format === "int64" ? INT64_MAX : INT32_MAX),
    };
    if (ZERO_MEANS_ALL.has(`${operation}.${name}`)) rule.special = { 0: "all" };
    const sentinels = SENTINELS[`${operation}.${name}`];
    if (sentinels) {
      // The spec's minimum is the lowest sentinel; the rule is positive plus the sentinels.
      expect(s.minimum, `${operation}.${name} minimum`).toBe(Math.min(...Object.keys(sentinels).map(Number)));
      rule.min = 1;
      rule.special = sentinels;
    } else {
      // No other field may reach below 0: a -1 is a sentinel only where the table above says so.
      expect(s.minimum ?? 0, `${operation}.${name} minimum`).toBeGreaterThanOrEqual(0);
    }
  } else if (!required) {
    return undefined;
  } else if (s.type === "boolean") {
    rule = { type: "boolean" };
  } else {
    expect(s.type, `${operation}.${name}`).toBe("string");
    rule = s.minLength === undefined ? { type: "string" } : { type: "string", minLength: s.minLength };
  }
  return required ? rule : { ...rule, optional: true };
}

describe("OPERATION_INPUTS", () => {
  it("has one entry per operation of the spec", () => {
    expect(Object.keys(OPERATION_INPUTS).sort()).toEqual(operations.map(([id]) => id).sort());
  });

  it.each(operations)("%s: the rules are the spec's limits", (operationId, op) => {
    const expected: Record<string, Record<string, FieldRule>> = {};
    const given: Record<string, Record<string, FieldRule>> = {};
    const table = OPERATION_INPUTS[operationId as keyof typeof OPERATION_INPUTS] as Record<
      string,
      Record<string, FieldRule>
    >;
    const add = (where: string, name: string, schema: Schema, required: boolean) => {
      expected[where] ??= {};
      given[where] ??= {};
      const rule = expectedRule(operationId, name, schema, required);
      const actual = table[where]?.[name];
      if (rule) {
        (expected[where] as Record<string, FieldRule>)[name] = rule;
      } else if (actual) {
        // An optional non-integer field may carry a rule; it must be optional and of the spec's type.
        expect(actual.optional, `${where}.${name}`).toBe(true);
        expect(actual.type, `${where}.${name}`).toBe(deref(schema).type);
        (expected[where] as Record<string, FieldRule>)[name] = actual;
      }
    };
    for (const parameter of (op.parameters ?? []).map(deref)) {
      if (parameter.in === "header") continue;
      add(parameter.in, parameter.name, parameter.schema, parameter.required === true);
    }
    const body = op.requestBody && deref(op.requestBody).content["application/json"];
    if (body) {
      const { properties, required } = flatten(body.schema);
      given.body = {};
      expected.body = {};
      for (const [name, schema] of Object.entries(properties))
        add("body", name, schema, required.includes(name));
    }
    for (const where of Object.keys(table)) {
      given[where] = { ...table[where] };
      expected[where] ??= {};
    }
    expect(given).toEqual(expected);
  });

  it("agrees with the paging rules of the generated table (the iterators' page sizes)", () => {
    const paged = Object.values(OPERATIONS).flatMap((op) => ("pagination" in op ? [op] : []));
    expect(paged.length).toBeGreaterThan(0);
    for (const { id, pagination } of paged) {
      const body = (OPERATION_INPUTS[id] as { body: Record<string, FieldRule> }).body;
      expect(body[pagination.size], id).toMatchObject({ min: pagination.minSize, max: pagination.maxSize });
      expect(body[pagination.page], id).toMatchObject({ min: pagination.firstPage });
    }
    // The documented limits, and the maximum as the default (issue 13): carbon copies allow 1000.
    const limits = Object.fromEntries(
      paged.map(({ id, pagination: p }) => [id, [p.minSize, p.maxSize, p.defaultSize]]),
    );
    expect(limits.carbonCopiesListCarbonCopies).toEqual([1, 1000, 1000]);
    expect(limits.parcelsInboxList).toEqual([1, 500, 500]);
    expect(
      Object.entries(limits).filter(
        ([id, l]) => id !== "carbonCopiesListCarbonCopies" && l.join() !== "1,500,500",
      ),
    ).toEqual([]);
  });
});
