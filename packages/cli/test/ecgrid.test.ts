import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { cliWith } from "./support.js";

const baseUrl = inject("prismUrls").ecgrid as string;

const cli = cliWith({ ECGRID_API_KEY: "cli-test-key", ECGRID_BASE_URL: baseUrl });

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

  it("uploads files, downloads a parcel and drains the inbox into a folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edi-cli-"));
    const file = join(dir, "po_850.edi");
    await writeFile(file, "ISA*00*~");
    const upload = await cli(["ecgrid", "parcels", "upload", file, "--from", "112233", "--to", "445566"]);
    expect(upload.code).toBe(0);
    expect(upload.out).toMatch(/po_850\.edi\s+987654322/);

    const target = join(dir, "got.edi");
    const download = await cli(["ecgrid", "parcels", "download", "987654321", target, "--confirm"]);
    expect(download.code).toBe(0);
    expect((await readFile(target, "utf8")).startsWith("ISA*00*")).toBe(true);

    const inbox = join(dir, "inbox");
    const processed = await cli(["ecgrid", "inbox", "--out", inbox, "--concurrency", "2"]);
    expect(processed.code).toBe(0);
    expect(processed.out).toMatch(/987654321\s+confirmed/);
    expect(await readdir(inbox)).toEqual(["987654321-invoice_batch_20260507.edi"]);
  });

  it("exits 1 and leaves the parcel unconfirmed when it cannot be written", async () => {
    const dir = await mkdtemp(join(tmpdir(), "edi-cli-"));
    // A directory where the partial file should go makes the write fail.
    await mkdir(join(dir, "987654321-invoice_batch_20260507.edi.part"), { recursive: true });
    const paths: string[] = [];
    const recording = async (request: Request) => {
      paths.push(new URL(request.url).pathname);
      return fetch(request);
    };
    const result = await cli(["ecgrid", "inbox", "--out", dir], {}, recording);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/987654321\s+left unconfirmed: .*EISDIR/);
    expect(paths).toContain("/v2/parcels/download");
    expect(paths).not.toContain("/v2/parcels/confirm");
  });

  it("refuses to run without a key, and never prints the key in errors", async () => {
    const missing = await cli(["ecgrid", "whoami"], { ECGRID_API_KEY: undefined });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("no ECGrid API key: pass --api-key or set ECGRID_API_KEY");
    const refused = await cli(["ecgrid", "--api-key", "super-secret-key", "whoami"], {}, async () =>
      Response.json(
        { success: false, message: "key super-secret-key unknown", traceId: "t1" },
        { status: 401 },
      ),
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("AuthenticationError");
    expect(refused.err).not.toContain("super-secret-key");
  });

  it("rejects bad arguments with the limit in the message", async () => {
    const result = await cli(["ecgrid", "parcels", "list", "--limit", "-3"]);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain("--limit must be an integer >= 0");
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
  });
});
