// The HTTP→HTTPS 307 redirect through the client (the guard itself, shared with ECGrid, is tested
// in the runtime): the re-send mechanics with two local servers, A (plays the plain-HTTP endpoint)
// and B (plays the HTTPS one). A test server cannot answer the same host on http and https, so those
// tests give createRedirectFetch a test-only policy trusting exactly A → B (`policy` is internal:
// not reachable from As2GatewayOptions) and hand it to the client as its fetch.
import { createRedirectFetch } from "@edi-clients/runtime";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { As2Gateway, RedirectError } from "../src/index.js";
import {
  fakeClient,
  json,
  message,
  type RecordedRequest,
  sendJson,
  silentLogger,
  startServer,
  type TestServer,
} from "./helpers.js";

const ID = "<1049338276.58.1718102712345@as2gateway.com>";
const ENCODED = "%3C1049338276.58.1718102712345%40as2gateway.com%3E";

describe("307 redirects between two local servers", () => {
  let a: TestServer;
  let b: TestServer;
  let evil: TestServer;
  let client: As2Gateway;

  beforeAll(async () => {
    b = await startServer((req, res) => {
      if (req.method === "POST") {
        sendJson(res, { message: "Successfully added a new outbound entry" }, 202, {
          link: `https://api.as2gateway.com/v1/message/sent/${ID}`,
        });
      } else {
        sendJson(res, message({ as2MessageId: ID }));
      }
    });
    // A answers everything with a redirect to the same path on B.
    a = await startServer((req, res) => {
      res.writeHead(307, { location: `${b.url}${req.url}` });
      res.end("moved");
    });
    evil = await startServer((req, res) => {
      res.writeHead(307, { location: `http://evil.invalid${req.url}` });
      res.end();
    });
    client = new As2Gateway({
      baseUrl: a.url,
      token: "tok-secret-123",
      logger: silentLogger,
      reconcile: false,
      fetch: createRedirectFetch({
        fetch: (request) => globalThis.fetch(request),
        policy: (from, to) => from.origin === a.url && to.origin === b.url,
      }),
    });
  });

  afterAll(async () => {
    await client.close();
    await Promise.all([a.close(), b.close(), evil.close()]);
  });

  it("re-sends a raw upload with the same method, headers (Authorization too) and body", async () => {
    const bytes = new Uint8Array([0x49, 0x53, 0x41, 0x00, 0xff, 0x7e]);
    const result = await client.messages.send({
      stationId: "ACME",
      partnerId: "GLOBEX",
      file: {
        name: "po.edi",
        content: new ReadableStream({
          start(c) {
            c.enqueue(bytes);
            c.close();
          },
        }),
      },
    });
    expect(result.as2MessageId).toBe(ID);
    const [first, second] = [a.received.at(-1), b.received.at(-1)];
    for (const req of [first, second]) {
      expect(req?.method).toBe("POST");
      expect(req?.url).toBe("/v1/message/ACME/GLOBEX");
      expect(req?.headers.authorization).toBe("tok-secret-123");
      expect(req?.headers.name).toBe("po.edi");
      expect(req?.headers["content-type"]).toBe("application/edi-x12");
      expect(req?.headers["content-length"]).toBe(String(bytes.length));
      expect(new Uint8Array(req?.body ?? [])).toEqual(bytes);
    }
  });

  it("re-sends a multipart body byte for byte, boundary included", async () => {
    await client.messages.send({
      stationId: "ACME",
      partnerId: "GLOBEX",
      files: [
        { name: "a.txt", content: "one" },
        { name: "b.xml", content: "<two/>" },
      ],
    });
    const [first, second] = [a.received.at(-1), b.received.at(-1)];
    expect(second?.headers["content-type"]).toBe(first?.headers["content-type"]);
    expect(second?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(second?.body.equals(first?.body ?? Buffer.alloc(0))).toBe(true);
    expect(second?.body.toString()).toContain('name="file"; filename="b.xml"');
  });

  it("follows a GET and keeps the percent-encoded message ID in the path", async () => {
    const sent = await client.sent.get(ID);
    expect(sent.as2MessageId).toBe(ID);
    expect(b.received.at(-1)?.url).toBe(`/v1/message/sent/${ENCODED}`);
    expect(b.received.at(-1)?.headers.authorization).toBe("tok-secret-123");
  });

  it("refuses a redirect to another host with RedirectError, sending the message only once", async () => {
    const strict = new As2Gateway({
      baseUrl: evil.url,
      token: "tok-secret-123",
      logger: silentLogger,
      reconcile: false,
    });
    const before = evil.received.length;
    const error = await strict.messages
      .send({ stationId: "ACME", partnerId: "GLOBEX", file: { name: "a.edi", content: "ISA" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).message).toMatch(
      /^sendMessage: refusing to follow a 307 redirect from http:\/\/127\.0\.0\.1:\d+ to http:\/\/evil\.invalid/,
    );
    expect((error as RedirectError).location).toMatch(/^http:\/\/evil\.invalid\/v1\/message\/ACME\/GLOBEX$/);
    expect((error as RedirectError).message).not.toContain("tok-secret-123");
    expect(evil.received.length - before).toBe(1);
    await strict.close();
  });

  it("refuses the same redirect for reads too (the default policy is strict)", async () => {
    const strict = new As2Gateway({
      baseUrl: evil.url,
      token: "t0k3n-xyz",
      logger: silentLogger,
      maxRetries: 0,
    });
    await expect(strict.partners.list()).rejects.toBeInstanceOf(RedirectError);
    await strict.close();
  });
});

describe("the client's own redirect handling (default policy, fake network)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** http://as2.test answers 307 to the same URL on https; https answers normally. */
  const upgrade = (request: RecordedRequest) =>
    request.url.protocol === "http:"
      ? new Response("moved", {
          status: 307,
          headers: { location: request.url.href.replace("http:", "https:") },
        })
      : json({ message: "Successfully added a new outbound entry" }, 202, {
          link: `https://as2.test/v1/message/sent/${ID}`,
        });

  it("follows http→https on the same host and re-sends method, Authorization and body", async () => {
    const { client, calls } = fakeClient(upgrade, {
      baseUrl: "http://as2.test",
      allowInsecureHttp: true,
      token: "tok-abc",
    });
    const result = await client.messages.send({
      stationId: "ACME",
      partnerId: "GLOBEX",
      file: { name: "po.edi", content: "ISA*00~" },
      subject: "s",
    });
    expect(result.as2MessageId).toBe(ID);
    expect(calls.map((c) => `${c.method} ${c.url.href} ${c.headers.get("authorization")} ${c.text}`)).toEqual(
      [
        "POST http://as2.test/v1/message/ACME/GLOBEX?subject=s tok-abc ISA*00~",
        "POST https://as2.test/v1/message/ACME/GLOBEX?subject=s tok-abc ISA*00~",
      ],
    );
    expect(calls[1]?.headers.get("name")).toBe("po.edi");
  });

  it("counts the extra hop against the 50 / 10 s budget", async () => {
    vi.useFakeTimers();
    const { client, calls, settled } = fakeClient(upgrade, {
      baseUrl: "http://as2.test",
      allowInsecureHttp: true,
      throttle: { limit: 3, windowMs: 10_000 },
    });
    const send = () =>
      client.messages.send({ stationId: "A", partnerId: "B", file: { name: "a.edi", content: "x" } });
    const both = Promise.all([send(), send()]);
    await vi.advanceTimersByTimeAsync(0);
    await settled();
    await vi.advanceTimersByTimeAsync(1_000);
    // Two sends need four slots (request + hop each): the third slot goes, the fourth waits.
    expect(calls).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls).toHaveLength(4);
    expect((await both).map((r) => r.as2MessageId)).toEqual([ID, ID]);
    vi.useRealTimers();
    await client.close();
  });
});
