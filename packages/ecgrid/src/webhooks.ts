// @edi-clients/ecgrid/webhooks: receive ECGrid callback deliveries (issue 11 item 6; specs/ecgrid/NOTES.md,
// "Webhooks"). ECGrid authenticates a delivery with the HTTP credentials registered on the callback
// (`httpAuthType: "Basic"`, `username`, `password`) — no signature header exists — so the handler checks
// that Basic credential (or, for a callback registered with `httpAuthType: "None"`, a secret the user put in
// the callback URL's query) in constant time. No `node:` import here: the fetch handler runs in edge
// runtimes; the Node `http` adapter (`createNodeWebhookHandler`) is in `@edi-clients/ecgrid/node`.

import { isRecord, read, readInteger, readText, toBoolean } from "./core/normalise.js";
import type { components, webhooks } from "./generated/openapi.js";
import type { InboxHandlerContext, ProcessInboxOptions, ProcessInboxResult } from "./resources/parcels.js";

type Schemas = components["schemas"];

/** The JSON body ECGrid POSTs, as the spec's `webhooks.callbackDelivery` describes it (generated). */
export type CallbackDeliveryPayload =
  webhooks["callbackDelivery"]["post"]["requestBody"]["content"]["application/json"];
/** `InBox`, `OutBox`, `InBoxError`, `OutBoxError`, `ConfirmDelivery`, or any other string ECGrid sends. */
export type CallbackEventType = Schemas["CallbackEventTypeOpen"];

/** One callback delivery in one stable shape, whichever documented variant arrived. */
export interface EcgridWebhookEvent {
  /**
   * The event: `callBackEvent` (guide), else the `direction` of the payload, else `InBox` for a parcel record
   * whose `status` is `InBoxReady` (the stored payload of `callbacks/get-event-by-id.md`); undefined otherwise.
   */
  event: CallbackEventType | undefined;
  /** `eventId` (guide). */
  eventId: number | undefined;
  /** The callback registration: `callBackEventId` (ECGridOS) or `callbackId` (pages). */
  callbackId: number | undefined;
  /** The queue entry (delivery attempt): `callBackQueueId`. */
  queueId: number | undefined;
  /** `systemObject` or the pages' `event` (`Parcel`, `Interchange`, …). */
  systemObject: Schemas["ObjectsOpen"] | undefined;
  networkId: number | undefined;
  mailboxId: number | undefined;
  ecGridId: number | undefined;
  /** `parcelId`, else ECGridOS' `objectId` when the object is a parcel (or not named). */
  parcelId: number | undefined;
  interchangeId: number | undefined;
  fileName: string | undefined;
  /** A parcel status (`InBoxReady`, …) when the payload carries one. */
  status: Schemas["ParcelStatusOpen"] | undefined;
  /** `eventDateTime`, `created` or `date`, as sent (ISO 8601). */
  occurredAt: string | undefined;
  /** `isTest` / `test`: a synthetic delivery from `callbacks/test`. */
  test: boolean;
  /** The body as received. */
  payload: CallbackDeliveryPayload;
}

/** How a delivery proves it comes from ECGrid. */
export type WebhookAuth =
  /** The callback's `httpAuthType: "Basic"` with its `username` and `password` (ECGrid's mechanism). */
  | { type: "basic"; username: string; password: string }
  /**
   * A secret in the query of the registered URL (`https://…/ecgrid?token=…`) for a callback registered with
   * `httpAuthType: "None"`. Not an ECGrid feature — the URL is yours — but the only option when no credential
   * is registered. Prefer `basic`: URLs end up in access logs.
   */
  | { type: "query"; parameter: string; secret: string }
  /** No check at all (an IP allowlist or mTLS in front of the handler does it). Must be chosen explicitly. */
  | { type: "none" };

/** Why a delivery was refused. The codes carry no value from the request. */
export type WebhookRejectionCode =
  | "method_not_allowed"
  | "unauthorized"
  | "unsupported_media_type"
  | "payload_too_large"
  | "invalid_json"
  | "invalid_event";

/** A refused delivery, for `onRejected`: what and which status, never a header, credential or body value. */
export class WebhookRejection extends Error {
  override name = "WebhookRejection";
  readonly code: WebhookRejectionCode;
  readonly status: number;
  constructor(code: WebhookRejectionCode, status: number) {
    super(`ECGrid webhook delivery refused: ${code} (HTTP ${status})`);
    this.code = code;
    this.status = status;
  }
}

export interface WebhookContext {
  /** The delivery's event. */
  event: EcgridWebhookEvent;
}

export interface WebhookOptions {
  auth: WebhookAuth;
  /** Called for every accepted delivery, after ECGrid has been answered. */
  onEvent?: (event: EcgridWebhookEvent) => unknown;
  /** Called for `InBox` deliveries, after ECGrid has been answered — e.g. `processInboxFor(ecgrid, handler)`. */
  onInbox?: (event: EcgridWebhookEvent) => unknown;
  /** A throwing/rejecting `onEvent`/`onInbox`. ECGrid got its 2xx already: retry or alert here. */
  onError?: (error: unknown, context: WebhookContext) => void;
  /** Every refused delivery (status and code only). */
  onRejected?: (rejection: WebhookRejection) => void;
  /** Largest accepted body in bytes (default 64 KiB); a larger one → 413 without being read further. */
  maxBodyBytes?: number;
}

/** What the adapters need from a request. */
export interface DeliveryRequest {
  method: string;
  url: string;
  header(name: string): string | undefined;
  /** Reads the body; resolves `undefined` once more than `limit` bytes arrived (and stops reading). */
  body(limit: number): Promise<Uint8Array | undefined>;
}

export interface DeliveryAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The user's hooks, to run once the answer is sent; never rejects. */
  after?: () => Promise<void>;
}

/** Compares two secrets without an early exit: resolves true only for equal bytes. */
export type SecretCompare = (received: Uint8Array, expected: Uint8Array) => Promise<boolean>;

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const encoder = new TextEncoder();

/**
 * Constant-time comparison with Web Crypto only (edge runtimes, browsers, Node ≥ 20): both sides are hashed
 * with SHA-256 first, so neither the length nor the first differing byte of the secret shows in the time.
 */
export const webCryptoCompare: SecretCompare = async (received, expected) => {
  const [a, b] = await Promise.all([
    crypto.subtle.digest("SHA-256", received as BufferSource),
    crypto.subtle.digest("SHA-256", expected as BufferSource),
  ]);
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  let difference = 0;
  for (let i = 0; i < x.length; i++) difference |= (x[i] as number) ^ (y[i] as number);
  return difference === 0;
};

/** The delivery pipeline both adapters share. Exported for adapters to other servers. */
export function createDeliveryCore(options: WebhookOptions, compare: SecretCompare) {
  const settings = checkOptions(options);
  const pending = new Set<Promise<void>>();

  const refuse = (
    code: WebhookRejectionCode,
    status: number,
    headers: Record<string, string> = {},
  ): DeliveryAnswer => {
    const rejection = new WebhookRejection(code, status);
    safely(() => settings.onRejected?.(rejection));
    // 401 says nothing beyond the challenge; the others name the code only.
    return {
      status,
      headers: status === 401 ? headers : { "content-type": "application/json", ...headers },
      body: status === 401 ? "" : JSON.stringify({ error: code }),
    };
  };

  async function handle(request: DeliveryRequest): Promise<DeliveryAnswer> {
    if (request.method.toUpperCase() !== "POST") return refuse("method_not_allowed", 405, { allow: "POST" });
    if (!(await authorised(settings.auth, request, compare))) {
      return refuse(
        "unauthorized",
        401,
        settings.auth.type === "basic" ? { "www-authenticate": 'Basic realm="ecgrid-webhook"' } : {},
      );
    }
    if (!isJson(request.header("content-type"))) return refuse("unsupported_media_type", 415);
    const declared = request.header("content-length");
    if (declared !== undefined && Number(declared) > settings.maxBodyBytes) {
      return refuse("payload_too_large", 413, { connection: "close" });
    }
    const bytes = await request.body(settings.maxBodyBytes);
    if (bytes === undefined) return refuse("payload_too_large", 413, { connection: "close" });
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return refuse("invalid_json", 400);
    }
    const event = normaliseWebhookEvent(parsed);
    if (event === undefined) return refuse("invalid_event", 400);
    const after = () => {
      const run = runHooks(settings, event);
      pending.add(run);
      return run.finally(() => pending.delete(run));
    };
    return { status: 200, headers: { "content-type": "application/json" }, body: '{"received":true}', after };
  }

  /** Resolves once every hook started so far has settled (graceful shutdown, tests). */
  async function idle(): Promise<void> {
    while (pending.size > 0) await Promise.all([...pending]);
  }

  return { handle, idle };
}

export interface FetchWebhookHandler {
  /**
   * Answers one delivery. Pass `waitUntil` (Cloudflare's `ctx.waitUntil`, Vercel's `waitUntil`, Next.js
   * `after`) where the runtime stops work once the response is sent; elsewhere the hooks simply run on.
   */
  (request: Request, context?: { waitUntil?: (promise: Promise<unknown>) => void }): Promise<Response>;
  /** Resolves once every hook started so far has settled. */
  idle(): Promise<void>;
}

/**
 * A fetch-style handler (`Request` → `Response`) for Hono, Next.js route handlers, Deno, Bun, workers, and
 * Fastify/Express through their fetch adapters. ECGrid is answered at once; the hooks run afterwards.
 */
export function createWebhookHandler(options: WebhookOptions): FetchWebhookHandler {
  const core = createDeliveryCore(options, webCryptoCompare);
  const handler = async (request: Request, context?: { waitUntil?: (promise: Promise<unknown>) => void }) => {
    const answer = await core.handle({
      method: request.method,
      url: request.url,
      header: (name) => request.headers.get(name) ?? undefined,
      body: (limit) => readLimited(request.body, limit),
    });
    if (answer.after) {
      const run = answer.after();
      context?.waitUntil?.(run);
    }
    return new Response(answer.body === "" ? null : answer.body, {
      status: answer.status,
      headers: answer.headers,
    });
  };
  return Object.assign(handler, { idle: core.idle });
}

/** Reads a web stream up to `limit` bytes; undefined (and the stream cancelled) beyond it. */
async function readLimited(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<Uint8Array | undefined> {
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return concat(chunks, size);
}

export function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * One delivery body → one event shape (the guide's event, the stored parcel record, ECGridOS' names, any
 * casing); undefined when it is not a JSON object, names nothing the event could be about, or holds a
 * documented field in a type no source uses.
 */
export function normaliseWebhookEvent(body: unknown): EcgridWebhookEvent | undefined {
  if (!isRecord(body)) return undefined;
  const integers = {
    eventId: ["eventId"],
    callbackId: ["callBackEventId", "callbackEventId", "callbackId"],
    queueId: ["callBackQueueId", "callbackQueueId"],
    networkId: ["networkId"],
    mailboxId: ["mailboxId"],
    ecGridId: ["ecGridId", "ecgridId"],
    parcelId: ["parcelId"],
    interchangeId: ["interchangeId"],
    objectId: ["objectId"],
  } as const;
  const values: Partial<Record<keyof typeof integers, number>> = {};
  for (const [key, names] of Object.entries(integers) as [keyof typeof integers, readonly string[]][]) {
    const raw = read(body, ...names);
    if (raw === undefined) continue;
    const value = readInteger(body, ...names);
    if (value === undefined) return undefined;
    values[key] = value;
  }
  const texts = ["callBackEvent", "event", "systemObject", "direction", "fileName", "status"];
  for (const name of texts) {
    const raw = read(body, name);
    if (raw !== undefined && typeof raw !== "string") return undefined;
  }
  const rawTest = read(body, "isTest", "test");
  const test = rawTest === undefined ? false : toBoolean(rawTest);
  if (test === undefined) return undefined;
  const systemObject = readText(body, "systemObject", "event");
  const parcelObject = systemObject === undefined || systemObject.toLowerCase() === "parcel";
  const parcelId = values.parcelId ?? (parcelObject ? values.objectId : undefined);
  const status = readText(body, "status");
  const direction = readText(body, "direction");
  const stated = readText(body, "callBackEvent", "callbackEvent");
  const event =
    stated ??
    (direction !== undefined && direction !== "NoDir" ? direction : undefined) ??
    (status?.toLowerCase() === "inboxready" ? "InBox" : undefined);
  const identified = [
    values.eventId,
    values.callbackId,
    values.queueId,
    parcelId,
    values.interchangeId,
    values.objectId,
  ];
  if (event === undefined && identified.every((value) => value === undefined)) return undefined;
  return {
    event,
    eventId: values.eventId,
    callbackId: values.callbackId,
    queueId: values.queueId,
    systemObject,
    networkId: values.networkId,
    mailboxId: values.mailboxId,
    ecGridId: values.ecGridId,
    parcelId,
    interchangeId: values.interchangeId,
    fileName: readText(body, "fileName"),
    status,
    occurredAt: readText(body, "eventDateTime", "created", "date"),
    test,
    payload: body as CallbackDeliveryPayload,
  };
}

interface HasProcessInbox {
  parcels: {
    processInbox(
      handler: (context: InboxHandlerContext) => Promise<void> | void,
      options?: ProcessInboxOptions,
    ): Promise<ProcessInboxResult>;
  };
}

export interface ProcessInboxForOptions extends Omit<ProcessInboxOptions, "mailboxId"> {
  /** Each drain's result (confirmed and failed parcel IDs). */
  onResult?: (result: ProcessInboxResult, mailboxId: number | undefined) => void;
}

/**
 * An `onInbox` hook that drains the event's mailbox with `ecgrid.parcels.processInbox(handler)` (its
 * at-least-once confirm-after-handler contract). Single flight per mailbox: while a drain runs, further events
 * for that mailbox join it; when it ends, one more drain runs only if an event's parcel was not in the drain's
 * result (it arrived after the listing) or an event named no parcel. A burst of 5 events → 1 drain.
 * The returned promise rejects when the drain itself fails (listing), which reaches `onError`.
 */
export function processInboxFor(
  ecgrid: HasProcessInbox,
  handler: (context: InboxHandlerContext) => Promise<void> | void,
  options: ProcessInboxForOptions = {},
): (event: EcgridWebhookEvent) => Promise<void> {
  const { onResult, ...drainOptions } = options;
  const flights = new Map<string, { running: Promise<void>; waiting: (number | undefined)[] }>();

  const drain = async (mailboxId: number | undefined): Promise<ProcessInboxResult> => {
    const result = await ecgrid.parcels.processInbox(handler, {
      ...drainOptions,
      ...(mailboxId === undefined ? {} : { mailboxId }),
    });
    onResult?.(result, mailboxId);
    return result;
  };

  return (event) => {
    const mailboxId = event.mailboxId;
    const key = String(mailboxId ?? "");
    const flight = flights.get(key);
    if (flight) {
      flight.waiting.push(event.parcelId);
      return flight.running;
    }
    const state = { running: Promise.resolve(), waiting: [] as (number | undefined)[] };
    state.running = (async () => {
      try {
        let result = await drain(mailboxId);
        for (;;) {
          const seen = new Set([...result.confirmed, ...result.failed.map((failure) => failure.parcelId)]);
          const missed = state.waiting.some((parcelId) => parcelId === undefined || !seen.has(parcelId));
          state.waiting = [];
          if (!missed) break;
          result = await drain(mailboxId);
        }
      } finally {
        flights.delete(key);
      }
    })();
    flights.set(key, state);
    return state.running;
  };
}

function checkOptions(options: WebhookOptions) {
  if (!isRecord(options)) throw new TypeError("ECGrid webhooks: options must be an object");
  const auth = options.auth as unknown;
  if (!isRecord(auth))
    throw new TypeError('ECGrid webhooks: auth is required ({ type: "basic" | "query" | "none" })');
  if (auth.type === "basic") {
    if (typeof auth.username !== "string" || typeof auth.password !== "string" || auth.password === "") {
      throw new TypeError("ECGrid webhooks: basic auth needs a username and a non-empty password (strings)");
    }
  } else if (auth.type === "query") {
    if (
      typeof auth.parameter !== "string" ||
      auth.parameter === "" ||
      typeof auth.secret !== "string" ||
      auth.secret.length < 16
    ) {
      throw new TypeError(
        "ECGrid webhooks: query auth needs a parameter name and a secret of at least 16 characters",
      );
    }
  } else if (auth.type !== "none") {
    throw new TypeError('ECGrid webhooks: auth.type must be "basic", "query" or "none"');
  }
  for (const hook of ["onEvent", "onInbox", "onError", "onRejected"] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== "function") {
      throw new TypeError(`ECGrid webhooks: ${hook} must be a function`);
    }
  }
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new TypeError("ECGrid webhooks: maxBodyBytes must be a positive integer");
  }
  return { ...options, maxBodyBytes };
}

async function authorised(
  auth: WebhookAuth,
  request: DeliveryRequest,
  compare: SecretCompare,
): Promise<boolean> {
  if (auth.type === "none") return true;
  if (auth.type === "query") {
    let received: string | null;
    try {
      received = new URL(request.url, "http://localhost").searchParams.get(auth.parameter);
    } catch {
      received = null;
    }
    // Compared even when absent, so a missing secret costs the same time as a wrong one.
    const ok = await compare(encoder.encode(received ?? ""), encoder.encode(auth.secret));
    return ok && received !== null;
  }
  const header = request.header("authorization") ?? "";
  const match = /^basic[ \t]+([A-Za-z0-9+/=]+)[ \t]*$/i.exec(header);
  let received = new Uint8Array(0);
  if (match?.[1]) {
    try {
      received = Uint8Array.from(atob(match[1]), (c) => c.charCodeAt(0));
    } catch {
      received = new Uint8Array(0);
    }
  }
  const ok = await compare(received, encoder.encode(`${auth.username}:${auth.password}`));
  return ok && match !== null;
}

function isJson(contentType: string | undefined): boolean {
  if (contentType === undefined) return false;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

async function runHooks(settings: WebhookOptions, event: EcgridWebhookEvent): Promise<void> {
  const hooks = [settings.onEvent, event.event?.toLowerCase() === "inbox" ? settings.onInbox : undefined];
  await Promise.all(
    hooks.map(async (hook) => {
      if (!hook) return;
      try {
        await hook(event);
      } catch (error) {
        safely(() => settings.onError?.(error, { event }));
      }
    }),
  );
}

/** A throwing reporting hook must not break the delivery pipeline. */
function safely(run: () => void): void {
  try {
    run();
  } catch {
    // ignored: nothing to report it to
  }
}
