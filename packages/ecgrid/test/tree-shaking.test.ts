// Issue 13: the entry stays tree-shakable (the shared suite says why and how).
import { describeTreeShaking } from "../../../scripts/tree-shaking-suite.ts";
import { ECGrid } from "../src/index.js";

describeTreeShaking({
  clientName: "ECGrid",
  entry: new URL("../src/index.ts", import.meta.url),
  helper: { name: "bytesToBase64", use: "bytesToBase64(new Uint8Array([1]))" },
  resource: {
    imports: "ECGridCore, Networks",
    use: 'new Networks(new ECGridCore({ apiKey: "k" }))',
    file: "networks.ts",
  },
  slim: {
    imports: "ECGridSlimCore, Networks",
    use: 'new Networks(new ECGridSlimCore({ apiKey: "k" }))',
    // The resource's operations' rules and the sign-in's, none of the other 14 resources'.
    inputRules: { folder: "core/inputs", kept: ["auth.ts", "networks.ts"] },
  },
  client: { use: 'new ECGrid({ apiKey: "k" })', resourceCount: 16 },
  create: () => new ECGrid({ apiKey: "k" }),
});
