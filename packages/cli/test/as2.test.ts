import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, inject, it } from "vitest";
import { messageFolder } from "../src/commands/as2.js";
import { cliWith } from "./support.js";

const baseUrl = inject("prismUrls")["as2-gateway"] as string;
const firstUnread = "OPENAS2-11062024094512+0000-4821@GLOBEX_AS2_ACME_EDI_PROD";

/** Prism can only echo the spec's example bytes; the batch download needs a real zip. */
function zipAnswer(): Response {
  const archive = zipSync({ [`${firstUnread}/PO_4500012345.edi`]: strToU8("ISA*00*~") });
  return new Response(archive, { status: 200, headers: { "Content-Type": "application/zip" } });
}

const cli = cliWith({ AS2G_TOKEN: "cli-token", AS2G_BASE_URL: baseUrl });

describe("edi-clients as2", () => {
  it("sends files in one message and prints the AS2 message ID", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edi-cli-as2-"));
    const a = join(dir, "invoice.edi");
    const b = join(dir, "asn.edi");
    await writeFile(a, "ISA*00*~");
    await writeFile(b, "ISA*01*~");
    const result = await cli(["as2", "send", a, b, "--station", "ACME_EDI_PROD", "--partner", "GLOBEX_AS2"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/<[^>]+@[^>]+>\s+queued/);
  });

  it("refuses an eleventh file before any request", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edi-cli-as2-"));
    const files = await Promise.all(
      Array.from({ length: 11 }, async (_, i) => {
        const path = join(dir, `f${i}.edi`);
        await writeFile(path, "x");
        return path;
      }),
    );
    let requests = 0;
    const result = await cli(["as2", "send", ...files, "--station", "S", "--partner", "P"], {}, async (r) => {
      requests++;
      return fetch(r);
    });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/ValidationError: .*10 files/);
    expect(requests).toBe(0);
  });

  it("lists received messages and partners", async () => {
    const list = await cli(["--json", "as2", "received", "list", "--unread", "--limit", "1"]);
    expect(list.code).toBe(0);
    expect(JSON.parse(list.out).as2MessageId).toMatch(/^<.+@.+>$/);
    const partners = await cli(["as2", "partners"]);
    expect(partners.code).toBe(0);
    expect(partners.out.split("\n")[0]).toMatch(/^as2Identifier\s+name/);
  });

  it("saves unread messages into one folder each and reports them marked read", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edi-cli-as2-"));
    const paths: string[] = [];
    const result = await cli(["as2", "received", "process", "--out", dir, "--limit", "1"], {}, async (r) => {
      paths.push(`${new URL(r.url).pathname}${new URL(r.url).search}`);
      return r.url.includes("/batch/attachments") ? zipAnswer() : fetch(r);
    });
    expect(result.out).toMatch(/marked read/);
    expect(result.code).toBe(0);
    expect(await readdir(dir)).toEqual([firstUnread]);
    expect(await readFile(join(dir, firstUnread, "PO_4500012345.edi"), "utf8")).toBe("ISA*00*~");
    expect(paths.some((p) => p.includes("markAsRead=true"))).toBe(true);
  });

  it("leaves a message unread when its folder cannot be written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edi-cli-as2-"));
    await writeFile(join(dir, "blocker"), "");
    const paths: string[] = [];
    const result = await cli(
      ["as2", "received", "process", "--out", join(dir, "blocker"), "--limit", "1"],
      {},
      async (r) => {
        paths.push(new URL(r.url).search);
        return fetch(r);
      },
    );
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/left unread/);
    expect(paths.some((p) => p.includes("markAsRead=true"))).toBe(false);
  });

  it("needs credentials", async () => {
    const result = await cli(["as2", "partners"], { AS2G_TOKEN: undefined });
    expect(result.code).toBe(1);
    expect(result.err).toContain("no AS2 Gateway credentials");
  });

  it("turns message IDs into safe folder names", async () => {
    expect(messageFolder("<OPENAS2-1106+0000-4821@GLOBEX/AS2:PROD>")).toBe(
      "OPENAS2-1106+0000-4821@GLOBEX_AS2_PROD",
    );
    expect(messageFolder("<a/../b@c>")).toBe("a_.._b@c");
  });
});
