// Base64 for parcel contents in any runtime: the native encoder when the runtime has one
// (Uint8Array.prototype.toBase64, or Node/Bun's Buffer), else btoa/atob, which every fetch runtime has.
// Chunking keeps String.fromCharCode's argument list small.
const CHUNK = 0x8000;

interface NativeBase64 {
  toBase64?: () => string;
}
interface BufferLike {
  from(
    data: ArrayBufferLike | string,
    offsetOrEncoding?: number | string,
    length?: number,
  ): {
    toString(encoding: string): string;
    buffer: ArrayBufferLike;
    byteOffset: number;
    byteLength: number;
  };
}
const NodeBuffer = (globalThis as { Buffer?: BufferLike }).Buffer;
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (typeof native === "function") return native.call(bytes);
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strict Base64 (whitespace ignored); throws on anything else. */
export function base64ToBytes(base64: string): Uint8Array {
  const clean = base64.replace(/\s+/g, "");
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) throw new SyntaxError("not valid Base64");
  if (typeof fromBase64 === "function") return fromBase64(clean);
  if (NodeBuffer) {
    const decoded = NodeBuffer.from(clean, "base64");
    return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
  }
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
