// createRedisCoordinator against a real Redis (the run's throwaway server): leases are SET NX PX
// with an owner token, renew/release are compare-and-set on it, marks carry a TTL, keys are
// namespaced per API, server, mailbox or station and item, and never hold a credential.
import { createServer, type Server, type Socket } from "node:net";
import { ECGrid } from "@edi-clients/ecgrid";
import { ClaimLostError, CoordinatorUnavailableError } from "@edi-clients/runtime";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createRedisCoordinator } from "../src/index.ts";

let redis: Redis;
let run = 0;
/** A fresh prefix per test: tests never see each other's keys. */
const prefix = () => `test:coordinator:${process.pid}:${++run}`;

beforeAll(() => {
  redis = new Redis(inject("redisUrl"));
});
afterAll(async () => {
  await redis.quit();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("createRedisCoordinator", () => {
  it("one live holder: SET NX PX with a token, PX visible in Redis; an expired lease is taken by the next claimer", async () => {
    const keyPrefix = prefix();
    const coordinator = createRedisCoordinator(redis, { keyPrefix });
    const first = await coordinator.claim("ecgrid:h:mailbox:1:parcel:1", 150);
    expect(first).toBeDefined();
    const leaseKey = `${keyPrefix}:{ecgrid:h:mailbox:1:parcel:1}:lease`;
    const pttl = await redis.pttl(leaseKey);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(150);
    expect(await coordinator.claim("ecgrid:h:mailbox:1:parcel:1", 150)).toBeUndefined();
    await sleep(200);
    const second = await coordinator.claim("ecgrid:h:mailbox:1:parcel:1", 5_000);
    expect(second).toBeDefined();
    const token = await redis.get(leaseKey);
    // The first holder's lease is gone: it can neither renew nor release the second holder's.
    expect(await first?.renew(5_000)).toBe(false);
    await first?.release();
    expect(await redis.get(leaseKey)).toBe(token);
    await expect(first?.markHandled()).rejects.toBeInstanceOf(ClaimLostError);
    expect(await second?.renew(10_000)).toBe(true);
    expect(await redis.pttl(leaseKey)).toBeGreaterThan(5_000);
    await second?.release();
    expect(await redis.exists(leaseKey)).toBe(0);
  });

  it("marks: handled (seen by the next claim), confirmed (no more claims), both with the documented TTL", async () => {
    const keyPrefix = prefix();
    const coordinator = createRedisCoordinator(redis, { keyPrefix, markTtlMs: 60_000 });
    const item = "as2:h:station:S:message:<m@x>";
    const markKey = `${keyPrefix}:{${item}}:mark`;
    const claim = await coordinator.claim(item, 5_000);
    expect(claim?.progress).toBeUndefined();
    await claim?.markHandled();
    await claim?.release();
    expect(await redis.get(markKey)).toBe("handled");
    const ttl = await redis.pttl(markKey);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    expect(await coordinator.progress(item)).toBe("handled");
    const again = await coordinator.claim(item, 5_000);
    expect(again?.progress).toBe("handled");
    await again?.markConfirmed();
    await again?.release();
    expect(await coordinator.progress(item)).toBe("confirmed");
    expect(await coordinator.claim(item, 5_000)).toBeUndefined();
    // A late markHandled never downgrades "confirmed".
    await again?.markHandled().catch(() => undefined);
    expect(await redis.get(markKey)).toBe("confirmed");
    expect(await coordinator.progress("never-seen")).toBeUndefined();
  });

  it("processInbox through it: keys per API, server host, mailbox and parcel — never the API key", async () => {
    const keyPrefix = prefix();
    const coordinator = createRedisCoordinator(redis, { keyPrefix });
    const apiKey = "secret-api-key-0123456789";
    const answers: Record<string, unknown> = {
      "/v2/parcels/inbox-list": [{ parcelId: 41, mailboxId: 1001, status: "InBoxReady" }],
      "/v2/parcels/download": { parcelId: 41, fileName: "a.edi", content: btoa("ISA~") },
      "/v2/parcels/confirm": true,
    };
    let listed = false;
    const ecgrid = new ECGrid({
      apiKey,
      baseUrl: "https://ecgrid.example:8443",
      throttle: false,
      fetch: async (request) => {
        const path = new URL(request.url).pathname;
        let data = answers[path];
        if (path === "/v2/parcels/inbox-list") {
          data = listed ? [] : data;
          listed = true;
        }
        return Response.json({ success: true, data });
      },
    });
    const result = await ecgrid.parcels.processInbox(() => undefined, { coordinator });
    expect(result.confirmed).toEqual([41]);
    const keys = await redis.keys(`${keyPrefix}:*`);
    expect(keys).toEqual([`${keyPrefix}:{ecgrid:ecgrid.example:8443:mailbox:1001:parcel:41}:mark`]);
    expect(keys.join()).not.toContain(apiKey);
    expect(await redis.get(keys[0] as string)).toBe("confirmed");
  });

  it("an unreachable Redis: claims fail with CoordinatorUnavailableError within timeoutMs, not a hang", async () => {
    // Accepts connections and never answers: the worst case, a Redis that is stuck or half gone.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    const stuck = new Redis({ port, host: "127.0.0.1", lazyConnect: true });
    stuck.on("error", () => undefined);
    const coordinator = createRedisCoordinator(stuck, { timeoutMs: 300 });
    const started = Date.now();
    const error = await coordinator.claim("k", 1000).catch((e: unknown) => e);
    const tookMs = Date.now() - started;
    expect(error).toBeInstanceOf(CoordinatorUnavailableError);
    expect((error as Error).message).toBe("Redis coordinator: no answer within 300 ms while claiming k");
    expect(tookMs).toBeLessThan(2_000);
    stuck.disconnect();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));

    // Refused connections: ioredis gives up after its retries; the error is typed with the cause.
    const gone = new Redis({ port, host: "127.0.0.1", maxRetriesPerRequest: 0, retryStrategy: () => null });
    gone.on("error", () => undefined);
    const refused = await createRedisCoordinator(gone)
      .progress("k")
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CoordinatorUnavailableError);
    expect((refused as Error).message).toMatch(/^Redis coordinator: reading k failed: /);
    gone.disconnect();
  });

  it("checks its options", () => {
    expect(() => createRedisCoordinator({} as never)).toThrow(/pass an ioredis client/);
    expect(() => createRedisCoordinator(redis, { markTtlMs: 0 })).toThrow(
      /markTtlMs must be an integer >= 1/,
    );
    expect(() => createRedisCoordinator(redis, { timeoutMs: 1.5 })).toThrow(/timeoutMs/);
  });

  it("rejects a bad leaseMs", async () => {
    await expect(createRedisCoordinator(redis).claim("k", 0)).rejects.toThrow(
      /leaseMs must be an integer >= 1/,
    );
  });
});
