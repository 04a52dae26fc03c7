// Rate limits as documented (spec components `X-RateLimit-*`, `Retry-After`, response `TooManyRequests`):
// 180 requests a minute per API key or session token, 40 a minute per source on the unauthenticated
// endpoints (login, refresh). Fixed windows on the sandbox clock, counted from a key's first request.
// Every answer carries X-RateLimit-Limit / -Remaining / -Reset (seconds until the window resets); a request
// over the limit is a 429 with the error envelope (`RateLimitExceeded`) and Retry-After (seconds).
import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";

export interface RateLimitOptions {
  /** Requests per window per API key or token; default 180. */
  limit?: number;
  /** Requests per window per source on login/refresh; default 40. */
  unauthenticatedLimit?: number;
  /** Window length in milliseconds; default 60 000. */
  windowMs?: number;
}

interface Window {
  start: number;
  count: number;
}

/** A Hono middleware counting requests per credential on `now`. */
export function rateLimiter(options: RateLimitOptions, now: () => number): MiddlewareHandler {
  const limit = options.limit ?? 180;
  const anonymousLimit = options.unauthenticatedLimit ?? 40;
  const windowMs = options.windowMs ?? 60_000;
  const windows = new Map<string, Window>();
  return async (c, next) => {
    const key = c.req.header("x-api-key");
    const bearer = /^Bearer (.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    const credential =
      key !== undefined ? `key:${key}` : bearer !== undefined ? `token:${bearer}` : undefined;
    const id = credential ?? "anonymous";
    const max = credential === undefined ? anonymousLimit : limit;
    const at = now();
    let window = windows.get(id);
    if (!window || at - window.start >= windowMs) {
      window = { start: at, count: 0 };
      windows.set(id, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - at) / 1000));
    const headers = {
      "X-RateLimit-Limit": String(max),
      "X-RateLimit-Remaining": String(Math.max(0, max - window.count - 1)),
      "X-RateLimit-Reset": String(resetSeconds),
    };
    if (window.count >= max) {
      return c.json(
        {
          httpStatus: 429,
          success: false,
          message: "Rate limit exceeded.",
          detail: "Retry after the number of seconds given in the Retry-After header.",
          errorCode: "RateLimitExceeded",
          traceId: `SBX${randomUUID().replaceAll("-", "").slice(0, 10).toUpperCase()}:00000001`,
          errorInfo: null,
        },
        429,
        { ...headers, "X-RateLimit-Remaining": "0", "Retry-After": String(resetSeconds) },
      );
    }
    window.count += 1;
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
