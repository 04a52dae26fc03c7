import { definePackageConfig } from "../../vitest.shared.ts";

export default definePackageConfig({ prism: ["as2-gateway"], typecheck: true });
