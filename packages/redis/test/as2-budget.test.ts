// AS2 Gateway on the shared Redis budget. The service sends no X-RateLimit-* headers, only a 429
// with Retry-After: the pause one client meets reaches every client on the same account through
// Redis, and the budget's key is the account's hash.
import { createServer } from "node:http";
import { As2Gateway } from "@edi-clients/as2-gateway";
import { budgetKey } from "@edi-clients/runtime";
import { type Listening, listen } from "@edi-clients/test-helpers/server";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { redisRateBudget } from "../src/index.ts";

const seen: { at: number; status: number }[] = [];
let url: string;
let listening: Listening | undefined;
let turnAway = 1;
const server = createServer((req, res) => {
  req.resume();
  const status = turnAway > 0 ? 429 : 200;
  if (turnAway > 0) turnAway--;
  seen.push({ at: Date.now(), status });
  if (status === 429) {
    res.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
    res.end(JSON.stringify({ message: "Rate limit exceeded (50 requests per 10-second period)." }));
    return;
  }
  res.writeHead(200, { "content-type": "application/json" });
  res.end("[]");
});
const connections: Redis[] = [];

beforeAll(async () => {
  listening = await listen(server);
  url = listening.url;
});
afterAll(async () => {
  await listening?.close();
  await Promise.all(connections.map((c) => c.quit()));
});

it("a 429's Retry-After met by one AS2 client pauses another on the same account (own Redis connection)", async () => {
  const token = "planted-as2-token-51c2";
  const client = () => {
    const redis = new Redis(inject("redisUrl"));
    connections.push(redis);
    return new As2Gateway({
      baseUrl: url,
      token,
      throttle: redisRateBudget({ redis, api: "as2-gateway", keyPrefix: "t-as2" }),
    });
  };
  const [first, second] = [client(), client()];
  const firstCall = first.partners.list();
  // Wait for the 429 to be answered, then start the other worker's call.
  while (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  const turnedAwayAt = seen[0]?.at ?? 0;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await second.partners.list();
  await firstCall;
  const ok = seen.filter((s) => s.status === 200).map((s) => s.at - turnedAwayAt);
  expect(ok).toHaveLength(2);
  // Neither went before the second the server asked for.
  for (const delay of ok) expect(delay).toBeGreaterThanOrEqual(950);
  const keys = await connections[0]?.keys("t-as2:*");
  expect(keys).toEqual([`t-as2:${budgetKey(`as2 ${url} token`, token)}`]);
  expect(keys?.join()).not.toContain("51c2");
  await Promise.all([first.close(), second.close()]);
});
