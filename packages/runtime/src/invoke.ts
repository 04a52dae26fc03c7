// Runs one openapi-fetch call and turns its `{ data, error, response }` into a value or a typed
// error. The API-specific parts (error body shape, success envelope) come in as functions.
import type { Middleware, ParseAs } from "openapi-fetch";
import { attachContext, type CallContext, setContext } from "./call-context.js";
import {
  type ApiErrorDetails,
  apiErrorFor,
  EdiClientError,
  ResponseParseError,
  UserAbortError,
} from "./errors.js";
import { parseAnswer } from "./operation-request.js";
import type { OutgoingRequest } from "./prepared-request.js";
import type { ResponseCheck } from "./response-validation.js";
import { noteRetryBudgetExhausted, wasRetryBudgetExhausted } from "./retry-budget.js";
import { scrub, scrubValue } from "./secret.js";
import { bufferedText, isBuffered, releaseBufferedText } from "./transport.js";

/** What openapi-fetch resolves with. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Options openapi-fetch accepts on every call, filled in by `invoke`. */
export interface InvokeInit {
  middleware: Middleware[];
  signal?: AbortSignal;
}

/** Reads the API's error body into the fields of an ApiError. */
export type ErrorDescriber = (
  status: number,
  body: unknown,
) => Omit<ApiErrorDetails, "status" | "operation" | "headers" | "body">;

export interface InvokeOptions extends CallContext {
  describeError: ErrorDescriber;
  /** Credentials to scrub from any server text that ends up in an error. */
  secrets?: () => string[];
  /**
   * Opt-in response validation (`validateResponses`): runs on every parsed body, success and error
   * alike; logs or throws a ResponseValidationError (with the ApiError as its cause).
   */
  checkResponse?: ResponseCheck | undefined;
}

export interface WithResponse<T> {
  data: T;
  response: Response;
}

const EXCERPT_LENGTH = 200;

/** Performs `run` with the call context attached and returns its data, or throws a typed error. */
export function invoke<T>(
  run: (init: InvokeInit) => Promise<FetchResult<T>>,
  options: InvokeOptions,
): Promise<WithResponse<T>> {
  return settle(options, (observe) => {
    const keepBody: Middleware = {
      onResponse({ response }) {
        observe(response);
        return undefined;
      },
    };
    const init: InvokeInit = { middleware: [keepBody, attachContext(options)] };
    if (options.signal) init.signal = options.signal;
    return run(init);
  });
}

/**
 * Sends the Request `build` makes (an operation's, as openapi-fetch would build it) straight to
 * `transport` with the call context, reads the answer as openapi-fetch would (`parseAs`), and
 * returns its data or throws a typed error — the same outcome as `invoke` without openapi-fetch's
 * middleware machinery (issue 13). The caller's signal stays in the context: the Request gets
 * none (a Request made with a signal makes one more that follows it).
 */
export function invokeRequest<T>(
  transport: (request: OutgoingRequest) => Promise<Response>,
  build: () => OutgoingRequest,
  parseAs: ParseAs,
  options: InvokeOptions,
): Promise<WithResponse<T>> {
  return settle(options, async (observe) => {
    const request = build();
    setContext(request, options);
    const response = await transport(request);
    observe(response);
    return parseAnswer(response, request.method, parseAs) as Promise<FetchResult<T>>;
  });
}

/**
 * The shared half of both: `perform` sends and parses, telling `observe` about the answer before
 * its body is parsed, so a body that is not valid JSON can be quoted.
 */
async function settle<T>(
  options: InvokeOptions,
  perform: (observe: (response: Response) => void) => Promise<FetchResult<T>>,
): Promise<WithResponse<T>> {
  let raw: Response | undefined;
  let ours = false;
  // The answer itself, whatever its content type: a body that is not JSON under a wrong or
  // garbled Content-Type is still a ResponseParseError with the answer's status and headers.
  let answered: Response | undefined;
  // Keep a textual body so a success response that is not valid JSON can still be quoted: the
  // transport's buffered response keeps the text it decoded, any other gets copied. Binary
  // downloads (attachments, archives) are never copied: they can be megabytes.
  const observe = (response: Response) => {
    answered = response;
    ours = isBuffered(response);
    if (ours) raw = response;
    else if (isTextual(response.headers.get("content-type"))) raw = response.clone();
  };
  let result: FetchResult<T>;
  try {
    result = await perform(observe);
  } catch (error) {
    if (error instanceof EdiClientError) throw error;
    // The caller aborted while the body was being read (the transport covers the wait before it).
    if (options.signal?.aborted) {
      throw new UserAbortError(`${options.operation ? `${options.operation}: ` : ""}aborted by the caller`, {
        operation: options.operation,
        cause: error,
      });
    }
    if (error instanceof SyntaxError && answered) {
      const original = !raw ? "" : ours ? bufferedText(raw) : await raw.text().catch(() => "");
      const text = scrub(original, options.secrets?.() ?? []);
      throw new ResponseParseError({
        status: answered.status,
        operation: options.operation,
        message: `the response is not valid JSON: ${excerpt(text)}`,
        headers: answered.headers,
        body: text,
      });
    }
    throw error;
  } finally {
    // The transport's text is kept no longer than the call; a copy of our own nobody read is cancelled.
    if (ours && raw) releaseBufferedText(raw);
    else void raw?.body?.cancel().catch(() => undefined);
  }
  const { response } = result;
  if (response.ok) {
    options.checkResponse?.(options.operation, response.status, result.data);
    return { data: result.data as T, response };
  }
  const error = errorFromResponse(response, result.error, options);
  // The transport handed this answer back unretried because the client's retry budget was empty.
  if (wasRetryBudgetExhausted(response)) noteRetryBudgetExhausted(error);
  options.checkResponse?.(options.operation, response.status, result.error, error);
  throw error;
}

/** The typed error for a failed response whose body openapi-fetch already parsed (or kept as text). */
export function errorFromResponse(
  response: Response,
  body: unknown,
  options: Pick<InvokeOptions, "describeError" | "operation" | "secrets">,
) {
  const secrets = options.secrets?.() ?? [];
  // The body travels on the error (and into logs, JSON.stringify, util.inspect): scrub it too.
  body = scrubValue(body, secrets);
  const base = {
    status: response.status,
    operation: options.operation,
    headers: response.headers,
    body,
    secrets,
  };
  if (typeof body === "string" || body === undefined) {
    const text = body ?? "";
    const kind = /^\s*</.test(text) ? "an HTML page" : text ? "a non-JSON body" : "an empty body";
    return apiErrorFor({
      ...base,
      message: `${response.statusText || "error"} (the server sent ${kind}${text ? `: ${excerpt(text)}` : ""})`,
    });
  }
  const described = options.describeError(response.status, body);
  return apiErrorFor({
    ...base,
    ...described,
    message: scrub(described.message, secrets),
    detail: described.detail ? scrub(described.detail, secrets) : described.detail,
  });
}

/** The first characters of a body, on one line. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** JSON, text, HTML, XML, or no declared type at all: bodies a JSON parse could choke on. */
function isTextual(contentType: string | null): boolean {
  return contentType === null || /json|text|html|xml/i.test(contentType);
}
