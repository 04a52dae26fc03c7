// writeFileAtomic / writeFileAtomicSync: a file appears complete or not at all — overwrite or
// exclusive create, a stream failing midway, a process killed in the middle of a write.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryPathFor, writeFileAtomic, writeFileAtomicSync } from "../src/atomic-write.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "atomic-write-"));
  dirs.push(dir);
  return dir;
}

async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const part of parts) yield new TextEncoder().encode(part);
}

describe("writeFileAtomic", () => {
  it("writes bytes, text and streams (web ReadableStream too), resolves with the size, leaves no temporary file", async () => {
    const dir = folder();
    expect(await writeFileAtomic(join(dir, "a.bin"), new Uint8Array([1, 2, 3]))).toBe(3);
    expect(await writeFileAtomic(join(dir, "b.txt"), "héllo")).toBe(6);
    expect(await writeFileAtomic(join(dir, "c.edi"), chunks("ISA*00", "~IEA*1~"))).toBe(13);
    const web = new Blob(["web ", "stream"]).stream();
    expect(await writeFileAtomic(join(dir, "d.txt"), web)).toBe(10);
    expect([...readFileSync(join(dir, "a.bin"))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe("héllo");
    expect(readFileSync(join(dir, "c.edi"), "utf8")).toBe("ISA*00~IEA*1~");
    expect(readFileSync(join(dir, "d.txt"), "utf8")).toBe("web stream");
    expect(readdirSync(dir).sort()).toEqual(["a.bin", "b.txt", "c.edi", "d.txt"]);
  });

  it("overwrite (default) replaces the file whole; overwrite: false fails with EEXIST and keeps the old one", async () => {
    const dir = folder();
    const path = join(dir, "out.edi");
    writeFileSync(path, "old content, longer than the new");
    await writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    await expect(writeFileAtomic(path, "other", { overwrite: false })).rejects.toMatchObject({
      code: "EEXIST",
    });
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["out.edi"]);
  });

  it("overwrite: false with two writers at once: exactly one wins, the file is that one's whole content", async () => {
    const dir = folder();
    const path = join(dir, "once.txt");
    const contents = ["A".repeat(50_000), "B".repeat(50_000)];
    const outcomes = await Promise.allSettled(
      contents.map((content) => writeFileAtomic(path, content, { overwrite: false })),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "EEXIST" });
    expect(contents).toContain(readFileSync(path, "utf8"));
    expect(readdirSync(dir)).toEqual(["once.txt"]);
  });

  it("a stream that fails midway leaves no partial file: the old file stays, the temporary one is removed", async () => {
    const dir = folder();
    const path = join(dir, "report.csv");
    writeFileSync(path, "old");
    async function* failing(): AsyncIterable<Uint8Array> {
      yield new TextEncoder().encode("half of the ");
      throw new Error("connection reset");
    }
    await expect(writeFileAtomic(path, failing())).rejects.toThrow("connection reset");
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["report.csv"]);
    await expect(writeFileAtomic(join(dir, "new.csv"), failing())).rejects.toThrow("connection reset");
    expect(readdirSync(dir)).toEqual(["report.csv"]);
  });

  it("mode: the file gets exactly those permissions, whatever the umask", async () => {
    const dir = folder();
    const path = join(dir, "secret.json");
    await writeFileAtomic(path, "{}", { mode: 0o600 });
    if (process.platform !== "win32") expect(statSync(path).mode & 0o777).toBe(0o600);
    await writeFileAtomic(path, "{}", { mode: 0o640 });
    if (process.platform !== "win32") expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it("a missing directory fails the write (nothing is created elsewhere)", async () => {
    const dir = folder();
    await expect(writeFileAtomic(join(dir, "missing", "x.txt"), "x")).rejects.toMatchObject({
      code: "ENOENT",
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a process killed in the middle of a write: the target keeps its old content or does not exist, never a part", async () => {
    const dir = folder();
    // The module as plain JavaScript for a child process (Node 20 runs no TypeScript).
    const source = readFileSync(new URL("../src/atomic-write.ts", import.meta.url), "utf8");
    const module = join(dir, "atomic-write.mjs");
    writeFileSync(module, transformSync(source, { loader: "ts", format: "esm" }).code);
    const child = join(dir, "child.mjs");
    writeFileSync(
      child,
      `import { writeFileAtomic } from ${JSON.stringify(module)};
       setInterval(() => {}, 1000);
       async function* forever() {
         yield "first half of the file ";
         process.stdout.write("written\\n");
         await new Promise(() => {});
       }
       writeFileAtomic(process.argv[2], forever());`,
    );
    for (const existing of [true, false]) {
      const target = join(dir, existing ? "kept.edi" : "absent.edi");
      if (existing) writeFileSync(target, "previous complete file");
      const worker = spawn(process.execPath, [child, target], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise<void>((resolve, reject) => {
        worker.stdout.on("data", (data: Buffer) => data.toString().includes("written") && resolve());
        worker.once("exit", (code) => reject(new Error(`the child exited early (${code})`)));
      });
      worker.kill("SIGKILL");
      await new Promise((resolve) => worker.once("exit", resolve));
      const name = existing ? "kept.edi" : "absent.edi";
      const parts = readdirSync(dir).filter((f) => f.startsWith(`.${name}.`) && f.endsWith(".part"));
      // The half-written data is only under the hidden temporary name.
      expect(parts).toHaveLength(1);
      expect(readFileSync(join(dir, parts[0] as string), "utf8")).toBe("first half of the file ");
      if (existing) expect(readFileSync(target, "utf8")).toBe("previous complete file");
      else expect(readdirSync(dir)).not.toContain(name);
    }
  });
});

describe("writeFileAtomicSync", () => {
  it("replaces whole, refuses an existing file with overwrite: false, applies mode, leaves no temporary file", () => {
    const dir = folder();
    const path = join(dir, "config.json");
    writeFileSync(path, "old old old");
    expect(writeFileAtomicSync(path, '{"a":1}', { mode: 0o600 })).toBe(7);
    expect(readFileSync(path, "utf8")).toBe('{"a":1}');
    if (process.platform !== "win32") expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(() => writeFileAtomicSync(path, "x", { overwrite: false })).toThrow(/EEXIST/);
    expect(writeFileAtomicSync(join(dir, "b.bin"), new Uint8Array([9]), { overwrite: false })).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["b.bin", "config.json"]);
  });
});

describe("temporaryPathFor", () => {
  it("a hidden, unique .part name in the same directory", () => {
    const a = temporaryPathFor(join("out", "po.edi"));
    const b = temporaryPathFor(join("out", "po.edi"));
    expect(a).toMatch(/^out[\\/]\.po\.edi\.[0-9a-f-]{36}\.part$/);
    expect(a).not.toBe(b);
  });
});
