// SIGINT/SIGTERM during an upload run (not --watch): the file being sent finishes, no new one
// starts, every outcome and the summary are printed, exit 130. Signals are raised by the test.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/program.js";
import { tempDir } from "./support.js";

describe("interrupting an upload run", () => {
  it("SIGTERM during the first of three uploads: it completes, the other two are skipped, exit 130", async () => {
    const dir = await tempDir();
    const files = await Promise.all(
      ["a.edi", "b.edi", "c.edi"].map(async (name) => {
        const path = join(dir, name);
        await writeFile(path, `ISA*${name}~`);
        return path;
      }),
    );
    const listeners = new Set<(signal: string) => void>();
    const uploads: string[] = [];
    const fetch = async (request: Request) => {
      const path = new URL(request.url).pathname;
      if (path.endsWith("/upload")) {
        uploads.push(((await request.clone().json()) as { fileName: string }).fileName);
        for (const listener of [...listeners]) listener("SIGTERM");
        return Response.json({ success: true, httpStatus: 200, message: "", data: 4242 });
      }
      // The reconcile snapshot (outbox list) before sending: empty.
      return Response.json({ success: true, httpStatus: 200, message: "", data: [] });
    };
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(["--json", "ecgrid", "parcels", "upload", ...files], {
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
      env: {
        ECGRID_API_KEY: "k",
        ECGRID_BASE_URL: "https://ecgrid.test",
        EDI_CLIENTS_CONFIG: join(dir, "none.json"),
      },
      fetch,
      onStopSignal(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    });
    expect(code).toBe(130);
    expect(uploads).toEqual(["a.edi"]);
    expect(out.map((l) => JSON.parse(l))).toEqual([{ file: files[0], parcelId: 4242, result: "uploaded" }]);
    expect(err.join("\n")).toContain("SIGTERM: stopping — starting no new uploads");
    expect(err.join("\n")).toContain("summary: 1 uploaded, 0 failed, 2 skipped");
    expect(listeners.size).toBe(0);
  });
});
