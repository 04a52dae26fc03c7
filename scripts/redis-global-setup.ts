// vitest globalSetup for packages that asked for Redis (definePackageConfig({ redis: true })): one
// throwaway Redis for the whole run (installed when missing, see scripts/redis.mjs). Tests read its
// URL with `inject("redisUrl")`; processes they spawn get it as REDIS_URL.
import type { TestProject } from "vitest/node";
import type {} from "../vitest.shared.ts";
import { startRedis } from "./redis.mjs";

export default async function setup(project: TestProject) {
  const redis = await startRedis();
  project.provide("redisUrl", redis.url);
  process.env.REDIS_URL = redis.url;
  return async () => {
    await redis.stop();
  };
}
