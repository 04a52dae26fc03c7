// Issue 14 item 3: a redirect to another origin never carries credentials. For every redirect
// status and every way the ECGrid client authenticates (X-API-Key, a signed-in JWT, a token
// provider), plus a cookie the caller's own fetch adds (a cookie jar), the other origin — a
// loopback server on another port — receives nothing at all, and the call rejects with a
// RedirectError. The redirecting server's Set-Cookie is not sent anywhere either.
import { RedirectError } from "@edi-clients/runtime";
import { loopbackScope } from "@edi-clients/test-helpers/faults";
import { cookieJarFetch } from "@edi-clients/test-helpers/fetch";
import { silentLogger } from "@edi-clients/test-helpers/leaks";
import { describe, expect, it } from "vitest";
import { ECGrid, type ECGridOptions } from "../src/index.js";

const KEY = "key-planted-0001";
const PASSWORD = "Pw-PLANTED-0002!";
const JWT = "jwt-PLANTED-0003";
const COOKIE = "session=cookie-PLANTED-0006";

const { serve } = loopbackScope();

const ok = (data: unknown) =>
  JSON.stringify({ success: true, httpStatus: 200, message: "", traceId: "t", data });
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

const auths: [string, Partial<ECGridOptions>][] = [
  ["X-API-Key", { apiKey: KEY }],
  ["a signed-in JWT", { credentials: { login: "jsmith", password: PASSWORD } }],
  [
    "a token provider",
    { tokenProvider: { obtain: async () => ({ accessToken: JWT, expiresAt: Date.now() + 3_600_000 }) } },
  ],
];

describe("a redirect to another origin", () => {
  for (const [auth, options] of auths) {
    it.each([301, 302, 303, 307, 308])(
      `with ${auth}: a %i reaches nothing there, no credential, no cookie`,
      async (status) => {
        const other = await serve((_req, res) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(ok({ stolen: true }));
        });
        const api = await serve((req, res) => {
          if (req.url === "/v2/auth/login") {
            res.writeHead(200, { "content-type": "application/json", "set-cookie": `${COOKIE}; Path=/` });
            res.end(ok({ token: JWT, expiresAt: inAnHour() }));
            return;
          }
          res.writeHead(status, { location: `${other.url}${req.url}`, "set-cookie": `${COOKIE}; Path=/` });
          res.end();
        });
        const ecgrid = new ECGrid({
          baseUrl: api.url,
          logger: silentLogger,
          throttle: false,
          maxRetries: 0,
          // The caller's fetch with a cookie jar: it adds the session cookie to whatever it sends.
          fetch: cookieJarFetch(COOKIE),
          ...options,
        });
        const error = await ecgrid.users.me().catch((e: unknown) => e);
        expect(other.received).toEqual([]);
        expect(error).toBeInstanceOf(RedirectError);
        // The API itself got the call (with its credentials): only the other origin got nothing.
        const call = api.received.find((r) => r.url === "/v2/users/me");
        expect(call).toBeDefined();
      },
    );
  }
});
