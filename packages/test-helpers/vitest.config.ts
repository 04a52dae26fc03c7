import { definePackageConfig } from "../../vitest.shared.ts";

// The package's test script runs without coverage: its code is test code, exercised by every
// suite; test/ proves each double can fail.
export default definePackageConfig();
