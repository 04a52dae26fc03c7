// `ecgrid call` / `as2 call`: every operation of both specs, generated from them, sent through the
// client's transport; driven against Prism (request validation on, so a wrong request fails).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { loadSpec } from "../../../scripts/spec-operations.mjs";
import { generated } from "../scripts/generate-operations.mjs";
import { prismCli, recorder, tempDir } from "./support.js";

const cli = prismCli(inject("prismUrls"));

describe("edi-clients ecgrid|as2 call", () => {
  it("the generated operation table is the specs' (node packages/cli/scripts/generate-operations.mjs)", async () => {
    const file = await readFile(new URL("../src/generated/operations.ts", import.meta.url), "utf8");
    // Compared without formatting: biome may reflow the generated file.
    const squash = (s: string) => s.replace(/\s+/g, "").replace(/,([\]}])/g, "$1");
    expect(squash(file)).toBe(squash(generated()));
  });

  it.each([
    ["ecgrid", "ecgrid"],
    ["as2", "as2-gateway"],
  ])("%s call --list lists every operationId of the spec", async (api, spec) => {
    const ids = loadSpec(spec).operations.map(([id]) => id);
    const listed = await cli([api, "call", "--list", "--output", "json"]);
    expect(listed.code).toBe(0);
    const rows = listed.out.split("\n").map((line) => JSON.parse(line) as { operationId: string });
    expect(rows.map((r) => r.operationId).sort()).toEqual([...ids].sort());
    expect(ids.length).toBeGreaterThan(api === "ecgrid" ? 100 : 20);
  });

  it("calls ECGrid operations with path parameters and JSON bodies, printing the answer as JSON, YAML or a table", async () => {
    const me = await cli(["--output", "json", "ecgrid", "call", "usersGetMe"]);
    expect(me.code).toBe(0);
    expect(JSON.parse(me.out)).toMatchObject({ success: true, data: { login: "jsmith" } });

    const parcel = await cli(["-o", "yaml", "ecgrid", "call", "parcelsGetParcel", "--param", "id=987654321"]);
    expect(parcel.code).toBe(0);
    expect(parse(parcel.out)).toMatchObject({ data: { parcelId: expect.any(Number) } });

    const dir = await tempDir();
    const body = join(dir, "body.json");
    await writeFile(body, JSON.stringify({ pageNo: 1, recordsPerPage: 5 }));
    const list = await cli(["ecgrid", "call", "parcelsInboxList", "--body", `@${body}`]);
    expect(list.code).toBe(0);
    expect(list.out.split("\n")[0]).toMatch(/parcelId/);
    const inline = await cli(["--json", "ecgrid", "call", "parcelsInboxList", "--body", '{"pageNo":1}']);
    expect(inline.code).toBe(0);
    expect(JSON.parse(inline.out).success).toBe(true);
  });

  it("calls AS2 operations: a list, a detail with a boolean query, a file body and a file answer", async () => {
    const stations = await cli(["--json", "as2", "call", "listStations"]);
    expect(stations.code).toBe(0);
    expect(Array.isArray(JSON.parse(stations.out))).toBe(true);

    const detail = await cli([
      "--json",
      "as2",
      "call",
      "getReceivedMessage",
      "--param",
      "as2MessageId=<abc@example>",
      "--param",
      "markAsRead=false",
    ]);
    expect(detail.code).toBe(0);
    expect(JSON.parse(detail.out)).toHaveProperty("as2MessageId");

    const dir = await tempDir();
    const file = join(dir, "po.edi");
    await writeFile(file, "ISA*00*~");
    const sent = await cli([
      "--json",
      "as2",
      "call",
      "sendMessage",
      "--param",
      "as2StationId=ACME",
      "--param",
      "as2PartnerId=GLOBEX",
      "--param",
      "Name=po.edi",
      "--body",
      `@${file}`,
    ]);
    expect(sent.code, sent.err).toBe(0);

    const out = join(dir, "attachment.bin");
    const attachment = await cli([
      "--json",
      "as2",
      "call",
      "downloadFirstReceivedAttachment",
      "--param",
      "as2MessageId=<abc@example>",
      "--out",
      out,
    ]);
    expect(attachment.code, attachment.err).toBe(0);
    expect(JSON.parse(attachment.out)).toMatchObject({ status: 200, path: out });
    expect((await readFile(out)).length).toBe(JSON.parse(attachment.out).bytes);
  });

  it("exits 2 on usage errors before anything is sent", async () => {
    const { paths, fetch } = recorder();
    const cases: [string[], RegExp][] = [
      [["ecgrid", "call", "noSuchOperation"], /unknown operation noSuchOperation/],
      [["ecgrid", "call"], /give an operationId/],
      [["ecgrid", "call", "parcelsGetParcel"], /needs --param id=…/],
      [["ecgrid", "call", "parcelsGetParcel", "--param", "id=x"], /--param id must be an integer/],
      [["ecgrid", "call", "parcelsGetParcel", "--param", "nope=1"], /has no parameter nope \(it has: id\)/],
      [["ecgrid", "call", "parcelsGetParcel", "--param", "id"], /expected name=value/],
      [["ecgrid", "call", "parcelsInboxList"], /needs --body/],
      [["ecgrid", "call", "parcelsInboxList", "--body", "{nope"], /--body is not JSON/],
      [["ecgrid", "call", "usersGetMe", "--body", "{}"], /takes no body/],
      [
        ["as2", "call", "getReceivedMessage", "--param", "as2MessageId=a", "--param", "markAsRead=yes"],
        /true or false/,
      ],
      [
        [
          "as2",
          "call",
          "sendMessage",
          "--param",
          "as2StationId=a",
          "--param",
          "as2PartnerId=b",
          "--body",
          "x",
        ],
        /--body @path/,
      ],
      [["--output", "xml", "ecgrid", "whoami"], /xml/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args, {}, fetch);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.err, args.join(" ")).toMatch(message);
    }
    expect(paths).toEqual([]);
  });

  it("exits 3 when the server refuses the credentials and 4 on another API error, printing its answer to stderr", async () => {
    const refused = recorder(() => Response.json({ success: false, message: "bad key" }, { status: 401 }));
    const auth = await cli(["ecgrid", "call", "usersGetMe"], {}, refused.fetch);
    expect(auth.code).toBe(3);
    expect(auth.err).toMatch(/usersGetMe: HTTP 401/);
    const missing = recorder(() =>
      Response.json({ success: false, message: "no such parcel" }, { status: 404 }),
    );
    const api = await cli(["ecgrid", "call", "parcelsGetParcel", "--param", "id=1"], {}, missing.fetch);
    expect(api.code).toBe(4);
    expect(api.err).toContain("no such parcel");
    expect(api.out).toBe("");
    const envelope = recorder(() =>
      Response.json({ success: false, httpStatus: 200, message: "refused", data: null }),
    );
    const soft = await cli(["--json", "ecgrid", "call", "usersGetMe"], {}, envelope.fetch);
    expect(soft.code).toBe(4);
  });
});
