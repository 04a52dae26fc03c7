import type { CallOptions } from "@edi-clients/runtime";
import type { ECGridSlimCore } from "../core/client.js";
import { REPORTS_INPUTS } from "../core/inputs/reports.js";
import { type BodyOf, Resource } from "../core/resource.js";
import {
  reportsInstantStats,
  reportsInterchangeStats,
  reportsMailboxInterchangeStats,
  reportsMailboxStats,
  reportsMonthlyReport,
  reportsReportByDate,
  reportsReportList,
  reportsTrafficStats,
} from "../generated/operations.js";

/** Reports: traffic and activity statistics. */
export class Reports extends Resource {
  constructor(core: ECGridSlimCore) {
    super(core, REPORTS_INPUTS);
  }

  /** The available reports; `showInactive` includes inactive ones. */
  list(showInactive = false, options?: CallOptions) {
    return this.core.call(reportsReportList, { params: { path: { ShowInactive: showInactive } } }, options);
  }

  /** Runs a report for a date range and returns its rows. */
  byDate(body: BodyOf<"reportsReportByDate">, options?: CallOptions) {
    return this.core.call(reportsReportByDate, { body }, options);
  }

  /** Real-time parcel counts for two trailing time windows. */
  instantStats(body: BodyOf<"reportsInstantStats">, options?: CallOptions) {
    return this.core.call(reportsInstantStats, { body }, options);
  }

  /** Interchange statistics per period for a date range and direction. */
  interchangeStats(body: BodyOf<"reportsInterchangeStats">, options?: CallOptions) {
    return this.core.call(reportsInterchangeStats, { body }, options);
  }

  /** Interchange statistics of the session's mailbox. */
  mailboxInterchangeStats(options?: CallOptions) {
    return this.core.call(reportsMailboxInterchangeStats, {}, options);
  }

  /** Activity summary of the session's mailbox. */
  mailboxStats(options?: CallOptions) {
    return this.core.call(reportsMailboxStats, {}, options);
  }

  /** A report's data for one calendar month. */
  monthly(body: BodyOf<"reportsMonthlyReport">, options?: CallOptions) {
    return this.core.call(reportsMonthlyReport, { body }, options);
  }

  /** Traffic volume over several periods around a target time. */
  trafficStats(body: BodyOf<"reportsTrafficStats">, options?: CallOptions) {
    return this.core.call(reportsTrafficStats, { body }, options);
  }
}
