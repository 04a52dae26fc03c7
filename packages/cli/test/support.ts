import { run } from "../src/program.js";

/** Runs the CLI in-process with `baseEnv` (plus overrides) and collects its exit code and output. */
export function cliWith(baseEnv: Record<string, string>) {
  return async (
    args: string[],
    env: Record<string, string | undefined> = {},
    fetch?: (r: Request) => Promise<Response>,
  ) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      env: { ...baseEnv, ...env },
      ...(fetch ? { fetch } : {}),
    });
    return { code, out: out.join("\n"), err: err.join("\n") };
  };
}
