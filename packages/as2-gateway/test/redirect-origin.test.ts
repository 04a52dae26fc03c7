// Issue 14 item 3: a redirect to another origin never carries credentials. For every redirect
// status, a static token and a signed-in one (POST /v1/authorize), plus a cookie the caller's own
// fetch adds (a cookie jar), the other origin — a loopback server on another port — receives
// nothing at all, reads and sends alike, and the call rejects with a RedirectError.
import { RedirectError } from "@edi-clients/runtime";
import { loopbackScope } from "@edi-clients/test-helpers/faults";
import { cookieJarFetch } from "@edi-clients/test-helpers/fetch";
import { describe, expect, it } from "vitest";
import { As2Gateway, type As2GatewayOptions } from "../src/index.js";
import { type ServerRequest, silentLogger } from "./helpers.js";

const TOKEN = "tok-planted-0002";
const PASSWORD = "planted-AS2-password-0815";
const COOKIE = "AWSALB=cookie-PLANTED-0006";

const { serve } = loopbackScope();

const auths: [string, Partial<As2GatewayOptions>][] = [
  ["a static token", { token: TOKEN }],
  ["a signed-in token", { credentials: { username: "edi@acme.example", password: PASSWORD } }],
];

const calls: [string, (as2: As2Gateway) => Promise<unknown>][] = [
  ["stations.list", (as2) => as2.stations.list()],
  [
    "messages.send",
    (as2) =>
      as2.messages.send({
        stationId: "ACME_EDI_PROD",
        partnerId: "GLOBEX_AS2",
        file: { name: "po.edi", content: "ISA*00*~" } as never,
      }),
  ],
];

describe("a redirect to another origin", () => {
  for (const [auth, options] of auths) {
    for (const [name, call] of calls) {
      it.each([301, 302, 303, 307, 308])(
        `${name} with ${auth}: a %i reaches nothing there`,
        async (status) => {
          const other = await serve((_req: ServerRequest, res) => {
            res.writeHead(200, { "content-type": "application/json" });
            res.end("{}");
          });
          const api = await serve((req: ServerRequest, res) => {
            if (req.url === "/v1/authorize") {
              res.writeHead(200, { "content-type": "application/json", "set-cookie": `${COOKIE}; Path=/` });
              res.end(JSON.stringify({ token: TOKEN, expiry: Date.now() + 3_600_000 }));
              return;
            }
            res.writeHead(status, { location: `${other.url}${req.url}`, "set-cookie": `${COOKIE}; Path=/` });
            res.end();
          });
          const as2 = new As2Gateway({
            baseUrl: api.url,
            logger: silentLogger,
            throttle: false,
            maxRetries: 0,
            reconcile: false,
            // The caller's fetch with a cookie jar: it adds the session cookie to whatever it sends.
            fetch: cookieJarFetch(COOKIE),
            ...options,
          });
          const error = await call(as2).catch((e: unknown) => e);
          expect(other.received).toEqual([]);
          expect(error).toBeInstanceOf(RedirectError);
          expect(api.received.some((r) => r.url !== "/v1/authorize")).toBe(true);
        },
      );
    }
  }
});
