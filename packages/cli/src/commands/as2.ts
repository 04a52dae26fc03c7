import type { Command } from "commander";
import type { CliIo } from "../io.js";

export function registerAs2(_program: Command, _io: CliIo): void {}
