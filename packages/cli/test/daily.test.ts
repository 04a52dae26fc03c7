// The hand-made commands for the daily work beyond parcels: ECGrid interchanges, mailboxes and
// partners lists; AS2 queue control and deletes. Against Prism (request validation on).
import { describe, expect, inject, it } from "vitest";
import { prismCli, recorder } from "./support.js";

const cli = prismCli(inject("prismUrls"));
const lines = (out: string) => out.split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);

describe("daily commands", () => {
  it("ecgrid interchanges / mailboxes / partners list every page as rows", async () => {
    const inbox = await cli(["--json", "ecgrid", "interchanges", "list", "--limit", "1"]);
    expect(inbox.code, inbox.err).toBe(0);
    expect(lines(inbox.out)[0]).toHaveProperty("interchangeId");
    const outbox = await cli(["ecgrid", "interchanges", "list", "--outbox", "--limit", "1"]);
    expect(outbox.code, outbox.err).toBe(0);
    expect(outbox.out.split("\n")[0]).toMatch(/interchangeId/);
    const mailboxes = await cli(["--json", "ecgrid", "mailboxes", "list", "--limit", "2"]);
    expect(mailboxes.code, mailboxes.err).toBe(0);
    expect(lines(mailboxes.out)[0]).toHaveProperty("mailboxId");
    const partners = await cli([
      "--json",
      "ecgrid",
      "partners",
      "list",
      "--ecgrid-id",
      "123456",
      "--limit",
      "1",
    ]);
    expect(partners.code, partners.err).toBe(0);
    expect(partners.out).not.toBe("");
    const missing = await cli(["ecgrid", "partners", "list"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("--ecgrid-id");
  });

  it("ecgrid callbacks list / create / delete / test", async () => {
    const { paths, fetch } = recorder();
    const list = await cli(
      ["--json", "ecgrid", "callbacks", "list", "--network", "1", "--mailbox", "0", "--limit", "1"],
      {},
      fetch,
    );
    expect(list.code, list.err).toBe(0);
    expect(lines(list.out)[0]).toHaveProperty("callbackEventId");
    const created = await cli(
      ["--json", "ecgrid", "callbacks", "create", "--url", "https://hooks.example/edi", "--event", "Parcel"],
      {},
      fetch,
    );
    expect(created.code, created.err).toBe(0);
    expect(lines(created.out)[0]).toHaveProperty("callbackId");
    const deleted = await cli(["--json", "ecgrid", "callbacks", "delete", "42"], {}, fetch);
    expect(deleted.code, deleted.err).toBe(0);
    expect(lines(deleted.out)).toEqual([{ callbackId: 42, result: "deleted" }]);
    const tested = await cli(["--json", "ecgrid", "callbacks", "test", "42"], {}, fetch);
    expect(tested.code, tested.err).toBe(0);
    expect(lines(tested.out)[0]).toHaveProperty("callbackId");
    expect(paths).toEqual([
      "/v2/callbacks/event-list",
      "/v2/callbacks/create",
      "/v2/callbacks",
      "/v2/callbacks/test",
    ]);
    // The live service lists per network and mailbox: without them, usage error, nothing sent.
    const unscoped = await cli(["ecgrid", "callbacks", "list"], {}, fetch);
    expect(unscoped.code).toBe(2);
    expect(unscoped.err).toContain("--network");
    expect((await cli(["ecgrid", "callbacks", "delete", "x"], {}, fetch)).code).toBe(2);
    expect(paths).toHaveLength(4);
  });

  it("as2 queued list / stop / resume and delete", async () => {
    const list = await cli(["--json", "as2", "queued", "list", "--limit", "1"]);
    expect(list.code, list.err).toBe(0);
    expect(lines(list.out)[0]).toHaveProperty("as2MessageId");
    const stop = await cli(["--json", "as2", "queued", "stop", "<q1@example>"]);
    expect(stop.code, stop.err).toBe(0);
    expect(lines(stop.out)).toEqual([{ as2MessageId: "<q1@example>", result: "stopped" }]);
    const resume = await cli(["--json", "as2", "queued", "resume", "<q1@example>"]);
    expect(resume.code, resume.err).toBe(0);
    expect(lines(resume.out)[0]?.result).toBe("resumed");
    const deleted = await cli(["--json", "as2", "delete", "received", "<a@example>", "<b@example>"]);
    expect(deleted.code, deleted.err).toBe(0);
    expect(lines(deleted.out).map((r) => r.result)).toEqual(["deleted", "deleted"]);
    expect((await cli(["as2", "delete", "nonsense", "<a@example>"])).code).toBe(2);
  });

  it("as2 delete exits 5 when some messages could not be deleted, 4 when none could", async () => {
    let n = 0;
    const flaky = recorder((r) =>
      r.method === "DELETE" && n++ % 2 === 1
        ? Response.json({ message: "no such message" }, { status: 404 })
        : undefined,
    );
    const some = await cli(
      ["--json", "as2", "delete", "sent", "<a@example>", "<b@example>"],
      {},
      flaky.fetch,
    );
    expect(some.code).toBe(5);
    expect(lines(some.out).map((r) => String(r.result).split(":")[0])).toEqual(["deleted", "not deleted"]);
    const none = recorder((r) =>
      r.method === "DELETE" ? Response.json({ message: "gone" }, { status: 404 }) : undefined,
    );
    expect((await cli(["as2", "delete", "sent", "<a@example>"], {}, none.fetch)).code).toBe(4);
  });
});
