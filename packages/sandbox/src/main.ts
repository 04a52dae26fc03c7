// The command line of the sandbox (the `edi-clients-sandbox` bin runs it): parses the options and starts it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkSeed, DEFAULT_AS2_SEED, DEFAULT_SEED, startSandbox } from "./index.js";

const USAGE = `usage: edi-clients-sandbox [--port N] [--as2-port N] [--seed file.json] [--data dir]

  --port N          port on 127.0.0.1 (default 4010; 0 picks a free one)
  --as2-port N      port of the AS2 Gateway half (default 4011; 0 picks a free one)
  --seed file.json  the fixture to start from (default: the built-in one, see the README)
  --data dir        keep the state in dir/ecgrid.json so a restart keeps it`;

export async function main(argv: string[]): Promise<{ close(): Promise<void> }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      "as2-port": { type: "string", default: "4011" },
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
  const as2Port = Number(values["as2-port"]);
  if (!Number.isInteger(as2Port) || as2Port < 0 || as2Port > 65535)
    throw new Error(`--as2-port: not a port: ${values["as2-port"]}`);
  const seed = values.seed
    ? checkSeed(JSON.parse(readFileSync(values.seed, "utf8")), values.seed)
    : DEFAULT_SEED;
  const sandbox = await startSandbox({
    port,
    seed,
    as2: { port: as2Port },
    ...(values.data ? { dataDir: values.data } : {}),
  });
  console.log(`ECGrid sandbox listening on ${sandbox.ecgridUrl}`);
  for (const user of seed.users) console.log(`  X-API-Key ${user.apiKey} → mailbox ${user.mailboxId}`);
  console.log(`  ECGRID_BASE_URL=${sandbox.ecgridUrl} ECGRID_API_KEY=${seed.users[0]?.apiKey ?? "…"}`);
  const as2 = seed.as2 ?? DEFAULT_AS2_SEED;
  console.log(`AS2 Gateway sandbox listening on ${sandbox.as2Url}`);
  console.log(`  POST /v1/authorize {"username":"${as2.username}","password":"${as2.password}"}`);
  console.log(`  stations ${as2.stations.map((s) => s.as2Identifier).join(", ")}`);
  for (const p of as2.partners)
    console.log(`  partner ${p.as2Identifier}${p.down ? " (down: sends fail)" : ""}`);
  return sandbox;
}
