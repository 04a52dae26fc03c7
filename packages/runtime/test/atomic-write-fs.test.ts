// writeFileAtomic through a recording node:fs/promises: the durability order (the temporary file
// is fsynced and closed before the rename, the directory is fsynced after it; `durable: false`
// skips both syncs — a power cut cannot be simulated, the order of the calls is what makes it
// safe), and file systems without hard links (the exclusive create falls back to check + rename).
import { describe, expect, it, vi } from "vitest";

const fake = vi.hoisted(() => ({ events: [] as string[], linkFails: undefined as string | undefined }));

vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  const label = (path: unknown) => (String(path).endsWith(".part") ? "temporary" : "directory");
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const what = label(args[0]);
      const { sync, close } = handle;
      handle.sync = async () => {
        fake.events.push(`sync ${what}`);
        return sync.call(handle);
      };
      handle.close = async () => {
        fake.events.push(`close ${what}`);
        return close.call(handle);
      };
      return handle;
    },
    rename: async (...args: Parameters<typeof fs.rename>) => {
      fake.events.push("rename");
      return fs.rename(...args);
    },
    link: async (...args: Parameters<typeof fs.link>) => {
      if (fake.linkFails) throw Object.assign(new Error(fake.linkFails), { code: fake.linkFails });
      return fs.link(...args);
    },
  };
});

const { writeFileAtomic } = await import("../src/atomic-write.ts");
const { mkdtemp, readdir, readFile, rm } = await import("node:fs/promises");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");

async function inFolder(test: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "atomic-fs-"));
  try {
    await test(dir);
  } finally {
    fake.linkFails = undefined;
    fake.events.length = 0;
    await rm(dir, { recursive: true, force: true });
  }
}

describe("writeFileAtomic on the file system", () => {
  it("fsync the file, close, rename, fsync the directory — and no sync with durable: false", () =>
    inFolder(async (dir) => {
      const path = join(dir, "parcel.edi");
      fake.events.length = 0;
      await writeFileAtomic(path, "ISA~");
      expect(fake.events).toEqual([
        "sync temporary",
        "close temporary",
        "rename",
        "sync directory",
        "close directory",
      ]);
      fake.events.length = 0;
      await writeFileAtomic(path, "GS~", { durable: false });
      expect(fake.events).toEqual(["close temporary", "rename"]);
      expect(await readFile(path, "utf8")).toBe("GS~");
    }));

  it.each(["EPERM", "ENOTSUP"])(
    "overwrite: false where hard links are not supported (%s): still never replaces",
    (code) =>
      inFolder(async (dir) => {
        fake.linkFails = code;
        const path = join(dir, "b.edi");
        await writeFileAtomic(path, "one", { overwrite: false });
        await expect(writeFileAtomic(path, "two", { overwrite: false })).rejects.toMatchObject({
          code: "EEXIST",
        });
        expect(await readFile(path, "utf8")).toBe("one");
        expect(await readdir(dir)).toEqual(["b.edi"]);
      }),
  );

  it("another link error is passed on and the temporary file removed", () =>
    inFolder(async (dir) => {
      fake.linkFails = "EIO";
      await expect(
        writeFileAtomic(join(dir, "c.edi"), new Uint8Array([1]), { overwrite: false }),
      ).rejects.toMatchObject({
        code: "EIO",
      });
      expect(await readdir(dir)).toEqual([]);
    }));
});
