// Issue 13: the entry stays tree-shakable (the shared suite says why and how).
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
  client: { use: 'new As2Gateway({ token: "t" })', resourceCount: 10 },
  create: () => new As2Gateway({ token: "t" }),
});
