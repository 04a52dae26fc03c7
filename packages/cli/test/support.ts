import { mkdtemp } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForNode } from "@edi-clients/test-helpers/bundle";
import { listen } from "@edi-clients/test-helpers/server";
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
      // A config file nobody has, unless the test gives one: the user's own profiles never leak in.
      env: { EDI_CLIENTS_CONFIG: join(tmpdir(), "edi-cli-no-config", "config.json"), ...baseEnv, ...env },
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
  /** Method and path (no search) of every request, in order. */
  const requests: { method: string; path: string }[] = [];
  const fetchFn: Fetch = async (request, init) => {
    const url = new URL(request.url);
    paths.push(`${url.pathname}${url.search}`);
    requests.push({ method: request.method, path: url.pathname });
    // init carries the attempt's signal (timeout, abort): pass it on as the transport asks.
    return (await answer(request)) ?? fetch(request, init);
  };
  return { paths, requests, fetch: fetchFn };
}

/** What a loopback test server answers: a status and a JSON body (or text), or undefined to proxy. */
export type LoopbackAnswer = {
  status?: number;
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
};

/**
 * A real node:http server on 127.0.0.1. `answer` sees each request (method, URL, parsed JSON body)
 * and answers it, or returns undefined to have it forwarded to `upstream` (e.g. Prism) unchanged.
 */
export async function loopbackServer(
  answer: (request: { method: string; url: URL; body: unknown }) => LoopbackAnswer | undefined,
  upstream?: string,
): Promise<{ url: string; requests: { method: string; path: string }[]; close(): Promise<void> }> {
  const requests: { method: string; path: string }[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push({ method: req.method ?? "GET", path: url.pathname });
    let body: unknown;
    try {
      body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined;
    } catch {
      body = undefined;
    }
    const given = answer({ method: req.method ?? "GET", url, body });
    if (given) {
      const text = given.text ?? JSON.stringify(given.json);
      res.writeHead(given.status ?? 200, { "Content-Type": "application/json", ...given.headers });
      res.end(text);
      return;
    }
    if (!upstream) {
      res.writeHead(404, { "Content-Type": "application/json" }).end("{}");
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(
        (e): e is [string, string] => typeof e[1] === "string" && !["host", "content-length"].includes(e[0]),
      ),
    );
    const forwarded = await fetch(new URL(`${url.pathname}${url.search}`, upstream), {
      method: req.method ?? "GET",
      headers,
      ...(raw.length ? { body: raw } : {}),
    });
    const bytes = Buffer.from(await forwarded.arrayBuffer());
    res.writeHead(forwarded.status, {
      "Content-Type": forwarded.headers.get("content-type") ?? "application/json",
    });
    res.end(bytes);
  };
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(502).end());
  });
  const { url, close } = await listen(server);
  return { url, requests, close };
}

export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "edi-cli-"));
}

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

/**
 * Bundles src/cli.ts as tsup does for dist/cli.js (dependencies external), from the current
 * sources, inside the package so the bundle resolves its dependencies; returns its path.
 */
export async function buildCliBundle(name: string): Promise<string> {
  const outfile = join(packageRoot, "node_modules", ".cache", "edi-clients-cli-test", name);
  return bundleForNode(join(packageRoot, "src", "cli.ts"), outfile);
}

/** The CLI against the run's Prism mocks of both specs, with test credentials for both. */
export function prismCli(urls: Record<string, string>) {
  return cliWith({
    ECGRID_API_KEY: "cli-test-key",
    ECGRID_BASE_URL: urls.ecgrid as string,
    AS2G_TOKEN: "cli-test-token",
    AS2G_BASE_URL: urls["as2-gateway"] as string,
  });
}
