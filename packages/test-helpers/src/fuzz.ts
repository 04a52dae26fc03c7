// Shared fast-check arbitraries for the response-handling fuzz tests (issue 14 item 3): random
// statuses, bodies (valid, garbled, truncated, binary, huge), content types and garbage in the
// headers the clients read (Retry-After, Link, Content-Disposition, X-RateLimit-*,
// X-Batch-Truncation-Index). A run's answer is a plain `FuzzAnswer`, so the same one can be
// turned into a Response for a fake fetch or written by a loopback node:http server.
// `fuzzHarness` runs a client's call on such answers and fails the property unless it resolves
// with a valid result or rejects with a typed error; `assertOverWire` replays raw answers from a
// loopback TCP server.
import fc from "fast-check";
import { afterAll } from "vitest";

export interface FuzzAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

const encoder = new TextEncoder();

/** Header values a careless or hostile server might send (printable ASCII, no CR/LF). */
export const garbageHeaderValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "0",
    "-1",
    "-0",
    "1",
    "0.5",
    "1e3",
    "1e309",
    "9".repeat(400),
    "NaN",
    "Infinity",
    "-Infinity",
    "null",
    "undefined",
    "0x10",
    "1,2",
    "Wed, 21 Oct 2015 07:28:00 GMT",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "2015-10-21",
    "1000000000",
    "99999999999",
    "3.5-1",
    "\t5\t",
    "abc",
    "<>",
    '"',
    "%",
    "%ZZ",
    "%E0%A4%A",
    "%00",
  ),
  fc.integer({ min: -1_000_000, max: 10_000_000_000 }).map(String),
  fc.double().map(String),
  fc.string({ unit: fc.constantFrom(..."09-.,; =\"'<>abz%/\\*_:?&") as fc.Arbitrary<string>, maxLength: 40 }),
  fc.string({ maxLength: 40 }).map(asciiOnly),
);

/** `Link` headers: well-formed, half-formed and garbage. */
export const garbageLink: fc.Arbitrary<string> = fc.oneof(
  garbageHeaderValue,
  fc.constantFrom(
    '<https://api.test/v1/message/received?pageOffset=2>; rel="next"',
    '<?pageOffset=2>; rel="next"',
    '<http://evil.example/steal>; rel="next"',
    '<>; rel="next"',
    '<; rel="next"',
    'rel="next"',
    '<https://api.test/x>; rel=next, <https://api.test/y>; rel="last"',
    '<javascript:alert(1)>; rel="next"',
    '<%zz>; rel="next"',
    '<http://[::1>; rel="next"',
    `<${"a".repeat(5000)}>; rel="next"`,
  ),
  fc
    .tuple(fc.string({ maxLength: 30 }).map(asciiOnly), fc.constantFrom("next", "prev", "last", "", '"next"'))
    .map(([url, rel]) => `<${url}>; rel=${rel}`),
);

/** `Content-Disposition` headers. */
export const garbageDisposition: fc.Arbitrary<string> = fc.oneof(
  garbageHeaderValue,
  fc.constantFrom(
    'attachment; filename="po.edi"',
    "attachment; filename=po.edi",
    "attachment; filename*=UTF-8''%E2%82%AC.edi",
    "attachment; filename*=UTF-8''%E2%82",
    "attachment; filename*=UTF-8''%ZZ",
    "attachment; filename*=''",
    "attachment; filename*=bogus'xx'%41",
    'attachment; filename="',
    'attachment; filename=""',
    'attachment; filename="../../etc/passwd"',
    "attachment; filename=",
    "attachment;;;",
    "inline",
    'attachment; filename="a\\"b"',
  ),
  fc.string({ maxLength: 30 }).map((name) => `attachment; filename*=UTF-8''${asciiOnly(name)}`),
  fc.string({ maxLength: 30 }).map((name) => `attachment; filename="${asciiOnly(name)}"`),
);

/** `X-Batch-Truncation-Index`: `message,attachment` in the documented form, and everything else. */
export const garbageTruncationIndex: fc.Arbitrary<string> = fc.oneof(
  garbageHeaderValue,
  fc.tuple(fc.integer({ min: -3, max: 200 }), fc.integer({ min: -3, max: 200 })).map(([m, a]) => `${m},${a}`),
  fc.tuple(fc.integer({ min: -1, max: 4 }), fc.integer({ min: -1, max: 4 })).map(([m, a]) => `(${m},${a})`),
  fc.constantFrom("0,0", "1,0", "0", ",", "1,", ",1", "1,2,3", "1;2", " 1 , 2 ", "99999999999999999999,0"),
);

export const contentTypes: fc.Arbitrary<string | undefined> = fc.constantFrom(
  "application/json",
  "application/json; charset=utf-8",
  "application/problem+json",
  "text/plain",
  "text/html",
  "application/xml",
  "application/octet-stream",
  "application/zip",
  "multipart/form-data; boundary=x",
  "garbage",
  ";;;",
  undefined,
);

export const statuses: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      200,
      201,
      202,
      204,
      206,
      400,
      401,
      403,
      404,
      409,
      422,
      429,
      500,
      502,
      503,
      504,
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: 200, max: 599 }) },
);

/** Big bodies are made once and shared: a few MB each. */
const HUGE_TEXT = encoder.encode(`{"data":"${"A".repeat(3 * 1024 * 1024)}"`);
const HUGE_ARRAY = encoder.encode(`[${Array.from({ length: 100_000 }, (_, i) => `{"id":${i}}`).join(",")}]`);
const HUGE_BINARY = new Uint8Array(2 * 1024 * 1024).map((_, i) => (i * 7919) & 0xff);

/**
 * A body: `valid` (what the endpoint documents, from the caller), random JSON, a truncated or
 * garbled copy of either, HTML, random bytes, empty, or a huge one (a few MB).
 */
export function bodies(
  valid: fc.Arbitrary<unknown>,
  validBytes?: fc.Arbitrary<Uint8Array>,
): fc.Arbitrary<Uint8Array> {
  const json = fc.oneof(valid, fc.jsonValue()).map((v) => JSON.stringify(v) ?? "null");
  const decoder = new TextDecoder();
  const documented = validBytes ?? valid.map((v) => encoder.encode(JSON.stringify(v) ?? "null"));
  const text = validBytes
    ? fc.oneof(
        json,
        validBytes.map((b) => decoder.decode(b)),
      )
    : json;
  return fc.oneof(
    { weight: 4, arbitrary: documented },
    { weight: validBytes ? 1 : 0, arbitrary: validBytes ? cut(validBytes) : fc.constant(new Uint8Array(0)) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => encoder.encode(JSON.stringify(v) ?? "null")) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(text, fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([text, cut]) => encoder.encode(text.slice(0, Math.floor(text.length * cut)))),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(json, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([text, at, junk]) => {
          const i = text.length ? at % text.length : 0;
          return encoder.encode(text.slice(0, i) + junk + text.slice(i + 1));
        }),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          "<html><body>502 Bad Gateway</body></html>",
          "",
          " ",
          "null",
          "true",
          "0",
          '"str"',
          "[]",
          "{}",
          '{"success":true}',
          '{"success":false}',
          '{"success":true,"data":null}',
          '{"data":{}}',
          "\uFEFF{}",
          "{]",
        )
        .map((t) => encoder.encode(t)),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    { weight: 1, arbitrary: fc.constantFrom(HUGE_TEXT, HUGE_ARRAY, HUGE_BINARY) },
  );
}

/** Binary bodies cut short (a truncated archive). */
function cut(bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(bytes, fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([b, at]) => b.slice(0, Math.floor(b.length * at)));
}

export interface AnswerOptions {
  /** A documented success body for the endpoint (sent as JSON). */
  valid: fc.Arbitrary<unknown>;
  /** A documented binary success body (an archive, a file), used instead of `valid` as JSON. */
  validBytes?: fc.Arbitrary<Uint8Array>;
  /** Extra headers (name → arbitrary value), each present or absent at random. */
  extra?: Record<string, fc.Arbitrary<string>>;
}

/** One answer: status, content type, the rate/retry headers both APIs send, extra headers, a body. */
export function answers(options: AnswerOptions): fc.Arbitrary<FuzzAnswer> {
  const headerArbs: Record<string, fc.Arbitrary<string>> = {
    "retry-after": garbageHeaderValue,
    "retry-after-ms": garbageHeaderValue,
    "x-ratelimit-limit": garbageHeaderValue,
    "x-ratelimit-remaining": garbageHeaderValue,
    "x-ratelimit-reset": garbageHeaderValue,
    ...options.extra,
  };
  const optional = Object.fromEntries(
    Object.entries(headerArbs).map(([name, arb]) => [name, fc.option(arb, { nil: undefined, freq: 2 })]),
  );
  return fc
    .record({
      status: statuses,
      contentType: contentTypes,
      body: bodies(options.valid),
      headers: fc.record(optional),
    })
    .map(({ status, contentType, body, headers }) => {
      const h: Record<string, string> = {};
      if (contentType !== undefined) h["content-type"] = contentType;
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) h[name] = value as string;
      return { status, headers: h, body: printable(body) };
    });
}

/** A body as a counterexample prints it: its text (the first 200 characters) and its length. */
export function printable(body: Uint8Array): Uint8Array {
  return Object.assign(body, {
    [fc.toStringMethod]: () => {
      const text = new TextDecoder().decode(body.subarray(0, 200));
      return `bytes(${JSON.stringify(text)}${body.length > 200 ? ` …, ${body.length} bytes` : ""})`;
    },
  });
}

/** The answer as a Response (a null-body status gets no body, as the Response constructor insists). */
export function toResponse(answer: FuzzAnswer): Response {
  const noBody = [204, 205, 304].includes(answer.status);
  return new Response(noBody ? null : (answer.body as BodyInit), {
    status: answer.status,
    headers: answer.headers,
  });
}

/** The class a rejection must be an instance of to count as typed: the runtime's `EdiClientError`. */
export type ErrorClass = abstract new (...args: never[]) => Error;

/** How a fuzzed call ended: anything but `ok` or a typed error is a defect. */
export type Outcome =
  | { kind: "ok"; value: unknown }
  | { kind: "typed"; error: Error }
  | { kind: "untyped"; error: unknown }
  | { kind: "hang" };

/** Awaits `call`, bounded by `ms` of real time; a rejection is typed when it is an instance of `typed`. */
export async function settle(
  call: () => PromiseLike<unknown>,
  typed: ErrorClass,
  ms = 5_000,
): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "hang" }), ms);
  });
  const run = (async (): Promise<Outcome> => {
    try {
      return { kind: "ok", value: await call() };
    } catch (error) {
      return error instanceof typed ? { kind: "typed", error } : { kind: "untyped", error };
    }
  })();
  try {
    return await Promise.race([run, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Describes an outcome for a failed property (the counterexample's error, with its stack). */
export function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === "untyped") {
    const e = outcome.error;
    return `untyped rejection: ${e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e)}`;
  }
  return outcome.kind;
}

/**
 * Collects unhandled rejections while a property runs (vitest would report them only after the
 * file, without the counterexample); `take()` returns and clears what was seen.
 */
export function watchUnhandled() {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => {
    seen.push(reason);
  };
  process.on("unhandledRejection", listener);
  return {
    take(): unknown[] {
      return seen.splice(0);
    },
    stop() {
      process.off("unhandledRejection", listener);
    },
  };
}

/** Lets pending microtasks and an event-loop turn run, so a late unhandled rejection shows up. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function asciiOnly(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, "");
}

/** How a raw answer ends: closed, reset, or left open (the client's timeout must end the wait). */
export type WireEnding = "end" | "destroy" | "hold";

/** A raw HTTP/1.1 answer for the loopback fuzz server: bytes as they go on the wire. */
export interface WireAnswer {
  bytes: Uint8Array;
  ending: WireEnding;
}

/** Answers with connection-level garbage: wrong or bad Content-Length, broken chunking, odd status lines. */
export function wireAnswers(options: AnswerOptions): fc.Arbitrary<WireAnswer> {
  const statusLine = fc.oneof(
    { weight: 5, arbitrary: statuses.map((s) => `HTTP/1.1 ${s} X`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "HTTP/1.1 abc OK",
        "HTTP/1.1 99 Low",
        "HTTP/1.1 1000 Big",
        "FOO",
        "",
        "HTTP/2 200",
        "HTTP/1.1 200",
      ),
    },
  );
  const framing = fc.constantFrom(
    "exact",
    "longer",
    "shorter",
    "none",
    "garbage",
    "negative",
    "twice",
    "chunked",
    "chunked-cut",
    "chunked-bad",
  );
  return fc
    .record({
      line: statusLine,
      answer: answers(options),
      framing,
      slack: fc.integer({ min: 1, max: 5000 }),
      ending: fc.constantFrom<WireEnding>("end", "end", "destroy", "hold"),
    })
    .map(({ line, answer, framing, slack, ending }) => {
      const body = answer.body.length > 65_536 ? answer.body.subarray(0, 65_536) : answer.body;
      const head: string[] = [line];
      for (const [name, value] of Object.entries(answer.headers)) head.push(`${name}: ${value}`);
      let payload: Uint8Array = body;
      switch (framing) {
        case "exact":
          head.push(`content-length: ${body.length}`);
          break;
        case "longer":
          head.push(`content-length: ${body.length + slack}`);
          break;
        case "shorter":
          head.push(`content-length: ${Math.max(0, body.length - slack)}`);
          break;
        case "garbage":
          head.push("content-length: abc");
          break;
        case "negative":
          head.push("content-length: -5");
          break;
        case "twice":
          head.push(`content-length: ${body.length}`, `content-length: ${body.length + 1}`);
          break;
        case "chunked":
        case "chunked-cut":
        case "chunked-bad": {
          head.push("transfer-encoding: chunked");
          const size = framing === "chunked-bad" ? "zz" : body.length.toString(16);
          const tail = framing === "chunked-cut" ? "" : "\r\n0\r\n\r\n";
          payload = concat(encoder.encode(`${size}\r\n`), body, encoder.encode(tail));
          break;
        }
      }
      const bytes = concat(encoder.encode(`${head.join("\r\n")}\r\n\r\n`), payload);
      return { bytes: printable(bytes), ending };
    });
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A raw TCP server on 127.0.0.1 that answers every request with the next `WireAnswer` of
 * `script()` (once the request's head has arrived), written as bytes, then ends, resets or holds
 * the connection. `close()` destroys every socket.
 */
export async function startWireServer(script: () => WireAnswer) {
  const { createServer } = await import("node:net");
  const sockets = new Set<import("node:net").Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    let seen = "";
    let answered = false;
    socket.on("data", (chunk) => {
      if (answered) return;
      seen += chunk.toString("latin1");
      if (!seen.includes("\r\n\r\n")) return;
      answered = true;
      const { bytes, ending } = script();
      socket.write(bytes, () => {
        if (ending === "end") socket.end();
        else if (ending === "destroy") socket.destroy();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as import("node:net").AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export interface FuzzHarness {
  /** Unhandled rejections seen so far (the file's last test expects none). */
  unhandled: ReturnType<typeof watchUnhandled>;
  /** `settle` with the harness's error class. */
  settle(call: () => PromiseLike<unknown>, ms?: number): Promise<Outcome>;
  /**
   * Settles `call` (bounded by `ms`), lets a late unhandled rejection show up, and throws — failing
   * the property with its counterexample — unless the call resolved with a value `valid` accepts
   * or rejected with a typed error.
   */
  check(
    label: string,
    call: () => PromiseLike<unknown>,
    valid: (value: unknown) => boolean,
    ms?: number,
  ): Promise<void>;
}

/** The fuzz harness of a test file: watches unhandled rejections until the file ends. */
export function fuzzHarness(typed: ErrorClass): FuzzHarness {
  const unhandled = watchUnhandled();
  afterAll(() => unhandled.stop());
  return {
    unhandled,
    settle: (call, ms) => settle(call, typed, ms),
    async check(label, call, valid, ms) {
      const outcome = await settle(call, typed, ms);
      await turn();
      const stray = unhandled.take();
      if (stray.length)
        throw new Error(`unhandled rejection: ${String((stray[0] as Error)?.stack ?? stray[0])}`);
      if (outcome.kind === "ok") {
        if (!valid(outcome.value)) throw new Error(`resolved with an invalid ${label} result`);
        return;
      }
      if (outcome.kind !== "typed") throw new Error(describeOutcome(outcome));
    },
  };
}

/**
 * Runs the property `run(url)` on `numRuns` scripts of raw answers: a loopback TCP server at `url`
 * answers the run's requests with its script in order (the last answer repeats), then closes.
 */
export async function assertOverWire(
  scripts: fc.Arbitrary<WireAnswer[]>,
  run: (url: string) => Promise<void>,
  numRuns: number,
): Promise<void> {
  let script: WireAnswer[] = [];
  let i = 0;
  const server = await startWireServer(() => script[Math.min(i++, script.length - 1)] as WireAnswer);
  try {
    await fc.assert(
      fc.asyncProperty(scripts, async (wire) => {
        script = wire;
        i = 0;
        await run(server.url);
      }),
      { numRuns },
    );
  } finally {
    await server.close();
  }
}
