// API-key and login/refresh/logout auth through the client: tokens expire on the sandbox's clock
// and a refresh rotates them.
import { AuthenticationError } from "@edi-clients/ecgrid";
import { describe, expect, it } from "vitest";
import { ACME_KEY, client, exchanges, sandbox, x12 } from "./support.ts";

const GLOBEX_LOGIN = { login: "globex", password: "globex-sandbox" };

describe("auth", () => {
  it("refuses an unknown API key, an unknown token and a request without credentials", async () => {
    const at = await sandbox();
    await expect(client(at, "not-a-key").parcels.pendingInboxList()).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    const unknownToken = client(at, { tokenProvider: { obtain: async () => ({ accessToken: "sbx.nope" }) } });
    await expect(unknownToken.parcels.pendingInboxList()).rejects.toBeInstanceOf(AuthenticationError);
    // A fetch that drops the key: the request arrives with neither X-API-Key nor a Bearer token.
    const noCredentials = client(at, {
      apiKey: ACME_KEY,
      fetch: (request, init) => {
        const stripped = new Request(request);
        stripped.headers.delete("x-api-key");
        return fetch(stripped, init);
      },
    });
    const error = await noCredentials.parcels.pendingInboxList().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).body).toMatchObject({
      success: false,
      errorCode: "InvalidSession",
    });
  });

  it("signs in with login and password, and the token works like the API key", async () => {
    const at = await sandbox();
    const acme = client(at, { credentials: { login: "acme", password: "acme-sandbox" } });
    await acme.parcels.upload({ fileName: "a.edi", content: x12() });
    expect(await client(at, ACME_KEY).parcels.outboxList()).toHaveLength(1);
    await expect(
      client(at, { credentials: { login: "acme", password: "wrong" } }).parcels.outboxList(),
    ).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("expires tokens on the sandbox clock; the client signs in again after the 401", async () => {
    let offset = 0;
    const at = await sandbox({ clock: () => Date.now() + offset, tokenTtlMs: 10 * 60_000 });
    const globex = client(at, { credentials: GLOBEX_LOGIN });
    await globex.parcels.pendingInboxList();
    offset = 11 * 60_000;
    exchanges.length = 0;
    expect(await globex.parcels.pendingInboxList()).toEqual([]);
    const seen = exchanges.map((e) => `${e.path} ${e.status}`);
    expect(seen).toContain("/v2/parcels/pending-inbox-list 401");
    expect(seen).toContain("/v2/auth/login 200");
    expect(seen.at(-1)).toBe("/v2/parcels/pending-inbox-list 200");
  });

  it("rotates tokens on refresh and drops them on logout", async () => {
    const at = await sandbox();
    const raw = client(at, ACME_KEY).raw;
    const login = await raw.POST("/v2/auth/login", { body: GLOBEX_LOGIN });
    const first = (login.data as { data: { token: string } }).data.token;
    const using = (token: string) =>
      client(at, {
        tokenProvider: { obtain: async () => ({ accessToken: token }) },
      }).parcels.pendingInboxList();
    await expect(using(first)).resolves.toEqual([]);

    const refreshed = await raw.POST("/v2/auth/refresh", { body: { token: first } });
    const second = (refreshed.data as { data: { token: string } }).data.token;
    expect(second).not.toBe(first);
    await expect(using(first)).rejects.toBeInstanceOf(AuthenticationError);
    await expect(using(second)).resolves.toEqual([]);
    const again = await raw.POST("/v2/auth/refresh", { body: { token: first } });
    expect(again.response.status).toBe(401);

    const tokenClient = client(at, { tokenProvider: { obtain: async () => ({ accessToken: second }) } });
    await tokenClient.auth.logout();
    await expect(using(second)).rejects.toBeInstanceOf(AuthenticationError);
    // Logging out with an API key is a no-op that still succeeds.
    await client(at, ACME_KEY).auth.logout();
  });
});
