export interface BundleInput {
  /** The module's path, relative to the working directory. */
  path: string;
  /** Its bytes in the minified output. */
  bytes: number;
}

export interface Bundle {
  bytes: number;
  gzipBytes: number;
  /** The modules with code in the output, largest first. */
  inputs: BundleInput[];
}

/** Bundles `contents` (TypeScript) for the browser, minified, resolving imports from `resolveDir`. */
export function bundle(contents: string, resolveDir: string): Promise<Bundle>;
