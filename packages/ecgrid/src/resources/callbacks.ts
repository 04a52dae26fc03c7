// Callbacks: webhooks ECGrid calls when an object event occurs. The sources name the same things
// differently (specs/ecgrid/NOTES.md `X10-CB-1`…`X10-CB-6`): a registration is the pages'
// `callbackId` record, ECGridOS' `CallBackEventIDInfo` (`callBackEventId`) or the guide's
// `callBackQueueId`; one delivery attempt is the pages' queue entry or `CallBackQueueIDInfo`
// (`callBackQueueId`). Every method here returns one stable shape per kind — `Callback`,
// `CallbackEvent`, `CallbackQueueEntry`, `CallbackTestResult` — whichever variant arrived, and
// sends the live service's scope (`networkId` + `mailboxId`, `view`/`maxDays`) on the lists.
import {
  type ApiCall,
  type CallOptions,
  checkValue,
  type FieldRule,
  type ListOptions,
  type PagePromise,
  ValidationError,
} from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { CALLBACKS_INPUTS } from "../core/inputs/callbacks.js";
import {
  isRecord,
  type JsonRecord,
  listOf,
  mapCall,
  type PageInfo,
  ResponseShapeError,
  read,
  readInteger,
  readText,
  type StatusFields,
  statusOf,
  toBoolean,
  toInteger,
} from "../core/normalise.js";
import { listPages } from "../core/pagination.js";
import { type BodyOf, Resource } from "../core/resource.js";
import type { components } from "../generated/openapi.js";
import {
  callbacksCreateCallback,
  callbacksDeleteCallback,
  callbacksEventList,
  callbacksGetEventById,
  callbacksGetQueueById,
  callbacksQueueList,
  callbacksTestCallback,
  callbacksUpdateCallback,
} from "../generated/operations.js";

type Schemas = components["schemas"];

/** A status object's description and date, when the status arrived as `{code, description, statusDate}`. */
type StatusDetails = Omit<StatusFields, "status">;

/** A callback registration as create/update return it. */
export interface Callback extends StatusDetails {
  [field: string]: unknown;
  /** The registration's ID: page `callbackId`, ECGridOS `callBackEventId`, or the guide's `callBackQueueId`. */
  callbackId: number;
  /** `url`, else ECGridOS `URL`, else the guide's `callBackUrl`. */
  url?: string;
  /** The object type that fires it: page `event`, else ECGridOS `systemObject`. */
  event?: Schemas["ObjectsOpen"];
  /** ECGridOS `direction`, else the guide's `callBackEvent` ("InBox"). */
  direction?: Schemas["DirectionOpen"];
  mailboxId?: number;
  networkId?: number;
  userId?: number;
  /** `httpAuthType`, else ECGridOS `httpAuthentication.type`. */
  httpAuthType?: Schemas["HTTPAuthTypeOpen"];
  status?: Schemas["StatusOpen"];
}

/** A callback event: the pages' delivery record, or (live service) the registration with its queue. */
export interface CallbackEvent extends StatusDetails {
  [field: string]: unknown;
  /** Page `callbackEventId`, ECGridOS `callBackEventId`. */
  callbackEventId: number;
  /** The registration: page `callbackId`, else ECGridOS `callBackEventId` (the live service's event is the registration). */
  callbackId?: number;
  event?: Schemas["ObjectsOpen"];
  direction?: Schemas["DirectionOpen"];
  url?: string;
  mailboxId?: number;
  networkId?: number;
  objectId?: number;
  created?: string;
  attempts?: number;
  status?: Schemas["StatusOpen"];
  /** ECGridOS `callBackQueue`, each entry normalised. */
  queue?: CallbackQueueEntry[];
}

/** One delivery attempt of a callback (a queue entry). */
export interface CallbackQueueEntry extends StatusDetails {
  [field: string]: unknown;
  /** ECGridOS `callBackQueueId` (the pages' queue entries carry none). */
  callbackQueueId?: number;
  /** Page `callbackId`, else the entry's lite registration `callBackEvent.callBackEventId`. */
  callbackId?: number;
  url?: string;
  /** Page `queuedAt`, else ECGridOS `date`. */
  queuedAt?: string;
  attempts?: number;
  /** Page `lastHttpStatus`, else the return code of the last `callBackLog` entry. */
  lastHttpStatus?: number;
  callsRemaining?: number;
  nextCall?: string;
  objectId?: number;
  test?: boolean;
  status?: Schemas["CallBackStatusOpen"];
}

/** What `test` resolves to: the pages' test result, or the queue entry the live service creates. */
export interface CallbackTestResult {
  [field: string]: unknown;
  /** The callback tested (the one you passed, when the answer does not name it). */
  callbackId: number;
  /** The queue entry of the test delivery, when the service answered with one. */
  callbackQueueId?: number;
  url?: string;
  /** Page `httpStatus`, else the return code of the last `callBackLog` entry. */
  httpStatus?: number;
  responseBody?: string;
  /** Page `testedAt`, else ECGridOS `date`. */
  testedAt?: string;
}

export interface CallbackEventPage extends PageInfo {
  events: CallbackEvent[];
}
export interface CallbackQueuePage extends PageInfo {
  queueEntries: CallbackQueueEntry[];
}

type Scope = "networkId" | "mailboxId";
/** A list body with the live service's scope (`networkId` and `mailboxId`) required. */
type Scoped<B> = Omit<B, Scope> & { [K in Scope & keyof B]-?: NonNullable<B[K]> };
type QueueBody = BodyOf<"callbacksQueueList">;
type View = NonNullable<QueueBody["view"]>;
/** `maxDays` goes with `view: "failed"` (required there) and never with `pending`. */
type QueueView =
  | { view?: Extract<View, "pending">; maxDays?: undefined }
  | { view: Extract<View, "failed">; maxDays: NonNullable<QueueBody["maxDays"]> };

export type CallbackEventListInput = Scoped<BodyOf<"callbacksEventList">>;
export type CallbackQueueListInput = Scoped<Omit<QueueBody, "view" | "maxDays">> & QueueView;

// ---- reading the variants ----

type Out = JsonRecord;
function setField(out: Out, name: string, value: unknown): void {
  if (value === undefined) delete out[name];
  else out[name] = value;
}
function setStatus(out: Out, record: JsonRecord): void {
  const { status, statusDescription, statusDate } = statusOf(record);
  setField(out, "status", status);
  if (statusDescription !== undefined) out.statusDescription = statusDescription;
  if (statusDate !== undefined) out.statusDate = statusDate;
}
function requireObject(operation: string, value: unknown, path: string, what: string): JsonRecord {
  if (!isRecord(value)) throw new ResponseShapeError(operation, path, what, value);
  return value;
}
/** ECGridOS' registration id in its own casings (`callBackEventId`/`…ID`), never the page's `callbackEventId`. */
function registrationId(record: JsonRecord): number | undefined {
  const key = Object.keys(record).find(
    (k) => k !== "callbackEventId" && k.toLowerCase() === "callbackeventid",
  );
  return key === undefined ? undefined : toInteger(record[key]);
}
/** The last entry of ECGridOS' `callBackLog` (its `returnCode` is the endpoint's HTTP status). */
function lastLog(record: JsonRecord): unknown {
  const log = read(record, "callBackLog", "log");
  return Array.isArray(log) ? log[log.length - 1] : undefined;
}
const authType = (record: JsonRecord) =>
  readText(record, "httpAuthType") ?? readText(read(record, "httpAuthentication"), "type");

function readCallback(operation: string, value: unknown, path = "/data"): Callback {
  const record = requireObject(operation, value, path, "a callback object");
  const id = readInteger(record, "callbackId", "callBackEventId", "callBackQueueId");
  if (id === undefined) {
    throw new ResponseShapeError(
      operation,
      `${path}/callbackId`,
      "the callback's integer callbackId (or callBackEventId, callBackQueueId)",
      read(record, "callbackId", "callBackEventId", "callBackQueueId"),
    );
  }
  const out: Out = { ...record, callbackId: id };
  setField(out, "url", readText(record, "url", "callBackUrl"));
  setField(out, "event", readText(record, "event", "systemObject"));
  setField(out, "direction", readText(record, "direction", "callBackEvent"));
  for (const name of ["mailboxId", "networkId", "userId"]) setField(out, name, readInteger(record, name));
  setField(out, "httpAuthType", authType(record));
  setStatus(out, record);
  return out as Callback;
}

function readQueueEntry(operation: string, value: unknown, path = "/data"): CallbackQueueEntry {
  const record = requireObject(operation, value, path, "a callback queue entry");
  const registration = read(record, "callBackEvent", "event");
  const queueId = readInteger(record, "callbackQueueId");
  const callbackId =
    readInteger(record, "callbackId") ??
    (isRecord(registration) ? readInteger(registration, "callBackEventId", "callbackId") : undefined);
  if (queueId === undefined && callbackId === undefined) {
    throw new ResponseShapeError(
      operation,
      `${path}/callBackQueueId`,
      "the queue entry's integer callBackQueueId or callbackId",
      read(record, "callbackQueueId", "callbackId"),
    );
  }
  const out: Out = { ...record };
  setField(out, "callbackQueueId", queueId);
  setField(out, "callbackId", callbackId);
  setField(out, "url", readText(record, "url") ?? readText(registration, "url"));
  setField(out, "queuedAt", readText(record, "queuedAt", "date"));
  setField(
    out,
    "lastHttpStatus",
    readInteger(record, "lastHttpStatus") ?? readInteger(lastLog(record), "returnCode"),
  );
  for (const name of ["attempts", "callsRemaining", "objectId", "userId"])
    setField(out, name, readInteger(record, name));
  setField(out, "nextCall", readText(record, "nextCall"));
  setField(out, "test", toBoolean(read(record, "test")));
  setStatus(out, record);
  return out as CallbackQueueEntry;
}

function readEvent(operation: string, value: unknown, path = "/data"): CallbackEvent {
  const record = requireObject(operation, value, path, "a callback event object");
  const id = readInteger(record, "callbackEventId");
  if (id === undefined) {
    throw new ResponseShapeError(
      operation,
      `${path}/callbackEventId`,
      "the event's integer callbackEventId (or callBackEventId)",
      read(record, "callbackEventId"),
    );
  }
  const out: Out = { ...record, callbackEventId: id };
  const exactCallbackId = toInteger(record.callbackId);
  setField(out, "callbackId", exactCallbackId ?? registrationId(record));
  setField(out, "event", readText(record, "event", "systemObject"));
  setField(out, "direction", readText(record, "direction"));
  setField(out, "url", readText(record, "url"));
  for (const name of ["mailboxId", "networkId", "objectId", "attempts"])
    setField(out, name, readInteger(record, name));
  setField(out, "created", readText(record, "created"));
  setStatus(out, record);
  const queue = read(record, "callBackQueue", "queue");
  if (Array.isArray(queue)) {
    const key = Object.keys(record).find((k) => record[k] === queue);
    out.queue = queue.map((entry, index) => readQueueEntry(operation, entry, `${path}/${key}/${index}`));
  }
  return out as CallbackEvent;
}

function readTestResult(operation: string, value: unknown, sentId: number): CallbackTestResult {
  const record = requireObject(operation, value, "/data", "a callback test result");
  const registration = read(record, "callBackEvent");
  const out: Out = { ...record };
  out.callbackId =
    readInteger(record, "callbackId") ?? readInteger(registration, "callBackEventId", "callbackId") ?? sentId;
  setField(out, "callbackQueueId", readInteger(record, "callbackQueueId"));
  setField(out, "url", readText(record, "url") ?? readText(registration, "url"));
  const log = lastLog(record);
  setField(out, "httpStatus", readInteger(record, "httpStatus") ?? readInteger(log, "returnCode"));
  setField(out, "responseBody", readText(record, "responseBody") ?? readText(log, "message"));
  setField(out, "testedAt", readText(record, "testedAt", "date"));
  return out as CallbackTestResult;
}

const EVENT_ITEMS = ["events", "callBackEventIDInfoList"];
const QUEUE_ITEMS = ["queueEntries", "queue", "callBackQueueIDInfoList"];

function eventPage(envelope: unknown): CallbackEventPage {
  const { items, page, path } = listOf(callbacksEventList.id, envelope, EVENT_ITEMS);
  return { ...page, events: items.map((e, i) => readEvent(callbacksEventList.id, e, `${path}/${i}`)) };
}
function queuePage(envelope: unknown): CallbackQueuePage {
  const { items, page, path } = listOf(callbacksQueueList.id, envelope, QUEUE_ITEMS);
  return {
    ...page,
    queueEntries: items.map((e, i) => readQueueEntry(callbacksQueueList.id, e, `${path}/${i}`)),
  };
}

// ---- checking the live service's list rules before any request ----

function scopeRule(operation: "callbacksEventList" | "callbacksQueueList", name: Scope): FieldRule {
  return { ...(CALLBACKS_INPUTS[operation].body[name] as FieldRule), optional: false };
}
function checkScope(operation: "callbacksEventList" | "callbacksQueueList", body: unknown): void {
  if (!isRecord(body)) return; // the operation's own rules reject a non-object body
  for (const name of ["networkId", "mailboxId"] as const) {
    checkValue(name, body[name], scopeRule(operation, name), operation);
  }
  if (operation !== callbacksQueueList.id) return;
  const failed = body.view === "failed";
  if (failed && body.maxDays === undefined) {
    throw new ValidationError('callbacksQueueList: maxDays is required with view "failed"', { operation });
  }
  if (!failed && body.maxDays !== undefined) {
    throw new ValidationError('callbacksQueueList: maxDays goes only with view "failed"', { operation });
  }
}

/** Callbacks: webhooks ECGrid calls when an event occurs, with their events and delivery queue. */
export class Callbacks extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, CALLBACKS_INPUTS);
  }

  /** Registers a webhook for an object event; resolves to the registration. */
  create(body: BodyOf<"callbacksCreateCallback">, options?: CallOptions): ApiCall<Callback> {
    return mapCall(
      this.core.call(callbacksCreateCallback, { body }, { ...options, secrets: [body?.password] }),
      (data: unknown) => readCallback(callbacksCreateCallback.id, data),
    );
  }

  /**
   * Changes a callback's URL, event, status or authentication. Resolves to the registration when
   * the server returns it, else `true` (the live service only has a boolean status setter).
   */
  update(body: BodyOf<"callbacksUpdateCallback">, options?: CallOptions): ApiCall<Callback | true> {
    return mapCall(
      this.core.call(callbacksUpdateCallback, { body }, { ...options, secrets: [body?.password] }),
      (data: unknown): Callback | true => {
        if (isRecord(data)) return readCallback(callbacksUpdateCallback.id, data);
        if (toBoolean(data) === false) {
          throw new ResponseShapeError(callbacksUpdateCallback.id, "/data", "the callback or true", data);
        }
        return true;
      },
    );
  }

  /** Removes a callback and stops its deliveries; `true` when done. */
  delete(body: BodyOf<"callbacksDeleteCallback">, options?: CallOptions): ApiCall<boolean> {
    return mapCall(
      this.core.call(callbacksDeleteCallback, { body }, options),
      (data: unknown) => toBoolean(data) ?? true,
    );
  }

  /** Sends a test notification to a callback's endpoint (it really calls your webhook). */
  test(body: BodyOf<"callbacksTestCallback">, options?: CallOptions): ApiCall<CallbackTestResult> {
    return mapCall(this.core.call(callbacksTestCallback, { body }, options), (data: unknown) =>
      readTestResult(callbacksTestCallback.id, data, body.callbackId),
    );
  }

  /**
   * The callback events of a mailbox: `networkId` and `mailboxId` (0 = root) required. `await`
   * gives the page the body asks for (default the first, 500 a page); `for await (const e of …)`
   * every event from that page on.
   */
  eventList(
    body: CallbackEventListInput,
    options?: ListOptions,
  ): PagePromise<CallbackEventPage, CallbackEvent> {
    const sent: BodyOf<"callbacksEventList"> = body;
    return listPages(
      this.core,
      callbacksEventList,
      sent,
      options,
      eventPage,
      {
        items: (data) => eventPage({ data }).events,
        totalRecords: (envelope) => eventPage(envelope).totalRecords,
      },
      // Before anything is sent: the live service's scope rules.
      (checked) => checkScope(callbacksEventList.id, checked),
    );
  }

  /** A callback event by ID; `queueCount` caps the queue entries the live service returns with it. */
  getEvent(body: BodyOf<"callbacksGetEventById">, options?: CallOptions): ApiCall<CallbackEvent> {
    return mapCall(this.core.call(callbacksGetEventById, { body }, options), (data: unknown) =>
      readEvent(callbacksGetEventById.id, data),
    );
  }

  /**
   * A mailbox's delivery queue: `networkId` and `mailboxId` required; `view: "pending"` (the
   * default) or `view: "failed"` with `maxDays` (1–365). `await` gives the page the body asks for
   * (default the first, 500 a page); `for await (const q of …)` every entry from that page on.
   */
  queueList(
    body: CallbackQueueListInput,
    options?: ListOptions,
  ): PagePromise<CallbackQueuePage, CallbackQueueEntry> {
    const sent: BodyOf<"callbacksQueueList"> = body;
    return listPages(
      this.core,
      callbacksQueueList,
      sent,
      options,
      queuePage,
      {
        items: (data) => queuePage({ data }).queueEntries,
        totalRecords: (envelope) => queuePage(envelope).totalRecords,
      },
      (checked) => checkScope(callbacksQueueList.id, checked),
    );
  }

  /** One queue entry (a delivery attempt) by its ID — the live service's `callBackQueueId`. */
  getQueueEntry(callbackQueueId: number, options?: CallOptions): ApiCall<CallbackQueueEntry> {
    const query = { callbackId: callbackQueueId };
    return mapCall(this.core.call(callbacksGetQueueById, { params: { query } }, options), (data: unknown) =>
      readQueueEntry(callbacksGetQueueById.id, data),
    );
  }
}
