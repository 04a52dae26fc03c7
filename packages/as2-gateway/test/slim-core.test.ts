// Issue 13 (bundle size): As2GatewaySlimCore is As2GatewayCore without its plugins (throttle, retry
// budget, response validation) and without `raw`. Resources over it work as over the full core —
// sends included, which no longer go through `raw` — and an option only a missing plugin could
// honour is refused when the core is created.
import { ValidationError } from "@edi-clients/runtime";
import { describe, expect, it } from "vitest";
import { As2GatewayCore, As2GatewaySlimCore } from "../src/core/client.js";
import {
  FailedMessages,
  Messages,
  QueuedMessages,
  ReceivedMessages,
  SentMessages,
  Stations,
} from "../src/index.js";
import { fakeFetch, json, silentLogger } from "./helpers.js";

const options = {
  baseUrl: "https://as2.test",
  token: "tok-static",
  logger: silentLogger,
  reconcile: false as const,
};

function slimMessages(fetch: ReturnType<typeof fakeFetch>["fetch"]) {
  const core = new As2GatewaySlimCore({ ...options, fetch });
  return new Messages(core, {
    received: new ReceivedMessages(core),
    sent: new SentMessages(core),
    queued: new QueuedMessages(core),
    failed: new FailedMessages(core),
  });
}

describe("As2GatewaySlimCore", () => {
  it("serves a resource like the full core, and keeps no throttle, retry budget or raw", async () => {
    const fake = fakeFetch(() => json([{ stationId: "ACME", as2Id: "ACME_EDI" }]));
    const core = new As2GatewaySlimCore({ ...options, fetch: fake.fetch });
    const stations = await new Stations(core).list();
    expect(stations).toEqual([{ stationId: "ACME", as2Id: "ACME_EDI" }]);
    expect(fake.calls[0]?.headers.get("authorization")).toBe("tok-static");
    expect(core.throttle).toBeUndefined();
    expect(core.retryBudget).toBeUndefined();
    expect("raw" in core).toBe(false);
  });

  it("sends one file raw: its bytes, its Content-Type and Name header, the query", async () => {
    const fake = fakeFetch(() => json({ message: "queued" }, 202, { Link: "</v1/message/sent/MSG-1>" }));
    const result = await slimMessages(fake.fetch).send({
      stationId: "ACME",
      partnerId: "GLOBEX",
      file: { name: "po.edi", content: "ISA*00~" },
      subject: "PO 1",
    });
    expect(result.message).toBe("queued");
    const [sent] = fake.calls;
    expect(sent?.method).toBe("POST");
    expect(`${sent?.url.pathname}${sent?.url.search}`).toBe("/v1/message/ACME/GLOBEX?subject=PO%201");
    expect(sent?.headers.get("name")).toBe("po.edi");
    expect(sent?.headers.get("content-type")).not.toContain("json");
    expect(sent?.text).toBe("ISA*00~");
  });

  it("sends several files as one multipart form with fetch's boundary", async () => {
    const fake = fakeFetch(() => json({ message: "queued" }, 202));
    await slimMessages(fake.fetch).send({
      stationId: "ACME",
      partnerId: "GLOBEX",
      files: [
        { name: "a.edi", content: "ISA*A~" },
        { name: "b.edi", content: "ISA*B~" },
      ],
    });
    const [sent] = fake.calls;
    expect(sent?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(sent?.text).toContain('filename="a.edi"');
    expect(sent?.text).toContain("ISA*B~");
  });

  it("checks the send defaults (reconcile) when Messages is constructed over it, before any request", async () => {
    const fake = fakeFetch(() => json([]));
    const bad = { ...options, fetch: fake.fetch, reconcile: { intervalMs: 0 } };
    // Only sends read them: a core serving Stations alone carries no reconcile code (issue 13).
    const core = new As2GatewaySlimCore(bad);
    await new Stations(core).list();
    const messages = () =>
      new Messages(core, {
        received: new ReceivedMessages(core),
        sent: new SentMessages(core),
        queued: new QueuedMessages(core),
        failed: new FailedMessages(core),
      });
    expect(messages).toThrow(ValidationError);
    expect(messages).toThrow(
      "As2Gateway: reconcile.intervalMs must be a number of milliseconds from 1 to 600000, got 0",
    );
    expect(() => new As2GatewayCore(bad)).toThrow(
      "As2Gateway: reconcile.intervalMs must be a number of milliseconds from 1 to 600000, got 0",
    );
    expect(fake.calls).toHaveLength(1);
  });

  it("refuses throttle, retryBudget and validateResponses without their plugin, before any request", () => {
    const fake = fakeFetch(() => json([]));
    for (const [given, plugin] of [
      [{ throttle: { limit: 10 } }, "throttle"],
      [{ retryBudget: false as const, throttle: {} }, "throttle"],
      [{ retryBudget: { tokens: 10 } }, "retryBudget"],
      [{ validateResponses: "warn" as const }, "responseValidation"],
    ] as const) {
      const create = () => new As2GatewaySlimCore({ ...options, fetch: fake.fetch, ...given });
      expect(create).toThrow(ValidationError);
      expect(create).toThrow(`needs the ${plugin} plugin`);
    }
    expect(fake.calls).toHaveLength(0);
  });

  it("the full core has every plugin and raw, as before", async () => {
    const core = new As2GatewayCore(options);
    expect(core).toBeInstanceOf(As2GatewaySlimCore);
    expect(core.throttle).toBeDefined();
    expect(core.retryBudget).toBeDefined();
    expect(typeof core.raw.POST).toBe("function");
    await core.close();
  });
});
