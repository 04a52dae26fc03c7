#!/usr/bin/env node
// edi-clients-sandbox [--port N] [--seed file.json] [--data dir]: runs the sandbox until Ctrl-C.
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (sandbox) => {
    const stop = () => void sandbox.close().then(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
