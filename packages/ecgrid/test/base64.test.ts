import { describe, expect, it, vi } from "vitest";

const samples = [
  new Uint8Array(),
  new Uint8Array([0]),
  new Uint8Array([0, 1, 2, 250, 255]),
  new Uint8Array(70_000).map((_, i) => i & 0xff),
];

async function load(withoutBuffer: boolean) {
  vi.resetModules();
  if (withoutBuffer) vi.stubGlobal("Buffer", undefined);
  try {
    return await import("../src/core/base64.js");
  } finally {
    vi.unstubAllGlobals();
  }
}

describe.each([
  ["with Node's Buffer", false],
  ["without Buffer (browser path)", true],
])("base64 %s", (_, withoutBuffer) => {
  it("round-trips bytes and matches Node's encoder", async () => {
    const { bytesToBase64, base64ToBytes } = await load(withoutBuffer);
    for (const bytes of samples) {
      const encoded = bytesToBase64(bytes);
      expect(encoded).toBe(Buffer.from(bytes).toString("base64"));
      expect([...base64ToBytes(encoded)]).toEqual([...bytes]);
    }
    expect([...base64ToBytes("AAEC\n+v8=")]).toEqual([0, 1, 2, 250, 255]);
  });

  it("rejects text that is not Base64", async () => {
    const { base64ToBytes } = await load(withoutBuffer);
    expect(() => base64ToBytes("SVFU4OiogU2VuZGluZyBF...")).toThrow("not valid Base64");
    expect(() => base64ToBytes("abc")).toThrow("not valid Base64");
    // The native decoders are lenient; each of these has the length of valid Base64.
    for (const text of [
      "QUJD*A==",
      "QUJDRA-_",
      "QU=DRA==",
      "QUJD\u00e9A==",
      "=QUJ",
      "QUJDR===",
      "QQ==QQ==",
    ]) {
      expect(() => base64ToBytes(text), text).toThrow("not valid Base64");
    }
  });

  it("accepts what it accepted before: whitespace anywhere, loose last bits, long and wrapped lines", async () => {
    const { base64ToBytes } = await load(withoutBuffer);
    expect([...base64ToBytes(" QUJD\r\nRA==\t")]).toEqual([65, 66, 67, 68]);
    expect([...base64ToBytes("QR==")]).toEqual([65]);
    expect([...base64ToBytes("")]).toEqual([]);
    const big = new Uint8Array(3 * 100_000 + 1).map((_, i) => (i * 7) & 0xff);
    const text = Buffer.from(big).toString("base64");
    expect(Buffer.from(base64ToBytes(text)).equals(big)).toBe(true);
    expect(Buffer.from(base64ToBytes(text.replace(/.{76}/g, "$&\r\n"))).equals(big)).toBe(true);
  });
});
