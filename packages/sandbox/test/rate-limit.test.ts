// Rate limits as documented: X-RateLimit-* on every answer, 429 + Retry-After over the limit (the error
// envelope, validated), per credential; the client's throttle keeps under the limit.
import { ECGrid, RateLimitError } from "@edi-clients/ecgrid";
import { validateResponse } from "@edi-clients/ecgrid/validation";
import { describe, expect, it } from "vitest";
import { ACME_KEY, client, exchanges, GLOBEX_KEY, sandbox } from "./support.ts";
import { expectTour } from "./tour.ts";

describe("rate limits", () => {
  it("answers X-RateLimit-* always and 429 + Retry-After over the limit, per credential", async () => {
    let now = 1_800_000_000_000;
    const at = await sandbox({ clock: () => now, rateLimit: { limit: 3, unauthenticatedLimit: 1 } });
    const { raw } = client(at, ACME_KEY);
    const first = await raw.POST("/v2/parcels/pending-inbox-list", { body: {} });
    expect(first.response.headers.get("x-ratelimit-limit")).toBe("3");
    expect(first.response.headers.get("x-ratelimit-remaining")).toBe("2");
    expect(first.response.headers.get("x-ratelimit-reset")).toBe("60");
    await raw.POST("/v2/parcels/pending-inbox-list", { body: {} });
    now += 30_000;
    const third = await raw.POST("/v2/parcels/pending-inbox-list", { body: {} });
    expect(third.response.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(third.response.headers.get("x-ratelimit-reset")).toBe("30");
    const over = await raw.POST("/v2/parcels/pending-inbox-list", { body: {} });
    expect(over.response.status).toBe(429);
    expect(over.response.headers.get("retry-after")).toBe("30");
    expect(over.error).toMatchObject({ httpStatus: 429, success: false, errorCode: "RateLimitExceeded" });
    await expect(client(at, ACME_KEY).parcels.pendingInboxList()).rejects.toBeInstanceOf(RateLimitError);

    // Another credential has its own budget; unauthenticated calls theirs.
    expect(await client(at, GLOBEX_KEY).parcels.pendingInboxList()).toEqual([]);
    const login = () =>
      fetch(`${at.ecgridUrl}/v2/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ login: "globex", password: "globex-sandbox" }),
      });
    expect((await login()).headers.get("x-ratelimit-limit")).toBe("1");
    const refused = await login();
    expect(refused.status).toBe(429);
    expect(validateResponse("authLogin", 429, await refused.json())).toEqual([]);

    // A new window.
    now += 30_000;
    expect(await client(at, ACME_KEY).parcels.pendingInboxList()).toEqual([]);
    expectTour([]);
    expect(exchanges.some((e) => e.status === 429)).toBe(true);
  });

  it("answers the 429 in the envelope of the response variant", async () => {
    const at = await sandbox({ rateLimit: { limit: 1 }, variants: { envelope: "minimal" } });
    const acme = client(at, ACME_KEY);
    expect(await acme.parcels.pendingInboxList()).toEqual([]);
    const error = await acme.parcels.pendingInboxList().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).body).toEqual({
      success: false,
      errorCode: "RateLimitExceeded",
      message: "Rate limit exceeded.",
      data: null,
    });
    expect(exchanges.at(-1)?.status).toBe(429);
    expectTour([]);
  });

  it("the client's throttle keeps under the limit", async () => {
    const at = await sandbox({ rateLimit: { limit: 2, windowMs: 1000 } });
    // support.ts client() turns the throttle off: this one keeps it (and no retries, so a 429 fails).
    const acme = new ECGrid({
      apiKey: ACME_KEY,
      baseUrl: at.ecgridUrl,
      validateResponses: "throw",
      responseValidator: validateResponse,
      throttle: { limit: 2, windowMs: 1100 },
      maxRetries: 0,
    });
    try {
      const started = Date.now();
      // Six calls, none refused (a 429 would reject: no retries): three server windows.
      for (let i = 0; i < 6; i++) expect(await acme.parcels.pendingInboxList()).toEqual([]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    } finally {
      await acme.close();
    }
  });
});
