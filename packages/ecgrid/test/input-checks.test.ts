// Every public method checks its input before any request: a table of every method of every
// resource (a completeness check compares it with the resources' prototypes), each called through
// a fake fetch that records requests. Bad IDs, bad bodies and bad call options must reject — never
// throw synchronously — with a ValidationError naming the parameter and its limit, and send nothing.
import { describe, expect, it } from "vitest";
import { ECGrid, ValidationError } from "../src/index.js";
import { envelope, fakeFetch } from "./support/fake-fetch.js";

type Options = Record<string, unknown> | undefined;
/** Calls one method with `v` in its ID field (`o`: the call options). */
type Call = (c: ECGrid, v: never, o: Options) => unknown;

interface IdCase {
  /** The field the value goes to, as named in the message. */
  param: string;
  call: Call;
  /** Required fields reject `undefined` too; optional filters let it through. */
  required?: boolean;
  /** The vendor documents 0 as "all" for this filter. */
  zeroMeansAll?: boolean;
  /**
   * The live service documents these values beyond the positive ones (NOTES.md `X10-SCOPE-1`):
   * they pass, and the message for a bad value names them.
   */
  sentinels?: Record<number, string>;
  /** IDs that start at 0 (the live service's queue-entry IDs). */
  fromZero?: boolean;
}

const x12 = { elementDelimiter: "*", subElementDelimiter: ">", segmentTerminator: "~" };
const dates = { startDate: "2026-05-01T00:00:00Z", endDate: "2026-05-07T23:59:59Z" };
const req = (param: string, call: Call): IdCase => ({ param, call, required: true });
const opt = (param: string, call: Call): IdCase => ({ param, call });
const orAll = (param: string, call: Call): IdCase => ({ param, call, zeroMeansAll: true });
const ROOT = { 0: "the network's root mailbox" };
const MAILBOXES = { [-1]: "all mailboxes", ...ROOT };
/** An optional filter with the live service's sentinels. */
const scoped = (param: string, sentinels: Record<number, string>, call: Call): IdCase => ({
  param,
  call,
  sentinels,
});
/** The callback lists take the live service's scope: networkId and mailboxId (0 = root) both required. */
const scope = { networkId: 7 };
const keyRef = { systemObject: "Mailbox", objectId: 142, key: "ftp:status", visibility: "Shared" } as const;

const idCases: Record<string, IdCase> = {
  "callbacks.create": opt("mailboxId", (c, v, o) =>
    c.callbacks.create({ url: "https://x.test/hook", event: "Parcel", mailboxId: v }, o),
  ),
  "callbacks.update": req("callbackId", (c, v, o) => c.callbacks.update({ callbackId: v }, o)),
  "callbacks.delete": req("callbackId", (c, v, o) => c.callbacks.delete({ callbackId: v }, o)),
  "callbacks.test": req("callbackId", (c, v, o) => c.callbacks.test({ callbackId: v }, o)),
  "callbacks.eventList": {
    ...req("mailboxId", (c, v, o) => c.callbacks.eventList({ ...scope, mailboxId: v }, o)),
    sentinels: ROOT,
  },
  "callbacks.getEvent": req("callbackEventId", (c, v, o) => c.callbacks.getEvent({ callbackEventId: v }, o)),
  "callbacks.queueList": {
    ...req("mailboxId", (c, v, o) => c.callbacks.queueList({ ...scope, mailboxId: v }, o)),
    sentinels: ROOT,
  },
  "callbacks.getQueueEntry": {
    ...req("callbackId", (c, v, o) => c.callbacks.getQueueEntry(v, o)),
    fromZero: true,
  },
  "carbonCopies.get": req("id", (c, v, o) => c.carbonCopies.get(v, o)),
  // Optional alone: the page's mailbox rule or ECGridOS' ECGrid-ID-pair rule (X10-CC-1).
  "carbonCopies.create": opt("fromMailboxId", (c, v, o) =>
    c.carbonCopies.create({ fromMailboxId: v, toMailboxId: 2, direction: "InBox" }, o),
  ),
  "carbonCopies.update": req("ccId", (c, v, o) => c.carbonCopies.update({ ccId: v }, o)),
  "carbonCopies.delete": req("id", (c, v, o) => c.carbonCopies.delete(v, o)),
  "carbonCopies.list": scoped("mailboxId", MAILBOXES, (c, v, o) => c.carbonCopies.list({ mailboxId: v }, o)),
  "certificates.addPrivate": req("commId", (c, v, o) =>
    c.certificates.addPrivate({ commId: v, certType: "AS2" } as never, o),
  ),
  "certificates.addPublic": req("commId", (c, v, o) =>
    c.certificates.addPublic({ commId: v, certType: "AS2" } as never, o),
  ),
  "certificates.create": req("commId", (c, v, o) => c.certificates.create({ commId: v }, o)),
  "certificates.renew": req("certKeyId", (c, v, o) => c.certificates.renew({ commId: 1, certKeyId: v }, o)),
  "certificates.terminate": req("certKeyId", (c, v, o) =>
    c.certificates.terminate({ commId: 1, certKeyId: v }, o),
  ),
  "comms.get": req("id", (c, v, o) => c.comms.get(v, o)),
  "comms.create": req("mailboxId", (c, v, o) =>
    c.comms.create({ mailboxId: v, commType: "AS2", identifier: "ACME" } as never, o),
  ),
  "comms.pair": req("ecGridIdFrom", (c, v, o) => c.comms.pair({ ecGridIdFrom: v, ecGridIdTo: 2 }, o)),
  "comms.setPair": opt("commId", (c, v, o) =>
    c.comms.setPair({ ecGridIdFrom: 1, ecGridIdTo: 2, commId: v }, o),
  ),
  "comms.update": req("commId", (c, v, o) => c.comms.update({ commId: v }, o)),
  "comms.updateConfig": req("commId", (c, v, o) => c.comms.updateConfig({ commId: v }, o)),
  "ids.create": req("mailboxId", (c, v, o) => c.ids.create({ mailboxId: v, qualifier: "01", id: "ACME" }, o)),
  "ids.get": req("id", (c, v, o) => c.ids.get(v, o)),
  "ids.update": req("id", (c, v, o) => c.ids.update(v, {}, o)),
  "ids.delete": req("id", (c, v, o) => c.ids.delete(v, o)),
  "ids.list": opt("networkId", (c, v, o) => c.ids.list({ networkId: v }, o)),
  "ids.list mailboxId": scoped("mailboxId", ROOT, (c, v, o) => c.ids.list({ mailboxId: v }, o)),
  "ids.addVan": req("ecGridId", (c, v, o) =>
    c.ids.addVan({ ecGridId: v, vanQualifier: "01", vanId: "V" }, o),
  ),
  // Optional alone: `ecGridId` or ECGridOS' reverse lookup by `mailboxId` (X10-ID-2).
  "ids.getMailboxDefault": opt("ecGridId", (c, v, o) => c.ids.getMailboxDefault({ ecGridId: v }, o)),
  "ids.move": req("newMailboxId", (c, v, o) => c.ids.move({ ecGridId: 1, newMailboxId: v }, o)),
  "ids.updateDataEmail": req("ecGridId", (c, v, o) =>
    c.ids.updateDataEmail({ ecGridId: v, email: "edi@acme.test" }, o),
  ),
  "ids.updateDescription": req("ecGridId", (c, v, o) =>
    c.ids.updateDescription({ ecGridId: v, description: "Acme" }, o),
  ),
  "ids.setX12Delimiters": req("ecGridId", (c, v, o) => c.ids.setX12Delimiters({ ecGridId: v, ...x12 }, o)),
  "ids.updateConfig": req("ecGridId", (c, v, o) => c.ids.updateConfig({ ecGridId: v }, o)),
  "interchanges.get": req("id", (c, v, o) => c.interchanges.get(v, o)),
  "interchanges.cancel": req("id", (c, v, o) => c.interchanges.cancel(v, o)),
  "interchanges.manifest": req("id", (c, v, o) => c.interchanges.manifest(v, o)),
  "interchanges.inboxList": opt("mailboxId", (c, v, o) => c.interchanges.inboxList({ mailboxId: v }, o)),
  "interchanges.inboxList ecGridIdFrom": orAll("ecGridIdFrom", (c, v, o) =>
    c.interchanges.inboxList({ ecGridIdFrom: v }, o),
  ),
  "interchanges.outboxList": orAll("ecGridIdTo", (c, v, o) =>
    c.interchanges.outboxList({ ecGridIdTo: v }, o),
  ),
  "interchanges.outboxList mailboxId": opt("mailboxId", (c, v, o) =>
    c.interchanges.outboxList({ mailboxId: v }, o),
  ),
  "interchanges.resend": req("id", (c, v, o) => c.interchanges.resend(v, o)),
  "keys.create": req("objectId", (c, v, o) => c.keys.create({ ...keyRef, objectId: v, value: "ready" }, o)),
  "keys.get": req("objectId", (c, v, o) => c.keys.get({ ...keyRef, objectId: v }, o)),
  "keys.list": req("objectId", (c, v, o) => c.keys.list({ systemObject: "Mailbox", objectId: v }, o)),
  "keys.delete": req("objectId", (c, v, o) => c.keys.delete({ ...keyRef, objectId: v }, o)),
  "mailboxes.get": req("id", (c, v, o) => c.mailboxes.get(v, o)),
  "mailboxes.create": req("networkId", (c, v, o) =>
    c.mailboxes.create({ networkId: v, uniqueId: "ACME01", companyName: "Acme" }, o),
  ),
  "mailboxes.update": req("mailboxId", (c, v, o) => c.mailboxes.update({ mailboxId: v }, o)),
  "mailboxes.delete": req("id", (c, v, o) => c.mailboxes.delete(v, o)),
  "mailboxes.list": orAll("networkId", (c, v, o) => c.mailboxes.list({ networkId: v }, o)),
  "mailboxes.updateConfig": req("mailboxId", (c, v, o) => c.mailboxes.updateConfig({ mailboxId: v }, o)),
  "mailboxes.setX12Delimiters": req("mailboxId", (c, v, o) =>
    c.mailboxes.setX12Delimiters({ mailboxId: v, ...x12 }, o),
  ),
  "networks.get": req("id", (c, v, o) => c.networks.get(v, o)),
  "networks.list": orAll("networkId", (c, v, o) => c.networks.list({ networkId: v }, o)),
  "networks.list mailboxId": orAll("mailboxId", (c, v, o) => c.networks.list({ mailboxId: v }, o)),
  "networks.update": req("networkId", (c, v, o) => c.networks.update({ networkId: v }, o)),
  "networks.getContact": req("networkId", (c, v, o) =>
    c.networks.getContact({ networkId: v, contactType: "Primary" } as never, o),
  ),
  "networks.updateConfig": req("networkId", (c, v, o) => c.networks.updateConfig({ networkId: v }, o)),
  "networks.setX12Delimiters": req("networkId", (c, v, o) =>
    c.networks.setX12Delimiters({ networkId: v, ...x12 }, o),
  ),
  "parcels.get": req("id", (c, v, o) => c.parcels.get(v, o)),
  "parcels.inboxList": opt("mailboxId", (c, v, o) => c.parcels.inboxList({ mailboxId: v }, o)),
  "parcels.inboxList ecGridIdFrom": opt("ecGridIdFrom", (c, v, o) =>
    c.parcels.inboxList({ ecGridIdFrom: v }, o),
  ),
  "parcels.outboxList": opt("ecGridIdTo", (c, v, o) => c.parcels.outboxList({ ecGridIdTo: v }, o)),
  "parcels.outboxList mailboxId": opt("mailboxId", (c, v, o) => c.parcels.outboxList({ mailboxId: v }, o)),
  "parcels.pendingInboxList": opt("mailboxId", (c, v, o) => c.parcels.pendingInboxList({ mailboxId: v }, o)),
  "parcels.upload": opt("mailboxId", (c, v, o) =>
    c.parcels.upload({ fileName: "po.edi", content: "ISA*00~", mailboxId: v }, o),
  ),
  "parcels.uploadWithOutcome": opt("networkId", (c, v, o) =>
    c.parcels.uploadWithOutcome({ fileName: "po.edi", content: "ISA*00~", networkId: v }, o),
  ),
  "parcels.uploadCall": opt("ecGridIdTo", (c, v, o) =>
    c.parcels.uploadCall({ fileName: "po.edi", content: "SVNBKjAwfg==", ecGridIdTo: v }, o),
  ),
  "parcels.downloadRaw": req("parcelId", (c, v, o) => c.parcels.downloadRaw(v, o)),
  "parcels.download": req("parcelId", (c, v, o) => c.parcels.download(v, o)),
  "parcels.confirm": req("parcelId", (c, v, o) => c.parcels.confirm(v, o)),
  "parcels.processInbox": opt("mailboxId", (c, v) =>
    c.parcels.processInbox(() => undefined, { mailboxId: v }),
  ),
  // One pass (stopped by its own progress callback); bad input rejects `done`.
  "parcels.watchInbox": opt("mailboxId", (c, v) => {
    const stop = new AbortController();
    return c.parcels.watchInbox(() => undefined, {
      mailboxId: v,
      signal: stop.signal,
      onPass: () => stop.abort(),
    }).done;
  }),
  "parcels.manifest": req("id", (c, v, o) => c.parcels.manifest(v, o)),
  "parcels.cancel": req("id", (c, v, o) => c.parcels.cancel(v, o)),
  "parcels.resetToInbox": req("id", (c, v, o) => c.parcels.resetToInbox(v, o)),
  "parcels.acknowledgmentNote": req("parcelId", (c, v, o) =>
    c.parcels.acknowledgmentNote({ parcelId: v, note: "ok" }, o),
  ),
  "parcels.findMailbagControlId": opt("mailboxId", (c, v, o) =>
    c.parcels.findMailbagControlId({ mailboxId: v, mailbagControlId: "MB1" }, o),
  ),
  "parcels.setMailbagControlId": req("parcelId", (c, v, o) =>
    c.parcels.setMailbagControlId({ parcelId: v, mailbagControlId: "MB1" }, o),
  ),
  "parcels.sendTestFile": req("ecGridIdTo", (c, v, o) =>
    c.parcels.sendTestFile({ ecGridIdFrom: 1, ecGridIdTo: v }, o),
  ),
  "parcels.update": req("parcelId", (c, v, o) => c.parcels.update({ parcelId: v }, o)),
  "partners.create": req("ecGridIdFrom", (c, v, o) =>
    c.partners.create({ ecGridIdFrom: v, ecGridIdTo: 2 }, o),
  ),
  "partners.get": req("id", (c, v, o) => c.partners.get(v, o)),
  "partners.delete": req("id", (c, v, o) => c.partners.delete(v, o)),
  "partners.count": req("ecGridId", (c, v, o) => c.partners.count({ ecGridId: v }, o)),
  "partners.list": opt("ecGridId", (c, v, o) => c.partners.list({ ecGridId: v }, o)),
  "partners.list mailboxId": scoped("mailboxId", MAILBOXES, (c, v, o) =>
    c.partners.list({ mailboxId: v }, o),
  ),
  "partners.addNote": req("interconnectId", (c, v, o) =>
    c.partners.addNote({ interconnectId: v, note: "n" }, o),
  ),
  "partners.listNotes": req("interconnectId", (c, v, o) => c.partners.listNotes({ interconnectId: v }, o)),
  "portals.create": req("mailboxId", (c, v, o) => c.portals.create({ mailboxId: v }, o)),
  "portals.getByMailbox": req("mailboxId", (c, v, o) => c.portals.getByMailbox(v, o)),
  "reports.byDate": req("reportId", (c, v, o) => c.reports.byDate({ reportId: v, ...dates }, o)),
  "reports.instantStats": req("minutes1", (c, v, o) =>
    c.reports.instantStats({ minutes1: v, minutes2: 60 }, o),
  ),
  "reports.monthly": req("report", (c, v, o) =>
    c.reports.monthly({ report: v, month: "2026-05-01T00:00:00Z" }, o),
  ),
  "reports.trafficStats": req("numPeriods", (c, v, o) =>
    c.reports.trafficStats({ targetTime: "2026-05-01T00:00:00Z", numPeriods: v, period: "Day" } as never, o),
  ),
  "users.get": req("id", (c, v, o) => c.users.get(v, o)),
  "users.create": opt("mailboxId", (c, v, o) =>
    c.users.create({ login: "jdoe", password: "Pa55word!", email: "j@acme.test", mailboxId: v }, o),
  ),
  "users.update": req("userId", (c, v, o) => c.users.update({ userId: v }, o)),
  "users.terminate": req("id", (c, v, o) => c.users.terminate(v, o)),
  "users.list": scoped("mailboxId", MAILBOXES, (c, v, o) => c.users.list({ mailboxId: v }, o)),
  "users.list networkId": opt("networkId", (c, v, o) => c.users.list({ networkId: v }, o)),
  "users.generatePassword": opt("length", (c, v, o) => c.users.generatePassword({ length: v }, o)),
  "users.generateApiKey": req("id", (c, v, o) => c.users.generateApiKey(v, o)),
  "users.getApiKey": req("id", (c, v, o) => c.users.getApiKey(v, o)),
  "users.updatePassword": req("userId", (c, v, o) =>
    c.users.updatePassword({ userId: v, newPassword: "N3w!" }, o),
  ),
  "users.resetSessions": req("id", (c, v, o) => c.users.resetSessions(v, o)),
  "users.setRole": req("userId", (c, v, o) => c.users.setRole({ userId: v, authLevel: "User" } as never, o)),
  "users.sendSms": req("userId", (c, v, o) => c.users.sendSms({ userId: v, message: "hi" }, o)),
  "users.setNetworkMailbox": opt("mailboxId", (c, v, o) =>
    c.users.setNetworkMailbox({ userId: 1, mailboxId: v }, o),
  ),
  "users.updateConfig": req("userId", (c, v, o) => c.users.updateConfig({ userId: v }, o)),
};

/** Methods without an ID: a valid call, and a bad input with the message it must give. */
const otherCases: Record<string, { valid: Call; bad: Call; message: string }> = {
  "auth.changePassword": {
    valid: (c, _, o) => c.auth.changePassword({ currentPassword: "Old1!", newPassword: "New1!" }, o),
    bad: (c) => c.auth.changePassword({ currentPassword: "Old1!" } as never),
    message: "authChangePassword: newPassword must be a string, got undefined",
  },
  "comms.find": {
    valid: (c, _, o) => c.comms.find({ identifier: "ACME" }, o),
    bad: (c) => c.comms.find(null as never),
    message: "commsFindComm: the request body must be an object, got null",
  },
  "comms.list": {
    valid: (c, _, o) => c.comms.list({}, o),
    bad: (c) => c.comms.list("all" as never),
    message: 'commsListComms: the request body must be an object, got "all"',
  },
  "ids.find": {
    valid: (c, _, o) => c.ids.find({ qualifier: "01", id: "ACME", networkId: -1, mailboxId: -1 }, o),
    bad: (c) => c.ids.find({ id: "ACME", networkId: -2 }),
    message: "idsFindId: networkId must be a positive integer or -1 (all networks), got -2",
  },
  "interchanges.getDate": {
    valid: (c, _, o) => c.interchanges.getDate({ interchangeHeader: "ISA*00" }, o),
    bad: (c) => c.interchanges.getDate({} as never),
    message: "interchangesGetDate: interchangeHeader must be a string, got undefined",
  },
  "interchanges.getHeader": {
    valid: (c, _, o) => c.interchanges.getHeader({ interchangeHeader: "ISA*00" }, o),
    bad: (c) => c.interchanges.getHeader(undefined as never),
    message: "interchangesGetHeader: the request body must be an object, got undefined",
  },
  "reports.list": {
    valid: (c, _, o) => c.reports.list(true, o),
    bad: (c) => c.reports.list("yes" as never),
    message: 'reportsReportList: ShowInactive must be true or false, got "yes"',
  },
  "reports.interchangeStats": {
    valid: (c, _, o) =>
      c.reports.interchangeStats(
        { startTime: "2026-05-01T00:00:00Z", endTime: "2026-05-02T00:00:00Z", direction: "InBox" } as never,
        o,
      ),
    bad: (c) => c.reports.interchangeStats({ startTime: "2026-05-01T00:00:00Z" } as never),
    message: "reportsInterchangeStats: endTime must be a string, got undefined",
  },
  "users.getByName": {
    valid: (c, _, o) => c.users.getByName({ login: "jdoe" }, o),
    bad: (c) => c.users.getByName({ login: ["jdoe"] } as never),
    message: "usersGetByName: login must be a string, got an array",
  },
};

/** Methods that take nothing but call options. */
const optionsOnly: Record<string, Call> = {
  "auth.version": (c, _, o) => c.auth.version(o),
  "auth.session": (c, _, o) => c.auth.session(o),
  "auth.logout": (c, _, o) => c.auth.logout(o),
  "reports.mailboxInterchangeStats": (c, _, o) => c.reports.mailboxInterchangeStats(o),
  "reports.mailboxStats": (c, _, o) => c.reports.mailboxStats(o),
  "statusLists.get": (c, _, o) => c.statusLists.get(o),
  "users.me": (c, _, o) => c.users.me(o),
};

function client() {
  // Parcel downloads get real Base64, so a valid call ends without any error of ours.
  const fake = fakeFetch((r) =>
    envelope(r.path.endsWith("/download") ? { parcelId: 1, content: "SVNB" } : []),
  );
  const ecgrid = new ECGrid({
    apiKey: "key-1234567890",
    baseUrl: "https://ecgrid.test",
    fetch: fake.fetch,
    throttle: false,
    maxRetries: 0,
  });
  return { ecgrid, requests: fake.requests };
}

/**
 * What the caller awaits: the promise or ApiCall, or the first `next()` of an iterator. A paged
 * list is both: awaited and iterated, it must settle the same way both times (same error).
 */
async function settle(result: unknown): Promise<unknown> {
  const iterable = result as Partial<AsyncIterable<unknown>> & Partial<PromiseLike<unknown>>;
  const iterate = iterable[Symbol.asyncIterator];
  if (typeof iterate !== "function") return result;
  const first = Promise.resolve().then(() => iterate.call(iterable).next());
  if (typeof iterable.then !== "function") return first;
  const [awaited, iterated] = await Promise.allSettled([Promise.resolve(result), first]);
  if (awaited.status === "fulfilled" && iterated.status === "fulfilled") return awaited.value;
  if (awaited.status === "rejected" && iterated.status === "rejected") {
    const message = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    expect(message(iterated.reason), "the first next() rejects as the await does").toBe(
      message(awaited.reason),
    );
    throw awaited.reason;
  }
  throw new Error(
    `awaited ${awaited.status}, iterated ${iterated.status}: a paged list must settle both ways alike`,
  );
}

/** Calls without letting a synchronous throw escape; the test then asserts it did not happen. */
function callSafely(run: () => unknown): { threw: unknown; result: Promise<unknown> } {
  try {
    return { threw: undefined, result: settle(run()) };
  } catch (error) {
    return { threw: error, result: Promise.resolve() };
  }
}

async function rejection(run: () => unknown): Promise<ValidationError> {
  const { threw, result } = callSafely(run);
  expect(threw, "threw synchronously").toBeUndefined();
  const error = await result.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return error as ValidationError;
}

const BAD_IDS: unknown[] = [-1, Number.NaN, 1.5, "abc", "7", null, Number.POSITIVE_INFINITY, 2 ** 53, {}];

describe("every public method is covered here", () => {
  it("lists each method of each resource exactly once", () => {
    const { ecgrid } = client();
    const resources = Object.entries(ecgrid).filter(([name]) => name !== "core" && name !== "raw");
    const methods = resources.flatMap(([name, resource]) =>
      Object.getOwnPropertyNames(Object.getPrototypeOf(resource))
        .filter((m) => m !== "constructor")
        .map((m) => `${name}.${m}`),
    );
    // "parcels.inboxList ecGridIdFrom": another field of the same method.
    const names = [...Object.keys(idCases), ...Object.keys(otherCases), ...Object.keys(optionsOnly)];
    const covered = [...new Set(names.map((name) => name.split(" ")[0]))];
    expect([...covered].sort()).toEqual([...methods].sort());
  });
});

describe.each(Object.entries(idCases))("%s", (_, c) => {
  it(`rejects a bad ${c.param} before any request, naming it and the limit`, async () => {
    const { ecgrid, requests } = client();
    const accepted = new Set(Object.keys(c.sentinels ?? {}).map(Number));
    const below = accepted.size > 0 ? [Math.min(...accepted) - 1] : [];
    const bad = [
      ...BAD_IDS.filter((value) => !accepted.has(value as number)),
      ...below,
      ...(c.zeroMeansAll || c.fromZero || accepted.has(0) ? [] : [0]),
      ...(c.required ? [undefined] : []),
    ];
    for (const value of bad) {
      const error = await rejection(() => c.call(ecgrid, value as never, undefined));
      const limit = c.fromZero
        ? "(an integer >= 0|an integer from 0 to \\d+)"
        : "(a positive integer|an integer from 1 to \\d+)";
      expect(error.message).toMatch(new RegExp(`^\\w+: ${c.param} must be ${limit}`));
      if (value === -1) expect(error.message).toMatch(/, got -1$/);
      if (c.zeroMeansAll) expect(error.message).toContain("or 0 (all)");
      for (const [sentinel, meaning] of Object.entries(c.sentinels ?? {})) {
        expect(error.message).toContain(`or ${sentinel} (${meaning})`);
      }
    }
    expect(requests).toHaveLength(0);
  });

  it("sends a valid call (the checks let valid input through)", async () => {
    const { ecgrid, requests } = client();
    const sentinels = Object.keys(c.sentinels ?? {}).map(Number);
    const values = [
      1,
      ...(c.zeroMeansAll || c.fromZero ? [0] : []),
      ...sentinels,
      ...(c.required ? [] : [undefined]),
    ];
    for (const value of values) {
      const { threw, result } = callSafely(() => c.call(ecgrid, value as never, undefined));
      expect(threw).toBeUndefined();
      await result.catch((e: unknown) => expect(e).not.toBeInstanceOf(ValidationError));
    }
    expect(requests.length).toBeGreaterThanOrEqual(values.length);
  });
});

describe.each(Object.entries(otherCases))("%s", (_, c) => {
  it("rejects a bad body before any request", async () => {
    const { ecgrid, requests } = client();
    expect((await rejection(() => c.bad(ecgrid, undefined as never, undefined))).message).toBe(c.message);
    expect(requests).toHaveLength(0);
    await settle(c.valid(ecgrid, undefined as never, undefined)).catch(() => undefined);
    expect(requests).toHaveLength(1);
  });
});

const BAD_OPTIONS: [Record<string, unknown>, string][] = [
  [{ timeoutMs: -5 }, "timeoutMs must be a number of milliseconds > 0"],
  [{ timeoutMs: Number.NaN }, "timeoutMs must be"],
  [{ timeoutMs: 0 }, "timeoutMs must be"],
  [{ timeoutMs: Number.POSITIVE_INFINITY }, "timeoutMs must be"],
  [{ maxRetries: -1 }, "maxRetries must be an integer >= 0, got -1"],
  [{ maxRetries: "3" }, 'maxRetries must be an integer >= 0, got "3"'],
  [{ signal: "stop" }, "signal must be an AbortSignal"],
];

const withOptions: [string, Call][] = [
  ...Object.entries(idCases)
    .filter(([name]) => name !== "parcels.processInbox" && name !== "parcels.watchInbox")
    .map(([name, c]): [string, Call] => [name, (client, _, o) => c.call(client, 1 as never, o)]),
  ...Object.entries(otherCases).map(([name, c]): [string, Call] => [name, c.valid]),
  ...Object.entries(optionsOnly),
];

describe("call options are checked once for every method", () => {
  it.each(withOptions)("%s rejects bad options before any request", async (_, call) => {
    const { ecgrid, requests } = client();
    for (const [options, message] of BAD_OPTIONS) {
      const error = await rejection(() => call(ecgrid, undefined as never, options));
      expect(error.message).toContain(message);
      expect(error.message).toMatch(/^\w+: /);
    }
    expect(requests).toHaveLength(0);
  });
});

describe("the reported cases", () => {
  it("parcels.download(null) says parcelId, not Base64", async () => {
    const { ecgrid, requests } = client();
    const error = await rejection(() => ecgrid.parcels.download(null as never));
    expect(error.message).toBe("parcelsDownloadParcel: parcelId must be a positive integer, got null");
    expect(requests).toHaveLength(0);
  });

  it("X12 delimiters must be non-empty, but may be whitespace", async () => {
    const { ecgrid, requests } = client();
    const bad = () => ecgrid.ids.setX12Delimiters({ ecGridId: 1, ...x12, segmentTerminator: "" });
    expect((await rejection(bad)).message).toBe(
      "idsX12Delimiters: segmentTerminator must be a non-empty string, got an empty string",
    );
    expect(requests).toHaveLength(0);
    await ecgrid.ids.setX12Delimiters({ ecGridId: 1, ...x12, segmentTerminator: "\n" });
    expect(requests).toHaveLength(1);
  });

  it("mailboxId -1 is no sentinel where no source documents one", async () => {
    const { ecgrid, requests } = client();
    const error = await rejection(() => ecgrid.parcels.inboxList({ mailboxId: -1 }));
    expect(error.message).toBe("parcelsInboxList: mailboxId must be a positive integer, got -1");
    expect(requests).toHaveLength(0);
  });

  it("-1 and 0 pass exactly where the live service documents them (X10-SCOPE-1)", async () => {
    const { ecgrid, requests } = client();
    await ecgrid.users.list({ networkId: 7, mailboxId: -1 });
    await ecgrid.ids.find({ id: "ACME", networkId: -1, mailboxId: 0 });
    await ecgrid.partners.list({ ecGridId1: -1, ecGridId2: 5, maxDays: -1 });
    await ecgrid.callbacks.eventList({ networkId: 7, mailboxId: 0 });
    expect(requests.map((r) => r.body)).toEqual([
      { networkId: 7, mailboxId: -1 },
      { id: "ACME", networkId: -1, mailboxId: 0 },
      { ecGridId1: -1, ecGridId2: 5, maxDays: -1 },
      { networkId: 7, mailboxId: 0 },
    ]);
    // The root mailbox 0 is no "all": the callback lists still reject -1.
    expect((await rejection(() => ecgrid.callbacks.queueList({ networkId: 7, mailboxId: -1 }))).message).toBe(
      "callbacksQueueList: mailboxId must be a positive integer or 0 (the network's root mailbox), got -1",
    );
    expect((await rejection(() => ecgrid.partners.list({ maxDays: 0 }))).message).toBe(
      "partnersListPartners: maxDays must be an integer from 1 to 32767 or -1 (no limit), got 0",
    );
    expect(requests).toHaveLength(4);
  });

  it("the callback lists need the live service's scope and view/maxDays pairing", async () => {
    const { ecgrid, requests } = client();
    const bad: [() => unknown, string][] = [
      [
        () => ecgrid.callbacks.eventList({ mailboxId: 1 } as never),
        "callbacksEventList: networkId must be a positive integer, got undefined",
      ],
      [
        () => ecgrid.callbacks.queueList({ networkId: 7 } as never),
        "callbacksQueueList: mailboxId must be a positive integer or 0 (the network's root mailbox), got undefined",
      ],
      [
        () => ecgrid.callbacks.queueList({ networkId: 7, mailboxId: 1, view: "failed" } as never),
        'callbacksQueueList: maxDays is required with view "failed"',
      ],
      [
        () => ecgrid.callbacks.queueList({ networkId: 7, mailboxId: 1, maxDays: 30 } as never),
        'callbacksQueueList: maxDays goes only with view "failed"',
      ],
      [
        () => ecgrid.callbacks.queueList({ networkId: 7, mailboxId: 1, view: "failed", maxDays: 366 }),
        "callbacksQueueList: maxDays must be an integer from 1 to 365, got 366",
      ],
      [
        () => ecgrid.callbacks.eventList({ networkId: 7 } as never),
        "callbacksEventList: mailboxId must be a positive integer or 0 (the network's root mailbox), got undefined",
      ],
    ];
    for (const [call, message] of bad) expect((await rejection(call)).message).toBe(message);
    expect(requests).toHaveLength(0);
    await ecgrid.callbacks.queueList({ networkId: 7, mailboxId: 1, view: "failed", maxDays: 30 });
    expect(requests[0]?.body).toEqual({ networkId: 7, mailboxId: 1, view: "failed", maxDays: 30 });
  });

  it("keys take the whole evidence body, and a key's value is never quoted back", async () => {
    const { ecgrid, requests } = client();
    const ref = { systemObject: "Mailbox", objectId: 142, key: "ftp:status", visibility: "Shared" } as const;
    const bad: [() => unknown, string][] = [
      [
        () => ecgrid.keys.get({ userId: 12345 } as never),
        "keysGetKey: systemObject must be a string, got undefined",
      ],
      [
        () => ecgrid.keys.delete({ keyId: 9001 } as never),
        "keysDeleteKey: systemObject must be a string, got undefined",
      ],
      [
        () => ecgrid.keys.get({ ...ref, key: "" }),
        "keysGetKey: key must be a non-empty string, got an empty string",
      ],
      [
        () => ecgrid.keys.list({ systemObject: "Mailbox", objectId: 0 }),
        "keysListKeys: objectId must be a positive integer, got 0",
      ],
      [
        () => ecgrid.keys.create({ ...ref, value: 424242 } as never),
        "keysCreateKey: value must be a string, got integer",
      ],
    ];
    for (const [call, message] of bad) expect((await rejection(call)).message).toBe(message);
    expect(requests).toHaveLength(0);
  });

  it("processInbox checks its handler and options first", async () => {
    const { ecgrid, requests } = client();
    expect((await rejection(() => ecgrid.parcels.processInbox("save" as never))).message).toBe(
      'processInbox: handler must be a function, got "save"',
    );
    for (const options of [{ concurrency: 0 }, { limit: -1 }, { pageSize: 501 }, { signal: 1 }, null]) {
      await rejection(() => ecgrid.parcels.processInbox(() => undefined, options as never));
    }
    expect(requests).toHaveLength(0);
  });

  it("upload checks its input before reading the content", async () => {
    const { ecgrid, requests } = client();
    expect((await rejection(() => ecgrid.parcels.upload(null as never))).message).toMatch(
      /^parcels.upload: the input must be an object/,
    );
    expect(
      (await rejection(() => ecgrid.parcels.upload({ fileName: "a.edi", content: "x", ecGridIdTo: 1.5 })))
        .message,
    ).toBe("parcelsUploadParcel: ecGridIdTo must be a positive integer, got 1.5");
    expect(requests).toHaveLength(0);
  });

  it("paged lists reject, awaited and on the first next(), for bad paging and bad options", async () => {
    const { ecgrid, requests } = client();
    const calls: [unknown, unknown][] = [
      [{ recordsPerPage: 0 }, undefined],
      [{ pageNo: 0 }, undefined],
      [{}, { limit: -1 }],
      [{}, { prefetch: 1 }],
      [{}, { timeoutMs: -5 }],
      [{}, null],
    ];
    for (const [body, options] of calls) {
      expect(() => ecgrid.parcels.inboxList(body as never, options as never)).not.toThrow();
      await rejection(() => ecgrid.parcels.inboxList(body as never, options as never));
    }
    expect(requests).toHaveLength(0);
  });
});

describe("client options are checked at construction", () => {
  it.each([
    [{ apiKey: "" }, "ECGrid: apiKey must be a non-blank string, got an empty string"],
    [{ apiKey: "   " }, "ECGrid: apiKey must be a non-blank string, got a blank string"],
    [{ apiKey: 42 }, "ECGrid: apiKey must be a non-blank string, got a number"],
    [{ apiKey: "k", timeoutMs: -5 }, "ECGrid: timeoutMs must be a number of milliseconds > 0"],
    [{ apiKey: "k", timeoutMs: Number.NaN }, "ECGrid: timeoutMs must be"],
    [{ apiKey: "k", maxRetries: -1 }, "ECGrid: maxRetries must be an integer >= 0, got -1"],
    [{ apiKey: "k", maxRetries: Number.POSITIVE_INFINITY }, "ECGrid: maxRetries must be an integer >= 0"],
    [{ apiKey: "k", retry: { baseDelayMs: -1 } }, "ECGrid: retry.baseDelayMs must be"],
    [{ apiKey: "k", throttle: { limit: 0 } }, "ECGrid: throttle.limit must be a positive integer, got 0"],
    [{ credentials: { login: "", password: "p" } }, "ECGrid: login must be a non-blank string"],
    [{ credentials: { login: "me", password: "" } }, "ECGrid: password must be a non-empty string"],
    [{ credentials: null }, "ECGrid: credentials must be an object, got null"],
    [{ tokenProvider: {} }, "ECGrid: tokenProvider must be an object with an obtain(signal) method"],
  ])("%j", (options, message) => {
    expect(() => new ECGrid(options as never)).toThrow(ValidationError);
    expect(() => new ECGrid(options as never)).toThrow(message);
  });
});
