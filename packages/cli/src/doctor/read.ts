// Reading IDs out of answers whose shape is not trusted (that is what doctor checks): every helper
// returns undefined rather than throw when the body is not what the spec says.

/** The `data` of an envelope `{ …, data }`, or the body itself when it has none. */
export function dataOf(body: unknown): unknown {
  return isObject(body) && "data" in body ? body.data : body;
}

/**
 * The first item of a list answer: `data` as an array, or the first array found directly inside
 * `data` (`{ totalRecords, parcelIDInfoList: [...] }`, `{ records: [...] }`).
 */
export function firstItem(body: unknown): unknown {
  const data = dataOf(body);
  if (Array.isArray(data)) return data[0];
  if (!isObject(data)) return undefined;
  for (const value of Object.values(data)) if (Array.isArray(value)) return value[0];
  return undefined;
}

/** A field by any of its names, compared case-insensitively (`parcelId`, `parcelID`). */
export function field(item: unknown, ...names: string[]): unknown {
  if (!isObject(item)) return undefined;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const [key, value] of Object.entries(item)) if (wanted.has(key.toLowerCase())) return value;
  return undefined;
}

/** A positive integer ID (or a string of digits), else undefined. */
export function positiveId(value: unknown): number | undefined {
  const n = typeof value === "string" && /^\d{1,18}$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** A non-empty string ID of reasonable length, else undefined. */
export function stringId(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= 1000 ? value : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
