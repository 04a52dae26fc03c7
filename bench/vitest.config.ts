import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `pnpm bench`: performance numbers live here, never in timed unit tests. The clients are measured
// from their sources, the runtime too (not its last build).
export default defineConfig({
  resolve: {
    alias: {
      "@edi-clients/runtime": fileURLToPath(new URL("../packages/runtime/src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["bench/**/*.bench.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    // Forced collections between rounds; a large run takes a while.
    execArgv: ["--expose-gc"],
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
