// What every API command reads from the global options and the settings.
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { type CliOutput, FORMATS, type Format } from "./io.js";
import { logLevel, stderrLogger } from "./log.js";
import { settingsFor } from "./settings.js";

export interface GlobalOptions {
  output?: Format;
  json?: boolean;
  debug?: boolean;
  timeout?: number;
  profile?: string;
  allowInsecureHttp?: boolean;
  baseUrl?: string;
}

/** `--output`: one of table, json, yaml. */
export function outputFormat(value: string): Format {
  if (!FORMATS.includes(value as Format))
    throw new InvalidArgumentError(`--output must be one of ${FORMATS.join(", ")}`);
  return value as Format;
}

/** `--timeout <seconds>`: a number > 0, as milliseconds. */
export function timeoutMs(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError("--timeout must be a number of seconds > 0");
  return Math.round(n * 1000);
}

/** `--json` is `--output json`; the default is a table. */
export function formatOf(command: Command): Format {
  const options = command.optsWithGlobals<GlobalOptions>();
  return options.json ? "json" : (options.output ?? "table");
}

/** The settings, output format and the options every client gets (logger, timeout, fetch, insecure http). */
export function commandContext(command: Command, io: CliOutput) {
  const options = command.optsWithGlobals<GlobalOptions>();
  const settings = settingsFor(io, options.profile);
  const clientOptions = {
    logger: stderrLogger(io, logLevel(options.debug, settings)),
    ...(options.timeout === undefined ? {} : { timeoutMs: options.timeout }),
    ...(options.allowInsecureHttp ? { allowInsecureHttp: true } : {}),
    ...(io.fetch ? { fetch: io.fetch } : {}),
  };
  return { options, settings, format: formatOf(command), clientOptions };
}
