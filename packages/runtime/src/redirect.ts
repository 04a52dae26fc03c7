// The redirect guard both clients send through. fetch's own redirect handling is unfit for an API
// client holding credentials: it forwards custom headers such as `X-API-Key` to any origin a server
// names, re-posts a body (a password) on a 307, drops `Authorization` on a cross-origin hop (so an
// http→https upgrade loses it) and cannot re-send a stream body. This fetch wrapper sits under the
// transport, sends with `redirect: "manual"` and follows a redirect itself — only when the target
// is the same host upgraded to https — re-sending the same method, headers and body. Any other
// redirect fails with a RedirectError before a byte goes to the new location.
import { RedirectError } from "./errors.js";
import { type DirectFetch, type OutgoingRequest, PreparedRequest } from "./prepared-request.js";
import { scrub } from "./secret.js";

/** What the transport hands its fetch besides the Request: the attempt's signal, passed on as is. */
export interface RedirectInit {
  signal?: AbortSignal | undefined;
  /**
   * The request's body as a value it can be built from again (null: none), when the caller has
   * one (the transport does): no clone is kept per hop then.
   */
  replayBody?: string | Blob | Uint8Array | null | undefined;
}

/** A fetch as the transport calls it. */
export type RedirectingFetch = (request: Request, init?: RedirectInit) => Promise<Response>;

/** The guard itself: it also takes the client core's prepared requests. */
export type RedirectGuard = (request: OutgoingRequest, init?: RedirectInit) => Promise<Response>;

export const DEFAULT_MAX_REDIRECTS = 3;

/** Decides whether a redirect from `from` to `to` may be followed with the credentials. */
export type RedirectPolicy = (from: URL, to: URL) => boolean;

export interface RedirectFetchOptions {
  fetch: RedirectingFetch;
  /**
   * How a prepared request is sent when the client has no fetch of its own: `fetch(url, init)`,
   * no Request built here. Without it, `fetch` gets the prepared request as a Request.
   */
  direct?: DirectFetch | undefined;
  /** Hops followed per request before giving up. Default 3. */
  maxRedirects?: number;
  /**
   * Which redirects to follow. Default {@link isHttpsUpgrade}. Internal: tests widen it to a second
   * local port, since a test server cannot serve the same host on http and https; clients never
   * expose it.
   */
  policy?: RedirectPolicy;
  /**
   * Runs before each extra hop (the client takes a rate-limit slot there: a hop is a request). When
   * it resolves with a permit (an object with `settle`), the permit is settled with the hop's answer.
   */
  beforeHop?: (signal: AbortSignal | undefined) => unknown;
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

export function createRedirectFetch(options: RedirectFetchOptions): RedirectGuard {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const policy = options.policy ?? isHttpsUpgrade;
  const { direct } = options;
  const send = (outgoing: OutgoingRequest, init: RedirectInit | undefined): Promise<Response> => {
    if (!(outgoing instanceof PreparedRequest)) {
      // Already refusing to follow (the transport builds its requests so): sent as it is.
      return options.fetch(
        outgoing.redirect === "manual" ? outgoing : new Request(outgoing, { redirect: "manual" }),
        init,
      );
    }
    return direct
      ? direct(outgoing.url, outgoing.init(init?.signal))
      : options.fetch(outgoing.toRequest(), init);
  };

  return async function redirectingFetch(request: OutgoingRequest, init?: RedirectInit): Promise<Response> {
    let current = request;
    let permit: HopPermit | undefined;
    // The attempt's signal travels next to the Request (never inside a new one: undici can lose a
    // signal given to `new Request()`), to every hop.
    const signal = init?.signal ?? (request instanceof PreparedRequest ? undefined : request.signal);
    // The body the transport built the request from, when it says; else a copy is kept per hop.
    let replayBody = init?.replayBody;
    for (let hop = 0; ; hop++) {
      // Sending consumes the body: keep a copy until the answer says whether it is needed again
      // (a prepared request keeps its body as it is).
      if (current instanceof PreparedRequest) replayBody = current.source;
      const replay =
        replayBody === undefined && !(current instanceof PreparedRequest) && current.body
          ? current.clone()
          : undefined;
      let response: Response;
      try {
        response = await send(current, init);
      } catch (error) {
        permit?.settle();
        throw error;
      }
      permit?.settle(response);
      permit = undefined;
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
      permit = asPermit(await options.beforeHop?.(signal));
      if (current instanceof PreparedRequest) {
        current = current.withUrl(to.href);
        continue;
      }
      // Buffered, so the next hop carries a Content-Length like the first one did.
      replayBody = replayBody ?? (replay ? new Uint8Array(await replay.arrayBuffer()) : null);
      current = new Request(to, {
        method: current.method,
        headers: current.headers,
        body: replayBody as BodyInit | null,
        signal: current.signal,
        redirect: "manual",
      });
    }
  };
}

/** A rate-limit slot taken for a hop, settled with the hop's answer. */
interface HopPermit {
  settle(response?: { status: number; headers: Headers }): void;
}

function asPermit(value: unknown): HopPermit | undefined {
  return typeof (value as Partial<HopPermit> | undefined)?.settle === "function"
    ? (value as HopPermit)
    : undefined;
}

/**
 * The guard runs under the transport and does not know which operation it served: a RedirectError
 * without one gets it, and its message and Location lose any credential a server echoed into the
 * redirect target (even into a host name). Any other error is returned as it is.
 */
export function withRedirectOperation(error: unknown, operation: string, secrets: string[] = []): unknown {
  if (!(error instanceof RedirectError) || error.operation !== undefined) return error;
  return new RedirectError(scrub(`${operation}: ${error.message}`, secrets), {
    operation,
    location: error.location === undefined ? undefined : scrub(error.location, secrets),
  });
}
