// Issue 13: the package entry must stay tree-shakable. A bundler keeps a class whose body has a
// computed key (`[Symbol.for(…)]()`), and the ECGrid class holds every resource, so one such key put
// all of them into any bundle that imported a single helper. Bundled with esbuild (browser,
// minified); the size is only a loose bound: what matters is which modules end up in the bundle.
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { bundle } from "../../../scripts/bundle.mjs";
import { ECGrid } from "../src/index.js";

const entry = JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url)));
const here = fileURLToPath(new URL(".", import.meta.url));

async function modulesOf(contents: string) {
  const result = await bundle(contents, here);
  return { ...result, paths: result.inputs.map((input) => input.path) };
}
const resources = (paths: string[]) =>
  paths.filter((path) => path.includes("/resources/")).map((path) => path.replace(/.*\/resources\//, ""));

describe("tree-shaking the package entry", () => {
  it("importing only bytesToBase64 bundles no resource, core or runtime code", async () => {
    const { bytes, paths } = await modulesOf(
      `import { bytesToBase64 } from ${entry};\nconsole.log(bytesToBase64(new Uint8Array([1])));`,
    );
    expect(resources(paths)).toEqual([]);
    expect(paths.filter((path) => /core\/client|openapi-fetch|runtime/.test(path))).toEqual([]);
    expect(bytes).toBeLessThan(2_000);
  });

  it("one resource over the core bundles that resource only", async () => {
    const { paths } = await modulesOf(
      `import { ECGridCore, Networks } from ${entry};\nconsole.log(new Networks(new ECGridCore({ apiKey: "k" })));`,
    );
    expect(resources(paths)).toEqual(["networks.ts"]);
  });

  it("the full client bundles every resource", async () => {
    const { paths } = await modulesOf(
      `import { ECGrid } from ${entry};\nconsole.log(new ECGrid({ apiKey: "k" }));`,
    );
    expect(resources(paths)).toHaveLength(16);
  });

  it("still prints the client as ECGrid(***) in util.inspect", async () => {
    const client = new ECGrid({ apiKey: "k" });
    expect(inspect(client)).toBe("ECGrid(***)");
    expect(inspect({ client })).toBe("{ client: ECGrid(***) }");
    await client.close();
  });
});
