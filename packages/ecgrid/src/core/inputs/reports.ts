import { optional as opt } from "@edi-clients/runtime";
import type { InputsOf } from "../input-rules.js";
import { COUNT, FLAG, ID, REPORT_SCOPE, TEXT } from "../input-rules.js";

/** The input rules of the `reports…` operations (see ../input-rules.ts). */
export const REPORTS_INPUTS: InputsOf<"reports"> = {
  reportsReportList: { path: { ShowInactive: FLAG } },
  reportsReportByDate: { body: { reportId: ID, startDate: TEXT, endDate: TEXT, ...REPORT_SCOPE } },
  reportsInstantStats: { body: { minutes1: COUNT, minutes2: COUNT, ...REPORT_SCOPE, ecGridId: opt(ID) } },
  reportsInterchangeStats: { body: { startTime: TEXT, endTime: TEXT, direction: TEXT, ...REPORT_SCOPE } },
  reportsMailboxInterchangeStats: {},
  reportsMailboxStats: {},
  reportsMonthlyReport: { body: { report: ID, month: TEXT, ...REPORT_SCOPE } },
  reportsTrafficStats: { body: { targetTime: TEXT, numPeriods: COUNT, period: TEXT, ...REPORT_SCOPE } },
};
