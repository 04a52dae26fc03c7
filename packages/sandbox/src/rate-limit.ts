// Rate limits as documented, for both halves, in fixed windows on the sandbox clock counted from a
// budget's first request. A request over the limit is a 429 with the half's error body and
// Retry-After (seconds until the window resets).
// - ECGrid (spec components `X-RateLimit-*`, `Retry-After`, response `TooManyRequests`): 180 requests
//   a minute per API key or session token, 40 a minute per source on the unauthenticated endpoints
//   (login, refresh); every answer carries X-RateLimit-Limit / -Remaining / -Reset, the 429 the error
//   envelope (`RateLimitExceeded`).
// - AS2 Gateway (spec `info.description` "Transport", response `TooManyRequests`): 50 requests per
//   10-second period for the account (one budget: the sandbox has one account); the 429 is a
//   GenericResponse (`{ "message": "Too many requests" }`); no X-RateLimit-* headers are documented.
import type { Context, MiddlewareHandler } from "hono";

export interface RateLimitOptions {
  /** Requests per window per API key or token; default 180. */
  limit?: number;
  /** Requests per window per source on login/refresh; default 40. */
  unauthenticatedLimit?: number;
  /** Window length in milliseconds; default 60 000. */
  windowMs?: number;
}

export interface As2RateLimitOptions {
  /** Requests per window for the account; default 50. */
  limit?: number;
  /** Window length in milliseconds; default 10 000. */
  windowMs?: number;
}

interface Window {
  start: number;
  count: number;
}

interface Policy {
  windowMs: number;
  /** The budget a request counts against: its key and its size. */
  budget(c: Context): { id: string; max: number };
  /** Whether every answer carries X-RateLimit-Limit / -Remaining / -Reset. */
  advertise: boolean;
  /** The 429 answer (Retry-After and any advertised headers are added to it). */
  refuse(c: Context): Response;
}

/** A Hono middleware counting requests per budget in fixed windows on `now`. */
function fixedWindows(policy: Policy, now: () => number): MiddlewareHandler {
  const windows = new Map<string, Window>();
  return async (c, next) => {
    const { id, max } = policy.budget(c);
    const at = now();
    let window = windows.get(id);
    if (!window || at - window.start >= policy.windowMs) {
      window = { start: at, count: 0 };
      windows.set(id, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.start + policy.windowMs - at) / 1000));
    const headers: Record<string, string> = policy.advertise
      ? {
          "X-RateLimit-Limit": String(max),
          "X-RateLimit-Remaining": String(Math.max(0, max - window.count - 1)),
          "X-RateLimit-Reset": String(resetSeconds),
        }
      : {};
    if (window.count >= max) {
      const refused = policy.refuse(c);
      const over: Record<string, string> = { ...headers, "Retry-After": String(resetSeconds) };
      if (policy.advertise) over["X-RateLimit-Remaining"] = "0";
      for (const [name, value] of Object.entries(over)) refused.headers.set(name, value);
      return refused;
    }
    window.count += 1;
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}

/** What ECGrid's 429 says; `envelope` wraps it (the envelope style of src/variants.ts). */
export interface RateLimitRefusal {
  status: 429;
  message: string;
  errorCode: string;
  detail: string;
}

/** ECGrid's limits: per API key or token, a smaller budget for unauthenticated calls. */
export function rateLimiter(
  options: RateLimitOptions,
  now: () => number,
  envelope: (refusal: RateLimitRefusal) => unknown,
): MiddlewareHandler {
  const limit = options.limit ?? 180;
  const anonymousLimit = options.unauthenticatedLimit ?? 40;
  return fixedWindows(
    {
      windowMs: options.windowMs ?? 60_000,
      advertise: true,
      budget(c) {
        const key = c.req.header("x-api-key");
        const bearer = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
        if (key !== undefined) return { id: `key:${key}`, max: limit };
        if (bearer !== undefined) return { id: `token:${bearer}`, max: limit };
        return { id: "anonymous", max: anonymousLimit };
      },
      refuse: (c) =>
        c.json(
          envelope({
            status: 429,
            message: "Rate limit exceeded.",
            detail: "Retry after the number of seconds given in the Retry-After header.",
            errorCode: "RateLimitExceeded",
          }),
          429,
        ),
    },
    now,
  );
}

/** The AS2 Gateway's limit: one budget for the account, authorize included. */
export function as2RateLimiter(options: As2RateLimitOptions, now: () => number): MiddlewareHandler {
  const limit = options.limit ?? 50;
  return fixedWindows(
    {
      windowMs: options.windowMs ?? 10_000,
      advertise: false,
      budget: () => ({ id: "account", max: limit }),
      refuse: (c) => c.json({ message: "Too many requests" }, 429),
    },
    now,
  );
}
