// The header parsers the AS2 client relies on, fuzzed with any string (issue 14 item 3): they
// answer a value or undefined, never throw, and what they answer has the documented shape.

import {
  garbageDisposition,
  garbageHeaderValue,
  garbageLink,
  garbageTruncationIndex,
} from "@edi-clients/test-helpers/fuzz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filenameFromContentDisposition, messageIdFromLink, parseTruncationIndex } from "../src/index.js";

const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: "binary", maxLength: 80 }));

describe("AS2 header parsers under fuzzing", () => {
  it("Content-Disposition: a non-empty name or undefined", () => {
    fc.assert(
      fc.property(fc.oneof(garbageDisposition, anyText), (header) => {
        const name = filenameFromContentDisposition(header);
        expect(name === undefined || (typeof name === "string" && name.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("Link: an ID in angle brackets or undefined", () => {
    fc.assert(
      fc.property(fc.oneof(garbageLink, anyText), (header) => {
        const id = messageIdFromLink(header);
        expect(id === undefined || /^<.*>$/s.test(id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("X-Batch-Truncation-Index: two non-negative integers or undefined", () => {
    fc.assert(
      fc.property(fc.oneof(garbageTruncationIndex, garbageHeaderValue, anyText), (header) => {
        const index = parseTruncationIndex(header);
        if (index === undefined) return;
        expect(Number.isSafeInteger(index.messageIndex) && index.messageIndex >= 0).toBe(true);
        expect(Number.isSafeInteger(index.attachmentIndex) && index.attachmentIndex >= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
