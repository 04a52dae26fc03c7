#!/usr/bin/env node
// A throwaway Redis for tests and for trying many workers locally, without Docker.
//
// As a module: `const redis = await startRedis(); … redis.url … await redis.stop();`
// As a command: `node scripts/redis.mjs [--port N]` prints the URL and runs until Ctrl-C.
//
// It finds `redis-server` (installing the Debian package when it is missing and we are root),
// starts it on 127.0.0.1 and a free port in a temporary directory, with nothing written to disk
// (`--save '' --appendonly no`), waits until it answers PING, and stops it (and removes the
// directory) on `stop()`. The server also stops when this process dies without calling stop():
// it runs under a small shell watchdog that kills it once our end of its stdin pipe closes.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "./prism-harness.mjs";

const INSTALL_HINT =
  "Install it with `sudo apt-get install -y redis-server` (Debian/Ubuntu), `brew install redis` (macOS), " +
  "or point REDIS_SERVER at a redis-server binary.";

/** Where `redis-server` is, or undefined. REDIS_SERVER overrides the search. */
export function findRedisServer() {
  const candidates = process.env.REDIS_SERVER
    ? [process.env.REDIS_SERVER]
    : [
        ...(process.env.PATH ?? "").split(delimiter).filter(Boolean),
        "/usr/bin",
        "/usr/sbin",
        "/usr/local/bin",
      ].map((dir) => join(dir, "redis-server"));
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Finds `redis-server`, installing the Debian package `redis-server` when it is missing and this
 * process runs as root with apt-get; otherwise throws an error that says how to install it.
 * Concurrent callers (several test runs at once) install once: the others wait for the lock.
 */
export function ensureRedisServer() {
  const found = findRedisServer();
  if (found) return found;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (process.env.REDIS_SERVER || !root || !hasApt) {
    throw new Error(
      process.env.REDIS_SERVER
        ? `REDIS_SERVER=${process.env.REDIS_SERVER} is not an executable file. ${INSTALL_HINT}`
        : `redis-server is not installed${root ? " and apt-get is not available" : " (and installing it needs root)"}. ${INSTALL_HINT}`,
    );
  }
  return withInstallLock(() => {
    const again = findRedisServer();
    if (again) return again;
    process.stderr.write("redis-server is missing: installing the Debian package redis-server …\n");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const apt = (...args) =>
      execFileSync("apt-get", ["-o", "DPkg::Lock::Timeout=300", ...args], {
        env,
        stdio: ["ignore", "ignore", "pipe"],
      });
    try {
      apt("update");
      apt("install", "-y", "--no-install-recommends", "redis-server");
    } catch (error) {
      throw new Error(
        `installing redis-server with apt-get failed: ${error.stderr?.toString() || error.message}\n${INSTALL_HINT}`,
      );
    }
    // The package may start a system service on 6379; ours never uses it, and a service manager
    // is usually absent where this runs, so it is left as the package set it up.
    const installed = findRedisServer();
    if (!installed)
      throw new Error(`apt-get installed redis-server but no binary was found. ${INSTALL_HINT}`);
    return installed;
  });
}

/** Runs `fn` holding a directory lock in the temp dir (one installer at a time across processes). */
function withInstallLock(fn) {
  const lock = join(tmpdir(), "edi-clients-redis-install.lock");
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      // A lock older than the deadline belongs to an installer that died.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${lock} (another redis-server install)`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Sends PING over RESP and resolves true on +PONG (false on any error or after `timeoutMs`). */
export function ping(port, host = "127.0.0.1", timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    let answer = "";
    const done = (ok) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      answer += chunk.toString();
      if (answer.includes("\r\n")) done(answer.startsWith("+PONG"));
    });
    socket.on("error", () => done(false));
    socket.on("close", () => done(false));
  });
}

// Keeps redis-server alive while our end of its stdin pipe is open: once this process exits (even
// by SIGKILL) the pipe closes, `read` sees EOF and the watchdog stops the server.
// The shell also removes the server's temporary directory once the server is gone.
const WATCHDOG =
  'exec 3<&0; "$@" </dev/null & pid=$!; { while read -r _ <&3; do :; done; kill $pid 2>/dev/null; } & wait $pid; rm -rf "$REDIS_TMP_DIR"';

/**
 * Starts a Redis on 127.0.0.1 and resolves once it answers PING.
 * @param {{ port?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, host: string, stop: () => Promise<void>, logs: () => string }>}
 */
export async function startRedis(options = {}) {
  const bin = ensureRedisServer();
  const timeoutMs = options.timeoutMs ?? 20_000;
  let lastError;
  // A free port can be taken between asking and listening: try a few.
  for (let attempt = 0; attempt < (options.port ? 1 : 5); attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await startOn(bin, port, timeoutMs);
    } catch (error) {
      lastError = error;
      if (!/address already in use/i.test(String(error.message))) throw error;
    }
  }
  throw lastError;
}

async function startOn(bin, port, timeoutMs) {
  const dir = mkdtempSync(join(tmpdir(), "edi-clients-redis-"));
  const args = [
    "--port",
    String(port),
    "--bind",
    "127.0.0.1",
    "--save",
    "",
    "--appendonly",
    "no",
    "--daemonize",
    "no",
    "--dir",
    dir,
    "--logfile",
    "",
    "--loglevel",
    "warning",
  ];
  const child = spawn("sh", ["-c", WATCHDOG, "sh", bin, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, REDIS_TMP_DIR: dir },
  });
  let output = "";
  const collect = (chunk) => {
    output += chunk.toString();
    if (output.length > 100_000) output = output.slice(-50_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  // Nobody waits for the server to exit but stop(): it must not keep this process alive either.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) stream.unref?.();
  child.stdin.on("error", () => undefined);
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  let gone = false;
  exited.then(() => {
    gone = true;
  });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ping(port)) break;
    if (gone) {
      cleanup();
      throw new Error(`redis-server exited before answering on port ${port}: ${output.trim()}`);
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      cleanup();
      throw new Error(`redis-server did not answer PING on port ${port} within ${timeoutMs} ms: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      if (!gone) {
        // Closing the pipe makes the watchdog stop the server; SIGKILL if that takes too long.
        child.stdin.end();
        const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
        await exited;
        clearTimeout(timer);
        // The server itself exits after the shell noticed; wait until the port is closed.
        for (let i = 0; i < 100 && (await ping(port, "127.0.0.1", 200)); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      cleanup();
    })();
    return stopping;
  };
  return { url: `redis://127.0.0.1:${port}`, port, host: "127.0.0.1", stop, logs: () => output };
}

async function main() {
  const portArg = process.argv.indexOf("--port");
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--port needs a port number, got ${process.argv[portArg + 1]}`);
  }
  const redis = await startRedis({ port });
  process.stdout.write(`${redis.url}\n`);
  process.stderr.write(`Redis is running (nothing is saved to disk). Ctrl-C stops it.\n`);
  // Keep the process alive until a signal arrives.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  const shutdown = async () => {
    clearInterval(keepAlive);
    await redis.stop();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
