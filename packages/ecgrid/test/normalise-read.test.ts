// `read` (tolerant reading: a field under any documented spelling, any casing) became one pass
// over the record's keys (issue 13: it ran names × keys lowercasings for every absent optional
// field). It must pick exactly what the straightforward form picks: the first name in order that
// some key matches with a value, and of those keys the first in the record's order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { read } from "../src/core/normalise.js";

/** The previous implementation, kept as the reference. */
function reference(record: Record<string, unknown>, ...names: string[]): unknown {
  for (const name of names) {
    const exact = record[name];
    if (exact !== undefined && exact !== null) return exact;
  }
  const lower = names.map((name) => name.toLowerCase());
  for (const name of lower) {
    for (const key of Object.keys(record)) {
      if (key.toLowerCase() === name) {
        const value = record[key];
        if (value !== undefined && value !== null) return value;
      }
    }
  }
  return undefined;
}

// Few letters, so keys collide under casing often; values include null/undefined (skipped).
const word = fc.stringMatching(/^[aAbB]{1,3}$/);
const recase = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((flips) => [...name].map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join(""));

describe("read (tolerant field lookup)", () => {
  it("picks what the straightforward form picks, for any keys, casings and values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined))), {
          maxLength: 8,
        }),
        fc
          .array(word, { minLength: 1, maxLength: 4 })
          .chain((names) => fc.tuple(fc.constant(names), fc.tuple(...names.map(recase)))),
        (entries, [, names]) => {
          const record: Record<string, unknown> = {};
          for (const [key, value] of entries) record[key] = value;
          expect(read(record, ...names)).toBe(reference(record, ...names));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("prefers an earlier name over an earlier key, and skips null values", () => {
    const record = { PARCELID: 1, parcelid: null, ParcelId: 2, Id: 3 };
    expect(read(record, "id", "parcelID")).toBe(3);
    expect(read(record, "parcelID", "id")).toBe(1);
    expect(read({ ParcelId: null, PARCELID: 4 }, "parcelId")).toBe(4);
    expect(read({ x: 1 }, "y")).toBeUndefined();
  });
});
