#!/usr/bin/env node
// Import cycles in the packages' sources fail the build: `node scripts/check-cycles.mjs` (run by
// `pnpm verify`) reads every packages/*/src/**/*.ts with the TypeScript compiler's import scanner,
// follows the relative imports (`./x.js` is `./x.ts`, a folder is its index.ts) — `import type` and
// `export … from` included, as madge counts them: a type-only cycle still ties two modules together
// and is one edit away from a runtime one — and prints each cycle it finds, exiting 1.
// No dependency beyond the TypeScript the repo builds with.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const EXTENSIONS = [".ts", ".tsx", ".mts"];

/** Every TypeScript source below `dir` (declaration files and node_modules left out). */
function sourcesIn(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") found.push(...sourcesIn(path));
    } else if (EXTENSIONS.some((e) => entry.name.endsWith(e)) && !/\.d\.m?ts$/.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

/** The source file a relative specifier names, or undefined (a package, an asset, a missing file). */
function resolveImport(from, specifier) {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m?js|jsx|m?ts|tsx)$/, "");
  const candidates = [...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The module graph of the sources below `roots`: file → the files it imports. */
export function importGraph(roots) {
  const graph = new Map();
  for (const root of roots) {
    for (const file of sourcesIn(root)) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
      const targets = new Set();
      for (const { fileName } of importedFiles) {
        const target = resolveImport(file, fileName);
        if (target) targets.add(target);
      }
      graph.set(file, [...targets]);
    }
  }
  return graph;
}

/**
 * The cycles of a graph: one per strongly connected component with more than one module (or a
 * module importing itself), each as a path that starts and ends at the same file.
 */
export function findCycles(graph) {
  // Tarjan's strongly connected components, iteratively (no recursion limit on deep trees).
  let index = 0;
  const order = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  for (const start of graph.keys()) {
    if (order.has(start)) continue;
    const work = [{ node: start, next: 0 }];
    order.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++];
        if (!graph.has(target)) continue;
        if (!order.has(target)) {
          order.set(target, index);
          low.set(target, index++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node), order.get(target)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === order.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components.map((component) => cyclePath(graph, new Set(component)));
}

/** One cycle through a component: from its first file (sorted), breadth-first back to it. */
function cyclePath(graph, members) {
  const start = [...members].sort()[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const given = process.argv.slice(2);
  const roots = given.length
    ? given.map((d) => resolve(d))
    : readdirSync(join(root, "packages"))
        .map((name) => join(root, "packages", name, "src"))
        .filter((dir) => existsSync(dir));
  const graph = importGraph(roots);
  const cycles = findCycles(graph);
  if (cycles.length === 0) {
    console.log(`check-cycles: no import cycles in ${graph.size} modules`);
    return;
  }
  console.error(
    `check-cycles: ${cycles.length} import cycle(s) — break each (move the shared part to a module both import):`,
  );
  for (const cycle of cycles) console.error(`  ${cycle.map((f) => relative(root, f)).join(" → ")}`);
  process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
