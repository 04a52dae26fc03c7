// The command line of the sandbox (the `edi-clients-sandbox` bin runs it): parses the options and starts it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkSeed, DEFAULT_SEED, startSandbox } from "./index.js";

const USAGE = `usage: edi-clients-sandbox [--port N] [--seed file.json] [--data dir]

  --port N          port on 127.0.0.1 (default 4010; 0 picks a free one)
  --seed file.json  the fixture to start from (default: the built-in one, see the README)
  --data dir        keep the state in dir/ecgrid.json so a restart keeps it`;

export async function main(argv: string[]): Promise<{ close(): Promise<void> }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      seed: { type: "string" },
      data: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return { close: async () => {} };
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: not a port: ${values.port}`);
  const seed = values.seed
    ? checkSeed(JSON.parse(readFileSync(values.seed, "utf8")), values.seed)
    : DEFAULT_SEED;
  const sandbox = await startSandbox({ port, seed, ...(values.data ? { dataDir: values.data } : {}) });
  console.log(`ECGrid sandbox listening on ${sandbox.ecgridUrl}`);
  for (const user of seed.users) console.log(`  X-API-Key ${user.apiKey} → mailbox ${user.mailboxId}`);
  console.log(`  ECGRID_BASE_URL=${sandbox.ecgridUrl} ECGRID_API_KEY=${seed.users[0]?.apiKey ?? "…"}`);
  return sandbox;
}
