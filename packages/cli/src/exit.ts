// The exit statuses of every command but `doctor` (which reports drift with its own, see its --help).
import {
  ApiError,
  AuthenticationError,
  ConnectionError,
  EdiClientError,
  PermissionDeniedError,
  ValidationError,
} from "@edi-clients/ecgrid";
import { CommanderError } from "commander";
import { CredentialsError, ExitCode, UsageError } from "./io.js";

export const EXIT = {
  ok: 0,
  /** Anything else: a file that cannot be read or written, an unexpected error. */
  failure: 1,
  /** Bad option, argument, `--param` or body; an unusable setting. */
  usage: 2,
  /** No credentials, or the server refused them (401, 403). */
  auth: 3,
  /** The server answered with an error, or could not be reached. */
  api: 4,
  /** Some files or messages failed; the others are done (and confirmed). */
  partial: 5,
  /** Stopped by SIGINT/SIGTERM; the summary of what was done is printed. */
  interrupted: 130,
} as const;

export const EXIT_STATUS_TEXT = [
  "Exit status:",
  "  0    success",
  "  1    other failure (a local file could not be read or written, an unexpected error)",
  "  2    usage: bad option, argument, --param or --body",
  "  3    authentication: no credentials, or the server refused them (401/403)",
  "  4    API error: the server answered with an error, or could not be reached",
  "  5    partial failure: some files or messages failed (they stay on the server); the rest is done",
  "  130  interrupted (SIGINT/SIGTERM): what was done so far is printed first",
  "  `ecgrid doctor` / `as2 doctor` report drift with their own statuses (see their --help).",
].join("\n");

/** The exit status for an error that ended a command. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof ExitCode) return error.code;
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage;
  if (error instanceof CredentialsError) return EXIT.auth;
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) return EXIT.auth;
  if (error instanceof ApiError || error instanceof ConnectionError) return EXIT.api;
  if (error instanceof ValidationError) return EXIT.usage;
  if (error instanceof EdiClientError) return EXIT.failure;
  return EXIT.failure;
}
