import type { CallOptions } from "@edi-clients/runtime";
import { type BodyOf, Resource } from "../core/resource.js";

/** Reports: traffic and activity statistics. */
export class Reports extends Resource {
  /** The available reports; `showInactive` includes inactive ones. */
  list(showInactive = false, options?: CallOptions) {
    return this.core.call(
      "reportsReportList",
      (init) =>
        this.core.raw.GET("/v2/reports/{ShowInactive}", {
          params: { path: { ShowInactive: showInactive } },
          ...init,
        }),
      options,
      { path: { ShowInactive: showInactive } },
    );
  }

  /** Runs a report for a date range and returns its rows. */
  byDate(body: BodyOf<"reportsReportByDate">, options?: CallOptions) {
    return this.core.call(
      "reportsReportByDate",
      (init) => this.core.raw.POST("/v2/reports/bydate", { body, ...init }),
      options,
      { body },
    );
  }

  /** Real-time parcel counts for two trailing time windows. */
  instantStats(body: BodyOf<"reportsInstantStats">, options?: CallOptions) {
    return this.core.call(
      "reportsInstantStats",
      (init) => this.core.raw.POST("/v2/reports/instant-stats", { body, ...init }),
      options,
      { body },
    );
  }

  /** Interchange statistics per period for a date range and direction. */
  interchangeStats(body: BodyOf<"reportsInterchangeStats">, options?: CallOptions) {
    return this.core.call(
      "reportsInterchangeStats",
      (init) => this.core.raw.POST("/v2/reports/interchange-stats", { body, ...init }),
      options,
      { body },
    );
  }

  /** Interchange statistics of the session's mailbox. */
  mailboxInterchangeStats(options?: CallOptions) {
    return this.core.call(
      "reportsMailboxInterchangeStats",
      (init) => this.core.raw.GET("/v2/reports/mailbox-interchange-stats", { ...init }),
      options,
    );
  }

  /** Activity summary of the session's mailbox. */
  mailboxStats(options?: CallOptions) {
    return this.core.call(
      "reportsMailboxStats",
      (init) => this.core.raw.GET("/v2/reports/mailbox-stats", { ...init }),
      options,
    );
  }

  /** A report's data for one calendar month. */
  monthly(body: BodyOf<"reportsMonthlyReport">, options?: CallOptions) {
    return this.core.call(
      "reportsMonthlyReport",
      (init) => this.core.raw.POST("/v2/reports/monthly", { body, ...init }),
      options,
      { body },
    );
  }

  /** Traffic volume over several periods around a target time. */
  trafficStats(body: BodyOf<"reportsTrafficStats">, options?: CallOptions) {
    return this.core.call(
      "reportsTrafficStats",
      (init) => this.core.raw.POST("/v2/reports/traffic-stats", { body, ...init }),
      options,
      { body },
    );
  }
}
