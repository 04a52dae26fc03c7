// The command line's --rate-limit (both halves) and --data (both halves' state) flags.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/main.ts";
import { as2Client, PARTNER, STATION, token } from "./as2support.ts";
import { until } from "./hooks.ts";
import { ACME_KEY, client, x12 } from "./support.ts";

const dir = mkdtempSync(join(tmpdir(), "edi-sandbox-flags-"));
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(args: string[]) {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const running = await main(["--port", "0", "--as2-port", "0", ...args]);
  const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
  log.mockRestore();
  const [ecgridUrl, as2Url] = [...printed.matchAll(/listening on (\S+)/g)].map((m) => String(m[1]));
  return {
    running,
    printed,
    at: { ecgridUrl: String(ecgridUrl), as2Url: String(as2Url), close: running.close },
  };
}

describe("edi-clients-sandbox flags", () => {
  it("--rate-limit enforces the documented limits on both halves", async () => {
    const { running, printed, at } = await start(["--rate-limit"]);
    try {
      expect(printed).toContain("rate limits on");
      const { response } = await client(at, ACME_KEY).raw.POST("/v2/parcels/pending-inbox-list", {
        body: {},
      });
      expect(response.headers.get("x-ratelimit-limit")).toBe("180");
      const auth = await token(at);
      const statuses: number[] = [];
      for (let i = 0; i < 50; i++) {
        statuses.push((await fetch(`${at.as2Url}/v1/station`, { headers: { Authorization: auth } })).status);
      }
      // Authorize was the first of the 50 (unless the 10 s window turned on a slow machine).
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(49);
      expect(statuses.at(-1) === 429 || statuses.every((s) => s === 200)).toBe(true);
    } finally {
      await running.close();
    }
  });

  it("--delivery-delay keeps uploads outboxPending, then delivers them", async () => {
    const { running, at } = await start(["--delivery-delay", "1000"]);
    try {
      const acme = client(at, ACME_KEY);
      const started = Date.now();
      const id = await acme.parcels.upload({ fileName: "po.edi", content: x12() });
      expect((await acme.parcels.get(id)).status).toBe("outboxPending");
      const status = async () => (await acme.parcels.get(id)).status;
      await until(async () => ((await status()) === "outboxSent" ? true : undefined), "the delivery");
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    } finally {
      await running.close();
    }
    await expect(main(["--delivery-delay", "-1"])).rejects.toThrow(/--delivery-delay/);
  });

  it("--data keeps the AS2 messages as well as the ECGrid state", async () => {
    const data = join(dir, "state");
    const first = await start(["--data", data]);
    let id: string;
    try {
      expect(first.printed).toContain(`${data}/as2.json`);
      const sent = await as2Client(first.at).messages.send({
        stationId: STATION,
        partnerId: PARTNER,
        file: { name: "kept.edi", content: "KEPT" },
      });
      id = String(sent.as2MessageId);
    } finally {
      await first.running.close();
    }
    expect(existsSync(join(data, "as2.json"))).toBe(true);
    const second = await start(["--data", data]);
    try {
      const queuedOrSent = await as2Client(second.at).messages.waitForSent(id, {
        initialDelayMs: 50,
        timeoutMs: 10_000,
      });
      expect(queuedOrSent.attachments).toEqual([{ name: "kept.edi", size: 4 }]);
    } finally {
      await second.running.close();
    }
  });
});
