import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "../src/program.js";

type Fetch = (r: Request, init?: { signal?: AbortSignal }) => Promise<Response>;

/** Runs the CLI in-process with `baseEnv` (plus overrides) and collects its exit code and output. */
export function cliWith(baseEnv: Record<string, string>) {
  return async (args: string[], env: Record<string, string | undefined> = {}, fetch?: Fetch) => {
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

/** A fetch that records every request path (and search) and answers with `answer`, else the real server. */
export function recorder(
  answer: (r: Request) => Promise<Response | undefined> | Response | undefined = () => undefined,
) {
  const paths: string[] = [];
  const fetchFn: Fetch = async (request, init) => {
    const url = new URL(request.url);
    paths.push(`${url.pathname}${url.search}`);
    // init carries the attempt's signal (timeout, abort): pass it on as the transport asks.
    return (await answer(request)) ?? fetch(request, init);
  };
  return { paths, fetch: fetchFn };
}

export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "edi-cli-"));
}
