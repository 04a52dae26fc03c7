// Issue 13: a client package's entry must stay tree-shakable. A bundler keeps a class whose body has
// a computed key (`[Symbol.for(…)]()`), and the client class holds every resource, so one such key
// put all of them into any bundle that imported a single helper. Bundled with esbuild (browser,
// minified); the size is only a loose bound: what matters is which modules end up in the bundle.
// Both client packages run this suite with their own entry, helper and resource.
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { bundle } from "./bundle.mjs";

export interface TreeShakingCase {
  /** The client class's name, as util.inspect prints it. */
  clientName: string;
  /** The package's `src/index.ts`. */
  entry: URL;
  /** A helper to import alone, and a line that uses it. */
  helper: { name: string; use: string };
  /** One resource over the core: the imports and the line that constructs it, and its file. */
  resource: { imports: string; use: string; file: string };
  /** The same resource over the slim core (no plugins): the imports and the line. */
  slim: {
    imports: string;
    use: string;
    /** A folder of per-resource input rules, and the files of it the slim bundle keeps. */
    inputRules?: { folder: string; kept: string[] };
  };
  /** The full client: how to construct it in a snippet, and how many resource files it has. */
  client: { use: string; resourceCount: number };
  /** A client instance for the inspect check. */
  create(): { close(): Promise<void> };
}

export function describeTreeShaking(c: TreeShakingCase): void {
  const entry = JSON.stringify(fileURLToPath(c.entry));
  const here = fileURLToPath(new URL(".", c.entry));
  const modulesOf = async (contents: string) => {
    const result = await bundle(contents, here);
    return { ...result, paths: result.inputs.map((input) => input.path) };
  };
  const resources = (paths: string[]) =>
    paths.filter((path) => path.includes("/resources/")).map((path) => path.replace(/.*\/resources\//, ""));

  describe("tree-shaking the package entry", () => {
    it(`importing only ${c.helper.name} bundles no resource, core or runtime code`, async () => {
      const { bytes, paths } = await modulesOf(
        `import { ${c.helper.name} } from ${entry};\nconsole.log(${c.helper.use});`,
      );
      expect(resources(paths)).toEqual([]);
      expect(paths.filter((path) => /core\/client|openapi-fetch|runtime/.test(path))).toEqual([]);
      expect(bytes).toBeLessThan(2_000);
    });

    it("one resource over the core bundles that resource only", async () => {
      const { paths } = await modulesOf(
        `import { ${c.resource.imports} } from ${entry};\nconsole.log(${c.resource.use});`,
      );
      expect(resources(paths)).toEqual([c.resource.file]);
    });

    // The plugins (throttle with rate-limiter-flexible, retry budget, response validation) and the
    // raw openapi-fetch client stay out of a slim core's bundle, and are in the full core's. So do
    // the upload defaults (reconcile) and the streamed-body reader, which only a resource that
    // uploads or streams brings.
    const pluginModules = (paths: string[]) =>
      paths
        .filter((path) =>
          /rate-limiter-flexible|runtime\/(dist|src)\/(throttle|all-plugins|response-validation|raw-client|reconcile|streamed-body)\./.test(
            path,
          ),
        )
        .map((path) =>
          path
            .replace(/.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, "")
            .replace(/.*\/runtime\//, "runtime/"),
        );

    it("one resource over the slim core bundles none of the plugins, nor openapi-fetch's client", async () => {
      const slim = await modulesOf(
        `import { ${c.slim.imports} } from ${entry};\nconsole.log(${c.slim.use});`,
      );
      expect(resources(slim.paths)).toEqual([c.resource.file]);
      expect(pluginModules(slim.paths)).toEqual([]);
      const rules = c.slim.inputRules;
      if (rules) {
        const kept = slim.paths.filter((path) => path.includes(`/${rules.folder}/`));
        expect(kept.map((path) => path.replace(/.*\//, "")).sort()).toEqual([...rules.kept].sort());
      }
      const full = await modulesOf(
        `import { ${c.resource.imports} } from ${entry};\nconsole.log(${c.resource.use});`,
      );
      expect(pluginModules(full.paths)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^runtime\/(dist|src)\/throttle\./),
          expect.stringMatching(/^rate-limiter-flexible\//),
          expect.stringMatching(/^runtime\/(dist|src)\/raw-client\./),
          expect.stringMatching(/^runtime\/(dist|src)\/reconcile\./),
        ]),
      );
      expect(slim.gzipBytes).toBeLessThan(full.gzipBytes);
    });

    it("the full client bundles every resource", async () => {
      const { paths } = await modulesOf(
        `import { ${c.clientName} } from ${entry};\nconsole.log(${c.client.use});`,
      );
      expect(resources(paths)).toHaveLength(c.client.resourceCount);
    });

    it(`still prints the client as ${c.clientName}(***) in util.inspect`, async () => {
      const client = c.create();
      expect(inspect(client)).toBe(`${c.clientName}(***)`);
      expect(inspect({ client })).toBe(`{ client: ${c.clientName}(***) }`);
      await client.close();
    });
  });
}
