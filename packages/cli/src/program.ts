// The edi-clients command line, as a function of its arguments and its IO (tests run it in-process).
import { EdiClientError } from "@edi-clients/ecgrid";
import { Command, CommanderError } from "commander";
import { registerAs2 } from "./commands/as2.js";
import { registerEcgrid } from "./commands/ecgrid.js";
import { type CliIo, type CliOutput, ExitCode, messageOf, processIo, protectedOutput } from "./io.js";
import { version } from "./version.js";

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
    .option("--json", "print JSON lines instead of a table")
    .option("--debug", "log every HTTP attempt to stderr, credentials masked (same as EDI_CLIENTS_LOG=debug)")
    .option(
      "--allow-insecure-http",
      "allow a plain http:// --base-url on another host (credentials then travel unencrypted)",
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()) });
  registerEcgrid(program, io);
  registerAs2(program, io);
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
    if (error instanceof ExitCode) return error.code;
    if (error instanceof CommanderError) return error.exitCode; // help, version or a usage error (already printed)
    if (error instanceof EdiClientError) {
      output.stderr(`${error.name}: ${error.message}`);
      return 1;
    }
    output.stderr(`error: ${messageOf(error)}`);
    return 1;
  }
}
