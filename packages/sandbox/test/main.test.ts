// The command line (src/main.ts, what the edi-clients-sandbox bin runs) and the seed checks.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { checkSeed, DEFAULT_SEED } from "../src/index.ts";
import { main } from "../src/main.ts";
import { client, x12 } from "./support.ts";

const dir = mkdtempSync(join(tmpdir(), "edi-sandbox-cli-"));
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("edi-clients-sandbox", () => {
  it("starts with a seed file and prints the URL and keys", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const seed = structuredClone(DEFAULT_SEED);
    seed.users = seed.users.map((user, n) => (n === 0 ? { ...user, apiKey: "my-own-key" } : user));
    const file = join(dir, "seed.json");
    writeFileSync(file, JSON.stringify(seed));
    const running = await main([
      "--port",
      "0",
      "--as2-port",
      "0",
      "--seed",
      file,
      "--data",
      join(dir, "data"),
    ]);
    try {
      const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
      const url = String(/listening on (\S+)/.exec(printed)?.[1]);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(printed).toContain("my-own-key");
      expect(printed).toMatch(/AS2 Gateway sandbox listening on http:\/\/127\.0\.0\.1:\d+/);
      expect(printed).toContain("INITECH_AS2 (down: sends fail)");
      const ecgrid = client({ ecgridUrl: url }, "my-own-key");
      expect(await ecgrid.parcels.upload({ fileName: "a.edi", content: x12() })).toBeTypeOf("number");
    } finally {
      await running.close();
    }
  });

  it("prints its usage and refuses a bad port", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    await (await main(["--help"])).close();
    expect(String(log.mock.calls[0]?.[0])).toContain("usage: edi-clients-sandbox");
    await expect(main(["--port", "70000"])).rejects.toThrow(/not a port/);
    await expect(main(["--port", "0", "--as2-port", "x"])).rejects.toThrow(/--as2-port: not a port/);
  });
});

describe("checkSeed", () => {
  it("accepts the default seed and names what is wrong with a bad one", () => {
    expect(checkSeed(DEFAULT_SEED)).toBe(DEFAULT_SEED);
    expect(() => checkSeed(null, "s.json")).toThrow("s.json: not a JSON object");
    expect(() => checkSeed({ ...DEFAULT_SEED, users: undefined })).toThrow('"users" must be an array');
    expect(() =>
      checkSeed({ ...DEFAULT_SEED, ecgridIds: [{ ecGridId: 1, mailboxId: 5, qualifier: "ZZ", id: "X" }] }),
    ).toThrow("unknown mailbox 5");
    expect(() => checkSeed({ ...DEFAULT_SEED, users: [{ apiKey: "", mailboxId: 1001 }] })).toThrow("apiKey");
    expect(() => checkSeed({ ...DEFAULT_SEED, users: [{ apiKey: "k", mailboxId: 5 }] })).toThrow(
      "unknown mailbox 5",
    );
  });
});
