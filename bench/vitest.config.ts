import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// `pnpm bench`: performance numbers live here, never in timed unit tests. The clients are measured
// from their sources, the runtime too (not its last build).
export default defineConfig({
  resolve: {
    // The entry and its subpaths (`@edi-clients/runtime/public`, `/node`), each to its source file.
    alias: [
      {
        find: /^@edi-clients\/runtime$/,
        replacement: fileURLToPath(new URL("../packages/runtime/src/index.ts", import.meta.url)),
      },
      {
        find: /^@edi-clients\/runtime\/(.+)$/,
        replacement: `${fileURLToPath(new URL("../packages/runtime/src/", import.meta.url))}$1.ts`,
      },
    ],
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
