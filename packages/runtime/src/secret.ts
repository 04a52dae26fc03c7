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

/** A plain-object copy of headers with every credential replaced by `***`. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) {
    out[name] = SENSITIVE_HEADERS.has(name.toLowerCase()) ? REDACTED : value;
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
