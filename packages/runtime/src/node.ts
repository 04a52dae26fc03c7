// @edi-clients/runtime/node: the runtime's Node-only helpers (node:fs), kept out of the main entry
// so the clients' default entries stay free of Node built-ins (browsers, Deno, Bun, workers).
export {
  type AtomicData,
  type AtomicWriteOptions,
  syncDirectory,
  temporaryPathFor,
  writeFileAtomic,
  writeFileAtomicSync,
} from "./atomic-write.js";
