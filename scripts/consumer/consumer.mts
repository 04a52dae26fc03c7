// A consumer of the published packages, installed from their tarballs: it must type-check under
// strict settings (skipLibCheck off, so our .d.ts files are checked too) and run against Prism.
import { As2Gateway, createAs2GatewayRawClient } from "@edi-clients/as2-gateway";
import { validateResponse as validateAs2Response } from "@edi-clients/as2-gateway/validation";
import { ECGrid, NotFoundError, ValidationError } from "@edi-clients/ecgrid";
import { uploadFile } from "@edi-clients/ecgrid/node";
import { type ResponseIssue, validateResponse } from "@edi-clients/ecgrid/validation";
import { createWebhookHandler, type EcgridWebhookEvent } from "@edi-clients/ecgrid/webhooks";

const ecgrid = new ECGrid({ apiKey: "consumer-key", baseUrl: process.env.ECGRID_BASE_URL as string });
const version = await ecgrid.auth.version();
console.log(`ECGrid version ${version.version}`);

const ids: number[] = [];
for await (const parcel of ecgrid.parcels.inboxList({ status: "InBoxReady", recordsPerPage: 50 }))
  ids.push(parcel.parcelId);
console.log(`inbox parcels: ${ids.join(", ")}`);

const parcelId: number = await ecgrid.parcels.upload({ fileName: "po.edi", content: "ISA*00*~" });
console.log(`uploaded parcel ${parcelId}`);
await uploadFile(ecgrid, new URL(import.meta.url).pathname);

try {
  await ecgrid.parcels.get(1, { headers: { Prefer: "code=404" } });
  throw new Error("expected a NotFoundError");
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`typed error: ${error.name} ${error.status} traceId=${error.traceId}`);
}
try {
  await ecgrid.parcels.inboxList({ recordsPerPage: 501 });
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.log(`validation before the network: ${error.message}`);
}

const as2 = createAs2GatewayRawClient({
  baseUrl: process.env.AS2G_BASE_URL as string,
  token: "consumer-token",
});
const { data: partners } = await as2.GET("/v1/partner");
console.log(`AS2 partners: ${partners?.length ?? 0}`);

// Opt-in response validation from the /validation entry points: Prism's answers conform.
const strict = new ECGrid({
  apiKey: "consumer-key",
  baseUrl: process.env.ECGRID_BASE_URL as string,
  validateResponses: "throw",
  responseValidator: validateResponse,
});
await strict.auth.version();
const drift: ResponseIssue[] = validateResponse("usersGetMe", 200, { success: "yes", data: null });
const strictAs2 = new As2Gateway({
  token: "consumer-token",
  baseUrl: process.env.AS2G_BASE_URL as string,
  validateResponses: "throw",
  responseValidator: validateAs2Response,
});
await strictAs2.partners.list();
console.log(`response validation: conforming answers pass, a drifting body gives ${drift.length} issues`);

// A callback delivery through the fetch-style webhook handler (Basic credentials of the callback).
const received: EcgridWebhookEvent[] = [];
const hook = createWebhookHandler({
  auth: { type: "basic", username: "hook", password: "consumer-secret" },
  onEvent: (event) => {
    received.push(event);
  },
});
const delivery = (password: string) =>
  hook(
    new Request("https://consumer.example/webhooks/ecgrid", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Basic ${btoa(`hook:${password}`)}` },
      body: JSON.stringify({ callBackEvent: "InBox", mailboxId: 1, parcelId: 7 }),
    }),
  );
const [accepted, refused] = [await delivery("consumer-secret"), await delivery("wrong")];
await hook.idle();
console.log(
  `webhook: ${accepted.status} then ${refused.status}, event ${received[0]?.event} parcel ${received[0]?.parcelId}`,
);
