#!/usr/bin/env node
// Checks that the ECGrid spec's response schemas accept every documented response:
//
//   1. every reference page's response example (rest-api/<group>/<page>.md, the JSON block of its
//      "## Response" section), verbatim, against the operation's documented response — 200 for a
//      `success: true` body, otherwise the declared error status the page names (or every declared
//      error response);
//   2. the guides' and the appendix's response examples (other documented shapes; mapped by hand below);
//   3. every response example in specs/ecgrid/openapi.yaml (`example` and `examples` of each response
//      content) against the schema it sits beside; and
//   4. that no response schema reaches a closed enum (response enums are open, NOTES X10-ENUM-1).
//
//   node scripts/check-ecgrid-examples.mjs
//
// Reference directory: ../shared/reference/ecgrid-rest-docs relative to the repo root, or $ECGRID_DOCS_DIR.
// Validator: Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) with ajv-formats; `int32`/`int64`
// are checked as integer ranges. Exits 1 on any failure, a page without a response example, or a page
// whose endpoint is not in the spec.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse } from "yaml";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const SPEC_ID = "ecgrid-openapi";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const specPath = join(repoRoot, "specs", "ecgrid", "openapi.yaml");
const docsDir = resolve(repoRoot, process.env.ECGRID_DOCS_DIR ?? "../shared/reference/ecgrid-rest-docs");
const pagesDir = join(docsDir, "rest-api");

// --- the spec as one JSON Schema document -----------------------------------------------------
const spec = parse(readFileSync(specPath, "utf8"));

/** Local `#/components/...` references become references into the registered spec document. */
function rebase(node) {
  if (Array.isArray(node)) return node.map(rebase);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] = k === "$ref" && typeof v === "string" && v.startsWith("#/") ? `${SPEC_ID}${v}` : rebase(v);
  }
  return out;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
addFormats(ajv);
const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
ajv.addFormat("int32", {
  type: "number",
  validate: (n) => Number.isInteger(n) && n >= INT32.min && n <= INT32.max,
});
ajv.addFormat("int64", { type: "number", validate: (n) => Number.isInteger(n) });
// OpenAPI's own schema keywords and every vendor extension used in the spec are annotations here.
const annotations = new Set(["example", "discriminator", "xml", "externalDocs"]);
(function collectExtensions(node) {
  if (Array.isArray(node)) return node.forEach(collectExtensions);
  if (node === null || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith("x-")) annotations.add(k);
    collectExtensions(v);
  }
})(spec.components?.schemas ?? {});
for (const keyword of annotations) ajv.addKeyword({ keyword });
// Only the schemas are compiled; the rest of `components` is reached through the JSON pointer.
ajv.addSchema({ $id: SPEC_ID, $defs: {}, components: { schemas: rebase(spec.components?.schemas ?? {}) } });
for (const keyword of ["components"]) ajv.addKeyword({ keyword });

const deref = (node) => {
  let n = node;
  while (n && typeof n === "object" && typeof n.$ref === "string") {
    n = n.$ref
      .slice(2)
      .split("/")
      .reduce((o, p) => o?.[p.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return n;
};

const validators = new Map();
function validatorFor(schema, where) {
  let v = validators.get(where);
  if (!v) {
    v = ajv.compile(rebase(schema));
    validators.set(where, v);
  }
  return v;
}

const describe = (errors) =>
  (errors ?? [])
    .slice(0, 8)
    .map(
      (e) =>
        `      ${e.instancePath || "(body)"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
    )
    .join("\n");

// --- operations in the spec ---------------------------------------------------------------------
const normalizePath = (p) => p.split("?")[0].replace(/\{[^}]+\}/g, "{}");
const key = (method, path) => `${method.toUpperCase()} ${normalizePath(path)}`;
const operations = new Map();
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of HTTP_METHODS) {
    const op = item?.[method];
    if (op) operations.set(key(method, path), { method: method.toUpperCase(), path, op });
  }
}

/** The JSON media type of one response (after `$ref`), or undefined. */
const jsonContent = (response) => deref(response)?.content?.["application/json"];

const failures = [];
let checked = 0;

/**
 * Validates one documented body against the operation: a success body against 200, an error body against the
 * status it names, else against any declared error status. Returns undefined when it validates.
 */
function checkBody(op, body) {
  const statuses =
    body?.success === false
      ? Object.keys(op.responses).filter((s) =>
          body.httpStatus ? s === String(body.httpStatus) : !s.startsWith("2"),
        )
      : ["200"];
  const results = statuses.map((status) => {
    const schema = jsonContent(op.responses[status])?.schema;
    if (!schema) return { status, errors: [{ instancePath: "", message: "no JSON schema declared" }] };
    const validate = validatorFor(schema, `${op.operationId} ${status}`);
    return { status, errors: validate(body) ? null : validate.errors };
  });
  if (results.some((r) => r.errors === null)) return undefined;
  return `does not validate against ${statuses.join("/")}\n${results
    .map((r) => `    ${r.status}:\n${describe(r.errors)}`)
    .join("\n")}`;
}

// --- 1. reference pages -------------------------------------------------------------------------
function markdownFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith(".md") ? [full] : [];
  });
}

let pages = 0;
for (const file of markdownFiles(pagesDir).sort()) {
  const md = readFileSync(file, "utf8");
  const endpoint = /^## Endpoint\s*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(md);
  if (!endpoint) continue; // overview pages have no endpoint block
  pages++;
  const page = relative(docsDir, file);
  const m = /```http\s*\n\s*([A-Z]+)\s+(\S+)/.exec(endpoint[1]);
  const entry = m && operations.get(key(m[1], m[2]));
  if (!entry) {
    failures.push(`${page}: endpoint ${m ? `${m[1]} ${m[2]}` : "(none)"} is not in the spec`);
    continue;
  }
  const section = /^## Response[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(md);
  const blocks = section ? [...section[1].matchAll(/```json\s*\n([\s\S]*?)```/g)].map((b) => b[1]) : [];
  if (blocks.length === 0) {
    failures.push(`${page}: no JSON response example`);
    continue;
  }
  const { op } = entry;
  for (const [i, text] of blocks.entries()) {
    const label = `${page}${blocks.length > 1 ? ` example ${i + 1}` : ""} (${op.operationId})`;
    let body;
    try {
      body = JSON.parse(text);
    } catch (e) {
      failures.push(`${label}: not JSON (${e.message})`);
      continue;
    }
    checked++;
    const problem = checkBody(op, body);
    if (problem) failures.push(`${label}: the page's response example ${problem}`);
  }
}
const pageExamples = checked;

// --- 2. the guides' and the appendix's response examples ---------------------------------------
// The guides document other shapes of some responses (NOTES, issue 10: upload/confirm objects, guide field
// names, both error envelopes); their JSON blocks do not name the endpoint reliably, so each is mapped here by a
// text it contains. Every listed block must exist and validate, verbatim, like the pages' examples.
const GUIDE_EXAMPLES = [
  ["guides/authentication.md", '"refreshToken"', "authLogin"],
  ["guides/common-operations/configure-callbacks.md", '"callBackQueueId"', "callbacksCreateCallback"],
  ["guides/common-operations/confirm-download.md", '"InBoxTransferred"', "parcelsConfirmDownload"],
  ["guides/common-operations/create-a-mailbox.md", '"createdDate"', "mailboxesCreateMailbox"],
  ["guides/common-operations/download-a-file.md", '"contentEncoding"', "parcelsDownloadParcel"],
  ["guides/common-operations/manage-users-permissions.md", '"loginName"', "usersCreateUser"],
  ["guides/common-operations/manage-users-permissions.md", '"MailboxAdmin"', "usersSetRole"],
  ["guides/common-operations/onboard-trading-partner.md", '"isaQualifier"', "idsCreateId"],
  ["guides/common-operations/onboard-trading-partner.md", '"interconnectId"', "partnersCreatePartner"],
  ["guides/common-operations/poll-inbound-files.md", '"receivedDate"', "parcelsInboxList"],
  ["guides/common-operations/send-edi-to-trading-partner.md", '"PARTNERCO', "idsFindId"],
  ["guides/common-operations/send-edi-to-trading-partner.md", '"OutBoxQueued"', "parcelsUploadParcel"],
  ["guides/common-operations/setup-interconnect.md", '"isaQualifier"', "idsFindId"],
  ["guides/common-operations/setup-interconnect.md", '"interconnectId"', "partnersCreatePartner"],
  ["guides/common-operations/upload-a-file.md", '"OutBoxQueued"', "parcelsUploadParcel"],
  ["guides/common-operations/work-with-carbon-copies.md", '"data": {', "carbonCopiesCreateCarbonCopy"],
  ["guides/common-operations/work-with-carbon-copies.md", '"totalRecords"', "carbonCopiesListCarbonCopies"],
  ["guides/quick-start-rest.md", '"build"', "authVersion"],
  ["guides/quick-start-rest.md", '"....."', "parcelsPendingInboxList"],
  ["guides/error-handling-troubleshooting.md", '"InvalidSession"', "usersGetMe"],
  ["appendix/error-codes.md", '"InvalidAPIKey"', "usersGetMe"],
];
const byOperationId = new Map([...operations.values()].map((e) => [e.op.operationId, e.op]));
let guideExamples = 0;
for (const [file, marker, operationId] of GUIDE_EXAMPLES) {
  const op = byOperationId.get(operationId);
  let md = "";
  try {
    md = readFileSync(join(docsDir, file), "utf8");
  } catch {
    failures.push(`${file}: missing`);
    continue;
  }
  const blocks = [...md.matchAll(/```json\s*\n([\s\S]*?)```/g)]
    .map((b) => b[1])
    .filter((t) => t.includes(marker) && t.includes('"success"'));
  if (!op || blocks.length === 0) {
    failures.push(`${file}: no response example containing ${marker} (for ${operationId})`);
    continue;
  }
  for (const text of blocks) {
    guideExamples++;
    const problem = checkBody(op, JSON.parse(text));
    if (problem) failures.push(`${file} (${operationId}, example with ${marker}): ${problem}`);
  }
}

// --- 3. the spec's own response examples --------------------------------------------------------
let specExamples = 0;
const seenResponses = new Set();
for (const { op } of operations.values()) {
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    // A shared response (`$ref: #/components/responses/...`) is checked once.
    if (response.$ref) {
      if (seenResponses.has(response.$ref)) continue;
      seenResponses.add(response.$ref);
    }
    const content = jsonContent(response);
    if (!content?.schema) continue;
    const examples = [
      ...(content.example !== undefined ? [["example", content.example]] : []),
      ...Object.entries(content.examples ?? {}).map(([name, ex]) => [`examples.${name}`, deref(ex)?.value]),
    ];
    for (const [name, value] of examples) {
      specExamples++;
      const validate = validatorFor(content.schema, `${op.operationId} ${status}`);
      if (!validate(value))
        failures.push(
          `spec ${op.operationId} ${status} ${name} does not validate:\n${describe(validate.errors)}`,
        );
    }
  }
}

// --- 4. response enums are open ------------------------------------------------------------------
// NOTES `X10-ENUM-1`: an enum in a response is only ever a branch of an `anyOf` that also accepts any string
// (`<Enum>Open`); a closed enum reached from a response schema would turn a new server value into drift.
const closedEnums = new Set();
const isCatchAll = (s) =>
  s?.type === "string" && Object.keys(s).every((k) => ["type", "description"].includes(k));
function findClosedEnums(node, where, seen) {
  if (Array.isArray(node)) {
    for (const n of node) findClosedEnums(n, where, seen);
    return;
  }
  if (node === null || typeof node !== "object") return;
  if (typeof node.$ref === "string") {
    if (seen.has(node.$ref)) return;
    seen.add(node.$ref);
    return findClosedEnums(deref(node), node.$ref.split("/").pop(), seen);
  }
  if (Array.isArray(node.enum) && node.enum.length > 1) closedEnums.add(where);
  for (const [k, v] of Object.entries(node)) {
    if (k === "enum" || k === "example" || k === "examples") continue;
    // the known-value branches of an open enum are fine
    if (k === "anyOf" && Array.isArray(v) && v.some(isCatchAll)) continue;
    findClosedEnums(v, where, seen);
  }
}
for (const { op } of operations.values()) {
  for (const response of Object.values(op.responses ?? {})) {
    findClosedEnums(jsonContent(response)?.schema, op.operationId, new Set());
  }
}
for (const where of [...closedEnums].sort())
  failures.push(
    `${where}: a closed enum is reachable from a response schema (use its open variant, NOTES X10-ENUM-1)`,
  );

console.log(`${pageExamples} response examples from ${pages} reference pages in ${docsDir}`);
console.log(`${guideExamples} response examples from the guides and the appendix`);
console.log(`${specExamples} response examples in ${relative(process.cwd(), specPath) || specPath}`);
for (const f of failures) console.log(`FAIL ${f}`);
if (failures.length > 0) {
  console.log(`${failures.length} failure(s).`);
  process.exit(1);
}
console.log(
  `OK: every documented response example (pages, guides, appendix) and every spec response example validates; response enums are open.`,
);
