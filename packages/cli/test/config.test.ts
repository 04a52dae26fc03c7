// Credentials never on the command line: profiles in a config file (mode 0600, env wins), or
// standard input; and the conventions every command shares: --output, --timeout, --help, completion.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { parse } from "yaml";
import { type CliIo, run } from "../src/program.js";
import { recorder, tempDir } from "./support.js";

const ecgridUrl = inject("prismUrls").ecgrid as string;

/** Runs the CLI with exactly this environment (no inherited credentials) and optional stdin. */
async function cli(
  args: string[],
  env: Record<string, string | undefined>,
  stdin?: string,
  fetch?: CliIo["fetch"],
) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
    ...(fetch ? { fetch } : {}),
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function configEnv() {
  const dir = await tempDir();
  return { EDI_CLIENTS_CONFIG: join(dir, "nested", "config.json") };
}

describe("edi-clients config and profiles", () => {
  it("stores settings per profile in a file only its owner can read; get masks secrets, list shows every profile", async () => {
    const env = await configEnv();
    expect((await cli(["config", "set", "ECGRID_BASE_URL", ecgridUrl], env)).code).toBe(0);
    const set = await cli(["config", "set", "ecgrid-api-key", "--stdin"], env, "key-from-stdin\n");
    expect(set.code).toBe(0);
    expect(set.err).toContain("ECGRID_API_KEY set in profile default");
    expect((await cli(["--profile", "staging", "config", "set", "AS2G_USERNAME", "ops"], env)).code).toBe(0);

    expect(((await stat(env.EDI_CLIENTS_CONFIG)).mode & 0o777).toString(8)).toBe("600");
    const file = JSON.parse(await readFile(env.EDI_CLIENTS_CONFIG, "utf8"));
    expect(file.profiles.default.ECGRID_API_KEY).toBe("key-from-stdin");

    expect((await cli(["config", "get", "ECGRID_API_KEY"], env)).out).toBe("***");
    expect((await cli(["config", "get", "ECGRID_API_KEY", "--reveal"], env)).out).toBe("key-from-stdin");
    expect((await cli(["config", "get", "ECGRID_BASE_URL"], env)).out).toBe(ecgridUrl);
    expect((await cli(["config", "get", "AS2G_TOKEN"], env)).code).toBe(2);
    expect((await cli(["config", "set", "NOT_A_SETTING", "x"], env)).code).toBe(2);
    const list = await cli(["--output", "json", "config", "list"], env);
    expect(list.out.split("\n").map((l) => JSON.parse(l))).toEqual([
      { profile: "default", key: "ECGRID_BASE_URL", value: ecgridUrl },
      { profile: "default", key: "ECGRID_API_KEY", value: "***" },
      { profile: "staging", key: "AS2G_USERNAME", value: "ops" },
    ]);
    expect(list.out).not.toContain("key-from-stdin");
    expect((await cli(["config", "path"], env)).out).toBe(env.EDI_CLIENTS_CONFIG);
    expect((await cli(["config", "unset", "ECGRID_BASE_URL"], env)).code).toBe(0);
    expect((await cli(["config", "get", "ECGRID_BASE_URL"], env)).code).toBe(2);
  });

  it("commands use the profile; the environment wins over it; an unknown --profile is a usage error", async () => {
    const env = await configEnv();
    await cli(["config", "set", "ECGRID_BASE_URL", ecgridUrl], env);
    await cli(["config", "set", "ECGRID_API_KEY", "--stdin"], env, "profile-key");
    await cli(["--profile", "other", "config", "set", "ECGRID_API_KEY", "--stdin"], env, "other-key");
    // A profile is whole: "other" does not inherit default's base URL.
    await cli(["--profile", "other", "config", "set", "ECGRID_BASE_URL", ecgridUrl], env);
    const keys: (string | null)[] = [];
    const seen = recorder((request) => {
      keys.push(request.headers.get("x-api-key"));
      return undefined;
    });
    const fromProfile = await cli(["ecgrid", "whoami"], env, undefined, seen.fetch);
    expect(fromProfile.code, fromProfile.err).toBe(0);
    expect(fromProfile.out).toContain("jsmith");
    const other = await cli(["--profile", "other", "ecgrid", "whoami"], env, undefined, seen.fetch);
    expect(other.code, other.err).toBe(0);
    expect(
      await cli(["ecgrid", "whoami"], { ...env, ECGRID_API_KEY: "env-key" }, undefined, seen.fetch),
    ).toMatchObject({ code: 0 });
    expect(
      await cli(["ecgrid", "whoami"], { ...env, EDI_CLIENTS_PROFILE: "other" }, undefined, seen.fetch),
    ).toMatchObject({ code: 0 });
    expect(keys).toEqual(["profile-key", "other-key", "env-key", "other-key"]);
    const unknown = await cli(["--profile", "nope", "ecgrid", "whoami"], env, undefined, seen.fetch);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no profile "nope"');
    expect(keys).toHaveLength(4);
  });

  it("warns when the config file is readable by others, and never prints a secret from it", async () => {
    const env = await configEnv();
    await mkdir(join(env.EDI_CLIENTS_CONFIG, ".."), { recursive: true });
    await writeFile(
      env.EDI_CLIENTS_CONFIG,
      JSON.stringify({ profiles: { default: { ECGRID_API_KEY: "leaky-key", ECGRID_BASE_URL: ecgridUrl } } }),
      { mode: 0o644 },
    );
    const echoed = recorder(() =>
      Response.json({ success: false, message: "key leaky-key unknown" }, { status: 401 }),
    );
    const result = await cli(["ecgrid", "whoami"], env, undefined, echoed.fetch);
    expect(result.code).toBe(3);
    expect(result.err).toMatch(/readable by others \(mode 644\)/);
    expect(`${result.out}${result.err}`).not.toContain("leaky-key");
    await writeFile(env.EDI_CLIENTS_CONFIG, "{ not json");
    expect((await cli(["ecgrid", "whoami"], env)).code).toBe(2);
  });

  it("--api-key-stdin / --token-stdin read the credential from standard input, masked everywhere", async () => {
    const env = { ...(await configEnv()), ECGRID_BASE_URL: ecgridUrl };
    const keys: (string | null)[] = [];
    const seen = recorder((request) => {
      keys.push(request.headers.get("x-api-key"));
      return Response.json({ success: false, message: "no stdin-key here" }, { status: 403 });
    });
    const result = await cli(["ecgrid", "--api-key-stdin", "whoami"], env, "stdin-key\n", seen.fetch);
    expect(keys).toEqual(["stdin-key"]);
    expect(result.code).toBe(3);
    expect(result.err).not.toContain("stdin-key");
    expect((await cli(["ecgrid", "--api-key-stdin", "whoami"], env, "  \n", seen.fetch)).code).toBe(2);
    const missing = await cli(["as2", "partners"], env);
    expect(missing.code).toBe(3);
    expect(missing.err).toContain("--token-stdin");
  });
});

describe("conventions every command shares", () => {
  it("--help documents the exit statuses and the settings", async () => {
    const help = await cli(["--help"], {});
    expect(help.code).toBe(0);
    for (const line of [
      "2    usage",
      "3    authentication",
      "4    API error",
      "5    partial failure",
      "130  interrupted",
    ])
      expect(help.out).toContain(line);
    for (const name of [
      "ECGRID_API_KEY",
      "ECGRID_BASE_URL",
      "AS2G_BASE_URL",
      "AS2G_TOKEN",
      "EDI_CLIENTS_CONFIG",
      "NO_COLOR",
    ])
      expect(help.out).toContain(name);
    expect(help.out).toMatch(/--output <format>/);
    expect(help.out).toMatch(/--timeout <seconds>/);
    const unknown = await cli(["--no-such-option"], {});
    expect(unknown.code).toBe(2);
  });

  it("--output yaml prints one YAML list; --timeout gives up a slow attempt (exit 4)", async () => {
    const env = { ...(await configEnv()), ECGRID_API_KEY: "k", ECGRID_BASE_URL: ecgridUrl };
    const yaml = await cli(["--output", "yaml", "ecgrid", "parcels", "list", "--limit", "1"], env);
    expect(yaml.code).toBe(0);
    expect(parse(yaml.out)).toEqual([expect.objectContaining({ parcelId: expect.any(Number) })]);
    const slow: CliIo["fetch"] = (input, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
        void input;
      });
    const started = Date.now();
    const timedOut = await cli(["--timeout", "0.2", "ecgrid", "whoami"], env, undefined, slow);
    expect(timedOut.code).toBe(4);
    expect(timedOut.err).toMatch(/TimeoutError|timed out/i);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect((await cli(["--timeout", "0", "ecgrid", "whoami"], env)).code).toBe(2);
  });

  it.each(["bash", "zsh", "fish"])("completion %s lists the commands and their options", async (shell) => {
    const script = await cli(["completion", shell], {});
    expect(script.code).toBe(0);
    const option = (name: string) => (shell === "fish" ? `-l ${name}` : `--${name}`);
    for (const word of [
      "ecgrid",
      "parcels",
      "upload",
      "call",
      "config",
      option("output"),
      option("api-key-stdin"),
    ])
      expect(script.out).toContain(word);
    if (shell !== "fish") expect(script.out).toContain("complete -o default -F _edi_clients edi-clients");
  });
});
