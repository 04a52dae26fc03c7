// scripts/redis.mjs, the Redis the tests (and `node scripts/redis.mjs`) start: found or installed,
// answers PING, stops and cleans up, and never outlives the process that started it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { ensureRedisServer, findRedisServer, ping, startRedis } from "../../../scripts/redis.mjs";

const script = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "scripts", "redis.mjs");

it("finds the redis-server the run installed or had; a wrong REDIS_SERVER says how to install", () => {
  expect(findRedisServer()).toMatch(/redis-server$/);
  const saved = process.env.REDIS_SERVER;
  process.env.REDIS_SERVER = "/nonexistent/redis-server";
  try {
    expect(() => ensureRedisServer()).toThrow(
      /REDIS_SERVER=\/nonexistent\/redis-server .*apt-get install -y redis-server/,
    );
  } finally {
    if (saved === undefined) delete process.env.REDIS_SERVER;
    else process.env.REDIS_SERVER = saved;
  }
});

it("starts a Redis on 127.0.0.1 and a free port, and stop() closes it", async () => {
  const redis = await startRedis();
  expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
  expect(await ping(redis.port)).toBe(true);
  await redis.stop();
  await redis.stop(); // idempotent
  expect(await ping(redis.port)).toBe(false);
});

it("as a command prints the URL and runs until SIGINT; killed outright, its Redis goes too", async () => {
  for (const signal of ["SIGINT", "SIGKILL"] as const) {
    const child = spawn(process.execPath, [script], { stdio: ["ignore", "pipe", "pipe"] });
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk) => {
        out += chunk;
        const match = /redis:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (match) resolve(match[0]);
      });
      child.once("exit", (code) => reject(new Error(`exited with ${code} before printing a URL`)));
    });
    const port = Number(url.split(":").at(-1));
    expect(await ping(port)).toBe(true);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
    // The watchdog notices the closed pipe; give the server a moment to go.
    let alive = true;
    for (let i = 0; i < 40 && alive; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      alive = await ping(port, "127.0.0.1", 200);
    }
    expect(alive, `Redis on ${port} outlived its parent (${signal})`).toBe(false);
  }
});

it("removes its temporary directory when stopped", async () => {
  const redis = await startRedis();
  const dir = /--dir (\S+)/.exec(await processArgs(redis.port))?.[1];
  expect(dir && existsSync(dir)).toBe(true);
  await redis.stop();
  expect(existsSync(dir as string)).toBe(false);
});

/** The command line of the redis-server listening on `port` (from /proc). */
async function processArgs(port: number): Promise<string> {
  const { readdirSync, readFileSync } = await import("node:fs");
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
      if (args.includes("redis-server") && args.includes(`--port ${port} `) && args.includes("--dir"))
        return args;
    } catch {
      // gone
    }
  }
  return "";
}
