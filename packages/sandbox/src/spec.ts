// Request validation against the ECGrid and AS2 Gateway specs (specs/*/openapi.yaml; the package ships
// copies), read when the sandbox starts: the request body schema and the path parameters of each
// operation, compiled with Ajv (JSON Schema 2020-12).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

// ajv-formats is CommonJS: its default export arrives wrapped under some module settings.
type AddFormats = (ajv: Ajv2020) => unknown;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

/**
 * Where a spec is read from: the copy the build ships in `dist/specs/<name>/openapi.yaml` (what an
 * installed package has; scripts/copy-specs.mjs), else the repository's `specs/<name>/openapi.yaml`
 * (the sources under test: src/ and dist/ sit at the same depth).
 */
export function specFile(name: "ecgrid" | "as2-gateway"): string {
  const shipped = fileURLToPath(new URL(`./specs/${name}/openapi.yaml`, import.meta.url));
  return existsSync(shipped)
    ? shipped
    : fileURLToPath(new URL(`../../../specs/${name}/openapi.yaml`, import.meta.url));
}

/** The ECGrid spec the sandbox validates against. */
export const ECGRID_SPEC_PATH = specFile("ecgrid");

const DOC_ID = "urn:edi-clients-sandbox:ecgrid";

interface OperationObject {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}

/** One issue of a request: where (JSON path) and what the spec expects; never the value sent. */
export interface RequestIssue {
  path: string;
  message: string;
}

export interface OperationValidator {
  operationId: string;
  /** Issues of the parsed JSON body (undefined when the request had none). */
  body(value: unknown): RequestIssue[];
  /** Issues of the path parameters (strings as routed; integers are converted first). */
  params(values: Record<string, string>): { issues: RequestIssue[]; values: Record<string, unknown> };
}

function issuesOf(errors: ErrorObject[] | null | undefined, prefix: string): RequestIssue[] {
  // oneOf/anyOf report every branch; the first few are enough to say what is wrong.
  return (errors ?? []).slice(0, 5).map((e) => ({
    path: `${prefix}${e.instancePath}` || "/",
    message: e.message ?? "is invalid",
  }));
}

/** Rewrites the spec's `#/components/schemas/X` references to the `$defs` of one schema document. */
function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")) {
      out[key] = `${DOC_ID}#/$defs/${value.slice("#/components/schemas/".length)}`;
    } else if (key === "example" || key === "examples") {
      // annotations only: dropped so Ajv never reads them as schemas
    } else {
      out[key] = rewriteRefs(value);
    }
  }
  return out;
}

/** Compiles schemas of an OpenAPI document (its `#/components/schemas` refs resolved) with Ajv
 * (JSON Schema 2020-12, formats checked, OpenAPI's int32/int64/float/double included). */
export function schemaCompiler(components: { schemas?: Record<string, unknown> }) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat("int32", {
    type: "number",
    validate: (x: number) => Number.isInteger(x) && x <= 2147483647 && x >= -2147483648,
  });
  ajv.addFormat("int64", { type: "number", validate: (x: number) => Number.isInteger(x) });
  ajv.addFormat("float", { type: "number", validate: (x: number) => Number.isFinite(x) });
  ajv.addFormat("double", { type: "number", validate: (x: number) => Number.isFinite(x) });
  ajv.addSchema({ $id: DOC_ID, $defs: rewriteRefs(components.schemas ?? {}) as Record<string, unknown> });
  return {
    compile: (schema: unknown): ValidateFunction => ajv.compile(rewriteRefs(schema) as object),
    issuesOf,
  };
}

export class SpecValidators {
  readonly #byRoute = new Map<string, OperationValidator>();

  constructor(specText: string) {
    const spec = parse(specText) as {
      paths: Record<string, Record<string, OperationObject>>;
      components: { schemas: Record<string, unknown>; parameters?: Record<string, unknown> };
    };
    const { compile } = schemaCompiler(spec.components);

    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (typeof op !== "object" || op === null || !op.operationId) continue;
        const operationId = op.operationId;
        const bodySchema = op.requestBody?.content?.["application/json"]?.schema;
        const bodyRequired = op.requestBody?.required === true;
        let bodyCheck: ValidateFunction | undefined;
        const body = (value: unknown): RequestIssue[] => {
          if (value === undefined)
            return bodyRequired ? [{ path: "/", message: "a JSON body is required" }] : [];
          if (!bodySchema) return [];
          bodyCheck ??= compile(bodySchema);
          return bodyCheck(value) ? [] : issuesOf(bodyCheck.errors, "");
        };
        // `$ref: '#/components/parameters/X'` entries (the AS2 Gateway spec) resolve to their definitions.
        const pathParams = (op.parameters ?? [])
          .map((p) => {
            const ref = (p as { $ref?: string }).$ref;
            return ref?.startsWith("#/components/parameters/")
              ? (spec.components.parameters?.[ref.slice("#/components/parameters/".length)] as typeof p)
              : p;
          })
          .filter((p) => p?.in === "path");
        const paramChecks = new Map<string, ValidateFunction>();
        const params = (values: Record<string, string>) => {
          const issues: RequestIssue[] = [];
          const converted: Record<string, unknown> = {};
          for (const p of pathParams) {
            const raw = values[p.name] ?? "";
            const schema = (p.schema ?? {}) as { type?: string };
            const value =
              (schema.type === "integer" || schema.type === "number") && /^-?\d+(\.\d+)?$/.test(raw)
                ? Number(raw)
                : raw;
            let check = paramChecks.get(p.name);
            if (!check) {
              check = compile(p.schema ?? {});
              paramChecks.set(p.name, check);
            }
            if (!check(value)) issues.push(...issuesOf(check.errors, `/path/${p.name}`));
            converted[p.name] = value;
          }
          return { issues, values: converted };
        };
        this.#byRoute.set(`${method.toUpperCase()} ${path}`, { operationId, body, params });
      }
    }
  }

  /** The validator of `method` + spec path (`/v2/parcels/{id}`), undefined when the spec lacks it. */
  get(method: string, path: string): OperationValidator | undefined {
    return this.#byRoute.get(`${method.toUpperCase()} ${path}`);
  }
}

/** The AS2 Gateway spec the sandbox validates against. */
export const AS2_SPEC_PATH = specFile("as2-gateway");

let cachedAs2: SpecValidators | undefined;

/** The validators of the AS2 Gateway spec, built once per process. */
export function as2Validators(): SpecValidators {
  cachedAs2 ??= new SpecValidators(readFileSync(AS2_SPEC_PATH, "utf8"));
  return cachedAs2;
}

let cached: SpecValidators | undefined;

/** The validators of the ECGrid spec, built once per process. */
export function ecgridValidators(): SpecValidators {
  cached ??= new SpecValidators(readFileSync(ECGRID_SPEC_PATH, "utf8"));
  return cached;
}
