import { defineConfig } from "vitest/config";

// `pnpm bench`: performance numbers live here, never in timed unit tests.
export default defineConfig({
  test: {
    include: ["bench/**/*.bench.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
