// The Node entry: sending files from disk, saving downloads to disk through streams, and the
// guarantee that the default entry imports no `node:` module.
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { As2Gateway, ValidationError } from "../src/index.js";
import {
  downloadAttachmentToFile,
  downloadMdnToFile,
  fileFromPath,
  safeFileName,
  saveStream,
  sendFile,
  sendFiles,
} from "../src/node.js";
import { type ServerRequest, sendJson, silentLogger, startServer, type TestServer } from "./helpers.js";

const ID = "<1049338276.58.1718102712345@as2gateway.com>";
const ENCODED = encodeURIComponent(ID);
let dir: string;
let server: TestServer;
let client: As2Gateway;
const last = (): ServerRequest => server.received.at(-1) as ServerRequest;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "as2-node-"));
  server = await startServer((req, res) => {
    if (req.method === "POST") {
      return sendJson(res, { message: "Successfully added a new outbound entry" }, 202, {
        link: `https://api.as2gateway.com/v1/message/sent/${ID}`,
      });
    }
    if (req.url.includes("/mdn")) {
      res.writeHead(200, { "content-disposition": "attachment; filename=mdn.txt" });
      return res.end("MDN body");
    }
    if (req.url.includes("broken")) {
      // Headers, part of the body, then the connection dies.
      res.writeHead(200, { "content-length": "1000", "content-disposition": "attachment; filename=x.edi" });
      res.write("partial");
      setTimeout(() => res.destroy(), 20);
      return;
    }
    res.writeHead(200, { "content-disposition": 'attachment; filename="../../etc/passwd"' });
    res.end(`payload of ${req.url}`);
  });
  client = new As2Gateway({ baseUrl: server.url, token: "tok", logger: silentLogger });
});

afterAll(async () => {
  await client.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe("sending files from disk", () => {
  it("sendFile streams the file as the raw body with Name, type and Content-Length", async () => {
    const path = join(dir, "PO_4500012345.edi");
    const content = "ISA*00*          *00~\nGS*PO~\n";
    await writeFile(path, content);
    const result = await sendFile(client, path, { stationId: "ACME", partnerId: "GLOBEX", subject: "PO" });
    expect(result.as2MessageId).toBe(ID);
    const request = last();
    expect(request.url).toBe("/v1/message/ACME/GLOBEX?subject=PO");
    expect(request.headers.name).toBe("PO_4500012345.edi");
    expect(request.headers["content-type"]).toBe("application/edi-x12");
    expect(request.headers["content-length"]).toBe(String(content.length));
    expect(request.body.toString()).toBe(content);
  });

  it("sendFile takes another name and MIME type", async () => {
    const path = join(dir, "tmp-upload.dat");
    await writeFile(path, "<x/>");
    await sendFile(client, path, {
      stationId: "ACME",
      partnerId: "GLOBEX",
      name: "invoice.xml",
      mimeType: "text/xml",
    });
    expect([last().headers.name, last().headers["content-type"]]).toEqual(["invoice.xml", "text/xml"]);
  });

  it("sendFiles sends several files as multipart `file` parts", async () => {
    const a = join(dir, "a.csv");
    const b = join(dir, "b.pdf");
    await writeFile(a, "1,2");
    await writeFile(b, "%PDF-1.7");
    await sendFiles(client, [a, { path: b, name: "label.pdf" }], { stationId: "ACME", partnerId: "GLOBEX" });
    const request = last();
    const form = await new Response(request.body as BodyInit, {
      headers: { "content-type": request.headers["content-type"] ?? "" },
    }).formData();
    const parts = form.getAll("file") as File[];
    expect(parts.map((p) => [p.name, p.type])).toEqual([
      ["a.csv", "text/csv"],
      ["label.pdf", "application/pdf"],
    ]);
    expect(await parts[1]?.text()).toBe("%PDF-1.7");
  });

  it("rejects a missing file, a directory and a file over 10 MB before any request", async () => {
    const before = server.received.length;
    await expect(fileFromPath(join(dir, "nope.edi"))).rejects.toThrow(/cannot read .*nope\.edi \(ENOENT\)/);
    await expect(fileFromPath(dir)).rejects.toThrow(/is not a file/);
    const huge = join(dir, "huge.edi");
    await writeFile(huge, "");
    await truncate(huge, 10 * 1024 * 1024 + 1);
    const error = await sendFile(client, huge, { stationId: "ACME", partnerId: "GLOBEX" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/10485761 bytes, over the 10 MB limit/);
    expect(server.received.length).toBe(before);
  });
});

describe("saving downloads to disk", () => {
  it("saves an attachment into a directory under its sanitized server-given name", async () => {
    const target = join(dir, "inbox", "today");
    const saved = await downloadAttachmentToFile(
      client,
      "received",
      ID,
      { dir: target },
      { index: 1, markAsRead: true },
    );
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/attachments/1?markAsRead=true`);
    // "../../etc/passwd" must not escape the directory.
    expect(saved.path).toBe(join(target, "passwd"));
    expect(await readFile(saved.path, "utf8")).toBe(
      `payload of /v1/message/received/${ENCODED}/attachments/1?markAsRead=true`,
    );
    expect(saved.bytes).toBe((await readFile(saved.path)).length);
    expect(await readdir(target)).toEqual(["passwd"]);
  });

  it("saves sent attachments and MDNs to explicit paths (markAsRead never reaches sent endpoints)", async () => {
    const path = join(dir, "sent-all.zip");
    await downloadAttachmentToFile(client, "sent", ID, path, { index: "all", markAsRead: true });
    expect(last().url).toBe(`/v1/message/sent/${ENCODED}/attachments/all`);
    expect(await readFile(path, "utf8")).toContain("/attachments/all");
    const mdn = await downloadMdnToFile(
      client,
      "received",
      ID,
      { dir, name: "receipt.txt" },
      { markAsRead: false },
    );
    expect(last().url).toBe(`/v1/message/received/${ENCODED}/mdn?markAsRead=false`);
    expect(await readFile(mdn.path, "utf8")).toBe("MDN body");
    const sentMdn = await downloadMdnToFile(client, "sent", ID, { dir: join(dir, "mdn") });
    expect(sentMdn.path).toBe(join(dir, "mdn", "mdn.txt"));
  });

  it("leaves nothing behind when the download breaks off", async () => {
    const target = join(dir, "broken");
    const download = await client.sent.attachmentStream("<broken@x>");
    await expect(saveStream(download, { dir: target })).rejects.toThrow();
    expect(await readdir(target)).toEqual([]);
  });

  it("falls back to download.bin when the server gives no usable name", async () => {
    const saved = await saveStream(
      { name: "..", contentType: undefined, size: 1, stream: new Blob(["x"]).stream() },
      { dir: join(dir, "fallback") },
    );
    expect(saved.path).toBe(join(dir, "fallback", "download.bin"));
  });

  it.each([
    ["report.edi", "report.edi"],
    ["../../etc/passwd", "passwd"],
    ["C:\\Windows\\evil.dll", "evil.dll"],
    ["a\u0000b\nc.txt", "abc.txt"],
    ["..", undefined],
    ["dir/", undefined],
    [undefined, undefined],
  ])("safeFileName(%j) → %j", (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
});

describe("entry points", () => {
  it("the default entry imports no node: module (directly or through its own files)", async () => {
    const src = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = async (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = await readFile(file, "utf8");
      for (const [, spec] of text.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)) {
        if (!spec) continue;
        if (spec.startsWith("node:") || spec === "fs" || spec === "path") offenders.push(`${file}: ${spec}`);
        if (spec.startsWith(".")) await visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      }
    };
    await visit(join(src, "index.ts"));
    expect(seen.size).toBeGreaterThan(15);
    expect([...seen].some((f) => f.endsWith("node.ts"))).toBe(false);
    expect(offenders).toEqual([]);
  });

  it("package.json exports ./node next to the default entry, and the build covers both", async () => {
    const pkg = JSON.parse(
      await readFile(resolve(dirname(fileURLToPath(import.meta.url)), "../package.json"), "utf8"),
    );
    // Node (ESM, and CommonJS through require(esm)) loads the bundle; bundlers the per-file modules.
    expect(pkg.exports["./node"]).toEqual({
      types: "./dist/node.d.ts",
      node: "./dist/bundled/node.js",
      default: "./dist/node.js",
    });
    expect(pkg.scripts.build).toContain("src/index.ts src/node.ts");
  });
});
