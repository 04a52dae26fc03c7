export interface RedisServer {
  /** e.g. redis://127.0.0.1:43123 */
  url: string;
  port: number;
  host: string;
  /** Stops the server and removes its temporary directory (idempotent). */
  stop(): Promise<void>;
  /** Everything redis-server printed so far. */
  logs(): string;
}
/** Where redis-server is (REDIS_SERVER overrides the search), or undefined. */
export function findRedisServer(): string | undefined;
/** Finds redis-server, installing the Debian package when missing and running as root; throws how to install otherwise. */
export function ensureRedisServer(): string;
/** PING over RESP: true on +PONG. */
export function ping(port: number, host?: string, timeoutMs?: number): Promise<boolean>;
/** Starts a Redis on 127.0.0.1 (a free port unless given) and resolves once it answers PING. */
export function startRedis(options?: { port?: number; timeoutMs?: number }): Promise<RedisServer>;
