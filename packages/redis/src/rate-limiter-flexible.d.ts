// rate-limiter-flexible ships one declaration file for its whole index; the Redis limiter is
// imported by its own path so nothing else of the package is loaded.
declare module "rate-limiter-flexible/lib/RateLimiterRedis.js" {
  const RateLimiterRedis: typeof import("rate-limiter-flexible").RateLimiterRedis;
  export default RateLimiterRedis;
}
