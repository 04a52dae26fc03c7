#!/usr/bin/env node
// Lists the operations of specs/ecgrid/openapi.yaml and checks them one to one against the
// ECGrid REST reference pages (one page per endpoint: rest-api/<group>/<page>.md, "## Endpoint" block).
//
//   node scripts/ecgrid-operations.mjs
//
// Reference directory: ../shared/reference/ecgrid-rest-docs relative to the repo root, or $ECGRID_DOCS_DIR.
// Exits 1 when the (method, path) sets differ or the operation count is not 119.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const EXPECTED_COUNT = 119;
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = join(repoRoot, "specs", "ecgrid", "openapi.yaml");
const docsDir = resolve(repoRoot, process.env.ECGRID_DOCS_DIR ?? "../shared/reference/ecgrid-rest-docs");
const pagesDir = join(docsDir, "rest-api");

// Path templates are compared by shape only, so "{id}" and "{userId}" in the same position match.
const normalizePath = (p) => p.split("?")[0].replace(/\{[^}]+\}/g, "{}");
const key = (method, path) => `${method.toUpperCase()} ${normalizePath(path)}`;

// --- operations in the spec --------------------------------------------------------------------
const spec = parse(readFileSync(specPath, "utf8"));
const operations = [];
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of HTTP_METHODS) {
    if (item?.[method])
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: item[method].operationId ?? "(no operationId)",
      });
  }
}
operations.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));

console.log(`${operations.length} operations in ${relative(process.cwd(), specPath) || specPath}`);
for (const op of operations) console.log(`${op.method} ${op.path} ${op.operationId}`);

// --- endpoints documented by the reference pages -----------------------------------------------
function markdownFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith(".md") ? [full] : [];
  });
}

const documented = new Map(); // key -> { page, endpoint }
const problems = [];
for (const file of markdownFiles(pagesDir).sort()) {
  const md = readFileSync(file, "utf8");
  const section = /^## Endpoint\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(md);
  if (!section) continue; // overview pages have no endpoint block
  const m = /```http\s*\n\s*([A-Z]+)\s+(\S+)/.exec(section[1]);
  if (!m) {
    problems.push(`no "METHOD PATH" in the Endpoint block of ${relative(docsDir, file)}`);
    continue;
  }
  const k = key(m[1], m[2]);
  const page = relative(docsDir, file);
  if (documented.has(k)) problems.push(`${k} documented twice: ${documented.get(k).page} and ${page}`);
  documented.set(k, { page, endpoint: `${m[1]} ${m[2].split("?")[0]}` });
}

// --- compare -------------------------------------------------------------------------------------
const inSpec = new Map();
for (const op of operations) {
  const k = key(op.method, op.path);
  if (inSpec.has(k)) problems.push(`${k} appears twice in the spec`);
  inSpec.set(k, op);
}
const missing = [...documented.keys()].filter((k) => !inSpec.has(k)).sort();
const extra = [...inSpec.keys()].filter((k) => !documented.has(k)).sort();

console.log("");
console.log(`${documented.size} endpoints documented in ${docsDir}`);
for (const k of missing) {
  const { endpoint, page } = documented.get(k);
  console.log(`MISSING from spec: ${endpoint}  (${page})`);
}
for (const k of extra) {
  const { method, path, operationId } = inSpec.get(k);
  console.log(`EXTRA in spec (no reference page): ${method} ${path}  (${operationId})`);
}
for (const p of problems) console.log(`PROBLEM: ${p}`);
if (operations.length !== EXPECTED_COUNT)
  console.log(`COUNT: expected ${EXPECTED_COUNT} operations in the spec, found ${operations.length}`);
if (documented.size !== EXPECTED_COUNT)
  console.log(`COUNT: expected ${EXPECTED_COUNT} reference pages, found ${documented.size}`);

const ok =
  !missing.length &&
  !extra.length &&
  !problems.length &&
  operations.length === EXPECTED_COUNT &&
  documented.size === EXPECTED_COUNT;
console.log(ok ? `OK: ${operations.length} operations match the reference pages one to one.` : "MISMATCH");
process.exit(ok ? 0 : 1);
