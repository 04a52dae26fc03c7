import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { attachContext, type CallContext, contextOf } from "../src/call-context.ts";
import { json, type TestPaths, withContext } from "./helpers.ts";

describe("call context", () => {
  it("is empty for a request nobody attached a context to", () => {
    expect(contextOf(new Request("https://api.example.test/"))).toEqual({});
  });

  it("is attached by the middleware to the very Request that reaches fetch", async () => {
    const context: CallContext = {
      operation: "listItems",
      idempotency: "idempotent",
      maxRetries: 1,
      timeoutMs: 5,
    };
    const seen: CallContext[] = [];
    const client = createClient<TestPaths>({
      baseUrl: "https://api.example.test",
      fetch: async (request: Request) => {
        seen.push(contextOf(request));
        return json([]);
      },
    });
    await client.GET("/items", { middleware: [attachContext(context)] });
    await client.GET("/items");
    expect(seen).toEqual([context, {}]);
    expect(seen[0]).toBe(context);
  });

  it("belongs to one request only", () => {
    const a = withContext(new Request("https://api.example.test/a"), { operation: "a" });
    const b = withContext(new Request("https://api.example.test/b"), { operation: "b" });
    expect(contextOf(a).operation).toBe("a");
    expect(contextOf(b).operation).toBe("b");
    expect(contextOf(a.clone())).toEqual({});
  });

  it("leaves the request itself unchanged", async () => {
    const middleware = attachContext({ operation: "x" });
    const request = new Request("https://api.example.test/");
    const result = await middleware.onRequest?.({ request } as Parameters<
      NonNullable<typeof middleware.onRequest>
    >[0]);
    expect(result).toBeUndefined();
  });
});
