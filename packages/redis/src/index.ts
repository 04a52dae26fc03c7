// @edi-clients/redis: run many workers of the edi-clients SDKs on one Redis.
export { RateBudgetUnavailableError } from "@edi-clients/runtime";
export { Redis, type RedisOptions } from "ioredis";
export {
  createRedisCoordinator,
  type RedisCoordinatorOptions,
  type RedisEvalClient,
} from "./coordinator.js";
export {
  API_RATE_LIMITS,
  type RateBudgetApi,
  RedisBudgetLimiter,
  type RedisRateBudget,
  type RedisRateBudgetOptions,
  redisRateBudget,
} from "./rate-budget.js";
