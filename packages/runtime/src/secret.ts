// Keeps credentials out of logs, errors and debugger output.

const REDACTED = "***";
const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** Header names whose values are credentials. Compared case-insensitively. */
export const SENSITIVE_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "x-api-key",
  "api-key",
  "cookie",
  "set-cookie",
]);

/**
 * A credential that prints as `***` in `String()`, `JSON.stringify` and `util.inspect`, so an object
 * holding it can be logged safely. Read it with `reveal()` at the one place it is sent.
 */
export class Secret {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  reveal(): string {
    return this.#value;
  }
  toString(): string {
    return REDACTED;
  }
  toJSON(): string {
    return REDACTED;
  }
  [inspectSymbol](): string {
    return `Secret(${REDACTED})`;
  }
}

/**
 * A plain-object copy of headers with every credential header replaced by `***`, and every given
 * secret scrubbed from the other values (a server may echo a token in any header).
 */
export function redactHeaders(
  headers: Headers | Record<string, string>,
  secrets: Iterable<string | undefined> = [],
): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const known = [...secrets];
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    out[name] = SENSITIVE_HEADERS.has(name.toLowerCase()) ? REDACTED : scrub(value, known);
  }
  return out;
}

/** Removes every occurrence of the given secrets from a text (for server echoes of a token). */
export function scrub(text: string, secrets: Iterable<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** A copy of a parsed body (or any JSON-like value) with every secret scrubbed from every string in it. */
export function scrubValue(value: unknown, secrets: Iterable<string | undefined>): unknown {
  const known = [...secrets];
  if (known.every((secret) => !secret)) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === "string") return scrub(item, known);
    if (Array.isArray(item)) return item.map(walk);
    if (item === null || typeof item !== "object") return item;
    return Object.fromEntries(Object.entries(item).map(([key, inner]) => [scrub(key, known), walk(inner)]));
  };
  return walk(value);
}

/**
 * A client's secrets plus one call's own (a password sent in that call's body), for scrubbing that
 * call's errors. Non-strings (an absent optional field) are ignored.
 */
export function withCallSecrets(client: () => string[], call: readonly unknown[] = []): () => string[] {
  const own = call.filter((value): value is string => typeof value === "string" && value !== "");
  return own.length ? () => [...client(), ...own] : client;
}
