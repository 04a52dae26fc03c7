// Issue 13: the package entry must stay tree-shakable. A bundler keeps a class whose body has a
// computed key (`[Symbol.for(…)]()`), and the As2Gateway class holds every resource, so one such key put
// all of them into any bundle that imported a single helper. Bundled with esbuild (browser,
// minified); the size is only a loose bound: what matters is which modules end up in the bundle.
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { bundle } from "../../../scripts/bundle.mjs";
import { As2Gateway } from "../src/index.js";

const entry = JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url)));
const here = fileURLToPath(new URL(".", import.meta.url));

async function modulesOf(contents: string) {
  const result = await bundle(contents, here);
  return { ...result, paths: result.inputs.map((input) => input.path) };
}
const resources = (paths: string[]) =>
  paths.filter((path) => path.includes("/resources/")).map((path) => path.replace(/.*\/resources\//, ""));

describe("tree-shaking the package entry", () => {
  it("importing only mimeTypeFor bundles no resource, core or runtime code", async () => {
    const { bytes, paths } = await modulesOf(
      `import { mimeTypeFor } from ${entry};\nconsole.log(mimeTypeFor("po.edi"));`,
    );
    expect(resources(paths)).toEqual([]);
    expect(paths.filter((path) => /core\/client|openapi-fetch|runtime/.test(path))).toEqual([]);
    expect(bytes).toBeLessThan(2_000);
  });

  it("one resource over the core bundles that resource only", async () => {
    const { paths } = await modulesOf(
      `import { As2GatewayCore, Stations } from ${entry};\nconsole.log(new Stations(new As2GatewayCore({ token: "t" })));`,
    );
    expect(resources(paths)).toEqual(["stations.ts"]);
  });

  it("the full client bundles every resource", async () => {
    const { paths } = await modulesOf(
      `import { As2Gateway } from ${entry};\nconsole.log(new As2Gateway({ token: "t" }));`,
    );
    expect(resources(paths)).toHaveLength(10);
  });

  it("still prints the client as As2Gateway(***) in util.inspect", async () => {
    const client = new As2Gateway({ token: "t" });
    expect(inspect(client)).toBe("As2Gateway(***)");
    expect(inspect({ client })).toBe("{ client: As2Gateway(***) }");
    await client.close();
  });
});
