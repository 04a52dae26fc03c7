// The validator generator (scripts/generate-validators.mjs) on a small spec of its own that uses
// what Ajv would otherwise require() at run time (string lengths, deep equality) and OpenAPI's
// numeric and string formats: the output is one self-contained ES module that runs as is.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { renderValidators, renderValidatorTypes } from "../../../scripts/generate-validators.mjs";
import { type CompiledValidators, createResponseValidator } from "../src/compiled-validators.ts";

const dir = mkdtempSync(join(tmpdir(), "edi-validators-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = `openapi: 3.1.0
info: { title: t, version: "1" }
paths:
  /things/{id}:
    get:
      operationId: getThing
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
        "404":
          description: missing
          content:
            application/problem+json:
              schema: { $ref: "#/components/schemas/Problem" }
        default:
          description: binary
          content:
            application/octet-stream:
              schema: { type: string, format: binary }
  /ping:
    get:
      operationId: ping
      responses:
        "204": { description: nothing }
components:
  schemas:
    Thing:
      type: object
      description: x-annotations and examples are dropped
      example: { id: 1 }
      x-internal: true
      required: [id, name]
      properties:
        id: { type: integer, format: int32 }
        name: { type: string, minLength: 2, maxLength: 4 }
        description: { type: string, description: a property named like an annotation stays }
        created: { type: string, format: date-time }
        email: { type: string, format: email }
        secret: { type: string, format: password }
        shape: { enum: [{ a: 1 }, [1, 2]] }
        tags: { type: array, uniqueItems: true, items: { type: object } }
    Problem:
      type: object
      required: [title]
      properties:
        title: { type: string }
`;

describe("generate-validators", () => {
  it("writes one self-contained ES module (no require, no ajv import) that validates", async () => {
    writeFileSync(join(dir, "spec.yaml"), spec);
    const code = await renderValidators({ name: "test", spec: "spec.yaml" }, dir);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/from\s+["']ajv/);
    expect(code).toContain("function ucs2length");
    expect(code).toContain("function equal");
    expect(code).toMatch(/^\/\/ GENERATED FILE - DO NOT EDIT BY HAND\./);
    expect(renderValidatorTypes({ name: "test", spec: "spec.yaml" })).toContain("RESPONSE_VALIDATORS");

    const file = join(dir, "validators.mjs");
    writeFileSync(file, code);
    const { RESPONSE_VALIDATORS } = (await import(pathToFileURL(file).href)) as {
      RESPONSE_VALIDATORS: CompiledValidators;
    };
    expect(Object.keys(RESPONSE_VALIDATORS)).toEqual(["getThing"]);
    expect(Object.keys(RESPONSE_VALIDATORS.getThing ?? {})).toEqual(["200", "404"]);

    const validate = createResponseValidator(RESPONSE_VALIDATORS);
    const good = {
      id: 7,
      name: "ab😀",
      description: "d",
      created: "2026-04-01T00:00:00Z",
      email: "a@b.example",
      secret: "anything",
      shape: { a: 1 },
      tags: [{ x: 1 }, { x: 2 }],
      extra: "unknown fields are fine",
    };
    expect(validate("getThing", 200, good)).toEqual([]);
    expect(
      validate("getThing", 200, {
        id: 2 ** 31,
        name: "a",
        created: "yesterday",
        email: "nope",
        shape: { a: 2 },
        tags: [{ x: 1 }, { x: 1 }],
      }),
    ).toEqual([
      { path: "/id", expected: "integer (format int32)", received: "integer" },
      { path: "/name", expected: "string of at least 2 characters", received: "string" },
      { path: "/created", expected: "string (format date-time)", received: "string" },
      { path: "/email", expected: "string (format email)", received: "string" },
      { path: "/shape", expected: 'object or array (one of {"a":1}, [1,2])', received: "object" },
      { path: "/tags", expected: 'a value passing "uniqueItems"', received: "array" },
    ]);
    // ucs2length: "ab😀" is 3 characters (4 UTF-16 units): within maxLength 4; 5 emoji are not.
    expect(validate("getThing", 200, { id: 1, name: "😀😀😀😀😀" })).toEqual([
      { path: "/name", expected: "string of at most 4 characters", received: "string" },
    ]);
    expect(validate("getThing", 404, {})).toEqual([
      { path: "/title", expected: "required property", received: "missing" },
    ]);
    expect(validate("getThing", 500, "bytes")).toEqual([]);
    expect(validate("ping", 204, undefined)).toEqual([]);
  });

  it("refuses a $ref outside components/schemas", async () => {
    writeFileSync(
      join(dir, "bad.yaml"),
      spec.replace('$ref: "#/components/schemas/Thing"', '$ref: "#/paths/~1ping"'),
    );
    await expect(renderValidators({ name: "bad", spec: "bad.yaml" }, dir)).rejects.toThrow(
      /is not under #\/components\/schemas/,
    );
  });
});
