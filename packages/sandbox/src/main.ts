// The command line of the sandbox (the `edi-clients-sandbox` bin runs it): parses the options and starts it.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { checkFaults, type FaultOptions, type RouteFault } from "./faults.js";
import { checkSeed, DEFAULT_AS2_SEED, DEFAULT_SEED, startSandbox } from "./index.js";
import { checkVariants, type VariantOptions } from "./variants.js";

const USAGE = `usage: edi-clients-sandbox [--port N] [--as2-port N] [--seed file.json] [--data dir] [--rate-limit]

  --port N          port on 127.0.0.1 (default 4010; 0 picks a free one)
  --as2-port N      port of the AS2 Gateway half (default 4011; 0 picks a free one)
  --seed file.json  the fixture to start from (default: the built-in one, see the README)
  --data dir        keep the state in dir/ecgrid.json and dir/as2.json so a restart keeps it
  --rate-limit      enforce the documented rate limits: ECGrid 180/min per key or token (40/min
                    unauthenticated), AS2 Gateway 50 requests / 10 s (429 + Retry-After)
  --delivery-delay MS  keep uploads outboxPending MS before they are delivered (default 0)

Fault knobs (both halves; change them later with POST /_sandbox/faults on either URL):
  --latency MS|MIN-MAX          delay every request (a range is drawn with the seeded PRNG)
  --burst-503 N                 the next N requests answer 503 (Retry-After: --retry-after S, default 1)
  --drop-next N                 the next N requests lose their connection (--drop-at before|after the
                                handler ran; default before)
  --fail-rate KEY=P[:KIND]      requests of KEY (operationId, path or *) fail with probability P as
                                KIND 500 (default), 503 or drop; repeatable
  --fault-seed N                seed of the PRNG (default 1)
Response variants (ECGrid half; POST /_sandbox/variants):
  --variant KNOB=VALUE          e.g. envelope=pages, uploadResult=object; repeatable (README)`;

export async function main(argv: string[]): Promise<{ close(): Promise<void> }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "4010" },
      "as2-port": { type: "string", default: "4011" },
      seed: { type: "string" },
      data: { type: "string" },
      "rate-limit": { type: "boolean" },
      "delivery-delay": { type: "string" },
      latency: { type: "string" },
      "burst-503": { type: "string" },
      "retry-after": { type: "string" },
      "drop-next": { type: "string" },
      "drop-at": { type: "string" },
      "fail-rate": { type: "string", multiple: true },
      "fault-seed": { type: "string" },
      variant: { type: "string", multiple: true },
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
  const deliveryDelayMs = Number(values["delivery-delay"] ?? 0);
  if (!Number.isInteger(deliveryDelayMs) || deliveryDelayMs < 0)
    throw new Error(`--delivery-delay: not a number of milliseconds: ${values["delivery-delay"]}`);
  const seed = values.seed
    ? checkSeed(JSON.parse(readFileSync(values.seed, "utf8")), values.seed)
    : DEFAULT_SEED;
  const faults = faultFlags(values);
  const variants = variantFlags(values.variant ?? []);
  const sandbox = await startSandbox({
    ...(faults ? { faults: { ecgrid: faults, as2: faults } } : {}),
    variants,
    port,
    seed,
    as2: { port: as2Port },
    ...(values.data ? { dataDir: values.data } : {}),
    ...(values["rate-limit"] ? { rateLimit: true } : {}),
    ...(deliveryDelayMs > 0 ? { outbox: { deliveryDelayMs } } : {}),
  });
  console.log(`ECGrid sandbox listening on ${sandbox.ecgridUrl}`);
  if (values["rate-limit"]) console.log("  rate limits on (ECGrid 180/min per credential, AS2 50 per 10 s)");
  if (values.data) console.log(`  state kept in ${values.data}/ecgrid.json and ${values.data}/as2.json`);
  for (const user of seed.users) console.log(`  X-API-Key ${user.apiKey} → mailbox ${user.mailboxId}`);
  console.log(`  ECGRID_BASE_URL=${sandbox.ecgridUrl} ECGRID_API_KEY=${seed.users[0]?.apiKey ?? "…"}`);
  if (faults) console.log(`  faults ${JSON.stringify(faults)} (both halves; GET/POST /_sandbox/faults)`);
  if (Object.keys(variants).length > 0)
    console.log(`  variants ${JSON.stringify(variants)} (GET/POST /_sandbox/variants)`);
  const as2 = seed.as2 ?? DEFAULT_AS2_SEED;
  console.log(`AS2 Gateway sandbox listening on ${sandbox.as2Url}`);
  console.log(`  POST /v1/authorize {"username":"${as2.username}","password":"${as2.password}"}`);
  console.log(`  stations ${as2.stations.map((s) => s.as2Identifier).join(", ")}`);
  for (const p of as2.partners)
    console.log(`  partner ${p.as2Identifier}${p.down ? " (down: sends fail)" : ""}`);
  return sandbox;
}

const count = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`${flag}: not a whole number: ${value}`);
  return Number(value);
};

/** The fault settings the flags ask for (checked), or undefined when none was given. */
function faultFlags(values: {
  latency?: string | undefined;
  "burst-503"?: string | undefined;
  "retry-after"?: string | undefined;
  "drop-next"?: string | undefined;
  "drop-at"?: string | undefined;
  "fail-rate"?: string[] | undefined;
  "fault-seed"?: string | undefined;
}): FaultOptions | undefined {
  const options: Record<string, unknown> = {};
  if (values.latency !== undefined) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(values.latency);
    if (!range) throw new Error(`--latency: milliseconds or MIN-MAX expected, got ${values.latency}`);
    options.latencyMs = range[2] === undefined ? Number(range[1]) : [Number(range[1]), Number(range[2])];
  }
  const numbers = [
    ["burst503", "--burst-503", values["burst-503"]],
    ["retryAfterSeconds", "--retry-after", values["retry-after"]],
    ["dropNext", "--drop-next", values["drop-next"]],
    ["seed", "--fault-seed", values["fault-seed"]],
  ] as const;
  for (const [name, flag, value] of numbers) {
    const n = count(value, flag);
    if (n !== undefined) options[name] = n;
  }
  if (values["drop-at"] !== undefined) options.dropAt = values["drop-at"];
  if (values["fail-rate"]?.length) {
    const rates: Record<string, number | RouteFault> = {};
    for (const entry of values["fail-rate"]) {
      const parsed = /^(.+)=([\d.]+)(?::(\w+))?$/.exec(entry);
      if (!parsed) throw new Error(`--fail-rate: KEY=P[:500|503|drop] expected, got ${entry}`);
      const [, key = "", rate, fault] = parsed;
      rates[key] = fault === undefined ? Number(rate) : ({ rate: Number(rate), fault } as RouteFault);
    }
    options.rates = rates;
  }
  return Object.keys(options).length === 0 ? undefined : checkFaults(options);
}

/** `--variant KNOB=VALUE` flags as checked variant settings. */
function variantFlags(entries: string[]): VariantOptions {
  const options: Record<string, string> = {};
  for (const entry of entries) {
    const [knob, value] = entry.split("=", 2);
    if (!knob || value === undefined) throw new Error(`--variant: KNOB=VALUE expected, got ${entry}`);
    options[knob] = value;
  }
  return checkVariants(options);
}
