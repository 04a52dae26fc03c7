import manifest from "../package.json" with { type: "json" };

/** The CLI's own version, from its package.json (bundled at build time). */
export const version: string = manifest.version;
