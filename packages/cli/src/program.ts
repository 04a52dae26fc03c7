// The edi-clients command line, as a function of its arguments and its IO (tests run it in-process).
import { EdiClientError } from "@edi-clients/ecgrid";
import { Command, CommanderError } from "commander";
import { registerAs2 } from "./commands/as2.js";
import { registerEcgrid } from "./commands/ecgrid.js";
import { type CliIo, ExitCode, processIo } from "./io.js";
import { version } from "./version.js";

export type { CliIo } from "./io.js";

export function createProgram(io: CliIo = processIo): Command {
  const program = new Command("edi-clients")
    .description("Move EDI files through ECGrid and AS2 Gateway")
    .version(version, "-v, --version")
    .option("--json", "print JSON lines instead of a table")
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
export async function run(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    await createProgram(io).parseAsync(argv, { from: "user" });
    return 0;
  } catch (error) {
    if (error instanceof ExitCode) return error.code;
    if (error instanceof CommanderError) return error.exitCode; // help, version or a usage error (already printed)
    if (error instanceof EdiClientError) {
      io.stderr(`${error.name}: ${error.message}`);
      return 1;
    }
    io.stderr(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
