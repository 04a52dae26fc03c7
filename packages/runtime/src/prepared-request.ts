// A request as the client core prepares it for the transport: URL, method, headers and a body that
// can be sent again, but no `Request` yet (issue 13, per-call overhead). With the default fetch the
// transport sends it as `fetch(url, init)`, so undici builds the one Request of the call; bare
// openapi-fetch builds its own and undici then copies it (two, with a signal each). A custom fetch
// gets a real Request, built per attempt (`toRequest`), as before.

/** A body every attempt can send again: a string or a Blob as given, else bytes. */
export type ReplayableBody = string | Blob | Uint8Array | null;

/** What fetch takes besides the URL, as the transport sends a prepared request. */
export type DirectInit = RequestInit & { signal?: AbortSignal | undefined };

/** `fetch(url, init)`: the default fetch, called without a Request of ours. */
export type DirectFetch = (url: string, init: DirectInit) => Promise<Response>;

export class PreparedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** The body as given (a string or bytes; null: none): every attempt sends it again. */
  readonly source: ReplayableBody;
  /** Other RequestInit members the call passed (as openapi-fetch hands them to its Request). */
  readonly #extra: RequestInit | undefined;

  constructor(url: string, method: string, headers: Headers, source: ReplayableBody, extra?: RequestInit) {
    // What `new Request()` would refuse at once, refused here too (not later, as a failed send).
    if (source !== null && (method === "GET" || method === "HEAD")) {
      throw new TypeError("Request with GET/HEAD method cannot have body.");
    }
    this.url = url;
    this.method = method;
    this.headers = headers;
    this.source = source;
    this.#extra = extra;
  }

  /** The same request for another attempt or hop: its own headers (credentials are set per attempt). */
  withUrl(url: string = this.url): PreparedRequest {
    return new PreparedRequest(url, this.method, new Headers(this.headers), this.source, this.#extra);
  }

  /**
   * What `fetch(url, init)` gets, with the attempt's signal. Never `redirect: "follow"`: the
   * redirect guard decides (credentials stay home).
   */
  init(signal: AbortSignal | undefined): DirectInit {
    return {
      ...this.#extra,
      method: this.method,
      headers: this.headers,
      body: this.source as BodyInit | null,
      redirect: "manual",
      signal,
    };
  }

  /** A real Request, for a custom fetch (the signal travels next to it, in fetch's init). */
  toRequest(): Request {
    return new Request(this.url, {
      ...this.#extra,
      method: this.method,
      headers: this.headers,
      body: this.source as BodyInit | null,
      redirect: "manual",
    });
  }
}

/** A Request, or a prepared request the transport sends without one. */
export type OutgoingRequest = Request | PreparedRequest;
