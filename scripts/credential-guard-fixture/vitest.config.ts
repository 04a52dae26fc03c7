// The credential guard's own proof (packages/runtime/test/credential-guard.test.ts runs this in a
// child vitest): leaky tests must fail, clean ones pass.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["*.fixture.ts"],
    setupFiles: ["../vitest-credential-guard.ts"],
  },
});
