// Bundling a test's entry (a CLI, a worker script) for a separate Node process, as tsup does for
// dist: ESM for Node 20, its own sources bundled, packages left to Node's resolution (so the
// output must sit inside the package, next to its node_modules).
import { build } from "esbuild";

/** Bundles `entry` into `outfile` and returns `outfile`. */
export async function bundleForNode(
  entry: string,
  outfile: string,
  logLevel: "silent" | "error" = "error",
): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel,
  });
  return outfile;
}
