import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { uploadOutcome } from "../src/commands/ecgrid.js";
import { cliWith, recorder, tempDir } from "./support.js";

const baseUrl = inject("prismUrls").ecgrid as string;

const cli = cliWith({ ECGRID_API_KEY: "cli-test-key", ECGRID_BASE_URL: baseUrl });

/** An ECGrid answer, as the API wraps every result. */
function envelope(data: unknown, status = 200): Response {
  return Response.json(
    {
      httpStatus: status,
      message: status < 400 ? "" : "refused by the test",
      traceId: "t1",
      success: status < 400,
      data,
    },
    { status },
  );
}

function downloadAnswer(fileName: string | undefined, text = "ISA*00*~"): Response {
  const content = Buffer.from(text).toString("base64");
  return envelope({
    parcelId: 987654321,
    ...(fileName === undefined ? {} : { fileName }),
    content,
    bytes: text.length,
  });
}

const isDownload = (r: Request) => new URL(r.url).pathname === "/v2/parcels/download";

async function ediFiles(dir: string, ...names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(async (name, i) => {
      const path = join(dir, name);
      await writeFile(path, `ISA*0${i}*~`);
      return path;
    }),
  );
}

describe("edi-clients ecgrid", () => {
  it("lists inbound parcels as a table and as JSON lines", async () => {
    const table = await cli(["ecgrid", "parcels", "list", "--status", "InBoxReady"]);
    expect(table.code).toBe(0);
    expect(table.out.split("\n")[0]).toMatch(/^parcelId\s+fileName\s+bytes\s+status/);
    expect(table.out).toContain("987654321");
    const json = await cli(["--json", "ecgrid", "parcels", "list", "--outbox", "--limit", "1"]);
    expect(JSON.parse(json.out)).toMatchObject({ parcelId: expect.any(Number) });
  });

  it("shows who the key belongs to", async () => {
    const result = await cli(["ecgrid", "whoami"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("jsmith");
  });

  it("refuses a plain http base URL on another host unless --allow-insecure-http is given", async () => {
    const seen = recorder(() => envelope({ userId: 1, login: "jsmith" }));
    const env = { ECGRID_BASE_URL: "http://ecgrid.internal.example" };
    const refused = await cli(["ecgrid", "whoami"], env, seen.fetch);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/allowInsecureHttp/);
    expect(seen.paths).toEqual([]);
    const allowed = await cli(["--allow-insecure-http", "ecgrid", "whoami"], env, seen.fetch);
    expect(allowed.code).toBe(0);
    expect(allowed.out).toContain("jsmith");
    expect(seen.paths).toEqual(["/v2/users/me"]);
  });

  it("uploads files, downloads a parcel and drains the inbox into a folder", async () => {
    const dir = await tempDir();
    const [file] = await ediFiles(dir, "po_850.edi");
    const upload = await cli([
      "ecgrid",
      "parcels",
      "upload",
      file as string,
      "--from",
      "112233",
      "--to",
      "445566",
    ]);
    expect(upload.code).toBe(0);
    expect(upload.out).toMatch(/po_850\.edi\s+987654322\s+uploaded/);

    const target = join(dir, "got.edi");
    const download = await cli(["ecgrid", "parcels", "download", "987654321", target, "--confirm"]);
    expect(download.code).toBe(0);
    expect((await readFile(target, "utf8")).startsWith("ISA*00*")).toBe(true);

    const inbox = join(dir, "inbox");
    const processed = await cli(["ecgrid", "inbox", "--out", inbox, "--concurrency", "2"]);
    expect(processed.code).toBe(0);
    expect(processed.out).toMatch(/987654321\s+\S+987654321-invoice_batch_20260507\.edi\s+confirmed/);
    expect(await readdir(inbox)).toEqual(["987654321-invoice_batch_20260507.edi"]);
  });

  it("exits 5 (partial failure) and leaves the parcel unconfirmed when it cannot be written", async () => {
    const dir = await tempDir();
    // A directory where the file should go makes the write fail.
    await mkdir(join(dir, "987654321-invoice_batch_20260507.edi", "x"), { recursive: true });
    const { paths, fetch } = recorder();
    const result = await cli(["ecgrid", "inbox", "--out", dir], {}, fetch);
    expect(result.code).toBe(5);
    expect(result.out).toMatch(/987654321\s+left unconfirmed: .*(EISDIR|ENOTEMPTY|EEXIST)/);
    expect(paths).toContain("/v2/parcels/download");
    expect(paths).not.toContain("/v2/parcels/confirm");
  });

  it("refuses to run without a key, and never prints the key in errors", async () => {
    const missing = await cli(["ecgrid", "whoami"], { ECGRID_API_KEY: undefined });
    expect(missing.code).toBe(3);
    expect(missing.err).toContain("no ECGrid API key: set ECGRID_API_KEY");
    const refused = await cli(["ecgrid", "--api-key", "super-secret-key", "whoami"], {}, async () =>
      Response.json(
        { success: false, message: "key super-secret-key unknown", traceId: "t1" },
        { status: 401 },
      ),
    );
    expect(refused.code).toBe(3);
    expect(refused.err).toContain("AuthenticationError");
    expect(refused.err).not.toContain("super-secret-key");
  });

  it("rejects bad arguments with the limit in the message", async () => {
    const result = await cli(["ecgrid", "parcels", "list", "--limit", "-3"]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain("--limit must be an integer >= 0");
  });
});

describe("edi-clients ecgrid parcels upload", () => {
  it("checks every file before sending any: one missing file means nothing is uploaded, and every bad file is named", async () => {
    const dir = await tempDir();
    const [a, b] = await ediFiles(dir, "a.edi", "b.edi");
    const empty = join(dir, "empty.edi");
    await writeFile(empty, "");
    const missing = join(dir, "missing.edi");
    const { paths, fetch } = recorder();
    const result = await cli(
      ["ecgrid", "parcels", "upload", a as string, b as string, missing, empty, dir, a as string],
      {},
      fetch,
    );
    expect(result.code).toBe(1);
    expect(paths).toEqual([]);
    expect(result.out).toBe("");
    expect(result.err).toContain("nothing was sent: 4 of 6 files cannot be uploaded");
    expect(result.err).toContain(`${missing}: cannot be read (ENOENT)`);
    expect(result.err).toContain(`${empty}: empty`);
    expect(result.err).toContain(`${dir}: not a file`);
    expect(result.err).toContain(`${a}: same file as ${a}`);
  });

  it("reports every outcome, failures included, in text and JSON, exits 5 and never retries an upload", async () => {
    const dir = await tempDir();
    const files = await ediFiles(dir, "ok.edi", "refused.edi", "lost.edi", "unreachable.edi", "ok2.edi");
    const sent = new Map<string, number>();
    const answers = async (r: Request) => {
      if (new URL(r.url).pathname !== "/v2/parcels/upload") return undefined;
      const { fileName } = (await r.clone().json()) as { fileName: string };
      if (fileName === "unreachable.edi")
        // Never reached the server: the client may try to connect again, nothing is sent twice.
        throw new TypeError("fetch failed", {
          cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
        });
      sent.set(fileName, (sent.get(fileName) ?? 0) + 1);
      if (fileName === "refused.edi") return envelope(null, 400);
      if (fileName === "lost.edi") return envelope(null, 500);
      return undefined;
    };
    for (const json of [false, true]) {
      sent.clear();
      const { fetch } = recorder(answers);
      const result = await cli(
        // A short reconcile window: lost.edi (a 500) is looked for in the outbox, not found, unknown.
        [...(json ? ["--json"] : []), "ecgrid", "parcels", "upload", ...files, "--reconcile-window", "0.05"],
        {},
        fetch,
      );
      expect(result.code).toBe(5);
      // Every upload that reached the server was sent exactly once: never retried.
      expect(Object.fromEntries(sent)).toEqual({
        "ok.edi": 1,
        "refused.edi": 1,
        "lost.edi": 1,
        "ok2.edi": 1,
      });
      expect(result.err).toContain("3 of 5 files were not uploaded");
      const lines = result.out.split("\n");
      if (json) {
        expect(lines.map((l) => JSON.parse(l))).toEqual([
          { file: files[0], parcelId: 987654322, result: "uploaded" },
          {
            file: files[1],
            parcelId: null,
            result: "failed",
            error: expect.stringContaining("BadRequestError"),
          },
          {
            file: files[2],
            parcelId: null,
            result: "unknown",
            error: expect.stringContaining("InternalServerError"),
          },
          {
            file: files[3],
            parcelId: null,
            result: "failed",
            error: expect.stringContaining("ConnectionError"),
          },
          { file: files[4], parcelId: 987654322, result: "uploaded" },
        ]);
      } else {
        expect(lines[0]).toMatch(/^file\s+parcelId\s+result$/);
        expect(lines[1]).toMatch(/ok\.edi\s+987654322\s+uploaded$/);
        expect(lines[2]).toMatch(/refused\.edi\s+failed: BadRequestError/);
        expect(lines[3]).toMatch(/lost\.edi\s+unknown, may have arrived \(check the outbox/);
        expect(lines[4]).toMatch(/unreachable\.edi\s+failed: ConnectionError/);
        expect(lines[5]).toMatch(/ok2\.edi\s+987654322\s+uploaded$/);
      }
    }
  });

  it("tells a failed upload (safe to send again) from one that may have arrived", async () => {
    const { ValidationError, TimeoutError, ConnectionError, ResponseParseError, NotFoundError } =
      await import("@edi-clients/ecgrid");
    expect(uploadOutcome(new ValidationError("x"))).toBe("failed");
    expect(uploadOutcome(new NotFoundError({ status: 404, message: "x" }))).toBe("failed");
    expect(uploadOutcome(new ResponseParseError({ status: 200, message: "x" }))).toBe("unknown");
    expect(uploadOutcome(new TimeoutError("x", { cause: { code: "ECONNREFUSED" } }))).toBe("unknown");
    expect(uploadOutcome(new ConnectionError("x", { cause: { code: "ECONNRESET" } }))).toBe("unknown");
    expect(uploadOutcome(Object.assign(new Error("gone"), { code: "ENOENT" }))).toBe("failed");
    expect(uploadOutcome(new Error("?"))).toBe("unknown");
  });
});

describe("edi-clients ecgrid parcels download", () => {
  it("saves under the parcel's own file name in --out, creating the folder", async () => {
    const out = join(await tempDir(), "new", "folder");
    const result = await cli(["--json", "ecgrid", "parcels", "download", "987654321", "--out", out]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const path = join(out, "invoice_batch_20260507.edi");
    expect(JSON.parse(result.out)).toEqual({ parcelId: 987654321, path, bytes: 106, confirmed: false });
    expect(await readdir(out)).toEqual(["invoice_batch_20260507.edi"]);
    expect((await readFile(path, "utf8")).startsWith("ISA*00*")).toBe(true);
  });

  it.each([
    ["../../escape.edi", "escape.edi"],
    ["/etc/absolute.edi", "absolute.edi"],
    ["C:\\Windows\\win.edi", "win.edi"],
    ["nul\u0000and\u001bcontrol\n.edi", "nulandcontrol.edi"],
    ["..", "987654321.edi"],
    ["", "987654321.edi"],
    [undefined, "987654321.edi"],
    [".hidden", "hidden"],
    ["x".repeat(300), "987654321.edi"],
  ])("saves a parcel named %j as %s inside --out", async (fileName, saved) => {
    const out = join(await tempDir(), "out");
    const result = await cli(["ecgrid", "parcels", "download", "987654321", "--out", out], {}, async (r) =>
      isDownload(r) ? downloadAnswer(fileName) : fetch(r),
    );
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(await readdir(out)).toEqual([saved]);
    expect(await readFile(join(out, saved), "utf8")).toBe("ISA*00*~");
  });

  it("never overwrites an existing file unless asked, and then confirms nothing", async () => {
    const out = await tempDir();
    const existing = join(out, "invoice_batch_20260507.edi");
    await writeFile(existing, "keep me");
    const first = recorder();
    const refused = await cli(
      ["ecgrid", "parcels", "download", "987654321", "--out", out, "--confirm"],
      {},
      first.fetch,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${existing} already exists: nothing was overwritten or confirmed`);
    expect(first.paths).not.toContain("/v2/parcels/confirm");
    expect(await readFile(existing, "utf8")).toBe("keep me");
    expect(await readdir(out)).toEqual(["invoice_batch_20260507.edi"]);

    // An explicit path that exists is refused before downloading.
    const second = recorder();
    const explicit = await cli(["ecgrid", "parcels", "download", "987654321", existing], {}, second.fetch);
    expect(explicit.code).toBe(1);
    expect(second.paths).toEqual([]);

    const replaced = await cli(["ecgrid", "parcels", "download", "987654321", "--out", out, "--overwrite"]);
    expect(replaced.code).toBe(0);
    expect((await readFile(existing, "utf8")).startsWith("ISA*00*")).toBe(true);
  });

  it("creates the folder of an explicit path, saves into an existing folder given as [path], and refuses [path] with --out", async () => {
    const dir = await tempDir();
    const target = join(dir, "sub", "dir", "p.edi");
    const result = await cli(["ecgrid", "parcels", "download", "987654321", target]);
    expect(result.code).toBe(0);
    expect(await readFile(target, "utf8")).toMatch(/^ISA\*00\*/);
    const into = await cli(["ecgrid", "parcels", "download", "987654321", dir]);
    expect(into.code).toBe(0);
    expect(await readFile(join(dir, "invoice_batch_20260507.edi"), "utf8")).toMatch(/^ISA\*00\*/);
    const both = await cli(["ecgrid", "parcels", "download", "987654321", target, "--out", dir]);
    expect(both.code).toBe(1);
    expect(both.err).toContain("give either [path] or --out, not both");
  });

  it("prints the saved file and exits 4 when the confirmation fails", async () => {
    const out = await tempDir();
    const result = await cli(
      ["ecgrid", "parcels", "download", "987654321", "--out", out, "--confirm"],
      {},
      async (r) => (new URL(r.url).pathname === "/v2/parcels/confirm" ? envelope(null, 404) : fetch(r)),
    );
    expect(result.code).toBe(4);
    expect(result.out).toMatch(/987654321\s+\S+invoice_batch_20260507\.edi\s+106\s+false/);
    expect(result.err).toContain("NotFoundError");
  });
});

describe("edi-clients ecgrid: an unusable output folder fails before anything is downloaded", () => {
  it.each([
    ["inbox", ["ecgrid", "inbox", "--out"]],
    ["download", ["ecgrid", "parcels", "download", "987654321", "--confirm", "--out"]],
  ])("%s", async (_name, args) => {
    const dir = await tempDir();
    const file = join(dir, "a-file");
    await writeFile(file, "");
    for (const out of [file, join(file, "below")]) {
      const { paths, fetch } = recorder();
      const result = await cli([...args, out], {}, fetch);
      expect(result.code).toBe(1);
      expect(result.err).toMatch(
        new RegExp(
          `--out ${out} is not a writable folder \\((EEXIST|ENOTDIR)\\): nothing was downloaded or confirmed`,
        ),
      );
      expect(paths).toEqual([]);
    }
  });

  it.skipIf(process.getuid?.() === 0)("a read-only folder", async () => {
    const dir = await tempDir();
    await chmod(dir, 0o500);
    const { paths, fetch } = recorder();
    const result = await cli(["ecgrid", "inbox", "--out", dir], {}, fetch);
    expect(result.code).toBe(1);
    expect(result.err).toContain("is not a writable folder (EACCES)");
    expect(paths).toEqual([]);
  });
});

describe("edi-clients logs", () => {
  const planted = "planted-SECRET-api-key-4711";

  it("--debug logs every attempt to stderr only: stdout stays JSON, and the key appears nowhere", async () => {
    const result = await cli([
      "--json",
      "--debug",
      "ecgrid",
      "--api-key",
      planted,
      "parcels",
      "list",
      "--limit",
      "1",
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ parcelId: expect.any(Number) });
    expect(result.err).toMatch(/^\[edi-clients\] debug attempt \{.*"operation":"parcelsInboxList"/m);
    expect(result.err).toContain('"x-api-key":"***"');
    expect(result.out + result.err).not.toContain(planted);
  });

  it("EDI_CLIENTS_LOG=debug logs to stderr too; the key is masked even where a server echoes it", async () => {
    const result = await cli(
      ["--json", "ecgrid", "whoami"],
      { EDI_CLIENTS_LOG: "debug", ECGRID_API_KEY: planted },
      async (r) =>
        r.url.endsWith("/v2/users/me")
          ? envelope({ userId: 1, login: `login-${planted}`, email: "e@x", authLevel: "User" })
          : fetch(r),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ userId: 1, login: "login-***" });
    expect(result.err).toMatch(/\[edi-clients\] debug attempt/);
    expect(result.out + result.err).not.toContain(planted);
    const quiet = await cli(["ecgrid", "whoami"], { EDI_CLIENTS_LOG: "loud" });
    expect(quiet.err).toBe("");
  });
});

describe("edi-clients", () => {
  it("prints its version and its help", async () => {
    const { version } = (await import("../package.json", { with: { type: "json" } })).default;
    const v = await cli(["--version"]);
    expect(v.code).toBe(0);
    expect(v.out).toBe(version);
    const help = await cli(["ecgrid", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("parcels");
    expect(help.out).toContain("inbox");
    const root = await cli(["--help"]);
    expect(root.out).toContain("--debug");
    const download = await cli(["ecgrid", "parcels", "download", "--help"]);
    expect(download.out).toContain("never");
    expect(download.out).toContain("--overwrite");
  });
});
