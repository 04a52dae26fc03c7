// Webhook-test helpers: local HTTP endpoints the sandbox delivers callbacks to (closed after each
// test), polling until a condition holds, and the spec check of a delivered event body.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";
import { parse, stringify } from "yaml";
import { ECGRID_SPEC_PATH, SpecValidators } from "../src/spec.ts";

export const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A local endpoint; its URL is https:// as the spec requires (the sandbox delivers to loopback over HTTP). */
export async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/ecgrid`;
}

/** An endpoint that records each JSON body (with its Authorization header) and answers 204. */
export async function recorder(): Promise<{ url: string; bodies: Record<string, unknown>[] }> {
  const bodies: Record<string, unknown>[] = [];
  const url = await listen((request, response) => {
    let text = "";
    request.on("data", (chunk) => (text += chunk));
    request.on("end", () => {
      bodies.push({ ...JSON.parse(text), authorization: request.headers.authorization ?? null });
      response.writeHead(204).end();
    });
  });
  return { url, bodies };
}

/** Polls `probe` every 20 ms until it returns a value (5 s at most). */
export async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let deliveryValidator: SpecValidators | undefined;
/** Issues of a delivered body against the spec's `webhooks.callbackDelivery` request body. */
export function payloadIssues(body: unknown) {
  deliveryValidator ??= deliveryValidators();
  return deliveryValidator.get("POST", "/delivery")?.body(body);
}
function deliveryValidators() {
  const spec = parse(readFileSync(ECGRID_SPEC_PATH, "utf8")) as Record<string, unknown>;
  const webhook = (spec.webhooks as Record<string, Record<string, unknown>>).callbackDelivery?.post;
  const text = stringify({
    ...spec,
    paths: { "/delivery": { post: { ...(webhook as object), operationId: "delivery" } } },
  });
  return new SpecValidators(text);
}
