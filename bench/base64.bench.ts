// Parcel upload/download encode and decode in JS (no Buffer) so the client runs outside Node:
// 1 MiB must stay in the low milliseconds.
import { bench, describe } from "vitest";
import { base64ToBytes, bytesToBase64 } from "../packages/ecgrid/src/core/base64.ts";

const oneMiB = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) & 0xff);
const encoded = bytesToBase64(oneMiB);

describe("Base64 of a 1 MiB parcel", () => {
  bench("encode (bytesToBase64)", () => {
    bytesToBase64(oneMiB);
  });
  bench("decode (base64ToBytes)", () => {
    base64ToBytes(encoded);
  });
  bench("Node Buffer, for comparison", () => {
    Buffer.from(Buffer.from(oneMiB).toString("base64"), "base64");
  });
});
