// Where a command's settings come from, the first that has it winning: a credential read from
// standard input during the run (`--api-key-stdin`, …), the command line (`--base-url`), the
// environment, the config file's profile (`--profile`, $EDI_CLIENTS_PROFILE, else "default").
// The config file is JSON, written with mode 0600:
//   { "profiles": { "default": { "ECGRID_API_KEY": "…", "ECGRID_BASE_URL": "…" }, "staging": { … } } }
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { writeFileAtomicSync } from "@edi-clients/runtime/node";
import { type CliIo, type CliOutput, UsageError } from "./io.js";

/** Every setting, under the one name used by the environment, the config file and the docs. */
export const SETTINGS = {
  ECGRID_API_KEY: { secret: true, help: "ECGrid API key" },
  ECGRID_BASE_URL: { secret: false, help: "ECGrid base URL (default https://rest.ecgrid.io)" },
  AS2G_TOKEN: { secret: true, help: "AS2 Gateway API token" },
  AS2G_USERNAME: { secret: false, help: "AS2 Gateway user (sign-in with AS2G_PASSWORD)" },
  AS2G_PASSWORD: { secret: true, help: "AS2 Gateway password" },
  AS2G_BASE_URL: { secret: false, help: "AS2 Gateway base URL (default https://api.as2gateway.com)" },
  EDI_CLIENTS_LOG: { secret: false, help: "log level on stderr: off, error, warn, info, debug" },
} as const;

export type SettingName = keyof typeof SETTINGS;

export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

export const SECRET_SETTINGS = SETTING_NAMES.filter((name) => SETTINGS[name].secret);

export interface ConfigFile {
  profiles: Record<string, Partial<Record<SettingName, string>>>;
}

/** $EDI_CLIENTS_CONFIG, else $XDG_CONFIG_HOME/edi-clients/config.json, else ~/.config/edi-clients/config.json. */
export function configPath(env: CliIo["env"]): string {
  if (env.EDI_CLIENTS_CONFIG) return env.EDI_CLIENTS_CONFIG;
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "edi-clients", "config.json");
}

/** The config file, or no profiles when there is none. */
export function readConfig(env: CliIo["env"]): ConfigFile {
  const path = configPath(env);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { profiles: {} };
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Partial<ConfigFile>;
    return { profiles: typeof parsed.profiles === "object" && parsed.profiles ? parsed.profiles : {} };
  } catch {
    throw new UsageError(`${path} is not valid JSON: fix or delete it`);
  }
}

/** Writes the config file whole (a flushed temporary file renamed over it), readable by its owner only. */
export function writeConfig(env: CliIo["env"], config: ConfigFile): string {
  const path = configPath(env);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileAtomicSync(path, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return path;
}

/** `--profile`, else $EDI_CLIENTS_PROFILE, else "default". */
export function profileName(given: string | undefined, env: CliIo["env"]): string {
  return given ?? env.EDI_CLIENTS_PROFILE ?? "default";
}

/**
 * The settings a command runs with. A profile named explicitly must exist; "default" may be
 * missing. Secrets from the config file are masked in every output, like those from the environment.
 */
export function settingsFor(io: CliOutput, profile: string | undefined): Record<string, string | undefined> {
  const config = readConfig(io.env);
  const name = profileName(profile, io.env);
  const values = config.profiles[name];
  if (!values && (profile !== undefined || io.env.EDI_CLIENTS_PROFILE !== undefined))
    throw new UsageError(`no profile "${name}" in ${configPath(io.env)} (edi-clients config list)`);
  if (values) warnIfReadable(io);
  const defined = Object.fromEntries(Object.entries(io.env).filter(([, v]) => v !== undefined && v !== ""));
  const merged = { ...values, ...defined, ...io.overrides };
  for (const secret of SECRET_SETTINGS) io.protect(merged[secret]);
  return merged;
}

let warned = false;

function warnIfReadable(io: CliOutput): void {
  if (warned || process.platform === "win32") return;
  const path = configPath(io.env);
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  warned = true;
  io.stderr(`warning: ${path} is readable by others (mode ${mode.toString(8)}): chmod 600 ${path}`);
}
