// The edi-clients command line, as a function of its arguments and its IO (tests run it in-process).
import { EdiClientError } from "@edi-clients/ecgrid";
import { Argument, Command, CommanderError, Option } from "commander";
import { registerAs2 } from "./commands/as2.js";
import { registerConfig } from "./commands/config.js";
import { registerEcgrid } from "./commands/ecgrid.js";
import { completionScript } from "./completion.js";
import { formatOf, outputFormat, timeoutMs } from "./context.js";
import { EXIT_STATUS_TEXT, exitCodeOf } from "./exit.js";
import {
  type CliIo,
  type CliOutput,
  ExitCode,
  FORMATS,
  messageOf,
  processIo,
  protectedOutput,
  UsageError,
} from "./io.js";
import { colours } from "./progress.js";
import { SETTING_NAMES, SETTINGS } from "./settings.js";
import { version } from "./version.js";

/** `--api-key-stdin` & co.: the option on the command line and the setting it fills. */
const STDIN_OPTIONS = [
  ["apiKeyStdin", "ECGRID_API_KEY"],
  ["tokenStdin", "AS2G_TOKEN"],
  ["passwordStdin", "AS2G_PASSWORD"],
] as const;

const ENVIRONMENT_TEXT = [
  "Settings (environment variables win over the config file's profile; see `edi-clients config --help`):",
  ...SETTING_NAMES.map((n) => `  ${n.padEnd(20)} ${SETTINGS[n].help}`),
  "  EDI_CLIENTS_PROFILE  profile of the config file (default: default)",
  "  EDI_CLIENTS_CONFIG   config file path (default: $XDG_CONFIG_HOME/edi-clients/config.json)",
  "  NO_COLOR             no colour; progress is drawn only when stderr is a terminal",
].join("\n");

export type { CliIo } from "./io.js";

export function createProgram(io: CliIo = processIo()): Command {
  return buildProgram(protectedOutput(io));
}

function buildProgram(io: CliOutput): Command {
  const program = new Command("edi-clients")
    .description(
      "Move EDI files through ECGrid and AS2 Gateway. Results go to stdout; errors and logs to stderr.",
    )
    .version(version, "-v, --version")
    .addOption(
      new Option("-o, --output <format>", "result format: table, json (JSON lines) or yaml")
        .choices(FORMATS)
        .argParser(outputFormat),
    )
    .option("--json", "same as --output json")
    .option("--debug", "log every HTTP attempt to stderr, credentials masked (same as EDI_CLIENTS_LOG=debug)")
    .option(
      "--timeout <seconds>",
      "give up one HTTP attempt after this long (default: the client's, 30 s)",
      timeoutMs,
    )
    .option("--profile <name>", "profile of the config file (default: $EDI_CLIENTS_PROFILE or default)")
    .option(
      "--allow-insecure-http",
      "allow a plain http:// --base-url on another host (credentials then travel unencrypted)",
    )
    .addHelpText("after", `\n${EXIT_STATUS_TEXT}\n\n${ENVIRONMENT_TEXT}`)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s.trimEnd()),
      writeErr: (s) => io.stderr(s.trimEnd()),
      outputError: (s, write) => write(colours(io) ? `\u001b[31m${s.trimEnd()}\u001b[39m` : s),
    });
  program.hook("preAction", async (_program, action) => {
    const options = action.optsWithGlobals<Record<string, unknown>>();
    const wanted = STDIN_OPTIONS.filter(([flag]) => options[flag]);
    if (wanted.length > 1) throw new UsageError("only one --…-stdin option can read standard input");
    for (const [flag, setting] of wanted) {
      if (!io.readStdin)
        throw new UsageError(`--${flag.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: no standard input`);
      const value = (await io.readStdin()).trim();
      if (!value) throw new UsageError(`standard input was empty: no ${setting}`);
      io.protect(value);
      io.overrides[setting] = value;
    }
  });
  registerEcgrid(program, io);
  registerAs2(program, io);
  registerConfig(program, io, formatOf);
  program
    .command("completion")
    .description('print a shell completion script: eval "$(edi-clients completion bash)" (zsh, fish alike)')
    .addArgument(new Argument("<shell>", "bash, zsh or fish").choices(["bash", "zsh", "fish"]))
    .action((shell: "bash" | "zsh" | "fish") => io.stdout(completionScript(program, shell).trimEnd()));
  for (const command of allCommands(program)) command.exitOverride();
  return program;
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** Runs the program and resolves with the process exit code; errors are printed, never thrown. */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  const output = protectedOutput(io);
  try {
    await buildProgram(output).parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    const code = exitCodeOf(error);
    // ExitCode: the command printed its own outcome; CommanderError: help, version or a usage error, printed.
    if (error instanceof ExitCode || error instanceof CommanderError) return code;
    const line =
      error instanceof EdiClientError ? `${error.name}: ${error.message}` : `error: ${messageOf(error)}`;
    output.stderr(colours(output) ? `\u001b[31m${line}\u001b[39m` : line);
    return code;
  }
}
