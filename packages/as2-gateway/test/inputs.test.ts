// The input rules (src/core/inputs.ts) are the spec's, field for field: every path, query and JSON
// body field of specs/as2-gateway/openapi.yaml has exactly the rule its schema implies (enums,
// minimum/maximum, maxItems, required). Path IDs and the IDs of the bulk bodies must not be blank.
import { type FieldRule, INT32_MAX } from "@edi-clients/runtime";
import { describe, expect, it } from "vitest";
import { loadSpec, type SpecSchema as Schema } from "../../../scripts/spec-operations.mjs";
import { OPERATION_INPUTS } from "../src/core/inputs.js";

const { deref, operations } = loadSpec("as2-gateway");

function ruleOf(schema: Schema, where: string): FieldRule {
  const s = deref(schema);
  if (s.enum) return { type: "oneOf", values: s.enum };
  switch (s.type) {
    case "integer":
      return { type: "integer", min: s.minimum ?? 1, max: s.maximum ?? INT32_MAX };
    case "boolean":
      return { type: "boolean" };
    case "array":
      return {
        type: "array",
        items: ruleOf(s.items as Schema, "item"),
        ...(s.maxItems === undefined ? {} : { maxItems: s.maxItems }),
      };
    default:
      expect(s.type).toBe("string");
      // A path segment (or a message ID in a bulk body) must not be blank: it would address another resource.
      return where === "path" || where === "item" ? { type: "string", nonBlank: true } : { type: "string" };
  }
}

describe("OPERATION_INPUTS", () => {
  it("has one entry per operation of the spec", () => {
    expect(Object.keys(OPERATION_INPUTS).sort()).toEqual(operations.map(([id]) => id).sort());
  });

  it.each(operations)("%s: every field has the spec's rule", (operationId, op) => {
    const expected: Record<string, unknown> = {};
    for (const parameter of (op.parameters ?? []).map(deref)) {
      if (parameter.in === "header") continue;
      const rule = ruleOf(parameter.schema, parameter.in);
      expected[parameter.in] ??= {};
      const where = expected[parameter.in] as Record<string, FieldRule>;
      where[parameter.name] = parameter.required ? rule : { ...rule, optional: true };
    }
    const body = op.requestBody && deref(op.requestBody).content["application/json"];
    if (body) {
      const schema = deref(body.schema);
      if (schema.type === "array") {
        expected.body = ruleOf(schema, "body");
      } else {
        expected.body = Object.fromEntries(
          Object.entries(schema.properties ?? {}).map(([name, property]) => {
            const rule = ruleOf(property, "body");
            return [name, schema.required?.includes(name) ? rule : { ...rule, optional: true }];
          }),
        );
      }
    }
    expect(OPERATION_INPUTS[operationId as keyof typeof OPERATION_INPUTS]).toEqual(expected);
  });
});
