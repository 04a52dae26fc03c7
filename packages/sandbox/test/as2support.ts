// Test helpers for the AS2 Gateway half: clients with response validation on ("throw"), a sandbox
// on a clock the test moves, and the seed's account.
import { As2Gateway, type As2GatewayOptions } from "@edi-clients/as2-gateway";
import { validateResponse } from "@edi-clients/as2-gateway/validation";
import { afterEach } from "vitest";
import { DEFAULT_AS2_SEED, type Sandbox, type SandboxOptions } from "../src/index.ts";
import { sandbox } from "./support.ts";

export const AS2_USER = DEFAULT_AS2_SEED.username;
export const AS2_PASSWORD = DEFAULT_AS2_SEED.password;
export const STATION = "ACME_EDI_PROD";
export const OWN_STATION = "ACME_EDI_TEST";
export const PARTNER = "GLOBEX_AS2";
export const DOWN_PARTNER = "INITECH_AS2";

const clients: As2Gateway[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.close();
});

/** A sandbox whose clock runs with real time plus what `advance` added. */
export async function as2Sandbox(options: SandboxOptions = {}) {
  let offset = 0;
  const started = await sandbox({ clock: () => Date.now() + offset, ...options });
  return {
    sandbox: started,
    advance(ms: number) {
      offset += ms;
    },
  };
}

/** An AS2 Gateway client for the sandbox, validating every response against the spec. */
export function as2Client(at: Pick<Sandbox, "as2Url">, auth: Partial<As2GatewayOptions> = {}): As2Gateway {
  const as2 = new As2Gateway({
    baseUrl: at.as2Url,
    credentials: { username: AS2_USER, password: AS2_PASSWORD },
    ...auth,
    validateResponses: "throw",
    responseValidator: validateResponse,
    throttle: false,
    maxRetries: 0,
  });
  clients.push(as2);
  return as2;
}

/** Sends one file from STATION to `partnerId`; its AS2 message ID. */
export async function sendFile(as2: As2Gateway, partnerId: string, name: string, content: string) {
  return String(
    (await as2.messages.send({ stationId: STATION, partnerId, file: { name, content } })).as2MessageId,
  );
}

/** A token for raw requests. */
export async function token(at: Pick<Sandbox, "as2Url">): Promise<string> {
  const response = await fetch(`${at.as2Url}/v1/authorize`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: AS2_USER, password: AS2_PASSWORD }),
  });
  return ((await response.json()) as { token: string }).token;
}
