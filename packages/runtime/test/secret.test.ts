import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  redactHeaders,
  SENSITIVE_HEADERS,
  Secret,
  scrub,
  scrubValue,
  withCallSecrets,
} from "../src/secret.ts";

const KEY = "sk_live_0123456789abcdef";

describe("Secret", () => {
  const secret = new Secret(KEY);

  it("reveals the value only through reveal()", () => {
    expect(secret.reveal()).toBe(KEY);
  });

  it("prints as *** in String(), template literals and concatenation", () => {
    expect(String(secret)).toBe("***");
    expect(`${secret}`).toBe("***");
    expect(`key=${secret}`).not.toContain(KEY);
  });

  it("serialises as *** with JSON.stringify, also when nested", () => {
    expect(JSON.stringify(secret)).toBe('"***"');
    const text = JSON.stringify({ auth: { key: secret }, list: [secret] });
    expect(text).not.toContain(KEY);
    expect(JSON.parse(text)).toEqual({ auth: { key: "***" }, list: ["***"] });
  });

  it("shows as Secret(***) in util.inspect, also nested and with showHidden", () => {
    expect(inspect(secret)).toBe("Secret(***)");
    expect(inspect({ deep: { er: { secret } } }, { depth: 10, showHidden: true })).not.toContain(KEY);
    expect(inspect([secret], { showHidden: true })).toContain("Secret(***)");
  });

  it("has no enumerable property holding the value", () => {
    expect(Object.keys(secret)).toEqual([]);
    expect(Object.values(secret)).not.toContain(KEY);
  });
});

describe("redactHeaders", () => {
  it("replaces every credential header of a Headers object, whatever its case", () => {
    const headers = new Headers({
      Authorization: "Bearer abc",
      "X-API-Key": KEY,
      "Proxy-Authorization": "Basic xyz",
      "api-key": "k",
      Cookie: "session=1",
      "Content-Type": "application/json",
    });
    expect(redactHeaders(headers)).toEqual({
      authorization: "***",
      "x-api-key": "***",
      "proxy-authorization": "***",
      "api-key": "***",
      cookie: "***",
      "content-type": "application/json",
    });
  });

  it("keeps the names of a plain record and compares them case-insensitively", () => {
    expect(redactHeaders({ "X-Api-Key": KEY, "Set-Cookie": "a=b", Accept: "application/json" })).toEqual({
      "X-Api-Key": "***",
      "Set-Cookie": "***",
      Accept: "application/json",
    });
  });

  it("does not modify its input", () => {
    const headers = new Headers({ authorization: "Bearer abc" });
    redactHeaders(headers);
    expect(headers.get("authorization")).toBe("Bearer abc");
  });

  it("knows the usual credential headers", () => {
    for (const name of [
      "authorization",
      "proxy-authorization",
      "x-api-key",
      "api-key",
      "cookie",
      "set-cookie",
    ]) {
      expect(SENSITIVE_HEADERS.has(name)).toBe(true);
    }
    expect(SENSITIVE_HEADERS.has("content-type")).toBe(false);
  });
});

describe("scrub", () => {
  it("removes every occurrence of every secret", () => {
    expect(scrub(`a ${KEY} b ${KEY} c refresh-9876`, [KEY, "refresh-9876"])).toBe("a *** b *** c ***");
  });

  it("ignores undefined, empty and very short secrets (which would shred ordinary text)", () => {
    expect(scrub("abc status 401", [undefined, "", "abc", "401"])).toBe("abc status 401");
    expect(scrub("token abcd", ["abcd"])).toBe("token ***");
  });

  it("returns the text unchanged when there is no secret", () => {
    expect(scrub("nothing to hide", [])).toBe("nothing to hide");
  });

  it("accepts any iterable", () => {
    expect(scrub(`x ${KEY}`, new Set([KEY]))).toBe("x ***");
  });
});

describe("redactHeaders with secrets", () => {
  it("also scrubs the secrets from every other header value", () => {
    const headers = new Headers({ location: `https://x.test/?key=${KEY}`, "x-api-key": KEY, etag: "1" });
    expect(redactHeaders(headers, [KEY])).toEqual({
      etag: "1",
      location: "https://x.test/?key=***",
      "x-api-key": "***",
    });
  });
});

describe("scrubValue", () => {
  it("scrubs strings anywhere in a JSON-like value, keys included, without modifying it", () => {
    const value = { a: KEY, list: [1, `x ${KEY}`, null, { deep: KEY }], [KEY]: true };
    const copy = structuredClone(value);
    expect(scrubValue(value, [KEY])).toEqual({
      a: "***",
      list: [1, "x ***", null, { deep: "***" }],
      "***": true,
    });
    expect(value).toEqual(copy);
    expect(scrubValue(`token ${KEY}`, [KEY])).toBe("token ***");
  });

  it("returns the value itself when there is no secret", () => {
    const value = { a: 1 };
    expect(scrubValue(value, [])).toBe(value);
    expect(scrubValue(value, [undefined, ""])).toBe(value);
  });
});

describe("withCallSecrets", () => {
  it("adds one call's own string values to the client's secrets, read when asked", () => {
    let held = ["token-1"];
    const secrets = withCallSecrets(() => held, ["new-password-1", undefined, "", 42]);
    held = ["token-2"];
    expect(secrets()).toEqual(["token-2", "new-password-1"]);
  });

  it("is the client's own function when the call brings none", () => {
    const client = () => ["token-1"];
    expect(withCallSecrets(client)).toBe(client);
    expect(withCallSecrets(client, [undefined])).toBe(client);
  });
});
