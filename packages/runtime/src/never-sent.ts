// Whether a fetch failure happened before the request left: what makes even a non-idempotent call
// safe to retry (retry.ts) and an error's `maybeSent` false (errors.ts). A leaf module, imported by
// both, so neither imports the other for it.

const NEVER_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

/**
 * True when a fetch failure happened before the request could reach the server: the connection
 * was refused, the host did not resolve, or connecting timed out. undici nests the system error in
 * `cause` (sometimes inside an AggregateError), so the whole chain is searched.
 */
export function failedBeforeSending(error: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [error];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && NEVER_SENT_CODES.has(code)) return true;
    stack.push((current as { cause?: unknown }).cause);
    const nested = (current as { errors?: unknown }).errors;
    if (Array.isArray(nested)) stack.push(...nested);
  }
  return false;
}
