#!/usr/bin/env node
// Turns every spec in specs/ into TypeScript types for its client package (openapi-typescript).
//
//   node scripts/generate.mjs            regenerate every client's src/generated/
//   node scripts/generate.mjs ecgrid     regenerate one client
//   node scripts/generate.mjs --check    fail (exit 1) when a committed file differs from a fresh run
//
// The generator reads only specs/<client>/openapi.yaml, so a vendor-published spec can replace a
// hand-written one at the same path with no change here.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { parse } from "yaml";
import { renderOperations } from "./generate-operations.mjs";
import { renderValidators, renderValidatorTypes } from "./generate-validators.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** One entry per client package: the spec it is generated from and where its types land. */
const targets = [
  {
    name: "as2-gateway",
    spec: "specs/as2-gateway/openapi.yaml",
    out: "packages/as2-gateway/src/generated/openapi.ts",
  },
  { name: "ecgrid", spec: "specs/ecgrid/openapi.yaml", out: "packages/ecgrid/src/generated/openapi.ts" },
];

const BLOB = ts.factory.createTypeReferenceNode("Blob");
/** `string & {}`: any string, but kept apart from the literals of a union so editors still offer them. */
const OPEN_STRING = ts.factory.createParenthesizedType(
  ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]),
);

/**
 * Types are generated from a copy of the spec adjusted for TypeScript only; the spec itself (what Prism, the
 * response validators and check-ecgrid-examples read) is untouched:
 * - open enums (NOTES `X10-ENUM-1`) are `anyOf: [<known literals: enum schemas or $refs to them>..., {type: string}]`.
 *   The plain-string branch would swallow the literals (`"A" | string` is `string`), so it is marked and emitted as
 *   `string & {}`: `"A" | "B" | (string & {})` accepts any string and editors still offer A and B;
 * - presence-only branches (`anyOf: [{required: [parcelId]}, {required: [parcelID]}]`, an id with two spellings,
 *   NOTES R7) are dropped: openapi-typescript types them `unknown`, which would swallow the object type.
 */
const OPEN_ENUM_CATCH_ALL = "x-open-enum-catch-all";
const COMPOSITIONS = ["anyOf", "oneOf", "allOf"];

function typingCopy(spec) {
  const schemas = spec.components?.schemas ?? {};
  const resolve = (s) =>
    typeof s?.$ref === "string" && s.$ref.startsWith("#/components/schemas/")
      ? schemas[s.$ref.slice("#/components/schemas/".length)]
      : s;
  const isKnown = (s) => {
    const b = resolve(s);
    return Array.isArray(b?.enum) || (Array.isArray(b?.anyOf) && b.anyOf.some(isKnown));
  };
  const isCatchAll = (s) =>
    s?.type === "string" && Object.keys(s).every((k) => ["type", "description", "title"].includes(k));
  const isPresenceOnly = (s) => {
    if (!s || typeof s !== "object" || Array.isArray(s) || "$ref" in s) return false;
    const keys = Object.keys(s).filter((k) => k !== "description");
    return (
      keys.length > 0 &&
      keys.every(
        (k) =>
          k === "required" || (COMPOSITIONS.includes(k) && Array.isArray(s[k]) && s[k].every(isPresenceOnly)),
      )
    );
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== "object") return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (COMPOSITIONS.includes(k) && Array.isArray(v)) {
        const kept = v.filter((b) => !isPresenceOnly(b));
        if (kept.length > 0) out[k] = kept.map(walk);
      } else {
        out[k] = walk(v);
      }
    }
    if (Array.isArray(out.anyOf) && out.anyOf.some(isKnown)) {
      out.anyOf = out.anyOf.map((b) => (isCatchAll(b) ? { ...b, [OPEN_ENUM_CATCH_ALL]: true } : b));
    }
    return out;
  };
  return walk(spec);
}

const header = (spec) =>
  [
    "/**",
    ` * GENERATED FILE - DO NOT EDIT BY HAND.`,
    ` * Source: ${spec}`,
    " * Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.",
    " */",
    "",
    "",
  ].join("\n");

async function render(target) {
  const spec = parse(await readFile(join(root, target.spec), "utf8"));
  const ast = await openapiTS(typingCopy(spec), {
    // A default is what the server assumes when a field is omitted, so the field stays optional.
    defaultNonNullable: false,
    // Binary payloads (file uploads, attachment downloads) are Blobs at runtime, not strings.
    // Open enums: the marked catch-all string branch becomes `string & {}` (see typingCopy).
    transform(schema) {
      if (schema.format === "binary") return BLOB;
      if (schema[OPEN_ENUM_CATCH_ALL]) return OPEN_STRING;
      return undefined;
    },
  });
  return header(target.spec) + astToString(ast);
}

async function main(argv) {
  const check = argv.includes("--check");
  const names = argv.filter((a) => !a.startsWith("--"));
  const unknown = names.filter((n) => !targets.some((t) => t.name === n));
  if (unknown.length > 0) {
    console.error(
      `Unknown client(s): ${unknown.join(", ")}. Known: ${targets.map((t) => t.name).join(", ")}`,
    );
    return 2;
  }
  const selected = names.length > 0 ? targets.filter((t) => names.includes(t.name)) : targets;
  let stale = 0;
  for (const target of selected) {
    for (const [out, fresh] of await outputs(target)) {
      const outPath = join(root, out);
      if (check) {
        const committed = await readFile(outPath, "utf8").catch(() => null);
        if (committed !== fresh) {
          stale++;
          console.error(`✗ ${out} is out of date with ${target.spec}${describeDiff(committed, fresh)}`);
        } else {
          console.log(`✓ ${out} matches ${target.spec}`);
        }
        continue;
      }
      await mkdir(dirname(outPath), { recursive: true });
      await writeFile(outPath, fresh);
      console.log(`generated ${relative(root, outPath)} from ${target.spec}`);
    }
  }
  if (stale > 0) console.error("Run `pnpm generate` and commit the result.");
  return stale > 0 ? 1 : 0;
}

/**
 * Every file generated for a target: its types, its operation table (generate-operations.mjs), then
 * its response validators (generate-validators.mjs).
 */
async function outputs(target) {
  const dir = dirname(target.out);
  return [
    [target.out, await render(target)],
    [join(dir, "operations.ts"), await renderOperations(target, root)],
    [join(dir, "validators.js"), await renderValidators(target, root)],
    [join(dir, "validators.d.ts"), renderValidatorTypes(target)],
  ];
}

function describeDiff(committed, fresh) {
  if (committed === null) return " (file missing)";
  const a = committed.split("\n");
  const b = fresh.split("\n");
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? Math.min(a.length, b.length) : line;
  return `\n  first difference at line ${at + 1}:\n  - ${a[at] ?? "<end of file>"}\n  + ${b[at] ?? "<end of file>"}`;
}

process.exitCode = await main(process.argv.slice(2));
