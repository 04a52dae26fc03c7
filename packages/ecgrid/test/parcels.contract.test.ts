// The parcels and auth wrappers against the Prism mock of the ECGrid spec (request validation on):
// every method sends a request the spec accepts and unwraps the documented answer.
import { NotFoundError, RateLimitError, ServiceUnavailableError } from "@edi-clients/runtime";
import { describe, expect, inject, it } from "vitest";
import { ECGrid } from "../src/index.js";

const baseUrl = inject("prismUrls").ecgrid as string;
const ecgrid = new ECGrid({ apiKey: "test-key", baseUrl, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
const prefer = (code: number) => ({ headers: { Prefer: `code=${code}` } });

describe("parcels through the wrapper", () => {
  it("lists one page and iterates every inbound and outbound parcel", async () => {
    const page = await ecgrid.parcels.inboxList({
      mailboxId: 1001,
      status: "InBoxReady",
      pageNo: 1,
      recordsPerPage: 25,
    });
    expect(page[0]).toMatchObject({ parcelId: 987654321, status: "InBoxReady" });
    const inbound = await ecgrid.parcels.inboxList({ mailboxId: 1001 }).toArray();
    expect(inbound.map((p) => p.parcelId)).toEqual([987654321]);
    const outbound = await ecgrid.parcels.outboxList({ mailboxId: 1001 }, { prefetch: true }).toArray();
    expect(outbound.length).toBeGreaterThan(0);
    expect(await ecgrid.parcels.outboxList({ mailboxId: 1001 })).toEqual(outbound);
    expect((await ecgrid.parcels.pendingInboxList({ mailboxId: 1001 }))[0]?.parcelId).toBe(987654321);
  });

  it("uploads, downloads, confirms and drains the inbox", async () => {
    await expect(
      ecgrid.parcels.upload({
        fileName: "po_850.edi",
        content: "ISA*00*~",
        ecGridIdFrom: 112233,
        ecGridIdTo: 445566,
      }),
    ).resolves.toBe(987654322);
    const file = await ecgrid.parcels.download(987654321);
    expect(file.text()).toMatch(/^ISA\*00\*/);
    expect(file.bytes.length).toBe(106);
    await expect(ecgrid.parcels.confirm(987654321)).resolves.toBe(true);
    const handled: number[] = [];
    const result = await ecgrid.parcels.processInbox(async ({ parcel, file }) => {
      expect(file.text()).toContain("ISA");
      handled.push(parcel.parcelId);
    });
    expect(result).toEqual({ confirmed: [987654321], failed: [] });
    expect(handled).toEqual([987654321]);
  });

  it("covers the remaining parcel operations", async () => {
    expect((await ecgrid.parcels.get(987654321)).parcelId).toBe(987654321);
    expect(Array.isArray(await ecgrid.parcels.manifest(987654321))).toBe(true);
    await expect(ecgrid.parcels.cancel(987654322)).resolves.toBeDefined();
    await expect(ecgrid.parcels.resetToInbox(987654321)).resolves.toBeDefined();
    await expect(
      ecgrid.parcels.acknowledgmentNote({ parcelId: 987654321, note: "Received OK" }),
    ).resolves.toBeDefined();
    await expect(
      ecgrid.parcels.findMailbagControlId({ mailboxId: 1001, mailbagControlId: "MB-20260507-0001" }),
    ).resolves.toBeDefined();
    await expect(
      ecgrid.parcels.setMailbagControlId({ parcelId: 987654321, mailbagControlId: "MB-20260507-0001" }),
    ).resolves.toBeDefined();
    await expect(
      ecgrid.parcels.update({ parcelId: 987654321, status: "InBoxTransferred" }),
    ).resolves.toBeDefined();
    await expect(
      ecgrid.parcels.sendTestFile({ ecGridIdFrom: 112233, ecGridIdTo: 445566, documentType: "850" }),
    ).resolves.toBeDefined();
  });

  it("surfaces the spec's error answers as typed errors", async () => {
    const notFound = await ecgrid.parcels.get(1, prefer(404)).catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound).toMatchObject({
      status: 404,
      operation: "parcelsGetParcel",
      traceId: "0HN7K2A1B3C:00000001",
    });
    const limited = await ecgrid.parcels.get(1, { ...prefer(429), maxRetries: 0 }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    const unavailable = await ecgrid.parcels
      .get(1, { ...prefer(503), maxRetries: 1 })
      .catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(ServiceUnavailableError);
  });
});

describe("auth through the wrapper", () => {
  it("reads the version without credentials, and the session with them", async () => {
    expect(await ecgrid.auth.version()).toMatchObject({ version: expect.any(String) });
    expect(await ecgrid.auth.session()).toBeDefined();
  });

  it("signs in with credentials against the mock and uses the JWT", async () => {
    const withLogin = new ECGrid({
      credentials: { login: "jsmith@example.com", password: "Sup3r$ecret!" },
      baseUrl,
    });
    expect(await withLogin.users.me()).toBeDefined();
    await withLogin.auth.changePassword({ currentPassword: "Sup3r$ecret!", newPassword: "N3w$ecret!pass" });
    await withLogin.auth.logout();
    expect(withLogin.core.tokens?.refreshToken).toBeUndefined();
  });
});
