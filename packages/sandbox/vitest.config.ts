import { definePackageConfig } from "../../vitest.shared.ts";

// src/cli.ts only wires process signals around main() (src/main.ts, tested).
export default definePackageConfig({ coverageExclude: ["src/cli.ts"] });
