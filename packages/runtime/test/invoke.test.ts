import { inspect } from "node:util";
import createClient from "openapi-fetch";
import { describe, expect, it, vi } from "vitest";
import { contextOf } from "../src/call-context.ts";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  ResponseParseError,
  ServiceUnavailableError,
} from "../src/errors.ts";
import {
  type ErrorDescriber,
  errorFromResponse,
  excerpt,
  type InvokeOptions,
  invoke,
} from "../src/invoke.ts";
import { type AttemptEvent, createTransport } from "../src/transport.ts";
import { fakeFetch, json, networkError, type Step, silentLogger, type TestPaths } from "./helpers.ts";

const KEY = "ecgrid-secret-key-123";

interface ErrorBody {
  message?: string;
  detail?: string;
  traceId?: string;
  errorInfo?: unknown;
}

const describeError: ErrorDescriber = (status, body) => {
  const b = body as ErrorBody;
  return {
    message: b.message ?? `HTTP ${status}`,
    detail: b.detail,
    traceId: b.traceId,
    errorInfo: b.errorInfo,
  };
};

function setup(...steps: Step[]) {
  const fake = fakeFetch(...steps);
  const events: AttemptEvent[] = [];
  const client = createClient<TestPaths>({
    baseUrl: "https://api.example.test",
    fetch: createTransport({
      fetch: fake.fetch,
      logger: silentLogger,
      retry: { random: () => 0 },
      onAttempt: (e) => events.push(e),
    }),
  });
  const options: InvokeOptions = { operation: "listItems", describeError, secrets: () => [KEY] };
  const list = (extra: Partial<InvokeOptions> = {}) =>
    invoke((init) => client.GET("/items", { ...init }), { ...options, ...extra });
  return { fake, events, client, list };
}

const text = (body: string, status: number, headers: Record<string, string> = {}, statusText = "") =>
  new Response(body, { status, statusText, headers });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("invoke", () => {
  it("returns the parsed data and the response of a success", async () => {
    const { list } = setup(json([{ id: 1, name: "a" }], 200, { "x-trace-id": "t1" }));
    const { data, response } = await list();
    expect(data).toEqual([{ id: 1, name: "a" }]);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-trace-id")).toBe("t1");
  });

  it("returns undefined data for a 204", async () => {
    const { list } = setup(new Response(null, { status: 204 }));
    const { data, response } = await list();
    expect(data).toBeUndefined();
    expect(response.status).toBe(204);
  });

  it("hands the call context to the transport and the signal to openapi-fetch", async () => {
    const controller = new AbortController();
    const run = vi.fn((init: { middleware: unknown[]; signal?: AbortSignal }) => {
      expect(init.signal).toBe(controller.signal);
      expect(init.middleware).toHaveLength(2);
      return Promise.resolve({ data: 1, response: new Response("1") });
    });
    await invoke(run, { describeError, signal: controller.signal });
    expect(run).toHaveBeenCalledTimes(1);

    const { list, events, fake } = setup(json([]));
    await list({ operation: "listItems", maxRetries: 0, headers: { "X-Call": "yes" } });
    expect(events[0]?.operation).toBe("listItems");
    expect(fake.calls[0]?.headers.get("x-call")).toBe("yes");
    expect(contextOf(fake.calls[0]?.request as Request)).toEqual({});
  });

  it("leaves the signal out of the init when the call has none", async () => {
    const run = vi.fn((init: { signal?: AbortSignal }) => {
      expect("signal" in init).toBe(false);
      return Promise.resolve({ data: 1, response: new Response("1") });
    });
    await invoke(run, { describeError });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("turns a JSON error body into the typed error with every field", async () => {
    const { list } = setup(
      json(
        { message: "Mailbox not found", detail: "no mailbox 12", traceId: "tr-9", errorInfo: { code: 7 } },
        404,
        {
          "x-request": "r1",
        },
      ),
    );
    const error = await failure(list());
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.operation).toBe("listItems");
    expect(error.message).toBe("listItems: 404 Mailbox not found — no mailbox 12 (traceId tr-9)");
    expect(error.detail).toBe("no mailbox 12");
    expect(error.traceId).toBe("tr-9");
    expect(error.errorInfo).toEqual({ code: 7 });
    expect(error.headers?.get("x-request")).toBe("r1");
    expect(error.body).toMatchObject({ message: "Mailbox not found" });
  });

  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [503, ServiceUnavailableError],
  ] as const)("maps a %i to its error class", async (code, Ctor) => {
    const { list } = setup(json({ message: "nope" }, code));
    const error = await failure(list({ maxRetries: 0 }));
    expect(error).toBeInstanceOf(Ctor);
    expect(error.status).toBe(code);
  });

  it("explains an HTML error page with its status and a short one-line excerpt", async () => {
    const page = `<!DOCTYPE html>\n<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>${"x".repeat(500)}</body></html>`;
    const { list } = setup(text(page, 502, { "content-type": "text/html" }, "Bad Gateway"));
    const error = await failure(list({ maxRetries: 0 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.message).toMatch(
      /^listItems: 502 Bad Gateway \(the server sent an HTML page: <!DOCTYPE html> <html> <head><title>502 Bad Gateway<\/title>/,
    );
    const quoted = /: (<!DOCTYPE.*)\)$/.exec(error.message)?.[1] ?? "";
    expect(quoted).toHaveLength(201);
    expect(quoted.endsWith("…")).toBe(true);
    expect(error.message).not.toContain("\n");
  });

  it("explains a non-JSON error body and an empty one", async () => {
    const { list } = setup(
      text("upstream exploded", 500),
      text("", 500),
      new Response(null, { status: 500 }),
    );
    expect((await failure(list({ maxRetries: 0 }))).message).toBe(
      "listItems: 500 error (the server sent a non-JSON body: upstream exploded)",
    );
    expect((await failure(list({ maxRetries: 0 }))).message).toBe(
      "listItems: 500 error (the server sent an empty body)",
    );
    expect((await failure(list({ maxRetries: 0 }))).message).toBe(
      "listItems: 500 error (the server sent an empty body)",
    );
  });

  it("raises ResponseParseError with status and excerpt for malformed JSON on a 2xx", async () => {
    const truncated = '[{"id": 1, "name": "a"}, {"id": 2, "na';
    const { list } = setup(
      text(truncated, 200, { "content-type": "application/json" }),
      text(truncated, 200, {
        "content-type": "application/json",
        "content-length": String(truncated.length),
      }),
    );
    for (let i = 0; i < 2; i++) {
      const error = await failure(list());
      expect(error).toBeInstanceOf(ResponseParseError);
      expect(error.status).toBe(200);
      expect(error.operation).toBe("listItems");
      expect(error.message).toBe(`listItems: 200 the response is not valid JSON: ${truncated}`);
      expect(error.body).toBe(truncated);
    }
  });

  it("raises ResponseParseError for an HTML page sent with 200", async () => {
    const { list } = setup(
      text("<html><body>Maintenance</body></html>", 200, { "content-type": "text/html" }),
    );
    const error = await failure(list());
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error.message).toContain("<html><body>Maintenance</body></html>");
  });

  it("scrubs credentials from excerpts and described messages", async () => {
    const { list } = setup(
      text(`<html>invalid key ${KEY}</html>`, 401, {}, "Unauthorized"),
      text(`{"echo": "${KEY}", "broken`, 200),
      json({ message: `key ${KEY} rejected`, detail: `header X-API-Key: ${KEY}` }, 403),
    );
    const errors = [await failure(list()), await failure(list()), await failure(list())];
    for (const error of errors) {
      expect(error.message).toContain("***");
      expect(error.message).not.toContain(KEY);
      expect(error.detail ?? "").not.toContain(KEY);
    }
  });

  it("never shows a credential the server echoed when the error is printed", async () => {
    const { list } = setup(
      text(`<html>invalid key ${KEY}</html>`, 401, {}, "Unauthorized"),
      text(`{"echo": "${KEY}", "broken`, 200),
      json({ message: `key ${KEY} rejected`, errorInfo: { sent: KEY } }, 403),
    );
    for (let i = 0; i < 3; i++) {
      const error = await failure(list());
      expect(String(error)).not.toContain(KEY);
      expect(JSON.stringify(error)).not.toContain(KEY);
      expect(inspect(error, { depth: 10 })).not.toContain(KEY);
    }
  });

  it("lets the transport's own errors through unchanged", async () => {
    const { list } = setup(networkError("ECONNRESET"));
    const error = await list({ maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).operation).toBe("listItems");
  });

  it("does not copy a binary download to keep for error excerpts", async () => {
    const bytes = new Uint8Array(1024).fill(7);
    const { client } = setup(
      new Response(bytes, { status: 200, headers: { "content-type": "application/octet-stream" } }),
    );
    const clone = vi.spyOn(Response.prototype, "clone");
    try {
      const { data } = await invoke((init) => client.GET("/items", { ...init, parseAs: "arrayBuffer" }), {
        operation: "download",
        describeError,
      });
      expect(new Uint8Array(data as ArrayBuffer)).toEqual(bytes);
      expect(clone).not.toHaveBeenCalled();
    } finally {
      clone.mockRestore();
    }
  });

  it("rethrows any other failure as is", async () => {
    const boom = new TypeError("fetch failed");
    const client = createClient<TestPaths>({
      baseUrl: "https://api.example.test",
      fetch: fakeFetch(boom).fetch,
    });
    await expect(invoke((init) => client.GET("/items", { ...init }), { describeError })).rejects.toBe(boom);
    const syntax = new SyntaxError("thrown before any response");
    await expect(invoke(() => Promise.reject(syntax), { describeError })).rejects.toBe(syntax);
  });
});

describe("errorFromResponse", () => {
  it("uses the describer for parsed bodies and works without secrets", () => {
    const error = errorFromResponse(
      new Response(null, { status: 409 }),
      { message: "duplicate" },
      { describeError },
    );
    expect(error.message).toBe("409 duplicate");
    expect(error.operation).toBeUndefined();
  });

  it("keeps a null detail from the describer", () => {
    const error = errorFromResponse(
      new Response(null, { status: 422 }),
      {},
      {
        describeError: () => ({ message: "invalid", detail: null }),
      },
    );
    expect(error.detail).toBeNull();
    expect(error.message).toBe("422 invalid");
  });
});

describe("excerpt", () => {
  it("flattens whitespace and trims", () => {
    expect(excerpt("  a\n\n b\t c  ")).toBe("a b c");
  });

  it("cuts long text with an ellipsis", () => {
    expect(excerpt("abcdefghij", 4)).toBe("abcd…");
    expect(excerpt("abcd", 4)).toBe("abcd");
    expect(excerpt("x".repeat(300))).toBe(`${"x".repeat(200)}…`);
  });
});
