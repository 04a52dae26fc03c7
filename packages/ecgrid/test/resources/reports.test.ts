import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../../src/index.js";

const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl: inject("prismUrls").ecgrid as string });

describe("reports against Prism", () => {
  it("lists the available reports", async () => {
    const reports = await ecgrid.reports.list(true);
    expect(reports.map((r) => r.reportId)).toEqual([1, 2]);
    expect((await ecgrid.reports.list())[0]?.name).toBe("Monthly Interchange Summary");
  });

  it("runs a report by date and a monthly report", async () => {
    const rows = await ecgrid.reports.byDate({
      reportId: 1,
      startDate: "2026-04-01T00:00:00Z",
      endDate: "2026-04-30T23:59:59Z",
    });
    expect(rows[0]).toMatchObject({ date: "2026-04-01", sent: 120 });
    const monthly = await ecgrid.reports.monthly({ report: 1, month: "2026-04-01T00:00:00Z" });
    expect(monthly[0]).toMatchObject({ week: 1, sent: 540 });
  });

  it("returns instant, interchange and traffic statistics", async () => {
    expect(await ecgrid.reports.instantStats({ minutes1: 5, minutes2: 60 })).toMatchObject({
      window2Count: 148,
    });
    const interchangeStats = await ecgrid.reports.interchangeStats({
      startTime: "2026-04-01T00:00:00Z",
      endTime: "2026-04-30T23:59:59Z",
      direction: "InBox",
    });
    expect(interchangeStats[0]).toMatchObject({ count: 215, direction: "InBox" });
    const traffic = await ecgrid.reports.trafficStats({
      targetTime: "2026-05-07T00:00:00Z",
      numPeriods: 7,
      period: "Day",
    });
    expect(traffic[0]).toMatchObject({ sentCount: 340, receivedCount: 280 });
  });

  it("returns the statistics of the session's mailbox", async () => {
    expect(await ecgrid.reports.mailboxStats()).toMatchObject({ mailboxId: 7890, activePartners: 42 });
    expect(await ecgrid.reports.mailboxInterchangeStats()).toMatchObject({ sent: 1452, period: "2026-04" });
  });
});
