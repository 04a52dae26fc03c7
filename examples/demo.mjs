// The README's main command ends here: start a Prism mock per spec, make real HTTP round trips
// through the built clients, print them, stop the mocks and exit.
import { createAs2GatewayRawClient } from "@edi-clients/as2-gateway";
import { createEcGridRawClient } from "@edi-clients/ecgrid";
import { specPath, startPrism } from "../scripts/prism-harness.mjs";

function show(title, { data, error, response }, pick = (d) => d) {
  console.log(`\n${response.ok ? "✓" : "✗"} ${title}`);
  console.log(`  ${response.url} → ${response.status} ${response.statusText}`);
  console.log(`  ${JSON.stringify(error ?? pick(data), null, 2).replace(/\n/g, "\n  ")}`);
  if (!response.ok) process.exitCode = 1;
}

const servers = [];
try {
  const [as2, ecgrid] = await Promise.all([
    startPrism(specPath("as2-gateway")),
    startPrism(specPath("ecgrid")),
  ]);
  servers.push(as2, ecgrid);
  console.log(`Prism mocks: AS2 Gateway on ${as2.url}, ECGrid on ${ecgrid.url}`);

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
  const ecgridClient = createEcGridRawClient({ baseUrl: ecgrid.url, apiKey: "demo-api-key" });
  show("GET /v2/auth/version", await ecgridClient.GET("/v2/auth/version"), (d) => d.data);
  show(
    "POST /v2/parcels/inbox-list",
    await ecgridClient.POST("/v2/parcels/inbox-list", {
      body: { status: "InBoxReady", pageNo: 1, recordsPerPage: 25 },
    }),
    (d) => d.data.map((p) => ({ parcelId: p.parcelId, fileName: p.fileName, bytes: p.bytes })),
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
}
