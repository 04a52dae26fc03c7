// @edi-clients/ecgrid: a typed client for the ECGrid REST API v2.6.
import { ECGridCore, type ECGridOptions } from "./core/client.js";
import { Auth } from "./resources/auth.js";
import { Callbacks } from "./resources/callbacks.js";
import { CarbonCopies } from "./resources/carbon-copies.js";
import { Certificates } from "./resources/certificates.js";
import { Comms } from "./resources/comms.js";
import { Ids } from "./resources/ids.js";
import { Interchanges } from "./resources/interchanges.js";
import { Keys } from "./resources/keys.js";
import { Mailboxes } from "./resources/mailboxes.js";
import { Networks } from "./resources/networks.js";
import { Parcels } from "./resources/parcels.js";
import { Partners } from "./resources/partners.js";
import { Portals } from "./resources/portals.js";
import { Reports } from "./resources/reports.js";
import { StatusLists } from "./resources/status-lists.js";
import { Users } from "./resources/users.js";

// What a user needs of the runtime (errors, options and their types, ApiCall, PagePromise, the
// inbox coordination and watch types): one curated list, packages/runtime/src/public.ts, pinned by
// test/public-exports.test.ts. The rest of the runtime stays internal.
export * from "@edi-clients/runtime/public";
export type { ECGridCredentials } from "./core/auth.js";
export { base64ToBytes, bytesToBase64 } from "./core/base64.js";
export {
  ECGRID_BASE_URL,
  ECGRID_RATE_LIMIT,
  ECGridCore,
  type ECGridOptions,
  ECGridSlimCore,
} from "./core/client.js";
export type {
  CarbonCopy,
  Comm,
  EcGridId,
  Interchange,
  Mailbox,
  MailboxDefault,
  Network,
  Parcel,
  Partner,
  Session,
  StatusDetails,
  User,
} from "./core/models.js";
export { type Open, type PageInfo, ResponseShapeError } from "./core/normalise.js";
export type { BodyOf } from "./core/resource.js";
export type { components, operations, paths } from "./generated/openapi.js";
// The operation table generated from the spec: method, path, idempotency, paging rules per operationId.
export { OPERATIONS, type OperationId } from "./generated/operations.js";
export type { ApiVersion } from "./resources/auth.js";
export type {
  Callback,
  CallbackEvent,
  CallbackEventListInput,
  CallbackEventPage,
  CallbackQueueEntry,
  CallbackQueueListInput,
  CallbackQueuePage,
  CallbackTestResult,
} from "./resources/callbacks.js";
export type { AddVanResult } from "./resources/ids.js";
export type { InterchangePage, ResendResult } from "./resources/interchanges.js";
export type { KeyListInput, KeyRef, KeySetInput, KeyValue } from "./resources/keys.js";
export type { MailboxPage } from "./resources/mailboxes.js";
export type { NetworkPage } from "./resources/networks.js";
export type {
  DownloadedParcel,
  FileContent,
  InboxHandlerContext,
  InboxWatch,
  ProcessInboxOptions,
  ProcessInboxResult,
  UploadInput,
  UploadOptions,
  UploadOutcome,
  WatchInboxOptions,
} from "./resources/parcels.js";
export type { PartnerNote } from "./resources/partners.js";
export type { StatusCodes, StatusEntry } from "./resources/status-lists.js";
// Each resource on its own, over an ECGridCore (`new Parcels(new ECGridCore(options))`): a bundle
// then holds only the resources it constructs; over an ECGridSlimCore, only the plugins it names.
export {
  Auth,
  Callbacks,
  CarbonCopies,
  Certificates,
  Comms,
  Ids,
  Interchanges,
  Keys,
  Mailboxes,
  Networks,
  Parcels,
  Partners,
  Portals,
  Reports,
  StatusLists,
  Users,
};

/**
 * The ECGrid client: one property per resource group. `baseUrl` points it at another server: the
 * mock (`pnpm mock`: `http://127.0.0.1:4020`) or the sandbox (`@edi-clients/sandbox`).
 *
 * @example
 * ```ts
 * const ecgrid = new ECGrid({ apiKey: process.env.ECGRID_API_KEY });
 * for await (const parcel of ecgrid.parcels.inboxList({ status: "InBoxReady" })) console.log(parcel.fileName);
 * ```
 *
 * @example Against the mock
 * ```ts
 * const mock = new ECGrid({ apiKey: "mock-key", baseUrl: "http://127.0.0.1:4020" });
 * console.log(await mock.users.me());
 * ```
 */
export class ECGrid {
  readonly core: ECGridCore;
  /** The typed openapi-fetch client with the same auth, retries and throttle (escape hatch). */
  readonly raw: ECGridCore["raw"];
  readonly auth: Auth;
  readonly networks: Networks;
  readonly mailboxes: Mailboxes;
  readonly ids: Ids;
  readonly partners: Partners;
  readonly parcels: Parcels;
  readonly interchanges: Interchanges;
  readonly callbacks: Callbacks;
  readonly carbonCopies: CarbonCopies;
  readonly certificates: Certificates;
  readonly comms: Comms;
  readonly users: Users;
  readonly keys: Keys;
  readonly portals: Portals;
  readonly reports: Reports;
  readonly statusLists: StatusLists;

  constructor(options: ECGridOptions = {}) {
    this.core = new ECGridCore(options);
    this.raw = this.core.raw;
    this.auth = new Auth(this.core);
    this.networks = new Networks(this.core);
    this.mailboxes = new Mailboxes(this.core);
    this.ids = new Ids(this.core);
    this.partners = new Partners(this.core);
    this.parcels = new Parcels(this.core);
    this.interchanges = new Interchanges(this.core);
    this.callbacks = new Callbacks(this.core);
    this.carbonCopies = new CarbonCopies(this.core);
    this.certificates = new Certificates(this.core);
    this.comms = new Comms(this.core);
    this.users = new Users(this.core);
    this.keys = new Keys(this.core);
    this.portals = new Portals(this.core);
    this.reports = new Reports(this.core);
    this.statusLists = new StatusLists(this.core);
    // Not a `[Symbol.for(…)]()` method: a computed class key counts as a side effect for bundlers,
    // which then keep the class, and with it every resource, in any bundle importing this entry.
    Object.defineProperty(this, Symbol.for("nodejs.util.inspect.custom"), { value: () => "ECGrid(***)" });
  }

  /**
   * Sends nothing more (later calls reject with a ClientClosedError) and stops the rate limiter's
   * timers, so a short script can exit at once.
   */
  close(): Promise<void> {
    return this.core.close();
  }

  toString(): string {
    return "ECGrid(***)";
  }
}

export default ECGrid;
