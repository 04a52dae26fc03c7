// Fuzzing the AS2 Gateway client's response handling (issue 14 item 3) through its real code
// paths on a fake fetch: a list read page after page, a send (its `Link` header names the
// message), an attachment download (`Content-Disposition`), and a batch zip download
// (`X-Batch-Truncation-Index`), with random statuses, garbled/truncated/huge bodies, wrong content
// types and garbage headers. Property: a valid result or an EdiClientError — never a raw
// TypeError/SyntaxError/RangeError, an unhandled rejection or a hang.
import { EdiClientError } from "@edi-clients/runtime";
import {
  answers,
  assertOverWire,
  type FuzzAnswer,
  fuzzHarness,
  garbageDisposition,
  garbageHeaderValue,
  garbageLink,
  garbageTruncationIndex,
  toResponse,
  wireAnswers,
} from "@edi-clients/test-helpers/fuzz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { As2Gateway, ResponseParseError } from "../src/index.js";
import { message, silentLogger, zip } from "./helpers.js";

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const IDS = ["<a@x>", "<b@x>", "<c@x>"];

const fuzz = fuzzHarness(EdiClientError);

const record = fc.oneof(
  fc.constant(null).map(() => message()),
  fc.record(
    { as2MessageId: fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), attachments: fc.jsonValue() },
    {
      requiredKeys: [],
    },
  ),
  fc.jsonValue(),
);
const listPage = fc.record(
  {
    totalRecords: fc.oneof(
      fc.integer({ min: 0, max: 5 }),
      fc.integer(),
      fc.double(),
      fc.string({ maxLength: 3 }),
    ),
    records: fc.oneof(fc.array(record, { maxLength: 3 }), fc.jsonValue()),
  },
  { requiredKeys: [] },
);
const archive = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...IDS), fc.string({ maxLength: 6 })),
      fc.oneof(fc.constantFrom("1.edi", "2.edi", ".error", "po.edi"), fc.string({ maxLength: 6 })),
      fc.string({ maxLength: 20 }),
    ),
    { maxLength: 4 },
  )
  .map((entries) => {
    const files: Record<string, string> = {};
    for (const [id, name, content] of entries) files[`${id}/${name || "f"}`] = content;
    return zip(files);
  });

type Operation = "list" | "send" | "attachment" | "stream" | "batch";
const answerFor: Record<Operation, fc.Arbitrary<FuzzAnswer>> = {
  list: answers({ valid: listPage }),
  send: answers({
    valid: fc.record({ message: fc.string({ maxLength: 10 }) }, { requiredKeys: [] }),
    extra: { link: garbageLink },
  }),
  attachment: answers({
    valid: fc.constant(null),
    validBytes: fc.uint8Array({ maxLength: 64 }),
    extra: { "content-disposition": garbageDisposition },
  }),
  stream: answers({
    valid: fc.constant(null),
    validBytes: fc.uint8Array({ maxLength: 64 }),
    extra: { "content-disposition": garbageDisposition, "content-length": garbageHeaderValue },
  }),
  batch: answers({
    valid: fc.constant(null),
    validBytes: archive,
    extra: { "x-batch-truncation-index": garbageTruncationIndex, "content-disposition": garbageDisposition },
  }),
};

/** After its script, a list's server has no more records (else a server ignoring pageOffset pages for good). */
const END_OF_LIST: FuzzAnswer = {
  status: 200,
  headers: { "content-type": "application/json" },
  body: new TextEncoder().encode('{"totalRecords":0,"records":[]}'),
};

function client(script: FuzzAnswer[], op: Operation) {
  let i = 0;
  const answer = () =>
    op === "list" && i >= script.length ? END_OF_LIST : script[Math.min(i, script.length - 1)];
  return new As2Gateway({
    baseUrl: "https://as2.test",
    token: "tok-fuzz-static",
    throttle: false,
    logger: silentLogger,
    reconcile: false,
    fetch: async () => {
      const next = answer() as FuzzAnswer;
      i++;
      return toResponse(next);
    },
    maxRetries: 2,
    retry: { baseDelayMs: 1, maxDelayMs: 2, maxTotalDelayMs: 20 },
    timeoutMs: 4_000,
  });
}

async function call(as2: As2Gateway, op: Operation): Promise<unknown> {
  switch (op) {
    case "list": {
      const seen: unknown[] = [];
      // A server that keeps promising more must not keep the loop going for good: the paginator
      // stops on its own (an empty page, the totals); 200 records is far past any script here.
      for await (const m of as2.received.list({ pageLength: 2 })) {
        seen.push(m);
        if (seen.length > 200) throw new Error("the paginator did not stop");
      }
      return seen;
    }
    case "send":
      return as2.messages.send({
        stationId: "ACME_EDI_PROD",
        partnerId: "GLOBEX_AS2",
        file: { name: "po.edi", content: "ISA*00*~" } as never,
      });
    case "attachment":
      return as2.received.attachment("<a@x>");
    case "stream": {
      // Read to the end: a body cut off mid-stream must fail typed too.
      const download = await as2.received.attachmentStream("<a@x>");
      return { ...download, bytes: new Uint8Array(await new Response(download.stream).arrayBuffer()) };
    }
    case "batch":
      return as2.received.downloadBatch(IDS);
  }
}

function isValid(op: Operation, value: unknown): boolean {
  switch (op) {
    case "list":
      return Array.isArray(value);
    case "send":
      return typeof (value as { message?: unknown }).message === "string";
    case "attachment":
    case "stream":
      return (value as { bytes?: unknown }).bytes instanceof Uint8Array;
    case "batch": {
      const r = value as { messages?: { as2MessageId: string }[] };
      return Array.isArray(r.messages) && r.messages.map((m) => m.as2MessageId).join() === IDS.join();
    }
  }
}

function check(op: Operation, script: FuzzAnswer[]) {
  return fuzz.check(
    op,
    () => call(client(script, op), op),
    (value) => isValid(op, value),
  );
}

describe("AS2 Gateway response handling under fuzzing", () => {
  for (const op of Object.keys(answerFor) as Operation[]) {
    it(`${op}: a valid result or an EdiClientError for any answer`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(answerFor[op], { minLength: 1, maxLength: 4 }), (script) =>
          check(op, script),
        ),
        { numRuns: NUM_RUNS },
      );
    }, 120_000);
  }

  // Connection-level garbage from a loopback TCP server through the real fetch.
  for (const op of ["attachment", "stream", "batch"] as const) {
    it(`${op} over a loopback socket: a valid result or an EdiClientError for any wire answer`, async () => {
      const extra: Record<string, fc.Arbitrary<string>> = op === "batch"
        ? { "x-batch-truncation-index": garbageTruncationIndex, "content-disposition": garbageDisposition }
        : { "content-disposition": garbageDisposition };
      const validBytes = op === "batch" ? archive : fc.uint8Array({ maxLength: 64 });
      await assertOverWire(
        fc.array(wireAnswers({ valid: fc.constant(null), validBytes, extra }), {
          minLength: 1,
          maxLength: 3,
        }),
        (url) => {
          const as2 = new As2Gateway({
            baseUrl: url,
            token: "tok-fuzz-static",
            throttle: false,
            logger: silentLogger,
            reconcile: false,
            maxRetries: 1,
            retry: { baseDelayMs: 1, maxDelayMs: 2, maxTotalDelayMs: 20 },
            timeoutMs: 300,
          });
          return fuzz.check(
            op,
            () => call(as2, op),
            (value) => isValid(op, value),
            5_000,
          );
        },
        Math.ceil(NUM_RUNS / 4),
      );
    }, 120_000);
  }

  it("sees no unhandled rejection over the whole file", () => {
    expect(fuzz.unhandled.take()).toEqual([]);
  });
});

describe("AS2 Gateway fuzz counterexamples, fixed", () => {
  // list, seed -1440308896: `[{status: 200, content-type: application/json, body: {"records":{}}}]`
  // — the paginator spread `records` and a raw TypeError ("is not iterable") reached the caller;
  // a string there became one record per character.
  for (const records of ["{}", '"abc"', "5", "true"]) {
    it(`a page whose records are ${records} rejects with a ResponseParseError`, async () => {
      const body = new TextEncoder().encode(`{"totalRecords":3,"records":${records}}`);
      const as2 = client([{ status: 200, headers: { "content-type": "application/json" }, body }], "list");
      const error = await call(as2, "list").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as ResponseParseError).operation).toBe("listReceivedMessages");
    });
  }
});
