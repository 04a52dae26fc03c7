// `edi-clients config`: the profiles of the config file (credentials never needed on the command line).
import type { Command } from "commander";
import { type CliOutput, type Format, printRows, UsageError } from "../io.js";
import {
  configPath,
  profileName,
  readConfig,
  SETTING_NAMES,
  SETTINGS,
  type SettingName,
  writeConfig,
} from "../settings.js";

function settingName(key: string): SettingName {
  const name = key.toUpperCase().replaceAll("-", "_") as SettingName;
  if (!SETTING_NAMES.includes(name))
    throw new UsageError(`unknown setting ${key}: one of ${SETTING_NAMES.join(", ")}`);
  return name;
}

const shown = (name: SettingName, value: string | undefined, reveal: boolean) =>
  value !== undefined && SETTINGS[name].secret && !reveal ? "***" : value;

export function registerConfig(
  program: Command,
  io: CliOutput,
  formatOf: (command: Command) => Format,
): void {
  const config = program
    .command("config")
    .description(
      "settings per profile in the config file (mode 0600; $EDI_CLIENTS_CONFIG, else " +
        "$XDG_CONFIG_HOME/edi-clients/config.json). The environment wins over the file; --profile " +
        "(or $EDI_CLIENTS_PROFILE) picks the profile, default: default",
    )
    .addHelpText(
      "after",
      ["", "Settings:", ...SETTING_NAMES.map((n) => `  ${n.padEnd(16)} ${SETTINGS[n].help}`)].join("\n"),
    );
  const profileOf = (command: Command) =>
    profileName(command.optsWithGlobals<{ profile?: string }>().profile, io.env);

  config
    .command("set")
    .description("store a setting in the profile (a secret: pipe it in with --stdin, not as an argument)")
    .argument("<key>", "setting name, e.g. ECGRID_API_KEY")
    .argument("[value]", "its value (or --stdin)")
    .option("--stdin", "read the value from standard input (trailing newline removed)")
    .action(
      async (key: string, value: string | undefined, options: { stdin?: boolean }, command: Command) => {
        const name = settingName(key);
        if (options.stdin && value !== undefined)
          throw new UsageError("give either [value] or --stdin, not both");
        if (options.stdin && !io.readStdin) throw new UsageError("no standard input to read");
        const given = options.stdin ? (await io.readStdin?.())?.replace(/\r?\n$/, "") : value;
        if (!given) throw new UsageError(`no value for ${name}: give it, or pipe it in with --stdin`);
        io.protect(SETTINGS[name].secret ? given : undefined);
        const file = readConfig(io.env);
        const profile = profileOf(command);
        file.profiles[profile] = { ...file.profiles[profile], [name]: given };
        const path = writeConfig(io.env, file);
        io.stderr(`${name} set in profile ${profile} (${path})`);
      },
    );

  config
    .command("unset")
    .description("remove a setting from the profile")
    .argument("<key>", "setting name")
    .action((key: string, _options, command: Command) => {
      const name = settingName(key);
      const file = readConfig(io.env);
      const profile = profileOf(command);
      const values = file.profiles[profile];
      if (values) delete values[name];
      writeConfig(io.env, file);
    });

  config
    .command("get")
    .description("print a setting of the profile (a secret as *** unless --reveal); exit 2 when unset")
    .argument("<key>", "setting name")
    .option("--reveal", "print a secret in clear")
    .action((key: string, options: { reveal?: boolean }, command: Command) => {
      const name = settingName(key);
      const value = readConfig(io.env).profiles[profileOf(command)]?.[name];
      if (value === undefined) throw new UsageError(`${name} is not set in profile ${profileOf(command)}`);
      io.stdout(shown(name, value, options.reveal ?? false) ?? "");
    });

  config
    .command("list")
    .description("every setting of every profile (or of --profile), secrets as ***")
    .action((_options, command: Command) => {
      const only = command.optsWithGlobals<{ profile?: string }>().profile;
      const rows = Object.entries(readConfig(io.env).profiles)
        .filter(([profile]) => only === undefined || profile === only)
        .flatMap(([profile, values]) =>
          Object.entries(values).map(([key, value]) => ({
            profile,
            key,
            value: shown(key as SettingName, value, false),
          })),
        );
      printRows(io, rows, formatOf(command));
    });

  config
    .command("path")
    .description("print the config file's path")
    .action(() => io.stdout(configPath(io.env)));
}
