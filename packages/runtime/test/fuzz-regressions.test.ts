// Counterexamples the response-handling fuzz tests (ecgrid/as2-gateway test/fuzz.test.ts, issue 14
// item 3) found, kept as fixed examples: each failed before its fix.
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { ResponseParseError } from "../src/errors.ts";
import { type InvokeOptions, invoke } from "../src/invoke.ts";
import { createTransport } from "../src/transport.ts";
import { silentLogger, type TestPaths } from "./helpers.ts";

const options: InvokeOptions = {
  operation: "listItems",
  describeError: (status) => ({ message: `HTTP ${status}` }),
  secrets: () => [],
};

function list(response: () => Response) {
  const client = createClient<TestPaths>({
    baseUrl: "https://api.example.test",
    fetch: createTransport({ fetch: async () => response(), logger: silentLogger }),
  });
  return invoke((init) => client.GET("/items", { ...init }), options);
}

describe("fuzz counterexamples (runtime invoke)", () => {
  // ECGrid fuzz, seed 402071024 and others: `[{status: 200, headers: {"content-type": "garbage"},
  // body: bytes("\u0000")}]` — openapi-fetch parses JSON whatever the type says, and invoke only
  // kept textual answers, so the SyntaxError reached the caller raw.
  for (const contentType of ["garbage", ";;;", "application/zip", "multipart/form-data; boundary=x"]) {
    it(`a 200 that is not JSON under Content-Type ${JSON.stringify(contentType)} is a ResponseParseError`, async () => {
      const error = await list(
        () => new Response(new Uint8Array([0]), { status: 200, headers: { "content-type": contentType } }),
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as ResponseParseError).status).toBe(200);
      expect((error as ResponseParseError).operation).toBe("listItems");
      expect((error as ResponseParseError).headers?.get("content-type")).toBe(contentType);
    });
  }

  it("still quotes a textual answer that is not JSON", async () => {
    const error = await list(
      () => new Response("<html>oops</html>", { status: 200, headers: { "content-type": "text/html" } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain("<html>oops</html>");
  });
});
