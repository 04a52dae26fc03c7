// Bundles a snippet the way a browser app would (esbuild: ESM, browser, minified) and says what it
// costs: bytes, gzipped bytes, and each input module's share (from the metafile). Used by the
// tree-shaking tests and by `pnpm bench` (issue 13).
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * @param {string} contents the entry's source (TypeScript)
 * @param {string} resolveDir where its imports resolve from
 * @param {Record<string, string>} [alias] esbuild aliases, e.g. a package to its sources
 */
export async function bundle(contents, resolveDir, alias) {
  const result = await build({
    ...(alias ? { alias } : {}),
    stdin: { contents, resolveDir, loader: "ts" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path, input]) => ({ path, bytes: input.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  return { bytes: code.length, gzipBytes: gzipSync(code).length, inputs };
}
