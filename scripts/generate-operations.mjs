// Renders a client's operation table from its spec: one exported constant per operation
// (operationId → method, path, idempotency, paging), so every call is keyed by the descriptor and the
// operationId can never name another path than the one sent. Called by scripts/generate.mjs for each
// client; `pnpm check:generated` fails when the committed file differs from a fresh run.
//
// What the spec must say (the generator refuses a spec that does not):
// - `x-idempotent: true | false` on every operation: whether the transport may repeat it blindly.
//   The HTTP method says nothing here (ECGrid reads are POSTs), so nothing is assumed.
// - `x-pagination: { in: body | query, page: <field>, size: <field>, firstPage: 0 | 1 }` on each
//   paged list. The size limits come from the size field's own schema (`minimum`, `maximum`); the
//   iterators' default page size is `defaultSize` when given, else the maximum (fewest requests
//   under a rate limit, issue 13).
//
// One constant per operation, not one object holding all of them: a bundler keeps only the
// descriptors a bundle uses (issue 13, one-resource bundles).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";

const METHODS = ["get", "put", "post", "delete", "patch"];

/** The module text for one client (`target.spec` read from `root`). */
export async function renderOperations(target, root) {
  const spec = parse(await readFile(join(root, target.spec), "utf8"));
  const operations = collect(spec, target.spec);
  const lines = [
    "/**",
    " * GENERATED FILE - DO NOT EDIT BY HAND.",
    ` * Source: ${target.spec} (operationId, method, path, x-idempotent, x-pagination)`,
    " * Regenerate with `pnpm generate`; CI fails when this file differs from a fresh generation.",
    " */",
    'import type { Operation } from "@edi-clients/runtime";',
    "",
  ];
  for (const op of operations) {
    if (op.summary) lines.push(`/** ${op.summary.replace(/\*\//g, "*\\/")} */`);
    lines.push(`export const ${op.id} = ${literal(op.descriptor)} as const satisfies Operation;`);
  }
  lines.push(
    "",
    "/** Every operation by operationId (importing this keeps all of them in a bundle). */",
    "export const OPERATIONS = {",
    ...operations.map((op) => `  ${op.id},`),
    "} as const;",
    "",
    "export type OperationId = keyof typeof OPERATIONS;",
    "",
  );
  return lines.join("\n");
}

function collect(spec, file) {
  const found = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item?.[method];
      if (!operation) continue;
      const id = operation.operationId;
      const where = `${file}: ${method.toUpperCase()} ${path}`;
      if (typeof id !== "string" || !/^[A-Za-z_$][\w$]*$/.test(id)) {
        throw new Error(`${where} has no usable operationId`);
      }
      if (typeof operation["x-idempotent"] !== "boolean") {
        throw new Error(`${where} (${id}) needs x-idempotent: true or false`);
      }
      const descriptor = { id, method: method.toUpperCase(), path, idempotent: operation["x-idempotent"] };
      if (operation["x-pagination"] !== undefined) {
        descriptor.pagination = pagination(spec, item, operation, `${where} (${id})`);
      }
      found.push({ id, summary: operation.summary, descriptor });
    }
  }
  const ids = found.map((op) => op.id);
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (twice.length > 0) throw new Error(`${file}: operationId used twice: ${twice.join(", ")}`);
  return found;
}

function pagination(spec, item, operation, where) {
  const x = operation["x-pagination"];
  const { in: location, page, size, firstPage } = x ?? {};
  if (!["body", "query"].includes(location))
    throw new Error(`${where}: x-pagination.in must be body or query`);
  if (typeof page !== "string" || typeof size !== "string") {
    throw new Error(`${where}: x-pagination needs page and size field names`);
  }
  if (firstPage !== 0 && firstPage !== 1) throw new Error(`${where}: x-pagination.firstPage must be 0 or 1`);
  const fields = location === "body" ? bodyFields(spec, operation) : queryFields(spec, item, operation);
  for (const name of [page, size]) {
    if (!fields[name])
      throw new Error(`${where}: x-pagination names ${name}, which is not a ${location} field`);
  }
  const sizeSchema = fields[size];
  const minSize = sizeSchema.minimum ?? 1;
  const maxSize = sizeSchema.maximum;
  if (!Number.isInteger(maxSize)) throw new Error(`${where}: ${size} needs a maximum in the spec`);
  const defaultSize = x.defaultSize ?? maxSize;
  if (!Number.isInteger(defaultSize) || defaultSize < minSize || defaultSize > maxSize) {
    throw new Error(`${where}: x-pagination.defaultSize must be within ${minSize}–${maxSize}`);
  }
  return { in: location, page, size, firstPage, minSize, maxSize, defaultSize };
}

function resolve(spec, node) {
  let current = node;
  for (let hops = 0; current?.$ref && hops < 20; hops++) {
    const parts = current.$ref.replace(/^#\//, "").split("/");
    current = parts.reduce((at, part) => at?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  }
  return current;
}

/** The properties of a JSON request body, through $refs and allOf. */
function bodyFields(spec, operation) {
  const body = resolve(spec, operation.requestBody);
  const schema = resolve(spec, body?.content?.["application/json"]?.schema);
  const fields = {};
  const visit = (node) => {
    const s = resolve(spec, node);
    if (!s || typeof s !== "object") return;
    for (const [name, property] of Object.entries(s.properties ?? {})) fields[name] = resolve(spec, property);
    for (const part of s.allOf ?? []) visit(part);
  };
  visit(schema);
  return fields;
}

/** The query parameters of an operation (path-level ones included), by name. */
function queryFields(spec, item, operation) {
  const fields = {};
  for (const p of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve(spec, p);
    if (parameter?.in === "query") fields[parameter.name] = resolve(spec, parameter.schema) ?? {};
  }
  return fields;
}

/** A TypeScript object literal, keys unquoted where they can be. */
function literal(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value).map(
    ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`,
  );
  return `{ ${entries.join(", ")} }`;
}
