// Callbacks for real (issue 11 item 3): registrations made with `callbacks/create` are kept in the
// sandbox state, and parcel events POST the documented JSON event (spec `CallbackDeliveryPayload`,
// the guide's event object) to the registered URL, with HTTP Basic when the registration has
// `httpAuthType: "Basic"` and a username/password — the only delivery authentication ECGrid
// documents (specs/ecgrid/NOTES.md "Webhooks (issue 11 item 6)"). A non-2xx answer, a timeout or a
// connection error is a failed attempt, retried `maxRetries` times (at most MAX_RETRIES) after
// `retryDelayMs`, doubling. Every delivery is one callback event and one queue entry (same ID), which
// the event-list / get-event-by-id / queue-list / get-queue-by-id routes show.
//
// The spec requires `https://` URLs; the sandbox does no TLS to loopback, so a URL whose host is
// 127.0.0.1, ::1 or localhost is delivered over plain HTTP (a local webhook handler needs no cert).
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type {
  CallbackDelivery,
  CallbackEventName,
  CallbackRegistration,
  CallbackStore,
} from "./callback-store.js";
import type { SeedUser } from "./seed.js";
import type { ParcelRecord, SandboxState } from "./state.js";

/** The callback operations the sandbox serves: method, spec path, operationId. */
export const CALLBACK_OPERATIONS = [
  ["POST", "/v2/callbacks/create", "callbacksCreateCallback"],
  ["POST", "/v2/callbacks/update", "callbacksUpdateCallback"],
  ["DELETE", "/v2/callbacks", "callbacksDeleteCallback"],
  ["POST", "/v2/callbacks/test", "callbacksTestCallback"],
  ["POST", "/v2/callbacks/event-list", "callbacksEventList"],
  ["POST", "/v2/callbacks/get-event-by-id", "callbacksGetEventById"],
  ["POST", "/v2/callbacks/queue-list", "callbacksQueueList"],
  ["GET", "/v2/callbacks/get-queue-by-id", "callbacksGetQueueById"],
] as const;

/** Retries of one delivery are capped here whatever the registration asks (the sandbox stays bounded). */
export const MAX_RETRIES = 5;

/** What a parcel event is about. */
export interface CallbackSubject {
  mailboxId: number;
  networkId: number;
  ecGridId?: number;
  parcel?: ParcelRecord;
  fileName?: string;
}

export interface CallbackOptions {
  /** Delay before the first retry of a failed delivery, doubling after each; default 1000 ms. */
  retryDelayMs?: number;
  /** Time one attempt may take (connect, answer); default 5000 ms. */
  timeoutMs?: number;
}

/** The route helpers of src/ecgrid.ts the callback routes use. */
export interface CallbackRouteContext {
  route(
    method: "GET" | "POST" | "DELETE",
    specPath: string,
    handler: (request: {
      c: Context;
      user: SeedUser;
      body: Record<string, unknown>;
    }) => Response | Promise<Response>,
  ): void;
  ok(c: Context, data: unknown, extra?: Record<string, unknown>): Response;
  fail(status: ContentfulStatusCode, message: string, errorCode: string, detail?: string | null): Error;
  iso(): string;
}

const LOOPBACK = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** Registrations, deliveries and the routes over them. */
export class CallbackService {
  readonly #state: SandboxState;
  readonly #iso: () => string;
  readonly #retryDelayMs: number;
  readonly #timeoutMs: number;
  readonly #closing = new AbortController();
  readonly #running = new Set<Promise<void>>();

  constructor(state: SandboxState, iso: () => string, options: CallbackOptions = {}) {
    this.#state = state;
    this.#iso = iso;
    this.#retryDelayMs = options.retryDelayMs ?? 1000;
    this.#timeoutMs = options.timeoutMs ?? 5000;
  }

  get store(): CallbackStore {
    this.#state.data.callbacks ??= {
      nextCallbackId: 7001,
      nextDeliveryId: 88001,
      registrations: [],
      deliveries: [],
    };
    return this.#state.data.callbacks;
  }

  /** Queues a delivery to every active Parcel registration of the subject's mailbox that wants `event`. */
  fire(event: CallbackEventName, subject: CallbackSubject): void {
    const inbound = event === "InBox" || event === "InBoxError";
    for (const registration of this.store.registrations) {
      if (registration.status !== "Active" || registration.event !== "Parcel") continue;
      if (registration.mailboxId !== subject.mailboxId) continue;
      const direction = registration.direction ?? "NoDir";
      if (direction !== "NoDir" && direction !== (inbound ? "InBox" : "OutBox")) continue;
      const delivery = this.#newDelivery(registration, event, subject, false);
      this.#track(this.#deliver(registration, delivery, Math.min(registration.maxRetries, MAX_RETRIES)));
    }
  }

  /** Waits for running deliveries after cancelling their pending attempts and retries. */
  async close(): Promise<void> {
    this.#closing.abort();
    await Promise.allSettled([...this.#running]);
  }

  #track(promise: Promise<void>): void {
    this.#running.add(promise);
    void promise.finally(() => this.#running.delete(promise));
  }

  #newDelivery(
    registration: CallbackRegistration,
    event: CallbackEventName,
    subject: CallbackSubject,
    test: boolean,
  ): CallbackDelivery {
    const store = this.store;
    const id = store.nextDeliveryId++;
    const at = this.#iso();
    const parcel = subject.parcel;
    const payload: Record<string, unknown> = {
      eventId: id,
      callBackQueueId: id,
      callbackId: registration.callbackId,
      callBackEvent: event,
      networkId: subject.networkId,
      mailboxId: subject.mailboxId,
      ...(subject.ecGridId === undefined ? {} : { ecGridId: subject.ecGridId }),
      ...(parcel ? { parcelId: parcel.parcelId, status: parcel.status } : {}),
      ...(subject.fileName === undefined ? {} : { fileName: subject.fileName }),
      eventDateTime: at,
      isTest: test,
    };
    const delivery: CallbackDelivery = {
      id,
      callbackId: registration.callbackId,
      callBackEvent: event,
      mailboxId: subject.mailboxId,
      networkId: subject.networkId,
      ...(parcel ? { objectId: parcel.parcelId } : {}),
      payload: JSON.stringify(payload),
      status: "Pending",
      attempts: 0,
      created: at,
      test,
    };
    store.deliveries.push(delivery);
    this.#state.save();
    return delivery;
  }

  /** One POST; the answer's status (0 when none arrived) and the start of its body. */
  async #attempt(registration: CallbackRegistration, delivery: CallbackDelivery): Promise<void> {
    const url = new URL(registration.url);
    if (LOOPBACK.has(url.hostname)) url.protocol = "http:";
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "user-agent": "edi-clients-sandbox",
    };
    if (registration.httpAuthType === "Basic" && registration.username !== undefined) {
      const pair = `${registration.username}:${registration.password ?? ""}`;
      headers.authorization = `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
    }
    let status = 0;
    let text = "";
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body: delivery.payload,
        redirect: "manual",
        signal: AbortSignal.any([this.#closing.signal, AbortSignal.timeout(this.#timeoutMs)]),
      });
      status = response.status;
      text = (await response.text()).slice(0, 1000);
    } catch (error) {
      text = error instanceof Error ? error.message : String(error);
    }
    delivery.attempts += 1;
    delivery.lastAttempt = this.#iso();
    delivery.lastHttpStatus = status;
    delivery.responseBody = text;
    if (status >= 200 && status < 300) {
      delivery.status = "Completed";
      delivery.delivered = delivery.lastAttempt;
    }
    this.#state.save();
  }

  async #deliver(registration: CallbackRegistration, delivery: CallbackDelivery, retries: number) {
    for (let attempt = 0; ; attempt++) {
      await this.#attempt(registration, delivery);
      if (delivery.status === "Completed") return;
      if (attempt >= retries || this.#closing.signal.aborted) break;
      const wait = this.#retryDelayMs * 2 ** attempt;
      const cancelled = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), wait);
        this.#closing.signal.addEventListener(
          "abort",
          () => {
            clearTimeout(timer);
            resolve(true);
          },
          { once: true },
        );
      });
      if (cancelled) return;
    }
    delivery.status = "Error";
    this.#state.save();
  }

  // --- routes -----------------------------------------------------------------------------------

  register(ctx: CallbackRouteContext, mailboxFor: (user: SeedUser, requested: unknown) => number): void {
    const { route, ok, fail } = ctx;
    const mailboxOfUser = (user: SeedUser, requested: unknown) =>
      // 0 (the network's root mailbox) and -1 (all) scope to the user's own mailbox in the sandbox.
      mailboxFor(user, typeof requested === "number" && requested <= 0 ? undefined : requested);
    const own = (user: SeedUser, callbackId: unknown) => {
      const registration = this.store.registrations.find(
        (r) => r.callbackId === callbackId && r.mailboxId === user.mailboxId,
      );
      if (!registration) throw fail(404, `Callback ${String(callbackId)} was not found.`, "ObjectNotFound");
      return registration;
    };
    const ownDelivery = (user: SeedUser, id: unknown) => {
      const delivery = this.store.deliveries.find((d) => d.id === id && d.mailboxId === user.mailboxId);
      if (!delivery) throw fail(404, `Callback event ${String(id)} was not found.`, "ObjectNotFound");
      return delivery;
    };
    /** One page of `matching` (`pageNo`, `recordsPerPage`) as `data[name]`, with the page info twice. */
    const pageOf = (
      c: Context,
      body: Record<string, unknown>,
      matching: CallbackDelivery[],
      name: string,
      map: (d: CallbackDelivery, url: string | undefined) => unknown,
    ) => {
      const pageNo = (body.pageNo as number | undefined) ?? 1;
      const recordsPerPage = (body.recordsPerPage as number | undefined) ?? 100;
      const items = matching
        .slice((pageNo - 1) * recordsPerPage, pageNo * recordsPerPage)
        .map((d) => map(d, urlOf(d.callbackId)));
      const info = { totalRecords: matching.length, pageNo, recordsPerPage };
      return ok(c, { ...info, [name]: items }, info);
    };
    const urlOf = (callbackId: number) =>
      this.store.registrations.find((r) => r.callbackId === callbackId)?.url;

    route("POST", "/v2/callbacks/create", ({ c, user, body }) => {
      const mailboxId = mailboxOfUser(user, body.mailboxId);
      const mailbox = this.#state.seed.mailboxes.find((m) => m.mailboxId === mailboxId);
      const authType = (body.httpAuthType as string | undefined) ?? "None";
      if (authType !== "None" && (body.username === undefined || body.password === undefined)) {
        throw fail(
          400,
          "One or more request fields are invalid.",
          "InvalidParameter",
          `username and password are required with httpAuthType ${authType}`,
        );
      }
      const at = ctx.iso();
      const registration: CallbackRegistration = {
        callbackId: this.store.nextCallbackId++,
        url: body.url as string,
        event: body.event as string,
        mailboxId,
        networkId: mailbox?.networkId ?? 0,
        httpAuthType: authType,
        ...(typeof body.username === "string" ? { username: body.username } : {}),
        ...(typeof body.password === "string" ? { password: body.password } : {}),
        ...(typeof body.direction === "string" ? { direction: body.direction } : {}),
        maxRetries: (body.maxRetries as number | undefined) ?? 3,
        status: (body.status as string | undefined) ?? "Active",
        created: at,
        modified: at,
      };
      this.store.registrations.push(registration);
      this.#state.save();
      return ok(c, publicRegistration(registration));
    });

    route("POST", "/v2/callbacks/update", ({ c, user, body }) => {
      const registration = own(user, body.callbackId);
      for (const name of ["url", "event", "status", "httpAuthType", "username", "password"] as const) {
        if (typeof body[name] === "string") registration[name] = body[name] as string;
      }
      registration.modified = ctx.iso();
      this.#state.save();
      return ok(c, publicRegistration(registration));
    });

    route("DELETE", "/v2/callbacks", ({ c, user, body }) => {
      const registration = own(user, body.callbackId);
      this.store.registrations.splice(this.store.registrations.indexOf(registration), 1);
      this.#state.save();
      return ok(c, true);
    });

    route("POST", "/v2/callbacks/test", async ({ c, user, body }) => {
      const registration = own(user, body.callbackId);
      const parcel = typeof body.parcelId === "number" ? this.#state.parcel(body.parcelId) : undefined;
      const delivery = this.#newDelivery(
        registration,
        "InBox",
        {
          mailboxId: registration.mailboxId,
          networkId: registration.networkId,
          ...(parcel && parcel.mailboxId === user.mailboxId ? { parcel, fileName: parcel.fileName } : {}),
        },
        true,
      );
      // One attempt, answered with what the endpoint said.
      await this.#attempt(registration, delivery);
      if (delivery.status !== "Completed") delivery.status = "Error";
      this.#state.save();
      return ok(c, {
        callbackId: registration.callbackId,
        callBackQueueId: delivery.id,
        url: registration.url,
        httpStatus: delivery.lastHttpStatus ?? 0,
        responseBody: delivery.responseBody ?? "",
        testedAt: delivery.lastAttempt ?? delivery.created,
      });
    });

    route("POST", "/v2/callbacks/event-list", ({ c, user, body }) => {
      const mailboxId = mailboxOfUser(user, body.mailboxId);
      const begin = typeof body.beginDate === "string" ? Date.parse(body.beginDate) : undefined;
      const end = typeof body.endDate === "string" ? Date.parse(body.endDate) : undefined;
      const matching = this.store.deliveries
        // Every delivery is of a Parcel registration.
        .filter((d) => d.mailboxId === mailboxId && (body.event ?? "Parcel") === "Parcel")
        .filter((d) => begin === undefined || Date.parse(d.created) >= begin)
        .filter((d) => end === undefined || Date.parse(d.created) <= end);
      return pageOf(c, body, matching, "events", publicEvent);
    });

    route("POST", "/v2/callbacks/get-event-by-id", ({ c, user, body }) => {
      const delivery = ownDelivery(user, body.callbackEventId);
      return ok(c, publicEvent(delivery, urlOf(delivery.callbackId)));
    });

    route("POST", "/v2/callbacks/queue-list", ({ c, user, body }) => {
      const mailboxId = mailboxOfUser(user, body.mailboxId);
      const failed = body.view === "failed";
      const since = Date.parse(this.#iso());
      const maxDays = (body.maxDays as number | undefined) ?? 365;
      const matching = this.store.deliveries
        .filter((d) => d.mailboxId === mailboxId)
        .filter((d) => (failed ? d.status === "Error" : d.status !== "Error"))
        .filter((d) => !failed || Date.parse(d.created) >= since - maxDays * 86_400_000);
      return pageOf(c, body, matching, "queueEntries", publicQueueEntry);
    });

    route("GET", "/v2/callbacks/get-queue-by-id", ({ c, user }) => {
      const raw = c.req.query("callbackId") ?? "";
      if (!/^\d+$/.test(raw)) {
        throw fail(
          400,
          "One or more request fields are invalid.",
          "InvalidParameter",
          "/query/callbackId must be an integer >= 0",
        );
      }
      const delivery = ownDelivery(user, Number(raw));
      return ok(c, publicQueueEntry(delivery, urlOf(delivery.callbackId)));
    });
  }
}

function publicRegistration(r: CallbackRegistration) {
  return {
    callbackId: r.callbackId,
    url: r.url,
    event: r.event,
    mailboxId: r.mailboxId,
    networkId: r.networkId,
    httpAuthType: r.httpAuthType,
    status: r.status,
    ...(r.direction === undefined ? {} : { direction: r.direction }),
    maxRetries: r.maxRetries,
    created: r.created,
    modified: r.modified,
  };
}

function publicEvent(d: CallbackDelivery, url: string | undefined) {
  return {
    callbackEventId: d.id,
    callbackId: d.callbackId,
    event: "Parcel",
    direction: d.callBackEvent.startsWith("InBox") ? "InBox" : "OutBox",
    mailboxId: d.mailboxId,
    networkId: d.networkId,
    ...(d.objectId === undefined ? {} : { objectId: d.objectId }),
    ...(url === undefined ? {} : { url }),
    payload: d.payload,
    status: d.status,
    attempts: d.attempts,
    created: d.created,
    ...(d.lastAttempt === undefined ? {} : { lastAttempt: d.lastAttempt }),
    ...(d.delivered === undefined ? {} : { delivered: d.delivered }),
    ...(d.lastHttpStatus === undefined ? {} : { httpStatus: d.lastHttpStatus }),
  };
}

function publicQueueEntry(d: CallbackDelivery, url: string | undefined) {
  return {
    callBackQueueId: d.id,
    callbackId: d.callbackId,
    ...(url === undefined ? {} : { url }),
    event: "Parcel",
    mailboxId: d.mailboxId,
    queuedAt: d.created,
    ...(d.lastAttempt === undefined ? {} : { lastAttempt: d.lastAttempt }),
    attempts: d.attempts,
    status: d.status,
    ...(d.lastHttpStatus === undefined ? {} : { lastHttpStatus: d.lastHttpStatus }),
    ...(d.objectId === undefined ? {} : { objectId: d.objectId }),
    test: d.test,
  };
}
