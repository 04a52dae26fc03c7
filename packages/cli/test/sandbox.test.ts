// The CLI against the sandbox (issue 11): the existing ECGrid and AS2 commands, pointed at a local
// stateful @edi-clients/sandbox through the same variables a user sets (ECGRID_BASE_URL, AS2G_BASE_URL),
// move real files — an upload shows up in the partner's inbox, a confirmed download leaves it, an AS2
// send to an own station lands in received and is marked read — and each state change is checked.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DEFAULT_AS2_SEED, type Sandbox, startSandbox } from "@edi-clients/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliWith, tempDir } from "./support.js";

let sandbox: Sandbox;
beforeAll(async () => {
  // AS2 sends are attempted on the first request after they are accepted (no sandbox-clock delay).
  sandbox = await startSandbox({ as2: { sendDelayMs: 0 } });
});
afterAll(() => sandbox?.close());

const pad = (value: string, width: number) => value.padEnd(width, " ");

/** A small X12 850 from ZZ:ACME to ZZ:GLOBEX (the sandbox's fixture), with its own control number. */
function purchaseOrder(control: string): string {
  return [
    `ISA*00*${pad("", 10)}*00*${pad("", 10)}*ZZ*${pad("ACME", 15)}*ZZ*${pad("GLOBEX", 15)}*261201*2130*U*00401*${control}*0*T*>`,
    "GS*PO*ACME*GLOBEX*20261201*2130*1*X*004010",
    "ST*850*0001",
    `BEG*00*SA*PO-${control}**20261201`,
    "PO1*1*24*EA*9.95*PE*VP*WIDGET-RED",
    "CTT*1",
    "SE*5*0001",
    "GE*1*1",
    `IEA*1*${control}`,
    "",
  ].join("~");
}

/** The JSON lines a `--json` command printed. */
const rows = (out: string) =>
  out
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe("edi-clients ecgrid against the sandbox", () => {
  const as = (apiKey: string) => cliWith({ ECGRID_API_KEY: apiKey, ECGRID_BASE_URL: sandbox.ecgridUrl });
  const acme = (args: string[]) => as("sandbox-acme-key")(["--json", "ecgrid", ...args]);
  const globex = (args: string[]) => as("sandbox-globex-key")(["--json", "ecgrid", ...args]);

  it("parcels upload → the partner's parcels list → download --confirm → out of InBoxReady", async () => {
    const dir = await tempDir();
    const po = purchaseOrder("000000701");
    await writeFile(join(dir, "po-701.x12"), po);

    const upload = await acme(["parcels", "upload", join(dir, "po-701.x12")]);
    expect(upload.err).toBe("");
    expect(upload.code).toBe(0);
    const [uploaded] = rows(upload.out);
    expect(uploaded).toMatchObject({ result: "uploaded", parcelId: expect.any(Number) });

    // Routed by the ISA receiver (ZZ:GLOBEX) to Globex's inbox, not ACME's.
    const ready = rows((await globex(["parcels", "list", "--status", "InBoxReady"])).out);
    const parcel = ready.find((p) => p.fileName === "po-701.x12");
    expect(parcel).toMatchObject({ status: "InBoxReady", bytes: po.length });
    expect(rows((await acme(["parcels", "list", "--status", "InBoxReady"])).out)).toEqual([]);
    const outbox = rows((await acme(["parcels", "list", "--outbox"])).out);
    expect(outbox.map((p) => p.parcelId)).toContain(uploaded?.parcelId);

    const out = join(dir, "in");
    const download = await globex([
      "parcels",
      "download",
      String(parcel?.parcelId),
      "--out",
      out,
      "--confirm",
    ]);
    expect(download.code).toBe(0);
    expect(rows(download.out)).toEqual([
      { parcelId: parcel?.parcelId, path: join(out, "po-701.x12"), bytes: po.length, confirmed: true },
    ]);
    expect(await readFile(join(out, "po-701.x12"), "utf8")).toBe(po);

    const after = rows((await globex(["parcels", "list"])).out).find((p) => p.parcelId === parcel?.parcelId);
    expect(after?.status).toBe("InBoxTransferred");
    const stillReady = rows((await globex(["parcels", "list", "--status", "InBoxReady"])).out);
    expect(stillReady.map((p) => p.parcelId)).not.toContain(parcel?.parcelId);
  });

  it("inbox --out drains every ready parcel, confirming each; a second run finds none", async () => {
    const dir = await tempDir();
    const files = ["po-801.x12", "po-802.x12"];
    await writeFile(join(dir, files[0] as string), purchaseOrder("000000801"));
    await writeFile(join(dir, files[1] as string), purchaseOrder("000000802"));
    const upload = await acme(["parcels", "upload", ...files.map((f) => join(dir, f))]);
    expect(upload.code).toBe(0);
    const ids = rows(upload.out).map((r) => r.parcelId);
    expect(ids).toHaveLength(2);

    const out = join(dir, "inbox");
    const first = await globex(["inbox", "--out", out]);
    expect(first.code).toBe(0);
    const confirmed = rows(first.out);
    expect(confirmed.every((r) => r.result === "confirmed")).toBe(true);
    const written = await readdir(out);
    for (const [i, name] of files.entries()) {
      const file = written.find((f) => f.endsWith(`-${name}`));
      expect(file, name).toBeDefined();
      expect(await readFile(join(out, file as string), "utf8")).toBe(purchaseOrder(`00000080${i + 1}`));
    }
    expect(rows((await globex(["parcels", "list", "--status", "InBoxReady"])).out)).toEqual([]);
    expect(rows((await globex(["inbox", "--out", out])).out)).toEqual([]);
  });

  it("an upload to an unknown ISA receiver fails with ECGrid's error and routes nothing", async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, "stray.x12"),
      purchaseOrder("000000901").replace("GLOBEX         ", "NOBODY         "),
    );
    const upload = await acme(["parcels", "upload", join(dir, "stray.x12")]);
    expect(upload.code).toBe(5);
    expect(rows(upload.out)).toEqual([
      expect.objectContaining({ file: join(dir, "stray.x12"), parcelId: null, result: "failed" }),
    ]);
    expect(rows((await globex(["parcels", "list", "--status", "InBoxReady"])).out)).toEqual([]);
  });
});

describe("edi-clients as2 against the sandbox", () => {
  const as2 = (args: string[]) =>
    cliWith({
      AS2G_BASE_URL: sandbox.as2Url,
      AS2G_USERNAME: DEFAULT_AS2_SEED.username,
      AS2G_PASSWORD: DEFAULT_AS2_SEED.password,
    })(["--json", "as2", ...args]);

  it("partners lists the fixture's partners", async () => {
    const { code, out } = await as2(["partners"]);
    expect(code).toBe(0);
    expect(rows(out).map((p) => p.as2Identifier)).toEqual(
      expect.arrayContaining(["GLOBEX_AS2", "INITECH_AS2", "ACME_EDI_TEST"]),
    );
  });

  it("send --wait to a partner ends sent (with its MDN)", { timeout: 30_000 }, async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "po.x12"), purchaseOrder("000001001"));
    const { code, out, err } = await as2([
      "send",
      join(dir, "po.x12"),
      "--station",
      "ACME_EDI_PROD",
      "--partner",
      "GLOBEX_AS2",
      "--wait",
    ]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(rows(out)).toEqual([{ as2MessageId: expect.stringMatching(/^<.+@.+>$/), status: "sent" }]);
  });

  it("send to an own station → received list --unread → received process --out → read", async () => {
    const dir = await tempDir();
    const po = purchaseOrder("000001101");
    await writeFile(join(dir, "po-1101.x12"), po);
    const send = await as2([
      "send",
      join(dir, "po-1101.x12"),
      "--station",
      "ACME_EDI_PROD",
      "--partner",
      "ACME_EDI_TEST",
    ]);
    expect(send.code).toBe(0);
    expect(rows(send.out)).toEqual([{ as2MessageId: expect.any(String), status: "queued" }]);

    // The queue progresses at the start of the next request: the message is in received now.
    const unread = rows((await as2(["received", "list", "--unread"])).out);
    expect(unread).toEqual([expect.objectContaining({ attachments: 1 })]);
    const id = unread[0]?.as2MessageId as string;

    const out = join(dir, "received");
    const processed = await as2(["received", "process", "--out", out]);
    expect(processed.code).toBe(0);
    const [row] = rows(processed.out);
    expect(row).toMatchObject({ as2MessageId: id, result: "marked read" });
    expect(await readFile(join(row?.folder as string, "po-1101.x12"), "utf8")).toBe(po);

    expect(rows((await as2(["received", "list", "--unread"])).out)).toEqual([]);
    expect(rows((await as2(["received", "list"])).out).map((m) => m.as2MessageId)).toContain(id);
  });
});
