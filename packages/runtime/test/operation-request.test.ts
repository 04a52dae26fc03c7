// ClientCore.request builds its Request and reads the answer itself (issue 13) instead of going
// through openapi-fetch's client: both halves must match what openapi-fetch does, case by case.
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { baseUrlOf, type OperationCall, operationRequest, parseAnswer } from "../src/operation-request.ts";
import { PreparedRequest } from "../src/prepared-request.ts";
import { TransportRequest } from "../src/transport.ts";

const BASE = "https://api.example/root/";

/** The Request openapi-fetch builds for the same call (its client as ClientCore creates it). */
async function viaOpenapiFetch(method: string, path: string, call: OperationCall): Promise<Request> {
  let seen: Request | undefined;
  const client = createClient({
    baseUrl: BASE,
    Request: TransportRequest,
    fetch: async (request: Request) => {
      seen = request;
      return new Response(null, { status: 204 });
    },
  });
  // biome-ignore lint/suspicious/noExplicitAny: any method, any path
  await (client as any)[method](path, call);
  return seen as Request;
}

async function shape(request: Request) {
  return {
    url: request.url,
    method: request.method,
    redirect: request.redirect,
    headers: [...request.headers],
    body: request.body === null ? null : await request.text(),
  };
}

const form = () => {
  const data = new FormData();
  data.append("file", new Blob(["ISA*00*"], { type: "application/edi-x12" }), "a.edi");
  return data;
};

const CASES: [string, string, string, () => OperationCall][] = [
  ["no parameters", "GET", "/v1/station", () => ({})],
  ["a path parameter", "GET", "/v2/networks/{id}", () => ({ params: { path: { id: 7 } } })],
  ["an encoded path parameter", "GET", "/v2/x/{name}", () => ({ params: { path: { name: "a b/c?é" } } })],
  ["a missing path parameter", "GET", "/v2/x/{name}", () => ({ params: { path: {} } })],
  [
    "query: primitives, arrays, objects, nulls",
    "GET",
    "/v1/message",
    () => ({
      params: { query: { a: 1, b: "x y", c: [1, 2], d: { e: "f" }, n: null, u: undefined, empty: [] } },
    }),
  ],
  [
    "query serialiser options",
    "GET",
    "/v1/message",
    () => ({
      params: { query: { c: [1, 2], d: { e: "f" } } },
      querySerializer: { array: { style: "form", explode: false }, object: { style: "form", explode: true } },
    }),
  ],
  [
    "query serialiser function",
    "GET",
    "/v1/message",
    () => ({ params: { query: { a: 1 } }, querySerializer: () => "?custom=1" }),
  ],
  ["a JSON body", "POST", "/v2/networks/list", () => ({ body: { pageNo: 1, recordsPerPage: 25 } })],
  ["a null body", "POST", "/v2/networks/list", () => ({ body: null })],
  ["a string body", "PUT", "/v2/x", () => ({ body: "text" })],
  [
    "header parameters (null removes)",
    "POST",
    "/v2/x/{id}",
    () => ({
      params: { path: { id: 1 }, header: { Name: "a.edi", "X-Gone": null, "X-List": ["1", "2"] } },
      body: { a: 1 },
    }),
  ],
  [
    "headers that replace the Content-Type",
    "POST",
    "/v2/x",
    () => ({ body: "a=1&b=2", headers: { "Content-Type": "text/plain" } }),
  ],
  [
    "a form-urlencoded body (the default serialiser reads the Content-Type)",
    "POST",
    "/v2/x",
    () => ({
      body: { a: "1", b: "x y" },
      params: { header: { "Content-Type": "application/x-www-form-urlencoded" } },
    }),
  ],
  [
    "a raw body with its own serialiser and type",
    "POST",
    "/v1/message/{s}/{p}",
    () => ({
      params: { path: { s: "A", p: "B" }, header: { Name: "a.edi" } },
      body: new Blob(["ISA*00*"]),
      bodySerializer: (body: unknown) => body,
      headers: { "Content-Type": "application/edi-x12" },
    }),
  ],
  [
    "a serialiser that reads the merged headers",
    "POST",
    "/v2/x",
    () => ({
      body: { a: 1 },
      headers: { "X-Mode": "upper" },
      bodySerializer: ((body: unknown, headers: Headers) =>
        `${headers.get("x-mode")}:${JSON.stringify(body)}`) as never,
    }),
  ],
  ["a multipart form (no Content-Type of ours)", "POST", "/v1/message", () => ({ body: form() })],
  ["DELETE without a body", "DELETE", "/v2/x/{id}", () => ({ params: { path: { id: 3 } } })],
];

describe("operationRequest builds the Request openapi-fetch builds", () => {
  for (const [name, method, path, call] of CASES) {
    it(name, async () => {
      const theirs = await shape(await viaOpenapiFetch(method, path, call()));
      const built = operationRequest(baseUrlOf(BASE), method, path, call());
      // Prepared (no Request until sent) unless the body is a form or a Blob: a Request at once.
      const body = call().body;
      if (body instanceof FormData || body instanceof Blob) expect(built).toBeInstanceOf(TransportRequest);
      else expect(built).toBeInstanceOf(PreparedRequest);
      const ours = await shape(built instanceof PreparedRequest ? built.toRequest() : built);
      // Multipart boundaries are random per form: compare the structure, not the boundary.
      const boundary = (s: typeof ours) =>
        /boundary=(\S+)/.exec(s.headers.find(([k]) => k === "content-type")?.[1] ?? "")?.[1];
      const b1 = boundary(theirs);
      const b2 = boundary(ours);
      if (b1 && b2) {
        expect(JSON.stringify(ours).replaceAll(b2, "B")).toBe(JSON.stringify(theirs).replaceAll(b1, "B"));
      } else {
        expect(ours).toEqual(theirs);
      }
    });
  }

  it("a body the serialiser cannot take throws as openapi-fetch does", async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const theirs = await viaOpenapiFetch("POST", "/x", { body: circular }).catch((error: unknown) => error);
    expect(() => operationRequest(baseUrlOf(BASE), "POST", "/x", { body: circular })).toThrow(
      (theirs as Error).constructor as never,
    );
  });
});

const answers: [string, string, () => Response, OperationCall["parseAs"]][] = [
  ["204", "GET", () => new Response(null, { status: 204 }), "json"],
  ["HEAD", "HEAD", () => new Response(null, { status: 200 }), "json"],
  ["Content-Length 0", "GET", () => new Response("", { headers: { "content-length": "0" } }), "json"],
  [
    "Content-Length 0 but chunked",
    "GET",
    () => new Response("", { headers: { "content-length": "0", "transfer-encoding": "chunked" } }),
    "json",
  ],
  ["JSON without a length", "GET", () => new Response('{"a":1}'), "json"],
  [
    "JSON with a length",
    "GET",
    () => new Response('{"a":1}', { headers: { "content-length": "7" } }),
    "json",
  ],
  ["an empty body without a length", "GET", () => new Response(""), "json"],
  ["text", "GET", () => new Response("plain"), "text"],
  ["blob", "GET", () => new Response("bytes"), "blob"],
  ["arrayBuffer", "GET", () => new Response("bytes"), "arrayBuffer"],
  ["an error with a JSON body", "GET", () => new Response('{"message":"no"}', { status: 404 }), "json"],
  ["an error with a text body", "GET", () => new Response("<html>", { status: 502 }), "json"],
  ["an error with no body", "GET", () => new Response(null, { status: 500 }), "json"],
  [
    "an error 204-like empty",
    "GET",
    () => new Response("", { status: 409, headers: { "content-length": "0" } }),
    "json",
  ],
];

async function normalised(result: { data?: unknown; error?: unknown; response: Response }) {
  const value = async (v: unknown) =>
    v instanceof Blob ? `blob:${await v.text()}` : v instanceof ArrayBuffer ? `bytes:${v.byteLength}` : v;
  return {
    hasData: "data" in result,
    hasError: "error" in result,
    data: await value(result.data),
    error: await value(result.error),
  };
}

/** What a parse resolved with (normalised) or the class of what it threw. */
async function outcome(result: Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  try {
    return await normalised(await result);
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

describe("parseAnswer reads an answer as openapi-fetch does", () => {
  for (const [name, method, response, parseAs] of answers) {
    it(name, async () => {
      const client = createClient({ baseUrl: "https://x", fetch: async () => response() });
      // biome-ignore lint/suspicious/noExplicitAny: any method
      const theirs = await outcome((client as any)[method]("/p", { parseAs }));
      const ours = await outcome(parseAnswer(response(), method, parseAs ?? "json"));
      expect(ours).toEqual(theirs);
    });
  }

  it("a stream is handed over unread", async () => {
    const ours = await parseAnswer(new Response("abc"), "GET", "stream");
    expect(await new Response(ours.data as ReadableStream).text()).toBe("abc");
  });

  it("a 2xx body that is not JSON rejects with a SyntaxError, as openapi-fetch's does", async () => {
    const client = createClient({ baseUrl: "https://x", fetch: async () => new Response("{oops") });
    const theirs = await client.GET("/p" as never).catch((error: unknown) => error);
    const ours = await parseAnswer(new Response("{oops"), "GET", "json").catch((error: unknown) => error);
    expect(theirs).toBeInstanceOf(SyntaxError);
    expect(ours).toBeInstanceOf(SyntaxError);
  });
});
