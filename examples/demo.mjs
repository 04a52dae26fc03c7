// The README's main command ends here: start a Prism mock per spec, make real HTTP round trips
// through the built clients, print them, stop the mocks and exit.
import { As2Gateway } from "@edi-clients/as2-gateway";
import { ECGrid } from "@edi-clients/ecgrid";
import { specPath, startPrism } from "../scripts/prism-harness.mjs";

let lastCall;
/** The global fetch, remembering the last round trip so each step can show it. */
async function recording(request) {
  const response = await fetch(request);
  lastCall = {
    method: request.method,
    url: request.url,
    status: response.status,
    statusText: response.statusText,
  };
  return response;
}

async function step(title, run) {
  const value = await run();
  console.log(`\n✓ ${title}`);
  console.log(`  ${lastCall.method} ${lastCall.url} → ${lastCall.status} ${lastCall.statusText}`);
  console.log(`  ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}`);
  return value;
}

/** A processing run that left anything unhandled fails the demo (exit code 1) with every reason. */
function allHandled(what, { failed, ...result }) {
  if (failed.length === 0) return result;
  const reasons = failed.map((f) => `${f.as2MessageId ?? f.parcelId}: ${f.error?.message ?? f.error}`);
  throw new AggregateError(
    failed.map((f) => f.error),
    `${what} left ${failed.length} unhandled:\n  ${reasons.join("\n  ")}`,
  );
}

const servers = [];
try {
  const [as2Server, ecgridServer] = await Promise.all([
    startPrism(specPath("as2-gateway")),
    startPrism(specPath("ecgrid")),
  ]);
  servers.push(as2Server, ecgridServer);
  console.log(`Prism mocks: AS2 Gateway on ${as2Server.url}, ECGrid on ${ecgridServer.url}`);

  console.log("\n== AS2 Gateway REST API v1 ==");
  const as2 = new As2Gateway({
    credentials: { username: "integrations@example.com", password: "demo-password" },
    baseUrl: as2Server.url,
    fetch: recording,
  });
  const sent = await step("as2.messages.send({ stationId, partnerId, file }) (signs in first)", () =>
    as2.messages.send({
      stationId: "ACME_EDI_PROD",
      partnerId: "GLOBEX_AS2",
      file: { name: "PO_4500012345.edi", content: "ISA*00*          *00*          *ZZ*ACME~" },
    }),
  );
  await step("for await (const m of as2.received.all({ unreadOnly: true }))", async () => {
    const ids = [];
    for await (const m of as2.received.all({ unreadOnly: true })) ids.push(m.as2MessageId);
    return ids;
  });
  await step("as2.messages.processReceived(handler): batch download, handle, then mark read", async () =>
    allHandled(
      "as2.messages.processReceived",
      await as2.messages.processReceived(({ message, attachments }) => {
        const files = attachments.map((f) => `${f.name} (${f.bytes.length} bytes)`);
        console.log(`  handler got ${message.as2MessageId}: ${files.join(", ")}`);
      }),
    ),
  );
  await step(`as2.sent.get("${sent.as2MessageId}") (<, > and @ percent-encoded)`, async () => {
    const m = await as2.sent.get(sent.as2MessageId);
    return { as2MessageId: m.as2MessageId, subject: m.subject, mdnStatus: m.mdnStatus };
  });
  await as2.close();

  console.log("\n== ECGrid REST API v2.6 ==");
  const ecgrid = new ECGrid({ apiKey: "demo-api-key", baseUrl: ecgridServer.url, fetch: recording });
  await step("ecgrid.auth.version()", () => ecgrid.auth.version());
  await step("ecgrid.parcels.upload({ fileName, content })", () =>
    ecgrid.parcels.upload({
      fileName: "po_850.edi",
      content: "ISA*00*          *00*          *ZZ*112233~",
      ecGridIdFrom: 112233,
      ecGridIdTo: 445566,
    }),
  );
  await step("for await (const parcel of ecgrid.parcels.inboxAll({ status: 'InBoxReady' }))", async () => {
    const parcels = [];
    for await (const parcel of ecgrid.parcels.inboxAll({ status: "InBoxReady" })) {
      parcels.push({ parcelId: parcel.parcelId, fileName: parcel.fileName, bytes: parcel.bytes });
    }
    return parcels;
  });
  await step("ecgrid.parcels.processInbox(handler): download, handle, then confirm", async () =>
    allHandled(
      "ecgrid.parcels.processInbox",
      await ecgrid.parcels.processInbox(async ({ parcel, file }) => {
        console.log(
          `  handler got parcel ${parcel.parcelId}: ${file.bytes.length} bytes, ${JSON.stringify(file.text().slice(0, 12))}…`,
        );
      }),
    ),
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
