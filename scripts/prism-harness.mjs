// Starts and stops Prism mock servers for tests and the demo.
//
// Prism runs from the project's own devDependency (@stoplight/prism-cli), on 127.0.0.1 and a free
// port, with request validation on and `--errors` so a request (or a spec example) that breaks the
// spec produces an error response instead of a silently "successful" mock answer.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Absolute path of a spec in specs/, e.g. specPath("ecgrid"). */
export function specPath(name) {
  return join(root, "specs", name, "openapi.yaml");
}

function prismBin() {
  const pkgJson = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = require(pkgJson);
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin.prism;
  return join(dirname(pkgJson), bin);
}

/** Asks the OS for a port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `prism mock` for a spec and resolves once it listens.
 * @param {string} spec absolute path of the OpenAPI document
 * @param {{ port?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void>, logs: () => string }>}
 */
export async function startPrism(spec, options = {}) {
  const port = options.port ?? (await freePort());
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(
    process.execPath,
    [prismBin(), "mock", spec, "--host", "127.0.0.1", "--port", String(port), "--errors"],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } },
  );
  let output = "";
  const collect = (chunk) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);

  const exited = new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Prism did not start within ${timeoutMs} ms for ${spec}\n${output}`)),
        timeoutMs,
      );
      const onData = () => {
        if (/Prism is listening on/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`Prism exited with code ${code} before listening for ${spec}\n${output}`));
      });
    });
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { url, port, stop, logs: () => output };
}
