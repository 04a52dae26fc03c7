import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { localName } from "../src/files.js";
import { lineWriter, printRows, rowPrinter } from "../src/io.js";
import { logLevel, stderrLogger } from "../src/log.js";

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
