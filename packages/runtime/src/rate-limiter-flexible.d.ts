// rate-limiter-flexible ships one declaration file for its whole index; the memory limiter is
// imported by its own path so bundles leave out the Redis/Mongo/SQL limiters.
declare module "rate-limiter-flexible/lib/RateLimiterMemory.js" {
  const RateLimiterMemory: typeof import("rate-limiter-flexible").RateLimiterMemory;
  export default RateLimiterMemory;
}
