// Reading the rate-limit headers both APIs send (X-RateLimit-Remaining / -Reset).

export function toNumber(value: string | null): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** `X-RateLimit-Reset` as seconds from now, or (when it looks like one) a Unix timestamp. */
export function resetDelayMs(value: string | null, now: number = Date.now()): number | undefined {
  const n = toNumber(value);
  // A finite count of seconds can still overflow to Infinity milliseconds: no usable hint then.
  if (n === undefined || n < 0 || !Number.isFinite(n * 1000)) return undefined;
  return n > 1_000_000_000 ? Math.max(0, n * 1000 - now) : n * 1000;
}
