// AS2 Gateway answers plain-HTTP requests with `307 Temporary Redirect` to HTTPS. fetch's own
// redirect handling is unfit for that: it drops `Authorization` on a cross-origin hop (http→https
// is cross-origin) and cannot re-send a stream body. This fetch wrapper sits under the transport,
// sends with `redirect: "manual"` and follows a redirect itself — only when the target is the same
// host upgraded to https — re-sending the same method, headers (Authorization included) and body.
import type { FetchLike } from "@edi-clients/runtime";
import { RedirectError } from "./errors.js";

export const DEFAULT_MAX_REDIRECTS = 3;

/** Decides whether a redirect from `from` to `to` may be followed with the credentials. */
export type RedirectPolicy = (from: URL, to: URL) => boolean;

export interface RedirectFetchOptions {
  fetch: FetchLike;
  /** Hops followed per request before giving up. Default 3. */
  maxRedirects?: number;
  /**
   * Which redirects to follow. Default {@link isHttpsUpgrade}. Internal: tests widen it to a second
   * local port, since a test server cannot serve the same host on http and https.
   */
  policy?: RedirectPolicy;
  /** Runs before each extra hop (the client takes a rate-limit slot there: a hop is a request). */
  beforeHop?: (signal: AbortSignal) => Promise<void> | void;
}

/**
 * The only redirect worth following with credentials: same host name, http → https, default
 * HTTPS port, no user info. Path and query may change (the server decides where the resource is).
 */
export const isHttpsUpgrade: RedirectPolicy = (from, to) =>
  from.protocol === "http:" &&
  to.protocol === "https:" &&
  from.hostname.toLowerCase() === to.hostname.toLowerCase() &&
  (to.port === "" || to.port === "443") &&
  to.username === "" &&
  to.password === "";

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Only these keep method and body by definition; 301/302/303 are followed for bodiless GET/HEAD. */
const BODY_KEEPING = new Set([307, 308]);

export function createRedirectFetch(options: RedirectFetchOptions): FetchLike {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const policy = options.policy ?? isHttpsUpgrade;

  return async function redirectingFetch(request: Request): Promise<Response> {
    let current = request;
    for (let hop = 0; ; hop++) {
      // Sending consumes the body: keep a copy until the answer says whether it is needed again.
      const replay = current.body ? current.clone() : undefined;
      const response = await options.fetch(new Request(current, { redirect: "manual" }));
      const location = response.headers.get("location");
      if (!REDIRECT_STATUSES.has(response.status) || location === null) {
        void replay?.body?.cancel().catch(() => undefined);
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      const from = new URL(current.url);
      let to: URL;
      try {
        to = new URL(location, from);
      } catch {
        throw new RedirectError(`the server redirected to an invalid URL (${response.status})`, { location });
      }
      const where = `${response.status} redirect from ${from.origin} to ${to.origin}`;
      if (!policy(from, to)) {
        throw new RedirectError(
          `refusing to follow a ${where}: only an upgrade of the same host from http to https is followed ` +
            "(set baseUrl to the https URL)",
          { location },
        );
      }
      const safeMethod = current.method === "GET" || current.method === "HEAD";
      if (!BODY_KEEPING.has(response.status) && !safeMethod) {
        throw new RedirectError(
          `refusing to follow a ${where} for ${current.method}: only 307/308 keep the method and body`,
          { location },
        );
      }
      if (hop >= maxRedirects) {
        throw new RedirectError(`gave up after ${maxRedirects} redirects (last: ${where})`, { location });
      }
      await options.beforeHop?.(current.signal);
      current = new Request(to, {
        method: current.method,
        headers: current.headers,
        // Buffered, so the next hop carries a Content-Length like the first one did.
        body: replay ? await replay.arrayBuffer() : null,
        signal: current.signal,
        redirect: "manual",
      });
    }
  };
}
