// The generated types and the spec agree with each other: typed calls through the bare
// openapi-fetch client pass Prism's request validation and get the spec's examples back.
import { describe, expect, inject, it } from "vitest";
import { createAs2GatewayRawClient, RedirectError, ValidationError } from "../src/index.js";

const baseUrl = inject("prismUrls")["as2-gateway"] as string;
const messageId = "<1049338276.58.1718102712345@as2gateway.com>";

describe("AS2 Gateway raw client against Prism", () => {
  it("authorizes without a token and gets a token with its expiry", async () => {
    const client = createAs2GatewayRawClient({ baseUrl });
    const { data, error, response } = await client.POST("/v1/authorize", {
      body: { username: "integrations@example.com", password: "pazzword" },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(typeof data?.token).toBe("string");
    expect(data?.expiry).toBeGreaterThan(1_500_000_000_000);
  });

  it("sends the token with no scheme and lists received messages with paging", async () => {
    const client = createAs2GatewayRawClient({ baseUrl, token: "tok-123" });
    const { data, response } = await client.GET("/v1/message/received", {
      params: { query: { pageOffset: 0, pageLength: 10, unreadOnly: true } },
    });
    expect(response.status).toBe(200);
    expect(data?.totalRecords).toBeGreaterThanOrEqual(data?.records.length ?? 0);
    expect(data?.records[0]?.as2MessageId).toMatch(/^<.+@.+>$/);
  });

  it("carries an AS2 message ID with <, > and @ safely in the path", async () => {
    const client = createAs2GatewayRawClient({ baseUrl, token: "tok-123" });
    const { data, response } = await client.GET("/v1/message/sent/{as2MessageId}", {
      params: { path: { as2MessageId: messageId } },
    });
    expect(response.url).toContain("/v1/message/sent/%3C1049338276.58.1718102712345%40as2gateway.com%3E");
    expect(response.status).toBe(200);
    expect(data?.as2MessageId).toBeDefined();
  });

  it("is rejected by Prism when a request breaks the spec (pageLength > 100)", async () => {
    const client = createAs2GatewayRawClient({ baseUrl, token: "tok-123" });
    const { error, response } = await client.GET("/v1/message/received", {
      params: { query: { pageLength: 101 } },
    });
    expect(response.status).toBe(422);
    expect(JSON.stringify(error)).toMatch(/pagelength must be <= 100/i);
  });

  it("is refused without a token", async () => {
    const client = createAs2GatewayRawClient({ baseUrl });
    const { response } = await client.GET("/v1/partner");
    expect(response.status).toBe(401);
  });

  it("refuses a plain http base URL on another host unless allowInsecureHttp", () => {
    expect(() => createAs2GatewayRawClient({ baseUrl: "http://as2.example.com", token: "t" })).toThrow(
      ValidationError,
    );
    expect(() =>
      createAs2GatewayRawClient({ baseUrl: "http://as2.example.com", allowInsecureHttp: true }),
    ).not.toThrow();
  });

  it("does not follow a redirect to another origin with the token", async () => {
    const seen: string[] = [];
    const client = createAs2GatewayRawClient({
      baseUrl: "https://api.as2gateway.example",
      token: "tok-123",
      fetch: async (request) => {
        seen.push(`${request.url} ${request.headers.get("authorization")}`);
        return new Response(null, { status: 302, headers: { location: "https://evil.example/steal" } });
      },
    });
    await expect(client.GET("/v1/partner")).rejects.toBeInstanceOf(RedirectError);
    expect(seen).toEqual(["https://api.as2gateway.example/v1/partner tok-123"]);
  });
});
