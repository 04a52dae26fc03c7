// The streaming reader of a download's JSON (issue 13 item 4): whatever the chunking, it must give
// what the whole-body path gives — JSON.parse of the whole text, then base64ToBytes of `content` —
// the same value, the same bytes, the same failure (a text JSON.parse rejects, or base64ToBytes'
// SyntaxError), only without holding the long string.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64ToBytes } from "../src/core/base64.js";
import {
  blobReading,
  type DecodedBlobs,
  JsonBlobScanner,
  readJsonBlobs,
} from "../src/core/json-blob-reader.js";

const KEYS = ["content", "contentBase64String"];
const utf8 = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Runs the scanner over `body` cut at `cuts` (ascending byte offsets). */
function scan(
  body: Uint8Array | string,
  options: { threshold?: number; sizeHint?: number; cuts?: number[] } = {},
) {
  const bytes = typeof body === "string" ? utf8(body) : body;
  const scanner = new JsonBlobScanner({
    keys: KEYS,
    threshold: options.threshold ?? 8,
    ...sizeHint(options),
  });
  let at = 0;
  for (const cut of [...(options.cuts ?? []), bytes.length]) {
    scanner.push(bytes.subarray(at, cut));
    at = cut;
  }
  return scanner.end();
}

function sizeHint(options: { sizeHint?: number }) {
  return options.sizeHint === undefined ? {} : { sizeHint: options.sizeHint };
}

/** Byte equality without vitest's element-by-element diff (slow for megabytes). */
function expectBytes(actual: Uint8Array | undefined, expected: Uint8Array) {
  expect(actual).toBeInstanceOf(Uint8Array);
  expect(Buffer.compare(actual as Uint8Array, expected)).toBe(0);
}

type Outcome = { bytes: Uint8Array } | { error: string };

function outcome(produce: () => Uint8Array | undefined): Outcome {
  try {
    const bytes = produce();
    return bytes ? { bytes: new Uint8Array(bytes) } : { error: "no bytes" };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

/**
 * Compares the scanner's answer with the whole-body path: the same JSON (placeholders aside), and
 * for every placeholder the same bytes or error as base64ToBytes of the original string.
 */
function expectSameAsWhole(body: Uint8Array, read: { text: Uint8Array; blobs: DecodedBlobs }) {
  let whole: unknown;
  let wholeFails = false;
  try {
    whole = JSON.parse(decode(body));
  } catch {
    wholeFails = true;
  }
  let ours: unknown;
  let oursFails = false;
  try {
    ours = JSON.parse(decode(read.text));
  } catch {
    oursFails = true;
  }
  expect(oursFails).toBe(wholeFails);
  if (wholeFails) return 0;
  let placeholders = 0;
  const walk = (a: unknown, b: unknown): void => {
    if (typeof a === "string" && typeof b === "string" && a !== b) {
      placeholders++;
      expect(outcome(() => read.blobs.take(a))).toEqual(outcome(() => base64ToBytes(b)));
      return;
    }
    if (typeof a !== "object" || a === null) {
      expect(a).toEqual(b);
      return;
    }
    expect(Array.isArray(a)).toBe(Array.isArray(b));
    expect(Object.keys(a)).toEqual(Object.keys(b as object));
    for (const key of Object.keys(a)) {
      walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
    }
  };
  walk(ours, whole);
  return placeholders;
}

function base64Of(length: number, seed = 1): string {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed) & 0xff;
  return Buffer.from(bytes).toString("base64");
}

describe("JsonBlobScanner", () => {
  it("decodes a long content string into bytes and leaves a placeholder where it was", () => {
    const content = base64Of(300_000);
    const body = JSON.stringify({ success: true, data: { parcelId: 5, fileName: "a.edi", content, n: [1] } });
    const { text, blobs } = scan(body, { threshold: 64 * 1024, cuts: [10, 70_000, 200_000] });
    expect(text.length).toBeLessThan(200);
    const value = JSON.parse(decode(text));
    expect(value).toMatchObject({ success: true, data: { parcelId: 5, fileName: "a.edi", n: [1] } });
    expect(blobs.size).toBe(1);
    expectBytes(blobs.take(value.data.content), Buffer.from(content, "base64"));
    // Handed out once.
    expect(blobs.take(value.data.content)).toBeUndefined();
  });

  it("copies a content string up to the threshold as it is", () => {
    const body = JSON.stringify({ data: { content: "QUJD" } });
    const { text, blobs } = scan(body, { threshold: 4 });
    expect(decode(text)).toBe(body);
    expect(blobs.size).toBe(0);
    expect(scan(body, { threshold: 3 }).blobs.size).toBe(1);
  });

  it("gives the whole-body result for every cut position, escapes and multi-byte UTF-8 included", () => {
    // Every construct the reader must follow across a cut: \/ \n \r \t \f \u0041 \u00a0 escapes, a
    // raw NBSP and U+2028, a raw "é" in another string, a key with an escape, nested objects.
    const bodies = [
      String.raw`{"data":{"fileName":"é.edi","cont\u0065nt":"QUJD\/\/RU\n\r\t\fZH\u0041\u00a0Q== ","x":"\"}"}}`,
      `{"data":{"content":"QUJD\u00a0REVG\u2028R0hJ\ufeffSktM","contentEncoding":"Base64"}}`,
      String.raw`{"a":[{"content":"QUJDREVGR0hJSktM"},{"Content":"QUJDREVG\u0047\u0030hJ"}],"content" : "QUJDREVGR0hJSktM="}`,
      String.raw`{"message":"a long text that is no Base64 at all \" \\ é","data":{"contentBase64String":"AAAAAAAAAAAA"}}`,
    ];
    for (const body of bodies) {
      const bytes = utf8(body);
      expect(expectSameAsWhole(bytes, scan(bytes))).toBeGreaterThan(0);
      for (let cut = 0; cut <= bytes.length; cut++) {
        expectSameAsWhole(bytes, scan(bytes, { cuts: [cut] }));
      }
      expectSameAsWhole(bytes, scan(bytes, { cuts: Array.from({ length: bytes.length }, (_, i) => i) }));
    }
  });

  it("fails a long string that is not Base64 as base64ToBytes does", () => {
    const invalid = [
      "QUJD-REVG",
      "QUJD_REVG",
      "QUJDREVG*",
      "QUJDREVGR===",
      "QUJDREV=G",
      "QUJDREVGR",
      String.raw`QUJD\bREVG`,
      String.raw`QUJD\u0008REVG`,
      String.raw`QUJD\"REVG`,
      String.raw`QUJD\\REVG`,
      "QUJDéREVG",
      "QUJD\u0085REVG", // NEL is not \s
      "QUJD😀REVG",
      String.raw`QUJD\ud83dREVG`,
      "QUJDREVGR0hJSktM=",
      "=QUJDREVG",
    ];
    for (const content of invalid) {
      const bytes = utf8(`{"content":"${content}"}`);
      for (let cut = 0; cut <= bytes.length; cut++) {
        const read = scan(bytes, { cuts: [cut] });
        expect(expectSameAsWhole(bytes, read), content).toBe(1);
      }
    }
    // An overlong form of NBSP is U+FFFD for TextDecoder: not whitespace.
    const overlong = new Uint8Array([...utf8('{"content":"QUJD'), 0xe0, 0x82, 0xa0, ...utf8('REVG"}')]);
    const read = scan(overlong);
    const value = JSON.parse(decode(read.text));
    expect(() => read.blobs.take(value.content)).toThrow(SyntaxError);
    expect(() => base64ToBytes(JSON.parse(decode(overlong)).content)).toThrow(SyntaxError);
  });

  it("checks long runs decoded natively as closely as short ones", () => {
    // Runs of a few kB go to Buffer, whose decoder is lenient (it reads `-` and `_`, skips what is
    // not Base64, stops at `=`): a character put in place of one of the run must still fail, and
    // whitespace put into it be skipped, exactly as base64ToBytes decides, wherever it sits.
    const base64 = base64Of(3000, 3);
    const replaced = ["-", "_", "*", "=", "é", "\\/", "\\u0041", "\\u0008", "\\b"];
    const inserted = [" ", "\\u00a0", "\\n", "\\r\\n", "\u2028"];
    for (const at of [0, 1, 2, 3, 256, 257, 1999, base64.length - 1]) {
      const contents = [
        ...replaced.map((odd) => `${base64.slice(0, at)}${odd}${base64.slice(at + 1)}`),
        ...inserted.map((odd) => `${base64.slice(0, at)}${odd}${base64.slice(at)}`),
      ];
      for (const content of contents) {
        const body = utf8(`{"content":"${content}"}`);
        for (const cuts of [[], [300], [at + 12], [at + 13, at + 700]]) {
          expect(
            expectSameAsWhole(body, scan(body, { threshold: 64, cuts })),
            content.slice(at - 2, at + 4),
          ).toBe(1);
        }
      }
    }
  });

  it("leaves a text JSON.parse rejects for a long string that is not JSON, at any cut", () => {
    const broken = [
      '{"content":"QUJDREVG\nR0hJ"}', // raw line break
      String.raw`{"content":"QUJDREVG\xR0hJ"}`,
      String.raw`{"content":"QUJDREVG\u12G4R0hJ"}`,
      '{"content":"QUJDREVGR0hJ', // the body ends inside it
      '{"content":"QUJDREVGR0hJ\\',
      String.raw`{"content":"QUJDREVGR0hJ\u00`,
      '{"content":"QUJDREVGR0hJ"', // ends after it
    ];
    for (const body of broken) {
      const bytes = utf8(body);
      for (let cut = 0; cut <= bytes.length; cut++) {
        expect(() => JSON.parse(decode(scan(bytes, { cuts: [cut] }).text)), body).toThrow(SyntaxError);
      }
    }
  });

  it("copies what is not JSON as it came (a page of HTML, an empty body)", () => {
    const page = '<html><body class="content"><a href="QUJDREVGR0hJSktM">ok</a></body></html>';
    expect(decode(scan(page).text)).toBe(page);
    // Even where it looks like a member: the text stays unparsable.
    const looks = utf8('<p>"content": "QUJDREVGR0hJSktM"</p>');
    expect(scan(looks).blobs.size).toBe(1);
    expectSameAsWhole(looks, scan(looks));
    expect(decode(scan("").text)).toBe("");
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"content":"QUJDREVGR0hJSktM"}')]);
    expectSameAsWhole(bom, scan(bom));
  });

  it("decodes only the values of the named members, whatever their casing", () => {
    const long = base64Of(30);
    const body = JSON.stringify({
      [long]: "key long enough",
      list: [long, { note: long }],
      data: { CONTENT: long, contentbase64string: long, other: long, x: { content: long } },
    });
    const { text, blobs } = scan(body);
    const value = JSON.parse(decode(text));
    expect(blobs.size).toBe(3);
    expect(value.list).toEqual([long, { note: long }]);
    expect(value.data.other).toBe(long);
    expect(Object.keys(value)[0]).toBe(long);
    for (const placeholder of [value.data.CONTENT, value.data.contentbase64string, value.data.x.content]) {
      expectBytes(blobs.take(placeholder), Buffer.from(long, "base64"));
    }
  });

  it("sizes the bytes from the body's length when known, and is right when that length is wrong", () => {
    const content = base64Of(1_000_000, 7);
    const body = JSON.stringify({ data: { content } });
    const expected = Buffer.from(content, "base64");
    const hinted = scan(body, { threshold: 1024, sizeHint: body.length, cuts: [5000, 500_000] });
    const bytes = hinted.blobs.take(JSON.parse(decode(hinted.text)).data.content) as Uint8Array;
    expectBytes(bytes, expected);
    // One buffer of about the decoded size, no segments copied together.
    expect(bytes.buffer.byteLength).toBeLessThan(expected.length + 1024);
    for (const hint of [undefined, 10, body.length * 4]) {
      const read = scan(body, { threshold: 1024, ...(hint === undefined ? {} : { sizeHint: hint }) });
      expectBytes(read.blobs.take(JSON.parse(decode(read.text)).data.content), expected);
    }
  });

  it("never throws and agrees with the whole-body path on any JSON around any content string (fast-check)", () => {
    const hostile = [
      " ",
      "\n",
      "\r\n",
      "\t",
      "\b",
      "\u000b",
      "\u00a0",
      "\u2028",
      "\ufeff",
      "=",
      "-",
      "_",
      "*",
      "é",
      "\u0000",
      "\\",
      '"',
      "/",
    ];
    const contentArb = fc
      .tuple(
        // Short strings, and runs long enough for the native (Buffer) path.
        fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ minLength: 200, maxLength: 1500 })),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...hostile)), { maxLength: 3 }),
      )
      .map(([bytes, insertions]) => {
        let text = Buffer.from(bytes).toString("base64");
        for (const [at, what] of insertions) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + what + text.slice(i);
        }
        return text;
      });
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 2 }),
        contentArb,
        fc.constantFrom("content", "Content", "contentBase64String", "other"),
        fc.array(fc.boolean(), { maxLength: 80 }),
        fc.integer({ min: 1, max: 24 }),
        fc.array(fc.oneof(fc.integer({ min: 1, max: 16 }), fc.integer({ min: 300, max: 2500 })), {
          maxLength: 20,
        }),
        fc.boolean(),
        (other, content, key, escapes, threshold, sizes, hint) => {
          const body = utf8(
            `{"before":${JSON.stringify(other)},"data":{${JSON.stringify(key)} : ${quote(content, escapes)},"after":${JSON.stringify(other)}}}`,
          );
          const cuts: number[] = [];
          let at = 0;
          for (const size of sizes) {
            at += size;
            if (at < body.length) cuts.push(at);
          }
          const read = scan(body, { threshold, cuts, ...(hint ? { sizeHint: body.length } : {}) });
          expectSameAsWhole(body, read);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("never throws on arbitrary bytes and leaves a text that parses exactly when the body does (fast-check)", () => {
    const alphabet = fc.constantFrom(
      ...utf8('{}[]:,"\\ \n\tcontentQUJD=/u0a"'),
      0xc2,
      0xa0,
      0xe2,
      0x80,
      0xa8,
      0xff,
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 12 }),
        (raw, sizes) => {
          const body = new Uint8Array([...utf8('{"content":"QUJD'), ...raw]);
          const cuts: number[] = [];
          let at = 0;
          for (const size of sizes) {
            at += size;
            if (at < body.length) cuts.push(at);
          }
          expectSameAsWhole(body, scan(body, { threshold: 2, cuts }));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

/** JSON string text of `text`, each character optionally written as a \u escape (or \/ for "/"). */
function quote(text: string, escapes: boolean[]): string {
  let out = '"';
  let i = 0;
  for (const char of text) {
    const escaped = escapes[i++ % Math.max(1, escapes.length)] ?? false;
    const plain = JSON.stringify(char).slice(1, -1);
    if (!escaped || char.length > 1) out += plain;
    else if (char === "/") out += "\\/";
    else out += `\\u${(char.codePointAt(0) as number).toString(16).padStart(4, "0")}`;
  }
  return `${out}"`;
}

describe("readJsonBlobs and blobReading", () => {
  const streamOf = (...chunks: (string | Error)[]) =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else if (next instanceof Error) controller.error(next);
        else controller.enqueue(utf8(next));
      },
    });

  it("reads a stream chunk by chunk", async () => {
    const read = await readJsonBlobs(streamOf('{"content":"QUJD', "REVGR0hJ", 'SktM"}'), {
      keys: ["content"],
      threshold: 4,
    });
    const value = JSON.parse(decode(read.text));
    expect(decode(read.blobs.take(value.content) as Uint8Array)).toBe("ABCDEFGHIJKL");
  });

  it("rejects with the stream's error when the body fails", async () => {
    const cut = new TypeError("terminated");
    await expect(readJsonBlobs(streamOf('{"content":"QUJD', cut), { keys: ["content"] })).rejects.toBe(cut);
  });

  it("gives call options whose readBody keeps the blobs of the read, sized by Content-Length", async () => {
    const reading = blobReading(["content"], 4);
    const options = reading.options({ timeoutMs: 5 });
    expect(options.timeoutMs).toBe(5);
    const body = '{"content":"QUJDREVGR0hJSktM"}';
    const text = await options.readBody?.(
      streamOf(body),
      new Response(null, { headers: { "content-length": String(body.length) } }),
    );
    const value = JSON.parse(decode(text as Uint8Array));
    expect(decode(reading.take(value.content) as Uint8Array)).toBe("ABCDEFGHIJKL");
    expect(reading.take("QUJD")).toBeUndefined();
    expect(blobReading(["content"]).take(value.content)).toBeUndefined();
    const encoded = await reading
      .options(undefined)
      .readBody?.(
        streamOf(body),
        new Response(null, { headers: { "content-encoding": "gzip", "content-length": "3" } }),
      );
    expect(reading.take(JSON.parse(decode(encoded as Uint8Array)).content)).toHaveLength(12);
  });
});
