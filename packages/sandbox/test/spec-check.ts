// A response checker built from the specs themselves (Ajv over each operation's declared responses),
// independent of the clients' generated validators, and a fetch that records every answer a client
// receives: operation (matched by method and spec path), status, media type, headers, body. The
// spec-coverage test runs its tour through clients using this fetch and asserts that every served
// operation had at least one answer checked and that every check passed.
import { readFileSync } from "node:fs";
import type { ValidateFunction } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { schemaCompiler } from "../src/spec.ts";

interface ResponseObject {
  $ref?: string;
  headers?: Record<string, { $ref?: string; required?: boolean }>;
  content?: Record<string, { schema?: unknown }>;
}

interface Spec {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, ResponseObject> }>>;
  components: {
    schemas?: Record<string, unknown>;
    responses?: Record<string, ResponseObject>;
    headers?: Record<string, { required?: boolean }>;
  };
}

/** One answer a client received. */
export interface CheckedAnswer {
  operationId: string | undefined;
  method: string;
  path: string;
  status: number;
  mediaType: string;
  headers: Headers;
  text: string;
}

const local = (ref: string, prefix: string) =>
  ref.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
const isJson = (mediaType: string) => mediaType === "application/json" || mediaType.endsWith("+json");

export class SpecResponses {
  readonly #spec: Spec;
  readonly #compile: (schema: unknown) => ValidateFunction;
  readonly #compiled = new Map<unknown, ValidateFunction>();
  /** [method, spec path as a regex, operationId], the most literal paths first. */
  readonly #routes: [string, RegExp, string][] = [];

  constructor(specFile: string) {
    this.#spec = parse(readFileSync(specFile, "utf8")) as Spec;
    this.#compile = schemaCompiler(this.#spec.components).compile;
    const routes: [string, RegExp, string, number][] = [];
    for (const [path, item] of Object.entries(this.#spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (typeof op !== "object" || !op?.operationId) continue;
        const literal = path.split("/").filter((s) => s && !s.startsWith("{")).length;
        const pattern = new RegExp(`^${path.replace(/\{\w+\}/g, "[^/]+")}$`);
        routes.push([method.toUpperCase(), pattern, op.operationId, literal]);
      }
    }
    routes.sort((a, b) => b[3] - a[3]);
    this.#routes = routes.map(([m, p, o]) => [m, p, o]);
  }

  /** The operation a request was: by method and path (the most literal spec path that matches). */
  operationOf(method: string, path: string): string | undefined {
    return this.#routes.find(([m, p]) => m === method && p.test(path))?.[2];
  }

  /** What is wrong with an answer of `operationId` by the spec: undeclared status or media type,
   * a missing required header, a JSON body its schema refuses. Empty when it conforms. */
  issues(answer: Omit<CheckedAnswer, "method" | "path"> & { operationId: string }): string[] {
    const op = Object.values(this.#spec.paths)
      .flatMap((item) => Object.values(item))
      .find((o) => typeof o === "object" && o?.operationId === answer.operationId);
    if (!op) return [`${answer.operationId} is not in the spec`];
    const responses = op.responses ?? {};
    let declared =
      responses[String(answer.status)] ?? responses[`${String(answer.status)[0]}XX`] ?? responses.default;
    if (!declared) return [`status ${answer.status} is not declared`];
    const ref = declared.$ref && local(declared.$ref, "#/components/responses/");
    if (ref) declared = this.#spec.components.responses?.[ref] ?? {};
    const issues: string[] = [];
    for (const [name, header] of Object.entries(declared.headers ?? {})) {
      const headerRef = header.$ref && local(header.$ref, "#/components/headers/");
      const required = (headerRef ? this.#spec.components.headers?.[headerRef] : header)?.required === true;
      if (required && !answer.headers.has(name)) issues.push(`required header ${name} is missing`);
    }
    const content = declared.content;
    if (!content) return answer.text === "" ? issues : [...issues, "a body where none is declared"];
    const media = content[answer.mediaType];
    if (!media) return [...issues, `media type ${answer.mediaType || "(none)"} is not declared`];
    if (!isJson(answer.mediaType) || media.schema === undefined) return issues;
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      return [...issues, "the body is not JSON"];
    }
    let check = this.#compiled.get(media.schema);
    if (!check) {
      check = this.#compile(media.schema);
      this.#compiled.set(media.schema, check);
    }
    if (!check(body)) {
      for (const e of (check.errors ?? []).slice(0, 5)) issues.push(`${e.instancePath || "/"} ${e.message}`);
    }
    return issues;
  }
}

/** A fetch for the clients' `fetch` option that records each answer into `into`. */
export function recordingFetch(
  spec: SpecResponses,
  into: CheckedAnswer[],
): (request: Request, init?: RequestInit) => Promise<Response> {
  return async (request, init) => {
    const response = await globalThis.fetch(request, init);
    const { pathname } = new URL(request.url);
    into.push({
      operationId: spec.operationOf(request.method, pathname),
      method: request.method,
      path: pathname,
      status: response.status,
      mediaType: (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "",
      headers: response.headers,
      text: await response.clone().text(),
    });
    return response;
  };
}

/** The served operationIds with no checked answer. */
export function uncovered(served: readonly (readonly [string, string, string])[], answers: CheckedAnswer[]) {
  const seen = new Set(answers.map((a) => a.operationId));
  return served.map(([, , operationId]) => operationId).filter((id) => !seen.has(id));
}
