// Issue 13: the entry stays tree-shakable (the shared suite says why and how).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bundle } from "../../../scripts/bundle.mjs";
import { describeTreeShaking } from "../../../scripts/tree-shaking-suite.ts";
import { As2Gateway } from "../src/index.js";

describeTreeShaking({
  clientName: "As2Gateway",
  entry: new URL("../src/index.ts", import.meta.url),
  helper: { name: "mimeTypeFor", use: 'mimeTypeFor("po.edi")' },
  resource: {
    imports: "As2GatewayCore, Stations",
    use: 'new Stations(new As2GatewayCore({ token: "t" }))',
    file: "stations.ts",
  },
  slim: {
    imports: "As2GatewaySlimCore, Stations",
    use: 'new Stations(new As2GatewaySlimCore({ token: "t" }))',
  },
  // Every file under src/resources (received and sent share message-folder.ts).
  client: {
    use: 'new As2Gateway({ token: "t" })',
    resourceCount: readdirSync(new URL("../src/resources", import.meta.url)).length,
  },
  create: () => new As2Gateway({ token: "t" }),
});

describe("received and sent share one implementation, each with its own descriptors", () => {
  it("a bundle with only the sent messages keeps none of the received-only code (received.ts, batch downloads)", async () => {
    const entry = JSON.stringify(fileURLToPath(new URL("../src/index.ts", import.meta.url)));
    const { inputs } = await bundle(
      `import { As2GatewayCore, SentMessages } from ${entry};\nconsole.log(new SentMessages(new As2GatewayCore({ token: "t" })));`,
      fileURLToPath(new URL(".", import.meta.url)),
    );
    const resources = inputs
      .map((i) => i.path)
      .filter((path) => path.includes("/resources/"))
      .map((path) => path.replace(/.*\/resources\//, ""));
    expect(resources.sort()).toEqual(["cleanup.ts", "message-folder.ts", "sent.ts"]);
  });
});
