// A consumer of the published @edi-clients/redis, installed from its tarball with both clients and
// the sandbox: it type-checks (skipLibCheck off) and runs two ECGrid workers on one shared budget in a
// real Redis (REDIS_URL, started by the smoke script), then shows the typed error without Redis.
import { As2Gateway } from "@edi-clients/as2-gateway";
import { ECGrid } from "@edi-clients/ecgrid";
import { RateBudgetUnavailableError, Redis, redisRateBudget } from "@edi-clients/redis";
import { DEFAULT_SEED, startSandbox } from "@edi-clients/sandbox";

const redis = new Redis(process.env.REDIS_URL as string);
const sandbox = await startSandbox({ rateLimit: true });
try {
  const apiKey = String(DEFAULT_SEED.users[0]?.apiKey);
  const workers = [1, 2].map(
    () =>
      new ECGrid({
        apiKey,
        baseUrl: sandbox.ecgridUrl,
        throttle: redisRateBudget({ redis, api: "ecgrid", keyPrefix: "consumer" }),
      }),
  );
  for (const worker of workers) await worker.parcels.pendingInboxList();
  const keys = await redis.keys("consumer:*");
  const used = await redis.get(keys[0] ?? "");
  if (keys.length !== 1 || keys.some((key) => key.includes(apiKey))) {
    throw new Error(`expected one hashed budget key, got ${keys.join(", ")}`);
  }
  const as2 = new As2Gateway({
    baseUrl: sandbox.as2Url,
    token: "consumer-token",
    throttle: redisRateBudget({ redis, api: "as2-gateway", keyPrefix: "consumer" }),
  });
  await Promise.all([...workers.map((w) => w.close()), as2.close()]);
  console.log(
    `redis budget: 2 ECGrid workers counted ${used} requests in one key, named by a hash of the API key`,
  );
} finally {
  await sandbox.close();
  await redis.quit();
}

const gone = new Redis({ port: 1, lazyConnect: true, retryStrategy: () => null });
gone.on("error", () => undefined);
const offline = new ECGrid({
  apiKey: "k",
  baseUrl: "http://127.0.0.1:1",
  throttle: redisRateBudget({ redis: gone, api: "ecgrid" }),
});
try {
  await offline.parcels.pendingInboxList();
  throw new Error("expected a RateBudgetUnavailableError");
} catch (error) {
  if (!(error instanceof RateBudgetUnavailableError)) throw error;
  console.log(`without Redis: ${error.name}, nothing sent`);
}
gone.disconnect();
