// vitest globalSetup: serves each spec the package asked for (definePackageConfig({ prism }))
// with Prism for the whole run. Tests read the URLs with `inject("prismUrls")`.
import type { TestProject } from "vitest/node";
import type {} from "../vitest.shared.ts";
import { type PrismServer, specPath, startPrism } from "./prism-harness.mjs";

export default async function setup(project: TestProject) {
  const specs = project.getProvidedContext().prismSpecs ?? [];
  const servers: PrismServer[] = [];
  const urls: Record<string, string> = {};
  try {
    for (const name of specs) {
      const server = await startPrism(specPath(name));
      servers.push(server);
      urls[name] = server.url;
    }
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    throw error;
  }
  project.provide("prismUrls", urls);
  return async () => {
    await Promise.all(servers.map((s) => s.stop()));
  };
}
