// A streaming reader for JSON answers that carry a file as one long Base64 string (issue 13 item 4).
// A parcel download is `{ success, data: { fileName, content: "<base64>", … } }`: read whole, a 50 MB
// parcel is held four times at once — the body bytes, their text, the parsed `content` string and
// the decoded parcel. This reader takes the body chunk by chunk and copies everything into a small
// JSON text except the long string values of the named members, which it decodes into bytes as the
// chunks arrive; each such string becomes a placeholder string in the text. `JSON.parse` of the text
// then gives the answer with the placeholders where the strings were, so every check that reads the
// answer as before still works, and `DecodedBlobs.take(placeholder)` hands over the bytes.
//
// Exactly what the whole-body path accepts, and in the same order: a body that is not JSON (a
// syntax error inside a long string included) leaves a text that JSON.parse rejects; a long string
// that is not Base64 as `base64ToBytes` defines it (whitespace of JavaScript's `\s` ignored, raw or
// escaped; the alphabet; at most two `=` at the end; a length that is a multiple of 4) gives a
// placeholder whose `take` throws that function's SyntaxError. JSON is scanned as bytes: the
// structural characters are ASCII, and no byte of a multi-byte UTF-8 character is below 0x80.
import type { CallContext } from "@edi-clients/runtime";

/** From this length (bytes as sent) on, a string of a named member is decoded instead of copied. */
export const DEFAULT_THRESHOLD = 64 * 1024;

export interface JsonBlobReaderOptions {
  /** Members whose long string values are Base64 to decode (names compared case-insensitively). */
  keys: readonly string[];
  /** Strings longer than this many bytes as sent are decoded instead of copied. Default 64 KiB. */
  threshold?: number;
  /**
   * The body's length in bytes when known (Content-Length of an unencoded body): a decoded string
   * then goes into one buffer sized from what is left of the body, with no copy at the end.
   */
  sizeHint?: number;
}

/** What a read gives: the small JSON text and the decoded strings its placeholders stand for. */
export interface JsonBlobRead {
  /** UTF-8 JSON, each long string of the named members replaced by a placeholder string. */
  text: Uint8Array;
  blobs: DecodedBlobs;
}

/** The decoded long strings of one read, by placeholder. */
export class DecodedBlobs {
  readonly #entries = new Map<string, Uint8Array | SyntaxError>();

  /** @internal */
  set(placeholder: string, value: Uint8Array | SyntaxError): void {
    this.#entries.set(placeholder, value);
  }

  /** How many long strings were found. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * The bytes a placeholder stands for (handed out once, then let go of); undefined for any other
   * value. Throws `SyntaxError("not valid Base64")` when the string was not Base64.
   */
  take(value: unknown): Uint8Array | undefined {
    if (typeof value !== "string") return undefined;
    const entry = this.#entries.get(value);
    if (entry === undefined) return undefined;
    this.#entries.delete(value);
    if (entry instanceof SyntaxError) throw entry;
    return entry;
  }
}

/** Reads `body` to its end through a JsonBlobScanner. A failed read rejects with its error. */
export async function readJsonBlobs(
  body: ReadableStream<Uint8Array>,
  options: JsonBlobReaderOptions,
): Promise<JsonBlobRead> {
  const scanner = new JsonBlobScanner(options);
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      scanner.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  return scanner.end();
}

// Scanner modes.
const OUT = 0; // between strings: copied
const STR = 1; // inside a copied string
const STR_ESC = 2; // after a backslash in a copied string
const BLOB = 3; // inside a long string being decoded
const BLOB_ESC = 4; // after a backslash in it
const BLOB_HEX = 5; // inside its \uXXXX
const BLOB_UTF8 = 6; // inside a multi-byte character in it
const BROKEN = 7; // a syntax error in a long string: the rest is ignored, the text will not parse

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const EQUALS = 0x3d;
const SPACE = 0x20;

/** Base64 alphabet: the sextet of each byte, -1 for any other byte. */
const SEXTET = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  SEXTET["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charCodeAt(i)] = i;
}

/** Node's Buffer, when the runtime has it: long runs are then decoded natively. */
interface NativeBuffer {
  from(
    buffer: ArrayBufferLike,
    offset: number,
    length: number,
  ): {
    toString(encoding: "latin1"): string;
    write(text: string, offset: number, length: number, encoding: "base64"): number;
  };
}
const NodeBuffer = (globalThis as { Buffer?: NativeBuffer }).Buffer;
/** From this many bytes on, a run goes to Buffer. */
const NATIVE_RUN = 256;

/**
 * Decodes the whole quadruples of `source` from `from` (up to `to` and before any quote or
 * backslash) with Buffer into `out` at `at`; returns how many quadruples, 0 when the bytes are not
 * all Base64 (the caller's loop then finds the one that is not). Buffer's decoder skips what is
 * not in the alphabet and stops at `=`, so fewer bytes than the quadruples promise means such a
 * byte was there; `-` and `_` (which it reads as URL-safe Base64) are looked for first — the check
 * `base64ToBytes` makes.
 */
function nativeRun(
  buffer: NativeBuffer,
  source: Uint8Array,
  from: number,
  to: number,
  out: Uint8Array,
  at: number,
): number {
  const slash = source.indexOf(BACKSLASH, from);
  const before = slash === -1 || slash > to ? to : slash;
  const quote = source.subarray(from, before).indexOf(QUOTE);
  const quads = ((quote === -1 ? before : from + quote) - from) >> 2;
  if (quads === 0) return 0;
  const text = buffer.from(source.buffer, source.byteOffset + from, quads << 2).toString("latin1");
  if (text.indexOf("-") !== -1 || text.indexOf("_") !== -1) return 0;
  const view = buffer.from(out.buffer, out.byteOffset, out.byteLength);
  return view.write(text, at, quads * 3, "base64") === quads * 3 ? quads : 0;
}

/** JSON whitespace between tokens. */
function isJsonSpace(byte: number): boolean {
  return byte === SPACE || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

/** JavaScript's `\s` (what base64ToBytes strips), for code points. */
function isJsSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === SPACE ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

const MAX_KEY_BYTES = 128;
const MIN_SEGMENT = 64 * 1024;
const MAX_SEGMENT = 8 * 1024 * 1024;
/** Above this a size hint is not trusted for one allocation. */
const MAX_HINTED = 2 ** 31;

/** A growable byte buffer. */
class ByteBuffer {
  bytes = new Uint8Array(1024);
  length = 0;

  append(source: Uint8Array, from: number, to: number): void {
    const count = to - from;
    if (count <= 0) return;
    this.reserve(count);
    this.bytes.set(source.subarray(from, to), this.length);
    this.length += count;
  }

  appendText(text: string): void {
    const bytes = encoder.encode(text);
    this.append(bytes, 0, bytes.length);
  }

  reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** The bytes written, as one array of exactly that length. */
  take(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The bytes of one long string, decoded as they arrive. */
class Base64Sink {
  #out: Uint8Array;
  #length = 0;
  #segments: Uint8Array[] = [];
  #total = 0;
  #acc = 0;
  #sextets = 0;
  #padding = 0;
  invalid = false;

  constructor(capacity: number) {
    this.#out = allocate(capacity);
  }

  /** A sextet (0–63). */
  data(value: number): void {
    if (this.invalid) return;
    if (this.#padding > 0) {
      this.fail();
      return;
    }
    this.#acc = (this.#acc << 6) | value;
    if (++this.#sextets === 4) {
      if (this.#length + 3 > this.#out.length) this.#grow();
      const out = this.#out;
      const acc = this.#acc;
      out[this.#length++] = acc >> 16;
      out[this.#length++] = (acc >> 8) & 0xff;
      out[this.#length++] = acc & 0xff;
      this.#acc = 0;
      this.#sextets = 0;
    }
  }

  /** Whether a `=` was seen: any further sextet makes the string invalid. */
  get padded(): boolean {
    return this.#padding > 0;
  }

  /**
   * Decodes the Base64 bytes of `source` from `from` on, up to `to`; returns where the first byte
   * outside the alphabet is (or `to`). Whole quadruples go straight into the buffer.
   */
  run(source: Uint8Array, from: number, to: number): number {
    let i = from;
    while (this.#sextets !== 0 && i < to) {
      const value = SEXTET[source[i] as number] as number;
      if (value < 0) return i;
      this.data(value);
      i++;
    }
    const needed = ((to - i) >> 2) * 3;
    if (this.#length + needed > this.#out.length) this.#grow(needed);
    const out = this.#out;
    let n = this.#length;
    if (NodeBuffer && to - i >= NATIVE_RUN) {
      const done = nativeRun(NodeBuffer, source, i, to, out, n);
      i += done << 2;
      n += done * 3;
    }
    for (; i + 4 <= to; i += 4) {
      const a = SEXTET[source[i] as number] as number;
      const b = SEXTET[source[i + 1] as number] as number;
      const c = SEXTET[source[i + 2] as number] as number;
      const d = SEXTET[source[i + 3] as number] as number;
      if ((a | b | c | d) < 0) break;
      const acc = (a << 18) | (b << 12) | (c << 6) | d;
      out[n] = acc >> 16;
      out[n + 1] = (acc >> 8) & 0xff;
      out[n + 2] = acc & 0xff;
      n += 3;
    }
    this.#length = n;
    for (; i < to; i++) {
      const value = SEXTET[source[i] as number] as number;
      if (value < 0) return i;
      this.data(value);
    }
    return i;
  }

  pad(): void {
    if (!this.invalid && ++this.#padding > 2) this.fail();
  }

  fail(): void {
    this.invalid = true;
    // Nothing decoded is needed any more.
    this.#out = new Uint8Array(0);
    this.#segments = [];
    this.#length = 0;
    this.#total = 0;
  }

  /** The decoded bytes, or the SyntaxError base64ToBytes throws for the same text. */
  finish(): Uint8Array | SyntaxError {
    const padding = this.#padding;
    const sextets = this.#sextets;
    const ok =
      !this.invalid && (padding === 0 ? sextets === 0 : padding === 1 ? sextets === 3 : sextets === 2);
    if (!ok) {
      this.fail();
      return new SyntaxError("not valid Base64");
    }
    // The last quadruple's bytes; bits past them are ignored, as the native decoders do.
    if (sextets === 3) this.#tail([(this.#acc >> 10) & 0xff, (this.#acc >> 2) & 0xff]);
    else if (sextets === 2) this.#tail([(this.#acc >> 4) & 0xff]);
    return this.#result();
  }

  #tail(bytes: number[]): void {
    if (this.#length + bytes.length > this.#out.length) this.#grow();
    for (const byte of bytes) this.#out[this.#length++] = byte;
  }

  /** The buffer is full: keep it as a segment and continue in a new one. */
  #grow(needed = 3): void {
    this.#segments.push(this.#out.subarray(0, this.#length));
    this.#total += this.#length;
    this.#out = allocate(Math.max(needed, Math.min(MAX_SEGMENT, Math.max(MIN_SEGMENT, this.#total))));
    this.#length = 0;
  }

  #result(): Uint8Array {
    const last = this.#out.subarray(0, this.#length);
    if (this.#segments.length === 0) {
      // Sized from the body: the rest of the buffer is what the body did not use. Kept as a view
      // unless that waste is large.
      const spare = this.#out.length - this.#length;
      return spare > MIN_SEGMENT && spare > this.#length / 8 ? last.slice() : last;
    }
    const whole = new Uint8Array(this.#total + this.#length);
    let at = 0;
    for (const segment of [...this.#segments, last]) {
      whole.set(segment, at);
      at += segment.length;
    }
    this.#segments = [];
    return whole;
  }
}

function allocate(capacity: number): Uint8Array {
  try {
    return new Uint8Array(capacity);
  } catch {
    return new Uint8Array(MIN_SEGMENT);
  }
}

/**
 * The scanner: `push` each chunk, then `end`. Never throws on any input: what is not JSON ends up
 * in a text JSON.parse rejects.
 */
export class JsonBlobScanner {
  readonly #keys: Set<string>;
  readonly #threshold: number;
  readonly #sizeHint: number | undefined;
  readonly #nonce = nonce();
  readonly #text = new ByteBuffer();
  readonly #blobs = new DecodedBlobs();
  #mode = OUT;
  /** Bytes pushed before the current chunk. */
  #offset = 0;
  /** Between strings: 1 after a string (maybe a key), 2 after a matching key and its colon. */
  #after = 0;
  #keyMatched = false;
  /** Where the current (or last) copied string's opening quote is in the text. */
  #stringStart = 0;
  /** The current copied string is the value of a matching key: it may become a blob. */
  #candidate = false;
  #sink: Base64Sink | undefined;
  #placeholder = "";
  #hex = 0;
  #hexDigits = 0;
  #utf8Code = 0;
  #utf8Left = 0;
  #utf8Min = 0;

  constructor(options: JsonBlobReaderOptions) {
    this.#keys = new Set(options.keys.map((key) => key.toLowerCase()));
    this.#threshold = Math.max(1, options.threshold ?? DEFAULT_THRESHOLD);
    const hint = options.sizeHint;
    this.#sizeHint =
      hint !== undefined && Number.isSafeInteger(hint) && hint > 0 && hint < MAX_HINTED ? hint : undefined;
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (this.#mode === BROKEN) break;
      if (this.#mode >= BLOB) i = this.#blob(chunk, i);
      else i = this.#copy(chunk, i);
    }
    this.#offset += n;
  }

  end(): JsonBlobRead {
    if (this.#mode >= BLOB && this.#mode !== BROKEN) {
      // The body ended inside a long string: an unterminated string, which JSON.parse rejects.
      this.#text.appendText(`"${this.#placeholder}`);
      this.#sink = undefined;
      this.#mode = BROKEN;
    }
    return { text: this.#text.take(), blobs: this.#blobs };
  }

  /** Copies from `i` until a long string starts or the chunk ends; returns where it stopped. */
  #copy(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let i = from;
    // The text offset of chunk[from].
    const base = this.#text.length - from;
    let stop = n;
    let blobAt = -1;
    while (i < n) {
      const byte = chunk[i] as number;
      if (this.#mode === OUT) {
        if (byte === QUOTE) {
          this.#candidate = this.#after === 2 && this.#keyMatched;
          this.#after = 0;
          this.#stringStart = base + i;
          this.#mode = STR;
        } else if (byte === COLON) {
          this.#after = this.#after === 1 ? 2 : 0;
          if (this.#after === 2) this.#keyMatched = this.#matchKey(chunk, from, base, i);
        } else if (!isJsonSpace(byte)) {
          this.#after = 0;
        }
        i++;
      } else if (this.#mode === STR_ESC) {
        this.#mode = STR;
        i++;
      } else {
        // STR: on to the next quote or backslash.
        let end = i;
        while (end < n && chunk[end] !== QUOTE && chunk[end] !== BACKSLASH) end++;
        if (this.#candidate && base + end - this.#stringStart - 1 > this.#threshold) {
          blobAt = i;
          stop = i;
          break;
        }
        if (end === n) {
          i = n;
        } else if (chunk[end] === BACKSLASH) {
          this.#mode = STR_ESC;
          i = end + 1;
        } else {
          this.#mode = OUT;
          this.#after = 1;
          i = end + 1;
        }
      }
    }
    this.#text.append(chunk, from, stop);
    if (blobAt >= 0) this.#startBlob(this.#offset + stop);
    return stop;
  }

  /** Whether the string that ends just before the colon at `colon` is one of the keys. */
  #matchKey(chunk: Uint8Array, from: number, base: number, colon: number): boolean {
    // The key runs from its opening quote (in this chunk, or in the text when it began in an
    // earlier one) to the colon; only a short one can match.
    const start = this.#stringStart;
    if (base + colon - start > MAX_KEY_BYTES) return false;
    const text = this.#text;
    const inChunk = start - base;
    const key =
      inChunk >= from
        ? chunk.subarray(inChunk, colon)
        : new Uint8Array([...text.bytes.subarray(start, text.length), ...chunk.subarray(from, colon)]);
    try {
      const name = JSON.parse(decoder.decode(key)) as unknown;
      return typeof name === "string" && this.#keys.has(name.toLowerCase());
    } catch {
      return false;
    }
  }

  /**
   * The string copied so far from `#stringStart` is too long: take it out of the text and decode it
   * (what was copied first, then the rest as it comes).
   */
  #startBlob(bodyOffset: number): void {
    const text = this.#text;
    const start = this.#stringStart;
    const prefix = text.bytes.slice(start + 1, text.length);
    text.length = start;
    // What is left of the body from the opening quote on bounds the string's decoded size.
    const bodyLeft =
      this.#sizeHint === undefined ? undefined : this.#sizeHint - (bodyOffset - prefix.length - 1);
    const capacity =
      bodyLeft === undefined || bodyLeft <= 0 ? MIN_SEGMENT : Math.floor((bodyLeft * 3) / 4) + 3;
    this.#sink = new Base64Sink(capacity);
    this.#placeholder = `\\u0000blob:${this.#nonce}:${this.#blobs.size}`;
    this.#mode = BLOB;
    let i = 0;
    while (i < prefix.length && this.#mode >= BLOB && this.#mode !== BROKEN) i = this.#blob(prefix, i);
  }

  /** Decodes from `i` until the long string ends or the chunk does; returns where it stopped. */
  #blob(chunk: Uint8Array, from: number): number {
    const sink = this.#sink as Base64Sink;
    const n = chunk.length;
    let i = from;
    while (i < n) {
      const mode = this.#mode;
      const byte = chunk[i] as number;
      if (mode === BLOB) {
        if (SEXTET[byte] !== -1) {
          if (!sink.invalid && !sink.padded) {
            i = sink.run(chunk, i, n);
            continue;
          }
          sink.fail(); // data after "=", or a string already known not to be Base64
          while (i < n && SEXTET[chunk[i] as number] !== -1) i++;
          continue;
        }
        i++;
        if (byte === QUOTE) {
          this.#endBlob();
          return i;
        }
        if (byte === BACKSLASH) this.#mode = BLOB_ESC;
        else if (byte === EQUALS) sink.pad();
        else if (byte === SPACE) {
          // whitespace: skipped
        } else if (byte < SPACE) return this.#syntaxError(n);
        else if (byte >= 0x80) this.#utf8Start(byte, sink);
        else sink.fail();
      } else if (mode === BLOB_ESC) {
        i++;
        this.#mode = BLOB;
        if (byte === 0x6e || byte === 0x72 || byte === 0x74 || byte === 0x66) {
          // \n \r \t \f: whitespace
        } else if (byte === 0x2f)
          sink.data(63); // \/
        else if (byte === QUOTE || byte === BACKSLASH || byte === 0x62)
          sink.fail(); // \" \\ \b
        else if (byte === 0x75) {
          this.#mode = BLOB_HEX;
          this.#hex = 0;
          this.#hexDigits = 0;
        } else return this.#syntaxError(n);
      } else if (mode === BLOB_HEX) {
        const digit = hexValue(byte);
        if (digit < 0) return this.#syntaxError(n);
        i++;
        this.#hex = (this.#hex << 4) | digit;
        if (++this.#hexDigits === 4) {
          this.#mode = BLOB;
          this.#codePoint(this.#hex, sink);
        }
      } else {
        // BLOB_UTF8: a continuation byte, or the character was malformed (then not consumed).
        if (byte < 0x80 || byte > 0xbf) {
          this.#mode = BLOB;
          sink.fail();
          continue;
        }
        i++;
        this.#utf8Code = (this.#utf8Code << 6) | (byte & 0x3f);
        if (--this.#utf8Left === 0) {
          this.#mode = BLOB;
          const code = this.#utf8Code;
          // An overlong form is not that character (TextDecoder gives U+FFFD).
          if (code < this.#utf8Min || !isJsSpace(code)) sink.fail();
        }
      }
    }
    return n;
  }

  #utf8Start(byte: number, sink: Base64Sink): void {
    if (sink.invalid) return; // no character can make it valid again, and none is structural
    if (byte >= 0xc2 && byte <= 0xdf) this.#utf8Begin(byte & 0x1f, 1, 0x80);
    else if (byte >= 0xe0 && byte <= 0xef) this.#utf8Begin(byte & 0x0f, 2, 0x800);
    else sink.fail(); // 4-byte characters are never whitespace, other bytes never start one
  }

  #utf8Begin(bits: number, left: number, min: number): void {
    this.#utf8Code = bits;
    this.#utf8Left = left;
    this.#utf8Min = min;
    this.#mode = BLOB_UTF8;
  }

  /** A `\uXXXX` escape in a long string. */
  #codePoint(code: number, sink: Base64Sink): void {
    if (isJsSpace(code)) return;
    if (code === EQUALS) sink.pad();
    else if (code < 0x80 && SEXTET[code] !== -1) sink.data(SEXTET[code] as number);
    else sink.fail();
  }

  #endBlob(): void {
    const sink = this.#sink as Base64Sink;
    this.#blobs.set(decodePlaceholder(this.#placeholder), sink.finish());
    this.#text.appendText(`"${this.#placeholder}"`);
    this.#sink = undefined;
    this.#mode = OUT;
    this.#after = 0;
  }

  /**
   * A long string that is not valid JSON (a raw control character, a bad escape): the text gets the
   * placeholder and a bad escape, so JSON.parse rejects it as it would the whole body; the rest of
   * the body is still read (a cut-off stays a cut-off) but ignored.
   */
  #syntaxError(n: number): number {
    this.#text.appendText(`"${this.#placeholder}\\x`);
    this.#sink?.fail();
    this.#sink = undefined;
    this.#mode = BROKEN;
    return n;
  }
}

/** The string a placeholder's JSON text parses to. */
function decodePlaceholder(json: string): string {
  return JSON.parse(`"${json}"`) as string;
}

function nonce(): string {
  const bytes = new Uint8Array(8);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (typeof crypto?.getRandomValues === "function") crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Reading one call's answer through `readJsonBlobs`: `options()` gives the call options that make
 * the transport read a 2xx body that way (inside the attempt: its timeout, its retry of a cut-off
 * body), `take()` the bytes of a placeholder in the answer of the attempt that succeeded.
 */
export function blobReading(keys: readonly string[], threshold?: number) {
  let blobs: DecodedBlobs | undefined;
  const readBody = async (body: ReadableStream<Uint8Array>, response: Response): Promise<Uint8Array> => {
    const read = await readJsonBlobs(body, {
      keys,
      ...(threshold === undefined ? {} : { threshold }),
      ...sizeHintOf(response),
    });
    blobs = read.blobs;
    return read.text;
  };
  return {
    options<O extends object>(options: O | undefined): O & Pick<CallContext, "readBody"> {
      return { ...(options as O), readBody };
    },
    take(value: unknown): Uint8Array | undefined {
      return blobs?.take(value);
    },
  };
}

/** Content-Length as a size hint, when it counts the bytes read (no content-encoding). */
function sizeHintOf(response: Response): { sizeHint?: number } {
  if (response.headers.has("content-encoding")) return {};
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  return Number.isSafeInteger(length) && length > 0 ? { sizeHint: length } : {};
}
