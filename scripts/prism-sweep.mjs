// Calls every operation of a spec once against a Prism mock of it, with a request built from the
// spec itself (required parameters and JSON bodies from their examples), and hands back each
// answer's status and parsed body: tests check those bodies with the generated response validators.
// Prism is stateless, so even deletes and sends are cheap here.
import { loadSpec } from "./spec-operations.mjs";

const METHODS = ["get", "put", "post", "delete", "patch"];

function sampleOf(schema = {}, deref) {
  const s = deref(schema);
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum)) return s.enum[0];
  for (const key of ["allOf", "anyOf", "oneOf"]) if (s[key]?.length) return sampleOf(s[key][0], deref);
  if (s.type === "integer" || s.type === "number") return s.minimum ?? 1;
  if (s.type === "boolean") return true;
  if (s.format === "date-time") return "2026-04-01T00:00:00Z";
  if (s.format === "date") return "2026-04-01";
  if (s.format === "email") return "edi@example.com";
  return "x";
}

function parameterValue(parameter, deref) {
  if (parameter.example !== undefined) return parameter.example;
  const examples = Object.values(parameter.examples ?? {}).map((e) => deref(e).value);
  if (examples.length > 0) return examples[0];
  return sampleOf(parameter.schema, deref);
}

function bodyOf(requestBody, deref) {
  if (!requestBody) return { kind: "none" };
  const content = deref(requestBody).content ?? {};
  const json = content["application/json"];
  if (!json) return { kind: "other" };
  if (json.example !== undefined) return { kind: "json", value: json.example };
  const examples = Object.values(json.examples ?? {}).map((e) => deref(e).value);
  if (examples.length > 0) return { kind: "json", value: examples[0] };
  const schema = deref(json.schema ?? {});
  if (schema.example !== undefined) return { kind: "json", value: schema.example };
  return { kind: "json", value: {} };
}

/**
 * One answer per operation: `{ operation, method, path, status, contentType, body }`, or
 * `{ operation, skipped }` for a request body that is not JSON (uploads as multipart or raw bytes).
 */
export async function sweep(name, baseUrl, headers = {}) {
  const { spec, deref } = loadSpec(name);
  const results = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const body = bodyOf(operation.requestBody, deref);
      if (body.kind === "other") {
        results.push({ operation: operation.operationId, skipped: "non-JSON request body" });
        continue;
      }
      let url = path;
      const query = new URLSearchParams();
      const extra = {};
      for (const parameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(deref)) {
        if (!parameter.required) continue;
        const value = String(parameterValue(parameter, deref));
        if (parameter.in === "path") url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
        else if (parameter.in === "query") query.set(parameter.name, value);
        else if (parameter.in === "header") extra[parameter.name] = value;
      }
      const search = query.size > 0 ? `?${query}` : "";
      const response = await fetch(`${baseUrl}${url}${search}`, {
        method: method.toUpperCase(),
        headers: {
          accept: "application/json, */*;q=0.1",
          ...headers,
          ...extra,
          ...(body.kind === "json" ? { "content-type": "application/json" } : {}),
        },
        ...(body.kind === "json" ? { body: JSON.stringify(body.value) } : {}),
      });
      const contentType = response.headers.get("content-type") ?? "";
      const text = await response.text();
      let parsed = text;
      if (/json/i.test(contentType)) {
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
      }
      results.push({
        operation: operation.operationId,
        method,
        path,
        status: response.status,
        contentType,
        body: parsed,
      });
    }
  }
  return results;
}

/** The operations that were called (not skipped). */
export function answered(results) {
  return results.filter((r) => !r.skipped);
}
