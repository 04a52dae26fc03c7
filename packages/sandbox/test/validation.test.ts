// Requests are validated against specs/ecgrid/openapi.yaml (invalid → the 400 envelope), and every
// answer the sandbox sends validates against the same spec: a tour of every served operation, with
// its successes and its errors, checked with the client's own response validator.
import { NotFoundError } from "@edi-clients/ecgrid";
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { describe, expect, it } from "vitest";
import { SERVED_OPERATIONS } from "../src/index.ts";
import { SpecValidators } from "../src/spec.ts";
import { ACME_KEY, client, exchanges, GLOBEX_KEY, only, sandbox, x12 } from "./support.ts";
import { expectTour } from "./tour.ts";

const INVALID = "One or more request fields are invalid.";

describe("request validation", () => {
  it("answers the documented 400 envelope for bodies and path parameters the spec refuses", async () => {
    const at = await sandbox();
    const { raw } = client(at, ACME_KEY);
    const cases = [
      await raw.POST("/v2/parcels/inbox-list", { body: { recordsPerPage: 0 } }),
      await raw.POST("/v2/parcels/inbox-list", { body: { status: "Nonsense" as never } }),
      await raw.POST("/v2/parcels/upload", { body: { fileName: "", content: "SVNB" } }),
      await raw.POST("/v2/parcels/upload", { body: { fileName: "x.edi", content: "not base64!" } }),
      await raw.POST("/v2/parcels/download", { body: {} as never }),
      await raw.POST("/v2/parcels/confirm", { body: { parcelId: "1" as never } }),
      await raw.POST("/v2/parcels/reset-to-inbox/{id}", { params: { path: { id: "abc" as never } } }),
      await raw.POST("/v2/parcels/pending-inbox-list", {
        body: "{not json" as never,
        bodySerializer: (b: unknown) => b as string,
      }),
      await raw.POST("/v2/auth/login", { body: { login: "acme" } as never }),
    ];
    for (const { response, error } of cases) {
      expect(response.status).toBe(400);
      expect(error).toMatchObject({
        httpStatus: 400,
        success: false,
        message: INVALID,
        errorCode: "InvalidParameter",
      });
      expect((error as { detail: string }).detail).toBeTruthy();
    }
    const detail = (n: number) => String((cases[n]?.error as { detail?: string } | undefined)?.detail);
    expect(detail(0)).toContain("/recordsPerPage");
    expect(detail(6)).toContain("/path/id");
  });

  it("answers a 404 envelope for an operation it does not serve yet", async () => {
    const at = await sandbox();
    await expect(client(at, ACME_KEY).networks.list()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a body where the spec requires one", () => {
    const validators = new SpecValidators(`
openapi: 3.1.0
paths:
  /x/{id}:
    post:
      operationId: x
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, minLength: 3 } }
      requestBody:
        required: true
        content: { application/json: { schema: { $ref: "#/components/schemas/X" } } }
components:
  schemas:
    X: { type: object, required: [a], properties: { a: { type: integer, format: int32 } } }
`);
    const x = validators.get("post", "/x/{id}");
    expect(x?.body(undefined)).toEqual([{ path: "/", message: "a JSON body is required" }]);
    expect(x?.body({ a: 2 ** 40 })).toHaveLength(1);
    expect(x?.body({ a: 1 })).toEqual([]);
    expect(x?.params({ id: "ab" }).issues[0]?.path).toBe("/path/id");
    expect(validators.get("GET", "/x/{id}")).toBeUndefined();
  });
});

describe("response validation", () => {
  it("every answer of every served operation validates against the spec", async () => {
    let now = Date.now();
    const at = await sandbox({ clock: () => now, tokenTtlMs: 60_000 });
    exchanges.length = 0;
    const acme = client(at, ACME_KEY);
    const globex = client(at, { credentials: { login: "globex", password: "globex-sandbox" } });

    await acme.parcels.upload({ fileName: "po.edi", content: x12() });
    await acme.parcels
      .upload({ fileName: "po.edi", content: x12(["ZZ", "ACME"], ["ZZ", "NOBODY"]) })
      .catch(() => {});
    const id = only(await globex.parcels.pendingInboxList()).parcelId;
    await globex.parcels.inboxList({ pageNo: 1, recordsPerPage: 1 });
    await acme.parcels.outboxList();
    await globex.parcels.get(id);
    await globex.parcels.download(id);
    await globex.parcels.confirm(id);
    await globex.parcels.resetToInbox(id);
    await acme.parcels.download(id).catch(() => {});
    await acme.parcels.get(id).catch(() => {});
    await acme.parcels.resetToInbox(id).catch(() => {});
    await acme.parcels.confirm(id).catch(() => {});
    await acme.parcels.inboxList({ mailboxId: 1002 }).catch(() => {});
    const { raw } = client(at, GLOBEX_KEY);
    const login = await raw.POST("/v2/auth/login", { body: { login: "globex", password: "globex-sandbox" } });
    await raw.POST("/v2/auth/refresh", {
      body: { token: (login.data as { data: { token: string } }).data.token },
    });
    await raw.POST("/v2/auth/refresh", { body: { token: "sbx.unknown" } });
    await raw.POST("/v2/parcels/outbox-list", { body: { recordsPerPage: 501 } });
    now += 120_000;
    await globex.parcels.pendingInboxList();
    await globex.auth.logout();
    await client(at, "wrong-key")
      .parcels.pendingInboxList()
      .catch(() => {});

    expect(exchanges.length).toBeGreaterThan(20);
    // The callback and interchange operations have their own tours (callbacks/interchanges.test.ts).
    expectTour(SERVED_OPERATIONS.filter(([, path]) => !/^\/v2\/(callbacks|interchanges)/.test(path)));
    const statuses = new Set(exchanges.map((e) => e.status));
    for (const status of [200, 400, 401, 403, 404]) expect(statuses).toContain(status);
  });

  it("the client's validator does catch a body that drifts from the spec", () => {
    expect(validateResponse("parcelsUploadParcel", 200, { success: true, data: "not an id" })).not.toEqual(
      [],
    );
  });
});
