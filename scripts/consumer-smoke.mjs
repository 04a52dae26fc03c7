#!/usr/bin/env node
// Proves the published artefacts work, not just the workspace: packs every publishable package
// (pnpm pack rewrites workspace:^ ranges to ^version), installs the tarballs with plain npm into a
// fresh project outside the repository, type-checks TypeScript consumers that use both clients
// (module nodenext: an ESM .mts and a CommonJS .cts, which `require()`s the packages), runs both
// against Prism, runs the clients with two copies of the runtime installed, and bundles each
// client's default entry for the browser (no Node-only import may leak in, and none of the response
// validators of the /validation entry), runs the installed sandbox (in-process and its bin), and
// runs two workers on one @edi-clients/redis budget in a throwaway Redis (scripts/redis.mjs).
import { execFileSync, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { specPath, startPrism } from "./prism-harness.mjs";
import { startRedis } from "./redis.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const here = join(root, "scripts", "consumer");
const pnpm = process.env.npm_execpath?.includes("pnpm")
  ? [process.execPath, process.env.npm_execpath]
  : ["pnpm"];
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
const step = (text) => console.log(`• ${text}`);

/** Starts the installed sandbox bin on free ports, calls both halves, stops it with SIGTERM. */
async function sandboxBin(bin, cwd) {
  const child = spawn(bin, ["--port", "0", "--as2-port", "0"], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  try {
    let printed = "";
    const urls = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the sandbox bin did not start: ${printed}`)), 20_000);
      child.stderr.on("data", (chunk) => (printed += chunk));
      child.stdout.on("data", (chunk) => {
        printed += chunk;
        const found = [...printed.matchAll(/listening on (http:\/\/\S+)/g)].map((m) => m[1]);
        if (found.length === 2) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      exited.then((code) => reject(new Error(`the sandbox bin exited (${code}): ${printed}`)));
    });
    const [ecgridUrl, as2Url] = urls;
    const inbox = await fetch(`${ecgridUrl}/v2/parcels/pending-inbox-list`, {
      method: "POST",
      headers: { "X-API-Key": "sandbox-globex-key", "Content-Type": "application/json" },
      body: "{}",
    });
    const unauthorized = await fetch(`${as2Url}/v1/station`);
    if (inbox.status !== 200 || unauthorized.status !== 401)
      throw new Error(`the sandbox bin answered ${inbox.status} and ${unauthorized.status}`);
    child.kill("SIGTERM");
    const code = await exited;
    if (code !== 0) throw new Error(`the sandbox bin exited with ${code} on SIGTERM`);
    return `edi-clients-sandbox listened on ${ecgridUrl} and ${as2Url}, answered, stopped on SIGTERM`;
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
  }
}

const work = mkdtempSync(join(tmpdir(), "edi-clients-consumer-"));
const keep = process.argv.includes("--keep");
const servers = [];
try {
  step(`packing into ${work}`);
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  for (const dir of readdirSync(join(root, "packages"))) {
    const pkgDir = join(root, "packages", dir);
    if (!existsSync(join(pkgDir, "package.json"))) continue;
    if (JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")).private) continue;
    run(pnpm[0], [...pnpm.slice(1), "pack", "--pack-destination", tarballs], pkgDir);
  }
  const packed = readdirSync(tarballs).map((file) => join(tarballs, file));
  step(`packed ${packed.map((f) => f.split("/").pop()).join(", ")}`);

  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2),
  );
  step("npm install the tarballs into a fresh project");
  const devDeps = ["typescript@5.9.3", "@types/node@20.19.43", "esbuild@0.25.12"];
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packed, ...devDeps], app);

  // Caret ranges, never exact pins: a consumer who also depends on the runtime (or on both
  // clients) shares one copy instead of getting one per exact version.
  step("check internal dependency ranges in the installed packages");
  for (const name of ["ecgrid", "as2-gateway", "cli", "redis"]) {
    const manifest = JSON.parse(
      readFileSync(join(app, "node_modules", "@edi-clients", name, "package.json"), "utf8"),
    );
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      if (!dep.startsWith("@edi-clients/")) continue;
      const actual = JSON.parse(readFileSync(join(app, "node_modules", dep, "package.json"), "utf8")).version;
      if (range !== `^${actual}`)
        throw new Error(`@edi-clients/${name} depends on ${dep}@${range}, expected ^${actual}`);
    }
  }

  for (const file of readdirSync(here)) writeFileSync(join(app, file), readFileSync(join(here, file)));
  step("type-check the consumers (tsc --strict, module nodenext, .mts and .cts)");
  run(join(app, "node_modules", ".bin", "tsc"), ["-p", "."], app);

  // The response validators live only in the /validation entries: the default bundle carries none
  // of their code (marker: the schema IDs every generated validator names in its errors).
  step("bundle each client's default and /validation entries (and ECGrid's /webhooks) for the browser");
  const VALIDATOR_MARKER = "urn:edi-clients:";
  for (const name of ["@edi-clients/ecgrid", "@edi-clients/as2-gateway"]) {
    for (const [label, specifier, wantsValidators] of [
      ["default", name, false],
      ["validation", `${name}/validation`, true],
      // The fetch webhook handler must run on edge runtimes: a `node:` import would fail this bundle.
      ...(name === "@edi-clients/ecgrid" ? [["webhooks", `${name}/webhooks`, false]] : []),
    ]) {
      const entry = join(app, `browser-${name.split("/")[1]}-${label}.mjs`);
      const out = `${entry}.bundle.js`;
      writeFileSync(entry, `export * from "${specifier}";\n`);
      run(
        join(app, "node_modules", ".bin", "esbuild"),
        [entry, "--bundle", "--minify", "--platform=browser", "--format=esm", `--outfile=${out}`],
        app,
      );
      const code = readFileSync(out);
      const hasValidators = code.includes(VALIDATOR_MARKER);
      if (hasValidators !== wantsValidators) {
        throw new Error(
          `${specifier} ${hasValidators ? "bundles" : "lacks"} the generated response validators`,
        );
      }
      const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
      console.log(
        `  ✓ ${specifier} bundles for platform=browser: ${kb(code.length)} min, ${kb(gzipSync(code).length)} gz` +
          (wantsValidators ? "" : ", no response validators"),
      );
    }
  }

  step("run the consumers (ESM and CommonJS) against Prism");
  const [ecgrid, as2] = await Promise.all([
    startPrism(specPath("ecgrid")),
    startPrism(specPath("as2-gateway")),
  ]);
  servers.push(ecgrid, as2);
  const env = { ECGRID_BASE_URL: ecgrid.url, AS2G_BASE_URL: as2.url };
  const consumers = ["dist/consumer.mjs", "dist/consumer.cjs"];
  const output = consumers.map((file) => run(process.execPath, [file], app, env)).join("");
  console.log(output.trim().replace(/^/gm, "  "));

  // The published packages promise Node ^20.19 || >=22.12 (require(esm)); this runs on the Node
  // that runs the script (CI: 20), then the same consumers on the current LTS.
  step("run the consumers on Node 24");
  const node24 = consumers.map((file) => run("npx", ["-y", "node@24", file], app, env)).join("");
  if (node24 !== output) throw new Error(`Node 24 printed something else:\n${node24}`);
  console.log("  same output on Node 24");

  step("run the installed sandbox: startSandbox() driven by both clients, then the edi-clients-sandbox bin");
  console.log(run(process.execPath, ["dist/sandbox.mjs"], app).trim().replace(/^/gm, "  "));
  console.log(`  ${await sandboxBin(join(app, "node_modules", ".bin", "edi-clients-sandbox"), app)}`);

  step(
    "run the installed @edi-clients/redis: two workers on one budget in a throwaway Redis (scripts/redis.mjs)",
  );
  const redis = await startRedis();
  servers.push(redis);
  console.log(
    run(process.execPath, ["dist/redis.mjs"], app, { REDIS_URL: redis.url }).trim().replace(/^/gm, "  "),
  );

  step("run the clients with two copies of @edi-clients/runtime installed");
  const nested = join(
    app,
    "node_modules",
    "@edi-clients",
    "ecgrid",
    "node_modules",
    "@edi-clients",
    "runtime",
  );
  cpSync(join(app, "node_modules", "@edi-clients", "runtime"), nested, { recursive: true });
  try {
    console.log(run(process.execPath, ["two-runtimes.cjs"], app, env).trim().replace(/^/gm, "  "));
  } finally {
    rmSync(nested, { recursive: true, force: true });
  }

  step("run the installed CLI (edi-clients) against Prism: ECGrid parcels, AS2 inbox");
  const cli = run(
    join(app, "node_modules", ".bin", "edi-clients"),
    ["--json", "ecgrid", "parcels", "list"],
    app,
    {
      ECGRID_API_KEY: "consumer-key",
      ECGRID_BASE_URL: ecgrid.url,
    },
  );
  console.log(cli.trim().replace(/^/gm, "  "));
  // The AS2 inbox of the mock: its batch download is a real zip, so every attachment is saved.
  const inbox = join(work, "inbox");
  const processed = run(
    join(app, "node_modules", ".bin", "edi-clients"),
    ["--json", "as2", "received", "process", "--out", inbox],
    app,
    { AS2G_TOKEN: "consumer-token", AS2G_BASE_URL: as2.url },
  );
  console.log(processed.trim().replace(/^/gm, "  "));
  const saved = readdirSync(inbox, { recursive: true }).map(String).sort();
  for (const file of ["PO_4500012345.edi", "remittance_0611.csv", "remittance_0611.pdf"])
    if (!saved.some((path) => path.endsWith(file)))
      throw new Error(`received process saved no ${file}: ${saved}`);
  console.log("consumer smoke test passed");
} catch (error) {
  console.error(`consumer smoke test failed: ${error.message}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  process.exitCode = 1;
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  if (!keep) rmSync(work, { recursive: true, force: true });
}
