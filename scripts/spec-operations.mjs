// Reads a spec of specs/ for tests that compare code with it: `$ref`s resolved on demand, and
// every operation with its operationId.
import { readFileSync } from "node:fs";
import { parse } from "yaml";

export function loadSpec(name) {
  const spec = parse(readFileSync(new URL(`../specs/${name}/openapi.yaml`, import.meta.url), "utf8"));
  /** The node a `$ref` points to (followed until it is no `$ref`), or the node itself. */
  const deref = (node) => {
    let current = node;
    while (current?.$ref) {
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce((at, key) => at[key], spec);
    }
    return current;
  };
  const operations = Object.values(spec.paths).flatMap((item) =>
    Object.values(item)
      .filter((op) => typeof op?.operationId === "string")
      .map((op) => [op.operationId, op]),
  );
  return { spec, deref, operations };
}
