// Base64 for parcel contents in any runtime: the native encoder/decoder when the runtime has one
// (Uint8Array.prototype.toBase64 / Uint8Array.fromBase64, or Node/Bun's Buffer), else btoa/atob,
// which every fetch runtime has. Chunking keeps String.fromCharCode's argument list small.
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
const fromBase64 = (
  Uint8Array as unknown as {
    fromBase64?: (s: string, options?: { lastChunkHandling?: "strict" }) => Uint8Array;
  }
).fromBase64;

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

/**
 * Decodes strict Base64 (whitespace ignored); throws on anything else. A parcel can be tens of
 * megabytes, so the common case — one unbroken line — is decoded natively and checked in passes
 * that do not copy the text; anything else (line breaks, suspicious characters) takes the exact
 * path: whitespace stripped, the alphabet and padding checked, then decoded.
 */
export function base64ToBytes(base64: string): Uint8Array {
  const fast = decodeUnbroken(base64);
  if (fast) return fast;
  const clean = base64.replace(/\s+/g, "");
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) throw new SyntaxError("not valid Base64");
  if (typeof fromBase64 === "function") return fromBase64(clean);
  if (NodeBuffer) return fromBuffer(NodeBuffer, clean);
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The bytes of canonical, unbroken Base64 decoded natively, or undefined when the text is not
 * that (the exact path then decides). Node's decoder is lenient — it skips characters outside the
 * alphabet, stops at `=`, and reads the URL-safe `-`/`_` too — so the result is accepted only when
 * it has exactly the length the text promises and the text has neither `-` nor `_`.
 */
function decodeUnbroken(base64: string): Uint8Array | undefined {
  const length = base64.length;
  if (length % 4 !== 0) return undefined;
  if (typeof fromBase64 === "function") {
    try {
      return fromBase64(base64, { lastChunkHandling: "strict" });
    } catch {
      return undefined;
    }
  }
  if (!NodeBuffer || base64.indexOf("-") !== -1 || base64.indexOf("_") !== -1) return undefined;
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  const bytes = fromBuffer(NodeBuffer, base64);
  return bytes.byteLength === (length / 4) * 3 - padding ? bytes : undefined;
}

function fromBuffer(buffer: BufferLike, base64: string): Uint8Array {
  const decoded = buffer.from(base64, "base64");
  return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength);
}
