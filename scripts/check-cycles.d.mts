/** The module graph of the TypeScript sources below `roots`: file → the files it imports. */
export function importGraph(roots: readonly string[]): Map<string, string[]>;
/** One cycle per strongly connected component (or self-import), as a path from a file back to it. */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][];
