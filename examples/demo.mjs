// The README's main command ends here: start a Prism mock per spec, make real HTTP round trips
// through the built clients, print them, stop the mocks and exit.
import { createAs2GatewayRawClient } from "@edi-clients/as2-gateway";
import { ECGrid } from "@edi-clients/ecgrid";
import { specPath, startPrism } from "../scripts/prism-harness.mjs";

function show(title, { data, error, response }, pick = (d) => d) {
  console.log(`\n${response.ok ? "✓" : "✗"} ${title}`);
  console.log(`  ${response.url} → ${response.status} ${response.statusText}`);
  console.log(`  ${JSON.stringify(error ?? pick(data), null, 2).replace(/\n/g, "\n  ")}`);
  if (!response.ok) process.exitCode = 1;
}

const servers = [];
try {
  const [as2, ecgridServer] = await Promise.all([
    startPrism(specPath("as2-gateway")),
    startPrism(specPath("ecgrid")),
  ]);
  servers.push(as2, ecgridServer);
  console.log(`Prism mocks: AS2 Gateway on ${as2.url}, ECGrid on ${ecgridServer.url}`);

  console.log("\n== AS2 Gateway REST API v1 ==");
  const anonymous = createAs2GatewayRawClient({ baseUrl: as2.url });
  const auth = await anonymous.POST("/v1/authorize", {
    body: { username: "integrations@example.com", password: "demo-password" },
  });
  show("POST /v1/authorize", auth, (d) => ({
    token: `${d.token.slice(0, 12)}…`,
    expiry: new Date(d.expiry).toISOString(),
  }));
  const as2Client = createAs2GatewayRawClient({ baseUrl: as2.url, token: auth.data.token });
  const received = await as2Client.GET("/v1/message/received", {
    params: { query: { pageOffset: 0, pageLength: 5, unreadOnly: true } },
  });
  show("GET /v1/message/received", received, (d) => ({
    totalRecords: d.totalRecords,
    first: d.records[0] && { as2MessageId: d.records[0].as2MessageId, subject: d.records[0].subject },
  }));
  const id = received.data.records[0].as2MessageId;
  show(
    `GET /v1/message/received/${id}`,
    await as2Client.GET("/v1/message/received/{as2MessageId}", {
      params: { path: { as2MessageId: id } },
    }),
    (d) => ({ as2MessageId: d.as2MessageId, attachments: d.attachments?.map((a) => a.name) }),
  );

  console.log("\n== ECGrid REST API v2.6 ==");
  let lastCall;
  const ecgrid = new ECGrid({
    apiKey: "demo-api-key",
    baseUrl: ecgridServer.url,
    fetch: async (request) => {
      const response = await fetch(request);
      lastCall = {
        method: request.method,
        url: request.url,
        status: response.status,
        statusText: response.statusText,
      };
      return response;
    },
  });
  const step = async (title, run) => {
    const value = await run();
    console.log(`\n✓ ${title}`);
    console.log(`  ${lastCall.method} ${lastCall.url} → ${lastCall.status} ${lastCall.statusText}`);
    console.log(`  ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}`);
    return value;
  };
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
  await step("ecgrid.parcels.processInbox(handler) — download, handle, then confirm", () =>
    ecgrid.parcels.processInbox(async ({ parcel, file }) => {
      console.log(
        `  handler got parcel ${parcel.parcelId}: ${file.bytes.length} bytes, starts ${JSON.stringify(file.text().slice(0, 12))}`,
      );
    }),
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
