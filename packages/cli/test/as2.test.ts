import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, inject, it } from "vitest";
import { messageFolder } from "../src/commands/as2.js";
import { cliWith, recorder, tempDir } from "./support.js";

const baseUrl = inject("prismUrls")["as2-gateway"] as string;
const firstUnread = "OPENAS2-11062024094512+0000-4821@GLOBEX_AS2_ACME_EDI_PROD";
const firstUnreadPattern = firstUnread.replace(/[+.]/g, "\\$&");

/** Prism can only echo the spec's example bytes; the batch download needs a real zip. */
function zipAnswer(files: Record<string, string> = { "PO_4500012345.edi": "ISA*00*~" }): Response {
  const archive = zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, text]) => [`${firstUnread}/${name}`, strToU8(text)]),
    ),
  );
  return new Response(archive, { status: 200, headers: { "Content-Type": "application/zip" } });
}

const isBatch = (r: Request) => r.url.includes("/batch/attachments");

const cli = cliWith({ AS2G_TOKEN: "cli-token", AS2G_BASE_URL: baseUrl });

describe("edi-clients as2", () => {
  it("sends files in one message and prints the AS2 message ID", async () => {
    const dir = await tempDir();
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
    const dir = await tempDir();
    const files = await Promise.all(
      Array.from({ length: 11 }, async (_, i) => {
        const path = join(dir, `f${i}.edi`);
        await writeFile(path, "x");
        return path;
      }),
    );
    const { paths, fetch } = recorder();
    const result = await cli(["as2", "send", ...files, "--station", "S", "--partner", "P"], {}, fetch);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/ValidationError: .*10 files/);
    expect(paths).toEqual([]);
  });

  it("checks every file before sending: names every bad one and sends nothing", async () => {
    const dir = await tempDir();
    const good = join(dir, "good.edi");
    await writeFile(good, "ISA*00*~");
    const big = join(dir, "big.edi");
    await writeFile(big, Buffer.alloc(10 * 1024 * 1024 + 1));
    const { paths, fetch } = recorder();
    const result = await cli(
      ["as2", "send", good, join(dir, "missing.edi"), big, dir, "--station", "S", "--partner", "P"],
      {},
      fetch,
    );
    expect(result.code).toBe(1);
    expect(paths).toEqual([]);
    expect(result.err).toContain("nothing was sent: 3 of 4 files cannot be sent");
    expect(result.err).toContain("missing.edi: cannot be read (ENOENT)");
    expect(result.err).toContain("big.edi: 10485761 bytes, over the limit of 10485760 bytes");
    expect(result.err).toContain(`${dir}: not a file`);
  });

  it("prints the message ID even when --wait fails, and exits 4 (API error)", async () => {
    const dir = await tempDir();
    const a = join(dir, "invoice.edi");
    await writeFile(a, "ISA*00*~");
    const result = await cli(
      ["--json", "as2", "send", a, "--station", "S", "--partner", "P", "--wait"],
      {},
      async (r) => (r.method === "GET" ? Response.json({ message: "down" }, { status: 400 }) : fetch(r)),
    );
    expect(result.code).toBe(4);
    expect(JSON.parse(result.out)).toEqual({
      as2MessageId: expect.stringMatching(/^<.+>$/),
      status: "queued",
    });
    expect(result.err).toMatch(/Error: /);
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
    const dir = await tempDir();
    const { paths, fetch } = recorder((r) => (isBatch(r) ? zipAnswer() : undefined));
    const result = await cli(["as2", "received", "process", "--out", dir, "--limit", "1"], {}, fetch);
    expect(result.out).toMatch(
      new RegExp(`${firstUnreadPattern}>\\s+\\S+${firstUnreadPattern}\\s+marked read`),
    );
    expect(result.code).toBe(0);
    expect(await readdir(dir)).toEqual([firstUnread]);
    expect(await readFile(join(dir, firstUnread, "PO_4500012345.edi"), "utf8")).toBe("ISA*00*~");
    expect(paths.some((p) => p.includes("markAsRead=true"))).toBe(true);
  });

  it("keeps attachments that share a name, and replaces the folder of a message delivered again", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, firstUnread), { recursive: true });
    await writeFile(join(dir, firstUnread, "stale.edi"), "old");
    const files = { "a/dup.edi": "first", "b/dup.edi": "second", "c/noext": "x", "d/noext": "y" };
    const { fetch } = recorder((r) => (isBatch(r) ? zipAnswer(files) : undefined));
    const result = await cli(["as2", "received", "process", "--out", dir, "--limit", "1"], {}, fetch);
    expect(result.code).toBe(0);
    const folder = join(dir, firstUnread);
    expect((await readdir(folder)).sort()).toEqual(["dup-2.edi", "dup.edi", "noext", "noext-2"]);
    expect(await readFile(join(folder, "dup.edi"), "utf8")).toBe("first");
    expect(await readFile(join(folder, "dup-2.edi"), "utf8")).toBe("second");
  });

  it("leaves a message unread when its attachments cannot be fetched", async () => {
    const dir = await tempDir();
    const { paths, fetch } = recorder((r) =>
      isBatch(r) ? Response.json({ message: "no" }, { status: 404 }) : undefined,
    );
    const result = await cli(["as2", "received", "process", "--out", dir, "--limit", "1"], {}, fetch);
    expect(result.code).toBe(5);
    expect(result.out).toMatch(/left unread/);
    expect(paths.some((p) => p.includes("markAsRead=true"))).toBe(false);
    expect(await readdir(dir)).toEqual([]);
  });

  it("fails before downloading anything when --out cannot be written", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "blocker"), "");
    const { paths, fetch } = recorder();
    const result = await cli(
      ["as2", "received", "process", "--out", join(dir, "blocker"), "--limit", "1"],
      {},
      fetch,
    );
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toMatch(
      /--out .*blocker is not a writable folder \(EEXIST\): nothing was downloaded or marked read/,
    );
    expect(paths).toEqual([]);
  });

  it("needs credentials", async () => {
    const result = await cli(["as2", "partners"], { AS2G_TOKEN: undefined });
    expect(result.code).toBe(3);
    expect(result.err).toContain("no AS2 Gateway credentials");
  });

  it("--debug logs the sign-in to stderr without the password or the token", async () => {
    const password = "planted-AS2-password-0815";
    const result = await cli(["--json", "--debug", "as2", "partners"], {
      AS2G_TOKEN: undefined,
      AS2G_USERNAME: "edi@acme.com",
      AS2G_PASSWORD: password,
    });
    expect(result.code).toBe(0);
    for (const line of result.out.split("\n")) expect(JSON.parse(line)).toHaveProperty("as2Identifier");
    expect(result.err).toMatch(/\[edi-clients\] debug attempt .*"authorization":"\*\*\*"/);
    expect(result.out + result.err).not.toContain(password);
    const token = await cli(["--debug", "as2", "--token", "planted-AS2-token-1234", "partners"]);
    expect(token.err).toContain("[edi-clients] debug attempt");
    expect(token.out + token.err).not.toContain("planted-AS2-token-1234");
  });

  it("turns message IDs into safe folder names that never collide", () => {
    expect(messageFolder(`<${firstUnread}>`)).toBe(firstUnread);
    const slashed = messageFolder("<OPENAS2-1106+0000-4821@GLOBEX/AS2:PROD>");
    expect(slashed).toMatch(/^OPENAS2-1106\+0000-4821@GLOBEX_AS2_PROD-[0-9a-f]{12}$/);
    expect(messageFolder("<OPENAS2-1106+0000-4821@GLOBEX_AS2_PROD>")).toBe(
      "OPENAS2-1106+0000-4821@GLOBEX_AS2_PROD",
    );
    expect(messageFolder("<a/../b@c>")).toMatch(/^a_.._b@c-[0-9a-f]{12}$/);
    for (const id of ["<..>", "<.>", "<>", "..", "<.hidden@x>"]) {
      const folder = messageFolder(id);
      expect(folder.startsWith(".")).toBe(false);
      expect(folder).not.toBe("");
    }
    expect(messageFolder(`<${"x".repeat(400)}@y>`).length).toBeLessThanOrEqual(163);
  });
});
