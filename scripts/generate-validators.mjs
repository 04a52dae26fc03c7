// Compiles every operation's JSON response schemas (per status) of a spec, ahead of time, into one
// standalone ES module of validators (Ajv 2020 standalone code). Called by scripts/generate.mjs for
// each client, so `pnpm generate` writes it and `pnpm check:generated` fails when the committed
// file differs from a fresh compilation.
//
// The output needs nothing at run time: no Ajv, no require(). Ajv's runtime helpers (ucs2length,
// deep equality) are inlined, and formats are either regular expressions Ajv inlines itself (from
// ajv-formats' "fast" set) or the numeric OpenAPI formats (int32, int64, float, double) defined in
// the file. A format neither knows (password, binary, ...) is not checked.
//
// Generic on purpose: specs change (oneOf, open enums, optional fields); only the schemas are read.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { _ } from "ajv/dist/compile/codegen/index.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { fastFormats } from "ajv-formats/dist/formats.js";
import { parse } from "yaml";

const BASE = "urn:edi-clients";

/** Keywords Ajv's 2020 vocabulary does not validate (OpenAPI annotations, extensions): dropped. */
const ANNOTATIONS = new Set([
  "title",
  "description",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "externalDocs",
  "xml",
  "discriminator",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "$comment",
]);
const SCHEMA = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"];
SCHEMA.push("unevaluatedProperties", "unevaluatedItems");
const SCHEMA_LIST = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_MAP = ["properties", "patternProperties", "$defs", "dependentSchemas"];

/** Numeric OpenAPI formats: their source is copied into the output (Ajv refers to them by name). */
const NUMERIC_FORMATS = {
  int32: (x) => Number.isInteger(x) && x <= 2147483647 && x >= -2147483648,
  int64: (x) => Number.isInteger(x),
  float: (x) => Number.isFinite(x),
  double: (x) => Number.isFinite(x),
};

/** Ajv's runtime helpers, inlined so the output never require()s ajv. */
const RUNTIME = {
  ucs2length: `function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++;
    }
  }
  return length;
}`,
  equal: `function equal(a, b) {
  if (a === b) return true;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (a.constructor !== b.constructor) return false;
    if (Array.isArray(a)) {
      if (a.length !== b.length) return false;
      for (let i = a.length; i-- !== 0; ) if (!equal(a[i], b[i])) return false;
      return true;
    }
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(b, key) || !equal(a[key], b[key])) return false;
    }
    return true;
  }
  return a !== a && b !== b;
}`,
};

/** A JSON media type: application/json, application/problem+json, ... */
const isJson = (mediaType) => /^application\/(?:[\w.-]+\+)?json(?:;|$)/i.test(mediaType);

/**
 * The standalone validator module for one spec (`spec`, relative to `root`), as text; `name` becomes
 * part of the schema IDs.
 */
export async function renderValidators({ name, spec: specPath }, root) {
  const spec = parse(await readFile(join(root, specPath), "utf8"));
  const docId = `${BASE}:${name}`;
  const refOf = (ref) => {
    if (!ref.startsWith("#/components/schemas/")) {
      throw new Error(`${specPath}: schema $ref ${ref} is not under #/components/schemas`);
    }
    return `${docId}#/$defs/${ref.slice("#/components/schemas/".length)}`;
  };
  const deref = (node) => {
    let current = node;
    const seen = new Set();
    while (current?.$ref) {
      if (seen.has(current.$ref)) throw new Error(`${specPath}: circular $ref ${current.$ref}`);
      seen.add(current.$ref);
      current = current.$ref
        .slice(2)
        .split("/")
        .map((k) => k.replaceAll("~1", "/").replaceAll("~0", "~"))
        .reduce((at, key) => at?.[key], spec);
    }
    return current;
  };

  const formats = new Set();
  const clean = (schema) => {
    if (typeof schema === "boolean") return schema;
    if (!schema || typeof schema !== "object") throw new Error(`${specPath}: not a schema: ${schema}`);
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
      if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
      if (key === "$ref") out.$ref = refOf(value);
      else if (SCHEMA.includes(key)) out[key] = clean(value);
      else if (SCHEMA_LIST.includes(key)) out[key] = value.map(clean);
      else if (SCHEMA_MAP.includes(key)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clean(v)]));
      } else {
        if (key === "format") formats.add(value);
        out[key] = value;
      }
    }
    return out;
  };

  const defs = Object.fromEntries(
    Object.entries(spec.components?.schemas ?? {}).map(([key, schema]) => [key, clean(schema)]),
  );
  // Operation → status → compiled schema key; identical schemas are compiled once.
  const table = {};
  const schemas = new Map();
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation?.operationId !== "string") continue;
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const content = deref(response)?.content ?? {};
        const media = Object.keys(content).find(isJson);
        if (!media || !content[media].schema) continue;
        const schema = clean(content[media].schema);
        const key = JSON.stringify(schema);
        if (!schemas.has(key)) schemas.set(key, `v${schemas.size}`);
        table[operation.operationId] ??= {};
        if (table[operation.operationId][status]) {
          throw new Error(`${specPath}: ${method.toUpperCase()} ${path}: status ${status} listed twice`);
        }
        table[operation.operationId][status] = schemas.get(key);
      }
    }
  }

  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // OpenAPI schemas use `required` for properties listed in allOf parts, and union types.
    strictRequired: false,
    strictTypes: false,
    allowUnionTypes: true,
    messages: false,
    // A referenced schema becomes one function called wherever it is used: smaller code.
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, formats: _`ajvFormats` },
  });
  const numeric = [];
  for (const format of [...formats].sort()) {
    if (NUMERIC_FORMATS[format]) {
      ajv.addFormat(format, { type: "number", validate: NUMERIC_FORMATS[format] });
      numeric.push(format);
      continue;
    }
    const known = fastFormats[format];
    const regex = known instanceof RegExp ? known : known?.validate instanceof RegExp ? known.validate : null;
    // Ajv inlines a RegExp format into the code; anything else is left unchecked.
    ajv.addFormat(format, regex ?? true);
  }
  ajv.addSchema({ $id: docId, $defs: defs });
  const exports = {};
  for (const [key, exportName] of schemas) {
    const id = `${BASE}:${name}:${exportName}`;
    ajv.addSchema({ $id: id, ...JSON.parse(key) });
    exports[exportName] = id;
  }
  let code = standaloneCode(ajv, exports);

  // Self-contained: every require() of an Ajv runtime helper becomes an inlined function.
  const helpers = new Set();
  code = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)(?:\.default)?/gi, (_match, helper) => {
    if (!RUNTIME[helper]) throw new Error(`Ajv runtime helper ${helper} has no inlined version`);
    helpers.add(helper);
    return helper;
  });
  if (/\brequire\(/.test(code)) throw new Error(`${specPath}: standalone code still calls require()`);
  code = code.replace(/^"use strict";\n?/, "");

  const lines = [
    "// GENERATED FILE - DO NOT EDIT BY HAND.",
    `// Source: ${specPath} — response schemas compiled by scripts/generate-validators.mjs (Ajv standalone).`,
    "// Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.",
    "/* eslint-disable */",
    "",
    ...[...helpers].sort().map((h) => RUNTIME[h]),
    `const ajvFormats = {${numeric.map((f) => `\n  ${JSON.stringify(f)}: { type: "number", validate: ${NUMERIC_FORMATS[f].toString()} },`).join("")}\n};`,
    "",
    code.trim(),
    "",
    '/** operationId → response status ("200", "4XX", "default") → validator. */',
    "export const RESPONSE_VALIDATORS = {",
    ...Object.keys(table)
      .sort()
      .map(
        (op) =>
          `  ${JSON.stringify(op)}: { ${Object.entries(table[op])
            .map(([status, v]) => `${JSON.stringify(status)}: ${v}`)
            .join(", ")} },`,
      ),
    "};",
    "",
  ];
  return lines.join("\n");
}

/** The declaration file that goes next to the module. */
export function renderValidatorTypes({ spec: specPath }) {
  return [
    "// GENERATED FILE - DO NOT EDIT BY HAND.",
    `// Source: ${specPath} — see validators.js.`,
    "",
    "/** An Ajv standalone validator: true when `data` conforms; the errors of the last call otherwise. */",
    "export interface CompiledValidator {",
    "  (data: unknown): boolean;",
    "  errors?: Array<{ instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string }> | null;",
    "}",
    "",
    '/** operationId → response status ("200", "4XX", "default") → validator. */',
    "export declare const RESPONSE_VALIDATORS: Readonly<Record<string, Readonly<Record<string, CompiledValidator>>>>;",
    "",
  ].join("\n");
}
