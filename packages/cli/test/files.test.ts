import { EventEmitter } from "node:events";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { localName, writeAtomically } from "../src/files.js";
import { lineWriter, printRows, rowPrinter } from "../src/io.js";
import { logLevel, stderrLogger } from "../src/log.js";
import { tempDir } from "./support.js";

const links = vi.hoisted(() => ({ failWith: undefined as string | undefined }));
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  return {
    ...fs,
    link: async (from: string, to: string) => {
      if (links.failWith) throw Object.assign(new Error(links.failWith), { code: links.failWith });
      return fs.link(from, to);
    },
  };
});

const text = (t: string) => new TextEncoder().encode(t);

/** Writes "one", then fails to replace it with "two"; resolves with the folder and the path. */
async function writeOnce(name: string): Promise<{ dir: string; path: string }> {
  const dir = await tempDir();
  const path = join(dir, name);
  await writeAtomically(path, text("one"), false);
  await expect(writeAtomically(path, text("two"), false)).rejects.toMatchObject({ code: "EEXIST" });
  expect(await readFile(path, "utf8")).toBe("one");
  return { dir, path };
}

describe("writeAtomically", () => {
  it("writes a new file, never replaces one unless asked, and leaves no temporary file", async () => {
    const { dir, path } = await writeOnce("a.edi");
    await writeAtomically(path, text("three"), true);
    expect(await readFile(path, "utf8")).toBe("three");
    expect(await readdir(dir)).toEqual(["a.edi"]);
  });

  it.each(["EPERM", "ENOTSUP"])("works where hard links are not supported (%s)", async (code) => {
    links.failWith = code;
    try {
      const { dir } = await writeOnce("b.edi");
      expect(await readdir(dir)).toEqual(["b.edi"]);
    } finally {
      links.failWith = undefined;
    }
  });

  it("passes other errors on and cleans up", async () => {
    links.failWith = "EIO";
    try {
      const dir = await tempDir();
      await expect(writeAtomically(join(dir, "c.edi"), new Uint8Array([1]), false)).rejects.toMatchObject({
        code: "EIO",
      });
      expect(await readdir(dir)).toEqual([]);
    } finally {
      links.failWith = undefined;
    }
    const dir = await tempDir();
    await expect(
      writeAtomically(join(dir, "no", "such", "x"), new Uint8Array([1]), true),
    ).rejects.toMatchObject({
      code: "ENOENT",
    });
  });
});

describe("localName", () => {
  it("keeps plain names, strips folders, control characters and leading dots, falls back otherwise", () => {
    expect(localName("invoice.edi", "1.edi")).toBe("invoice.edi");
    expect(localName("../../x.edi", "1.edi")).toBe("x.edi");
    expect(localName("..\\..\\y.edi", "1.edi")).toBe("y.edi");
    expect(localName("a\u0000b\u007f.edi", "1.edi")).toBe("ab.edi");
    expect(localName("...", "1.edi")).toBe("1.edi");
    expect(localName(null, "1.edi")).toBe("1.edi");
    expect(localName("x.edi", "p.edi", "42-")).toBe("42-x.edi");
    expect(localName("é".repeat(150), "p.edi", "42-")).toBe("42-p.edi");
  });
});

describe("output", () => {
  it("a stream whose reader went away (EPIPE) drops further lines; other errors are not hidden", () => {
    const written: string[] = [];
    const stream = Object.assign(new EventEmitter(), {
      destroyed: false,
      write: (text: string) => written.push(text),
    }) as unknown as NodeJS.WritableStream;
    const write = lineWriter(stream);
    write("one");
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    write("two");
    expect(written).toEqual(["one\n"]);
    expect(() => stream.emit("error", Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("EIO");
  });

  it("prints (none) for an empty table and streams rows under one header", () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => {}, env: {} };
    printRows(io, [], "table");
    printRows(io, [], "json");
    const print = rowPrinter(io, "table", { a: 3, b: 0 });
    print({ a: 1, b: "x" });
    print({ a: 22 });
    expect(out).toEqual(["(none)", "a    b", "1    x", "22"]);
  });

  it("log level: --debug, else a valid EDI_CLIENTS_LOG, else warn; lines go to stderr", () => {
    expect(logLevel(true, { EDI_CLIENTS_LOG: "off" })).toBe("debug");
    expect(logLevel(undefined, { EDI_CLIENTS_LOG: "info" })).toBe("info");
    expect(logLevel(false, { EDI_CLIENTS_LOG: "verbose" })).toBe("warn");
    const err: string[] = [];
    const logger = stderrLogger({ stdout: () => {}, stderr: (t) => err.push(t), env: {} }, "info");
    logger.debug("hidden");
    logger.info("retrying", { error: Object.assign(new Error("reset"), { code: "ECONNRESET" }), n: 1n });
    logger.warn("plain");
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    logger.error("odd", circular);
    expect(err).toEqual([
      '[edi-clients] info retrying {"error":{"name":"Error","message":"reset","code":"ECONNRESET"},"n":"1"}',
      "[edi-clients] warn plain",
      "[edi-clients] error odd [object Object]",
    ]);
  });
});
